#include "CompareJson.h"

#include "ArticleJson.h"
#include "align/AlignTypes.h"
#include "align/Language.h"
#include "core/Article.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

constexpr int FormatVersion = 1;

// Three decimals keep the output readable and stable across platforms.
double rounded(double value)
{
    return std::round(value * 1000.0) / 1000.0;
}

QJsonArray spanRange(const CodePointOffsets &offsets, int start, int end)
{
    return QJsonArray{offsets.at(start), offsets.at(end)};
}

} // namespace

QJsonObject comparisonToJson(const QList<Article> &articles, const Comparison &comparison)
{
    QJsonArray articlesJson;
    std::vector<std::vector<CodePointOffsets>> offsets; // article, block
    for (const Article &article : articles) {
        articlesJson.append(articleToJson(article));
        std::vector<CodePointOffsets> blockOffsets;
        for (const Block &block : article.blocks)
            blockOffsets.emplace_back(block.text);
        offsets.push_back(std::move(blockOffsets));
    }

    QJsonArray pairs;
    for (const PairAlignment &pair : comparison.pairs) {
        const auto &aOffsets = offsets[size_t(pair.a)];
        const auto &bOffsets = offsets[size_t(pair.b)];
        QJsonArray links;
        for (const BlockLink &link : pair.links) {
            QJsonArray spans;
            for (const SharedSpan &span : link.spans) {
                spans.append(QJsonObject{
                    {u"a"_s, spanRange(aOffsets[size_t(link.aBlock)], span.aStart, span.aEnd)},
                    {u"b"_s, spanRange(bOffsets[size_t(link.bBlock)], span.bStart, span.bEnd)}});
            }
            links.append(QJsonObject{{u"a_block"_s, link.aBlock},
                                     {u"b_block"_s, link.bBlock},
                                     {u"kind"_s, linkKindName(link.kind)},
                                     {u"moved"_s, link.moved},
                                     {u"score"_s, rounded(link.score)},
                                     {u"spans"_s, spans}});
        }
        pairs.append(QJsonObject{
            {u"a"_s, pair.a},
            {u"b"_s, pair.b},
            {u"shared_words"_s, QJsonObject{{u"a"_s, rounded(pair.sharedA)}, {u"b"_s, rounded(pair.sharedB)}}},
            {u"links"_s, links}});
    }

    QJsonArray claims;
    for (const ClaimCluster &claim : comparison.claims) {
        QJsonArray members;
        for (const ClaimMember &m : claim.members) {
            members.append(QJsonObject{
                {u"article"_s, m.article}, {u"block"_s, m.block}, {u"sentence"_s, m.sentence}});
        }
        QJsonObject json{{u"id"_s, claim.id}, {u"unique"_s, claim.unique}, {u"members"_s, members}};
        if (claim.unique && claim.nearest.isValid()) {
            const NearestSentence &n = claim.nearest;
            json.insert(u"nearest"_s, QJsonObject{{u"article"_s, n.article},
                                                  {u"block"_s, n.block},
                                                  {u"sentence"_s, n.sentence},
                                                  {u"score"_s, rounded(n.score)}});
        }
        // Only ever added: a reader that does not know it sees the claims as they are.
        if (claim.byHand())
            json.insert(u"by_hand"_s, true);
        claims.append(json);
    }

    // Added within format 1: articles in different languages are compared
    // only within their own, and a reader can say so.
    QJsonArray languages;
    for (const auto &[code, count] : languageCounts(articles))
        languages.append(QJsonObject{{u"language"_s, code}, {u"articles"_s, count}});

    return QJsonObject{{u"format"_s, FormatVersion},
                       {u"articles"_s, articlesJson},
                       {u"languages"_s, languages},
                       {u"pairs"_s, pairs},
                       {u"claims"_s, claims}};
}

} // namespace parallax
