#include "ComparisonCodec.h"

#include "core/Article.h"

#include <QCborArray>
#include <QCborValue>
#include <QCryptographicHash>
#include <QDataStream>
#include <QIODevice>

namespace parallax {

namespace {

QCborArray encodeLink(const BlockLink &link)
{
    QCborArray spans;
    for (const SharedSpan &s : link.spans) {
        spans.append(s.aStart);
        spans.append(s.aEnd);
        spans.append(s.bStart);
        spans.append(s.bEnd);
    }
    return {link.aBlock, link.bBlock, int(link.kind), link.moved, link.score, spans};
}

std::optional<BlockLink> decodeLink(const QCborArray &array)
{
    if (array.size() != 6 || !array[5].isArray())
        return std::nullopt;
    BlockLink link;
    link.aBlock = int(array[0].toInteger());
    link.bBlock = int(array[1].toInteger());
    const qint64 kind = array[2].toInteger(-1);
    if (kind < int(LinkKind::Identical) || kind > int(LinkKind::Paraphrase))
        return std::nullopt;
    link.kind = LinkKind(kind);
    link.moved = array[3].toBool();
    link.score = array[4].toDouble();
    const QCborArray spans = array[5].toArray();
    if (spans.size() % 4 != 0)
        return std::nullopt;
    for (qsizetype i = 0; i < spans.size(); i += 4)
        link.spans.append({int(spans[i].toInteger()), int(spans[i + 1].toInteger()),
                           int(spans[i + 2].toInteger()), int(spans[i + 3].toInteger())});
    return link;
}

} // namespace

QByteArray encodeComparison(const Comparison &comparison)
{
    QCborArray pairs;
    for (const PairAlignment &pair : comparison.pairs) {
        QCborArray links;
        for (const BlockLink &link : pair.links)
            links.append(encodeLink(link));
        pairs.append(QCborArray{pair.a, pair.b, pair.sharedA, pair.sharedB, links});
    }
    QCborArray claims;
    for (const ClaimCluster &claim : comparison.claims) {
        QCborArray members;
        for (const ClaimMember &m : claim.members) {
            members.append(m.article);
            members.append(m.block);
            members.append(m.sentence);
        }
        const NearestSentence &n = claim.nearest;
        claims.append(QCborArray{claim.id, claim.unique, members,
                                 QCborArray{n.article, n.block, n.sentence, n.score}});
    }
    QCborArray clashes;
    for (const SentenceClash &c : comparison.clashes) {
        clashes.append(QCborArray{c.a.article, c.a.block, c.a.sentence, c.b.article, c.b.block, c.b.sentence,
                                  int(c.kind), c.aStart, c.aEnd, c.bStart, c.bEnd, c.score});
    }
    return QCborValue(QCborArray{AlignAlgorithmVersion, pairs, claims, clashes}).toCbor();
}

std::optional<Comparison> decodeComparison(const QByteArray &bytes)
{
    const QCborArray root = QCborValue::fromCbor(bytes).toArray();
    if (root.size() != 4 || root[0].toInteger() != AlignAlgorithmVersion)
        return std::nullopt;
    Comparison comparison;
    for (const QCborValue &value : root[1].toArray()) {
        const QCborArray array = value.toArray();
        if (array.size() != 5)
            return std::nullopt;
        PairAlignment pair;
        pair.a = int(array[0].toInteger());
        pair.b = int(array[1].toInteger());
        pair.sharedA = array[2].toDouble();
        pair.sharedB = array[3].toDouble();
        for (const QCborValue &link : array[4].toArray()) {
            std::optional<BlockLink> decoded = decodeLink(link.toArray());
            if (!decoded)
                return std::nullopt;
            pair.links.append(*decoded);
        }
        comparison.pairs.append(pair);
    }
    for (const QCborValue &value : root[2].toArray()) {
        const QCborArray array = value.toArray();
        if (array.size() != 4 || array[2].toArray().size() % 3 != 0 || array[3].toArray().size() != 4)
            return std::nullopt;
        ClaimCluster claim;
        claim.id = int(array[0].toInteger());
        claim.unique = array[1].toBool();
        const QCborArray members = array[2].toArray();
        for (qsizetype i = 0; i < members.size(); i += 3)
            claim.members.append({int(members[i].toInteger()), int(members[i + 1].toInteger()),
                                  int(members[i + 2].toInteger())});
        const QCborArray nearest = array[3].toArray();
        claim.nearest = {int(nearest[0].toInteger()), int(nearest[1].toInteger()), int(nearest[2].toInteger()),
                         nearest[3].toDouble()};
        comparison.claims.append(claim);
    }
    for (const QCborValue &value : root[3].toArray()) {
        const QCborArray c = value.toArray();
        const qint64 kind = c[6].toInteger();
        if (c.size() != 12 || kind <= qint64(ClashKind::None) || kind > qint64(ClashKind::Negation))
            return std::nullopt;
        auto at = [&c](qsizetype i) { return int(c[i].toInteger()); };
        comparison.clashes.append({{at(0), at(1), at(2)}, {at(3), at(4), at(5)}, ClashKind(kind),
                                   at(7), at(8), at(9), at(10), c[11].toDouble()});
    }
    return comparison;
}

QByteArray comparisonKey(const QList<Article> &articles, const AlignSettings &settings)
{
    QByteArray material;
    QDataStream out(&material, QIODevice::WriteOnly);
    out << qint32(AlignAlgorithmVersion) << qint32(settings.minRunWords) << settings.linkThreshold
        << settings.moveThreshold << settings.nearCoverage << settings.claimThreshold
        << qint32(settings.allPairsUpTo) << qint32(settings.candidatesPerArticle) << qint32(articles.size());
    for (const Article &article : articles) {
        // The publication date places "on Sunday" in the calendar.
        out << article.meta.published << qint32(article.blocks.size());
        for (const Block &block : article.blocks) {
            out << block.text << qint32(block.role) << qint32(block.sentences.size());
            for (const Sentence &s : block.sentences)
                out << qint32(s.start) << qint32(s.end);
        }
    }
    return QCryptographicHash::hash(material, QCryptographicHash::Sha256).toHex();
}

} // namespace parallax
