#include "CompareJson.h"

#include "align/AlignTypes.h"
#include "core/Article.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace parallax {

namespace {

constexpr int FormatVersion = 1;

// Code point offset of every UTF-16 offset of text (size + 1 entries), so
// that each block is walked once however many ranges point into it.
std::vector<int> codePointOffsets(const QString &text)
{
    std::vector<int> offsets(size_t(text.size()) + 1);
    int codePoints = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        offsets[size_t(i)] = codePoints;
        const bool secondHalf = text[i].isLowSurrogate() && i > 0 && text[i - 1].isHighSurrogate();
        if (!secondHalf)
            ++codePoints;
    }
    offsets[size_t(text.size())] = codePoints;
    return offsets;
}

int at(const std::vector<int> &offsets, int utf16)
{
    return offsets[size_t(std::clamp(utf16, 0, int(offsets.size()) - 1))];
}

// Three decimals keep the output readable and stable across platforms.
double rounded(double value)
{
    return std::round(value * 1000.0) / 1000.0;
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject articleJson(const Article &article, const std::vector<std::vector<int>> &offsets)
{
    QJsonArray blocks;
    for (int b = 0; b < article.blocks.size(); ++b) {
        const Block &block = article.blocks[b];
        QJsonArray sentences;
        for (int s = 0; s < block.sentences.size(); ++s) {
            sentences.append(QJsonObject{{u"index"_s, s},
                                         {u"start"_s, at(offsets[size_t(b)], block.sentences[s].start)},
                                         {u"end"_s, at(offsets[size_t(b)], block.sentences[s].end)}});
        }
        blocks.append(QJsonObject{{u"index"_s, b},
                                  {u"role"_s, blockRoleName(block.role)},
                                  {u"text"_s, block.text},
                                  {u"sentences"_s, sentences}});
    }
    const ArticleMetadata &meta = article.meta;
    return QJsonObject{
        {u"id"_s, article.id > 0 ? QJsonValue(article.id) : QJsonValue(QJsonValue::Null)},
        {u"file"_s, textOrNull(article.sourcePath)},
        {u"outlet"_s, textOrNull(meta.outlet)},
        {u"title"_s, textOrNull(meta.title)},
        {u"byline"_s, textOrNull(meta.byline)},
        {u"published"_s, meta.published.isValid() ? QJsonValue(meta.published.toString(Qt::ISODate))
                                                  : QJsonValue(QJsonValue::Null)},
        {u"url"_s, textOrNull(meta.url)},
        {u"blocks"_s, blocks},
    };
}

QJsonArray spanRange(const std::vector<int> &offsets, int start, int end)
{
    return QJsonArray{at(offsets, start), at(offsets, end)};
}

} // namespace

QJsonObject comparisonToJson(const QList<Article> &articles, const Comparison &comparison)
{
    std::vector<std::vector<std::vector<int>>> offsets; // article, block, UTF-16 offset
    QJsonArray articlesJson;
    for (const Article &article : articles) {
        std::vector<std::vector<int>> blockOffsets;
        for (const Block &block : article.blocks)
            blockOffsets.push_back(codePointOffsets(block.text));
        articlesJson.append(articleJson(article, blockOffsets));
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
        claims.append(QJsonObject{{u"id"_s, claim.id}, {u"unique"_s, claim.unique}, {u"members"_s, members}});
    }

    return QJsonObject{{u"format"_s, FormatVersion},
                       {u"articles"_s, articlesJson},
                       {u"pairs"_s, pairs},
                       {u"claims"_s, claims}};
}

} // namespace parallax
