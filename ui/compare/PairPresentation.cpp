#include "PairPresentation.h"

#include <algorithm>

namespace parallax {
namespace {

using Mark = HighlightPalette::Mark;

BlockLink flipped(BlockLink link)
{
    std::swap(link.aBlock, link.bBlock);
    for (SharedSpan &span : link.spans) {
        std::swap(span.aStart, span.bStart);
        std::swap(span.aEnd, span.bEnd);
    }
    return link;
}

bool isDifference(const BlockLink &link)
{
    return link.kind != LinkKind::Identical || link.moved;
}

} // namespace

PairPresentation PairPresentation::build(const Comparison &comparison, const QList<Article> &articles, int left,
                                         int right, const HighlightPalette &palette)
{
    PairPresentation result;
    for (const PairAlignment &pair : comparison.pairs) {
        const bool forward = pair.a == left && pair.b == right;
        if (!forward && !(pair.a == right && pair.b == left))
            continue;
        result.found = true;
        result.shared[Left] = forward ? pair.sharedA : pair.sharedB;
        result.shared[Right] = forward ? pair.sharedB : pair.sharedA;
        for (const BlockLink &link : pair.links)
            result.links.append(forward ? link : flipped(link));
        break;
    }
    std::sort(result.links.begin(), result.links.end(),
              [](const BlockLink &x, const BlockLink &y) { return x.aBlock < y.aBlock; });

    const int sides[2] = {left, right};
    QList<bool> linked[2];
    for (int side : {Left, Right})
        linked[side].fill(false, articles.value(sides[side]).blocks.size());

    for (const BlockLink &link : std::as_const(result.links)) {
        const Mark mark = HighlightPalette::markFor(link.kind);
        if (link.aBlock < linked[Left].size())
            linked[Left][link.aBlock] = true;
        if (link.bBlock < linked[Right].size())
            linked[Right][link.bBlock] = true;
        result.paragraphs[Left].insert(link.aBlock, palette.paragraph(mark));
        result.paragraphs[Right].insert(link.bBlock, palette.paragraph(mark));
        for (const SharedSpan &span : link.spans) {
            result.spans[Left].append({link.aBlock, span.aStart, span.aEnd, palette.span(mark)});
            result.spans[Right].append({link.bBlock, span.bStart, span.bEnd, palette.span(mark)});
        }
    }

    // Claims only one of the compared articles makes, sentence by sentence.
    for (const ClaimCluster &claim : comparison.claims) {
        if (!claim.unique)
            continue;
        for (const ClaimMember &member : claim.members) {
            const int side = member.article == left ? Left : member.article == right ? Right : -1;
            if (side < 0)
                continue;
            const Article &article = articles[sides[side]];
            if (member.block < 0 || member.block >= article.blocks.size())
                continue;
            const Sentence sentence = article.blocks[member.block].sentences.value(member.sentence);
            if (sentence.end > sentence.start)
                result.spans[side].append({member.block, sentence.start, sentence.end, palette.span(Mark::Unique)});
        }
    }

    // Reading order runs down the left article; a paragraph only the right
    // one has comes after the left paragraph its in-order predecessor links to.
    struct Keyed {
        qint64 key;
        Stop stop;
    };
    QList<Keyed> keyed;
    for (int i = 0; i < result.links.size(); ++i) {
        const BlockLink &link = result.links[i];
        if (isDifference(link))
            keyed.append({qint64(link.aBlock) * 2, {Left, link.aBlock, i, false}});
    }
    for (int side : {Left, Right}) {
        const Article &article = articles.value(sides[side]);
        int anchor = -1;
        for (int block = 0; block < article.blocks.size(); ++block) {
            if (side == Right) {
                for (const BlockLink &link : std::as_const(result.links)) {
                    if (link.bBlock == block && !link.moved)
                        anchor = link.aBlock;
                }
            }
            if (linked[side][block] || !takesPartInAlignment(article.blocks[block].role)
                || article.blocks[block].text.trimmed().isEmpty())
                continue;
            result.paragraphs[side].insert(block, palette.paragraph(Mark::Unique));
            const qint64 key = side == Left ? qint64(block) * 2 : qint64(anchor) * 2 + 1;
            keyed.append({key, {Side(side), block, -1, true}});
        }
    }
    std::stable_sort(keyed.begin(), keyed.end(), [](const Keyed &x, const Keyed &y) { return x.key < y.key; });
    for (const Keyed &entry : std::as_const(keyed))
        result.stops.append(entry.stop);
    return result;
}

int PairPresentation::counterpart(Side side, int block, int *link) const
{
    for (int i = 0; i < links.size(); ++i) {
        const BlockLink &candidate = links[i];
        if ((side == Left ? candidate.aBlock : candidate.bBlock) == block) {
            if (link)
                *link = i;
            return side == Left ? candidate.bBlock : candidate.aBlock;
        }
    }
    if (link)
        *link = -1;
    return -1;
}

} // namespace parallax
