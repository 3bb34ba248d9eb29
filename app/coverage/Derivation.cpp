#include "Derivation.h"

#include "align/AlignTypes.h"
#include "core/Article.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

// Words of the ranges (merged first) over words of the block.
struct Counted {
    int inRanges = 0;
    int total = 0;
};

Counted countWords(const QString &text, QList<std::pair<int, int>> ranges)
{
    static const QRegularExpression word(u"[\\p{L}\\p{N}]+"_s);
    std::sort(ranges.begin(), ranges.end());
    Counted counted;
    qsizetype r = 0;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const int start = int(m.capturedStart());
        while (r < ranges.size() && ranges[r].second <= start)
            ++r;
        ++counted.total;
        if (r < ranges.size() && ranges[r].first <= start)
            ++counted.inRanges;
    }
    return counted;
}

// The union of every pair's shared runs, per block of one article.
double unionShare(const Article &article, int index, const Comparison &comparison)
{
    QHash<int, QList<std::pair<int, int>>> ranges;
    for (const PairAlignment &pair : comparison.pairs) {
        if (pair.a != index && pair.b != index)
            continue;
        const bool isA = pair.a == index;
        for (const BlockLink &link : pair.links) {
            for (const SharedSpan &span : link.spans) {
                ranges[isA ? link.aBlock : link.bBlock].append(isA ? std::pair{span.aStart, span.aEnd}
                                                                   : std::pair{span.bStart, span.bEnd});
            }
        }
    }
    int shared = 0;
    int total = 0;
    for (int b = 0; b < article.blocks.size(); ++b) {
        if (!takesPartInAlignment(article.blocks[b].role))
            continue;
        const Counted counted = countWords(article.blocks[b].text, ranges.value(b));
        shared += counted.inRanges;
        total += counted.total;
    }
    return total == 0 ? 0 : double(shared) / total;
}

} // namespace

DerivationLabel derivationLabel(double share)
{
    if (share >= WhollyDerivedShare)
        return DerivationLabel::WhollyDerived;
    if (share >= PartlyDerivedShare)
        return DerivationLabel::PartlyDerived;
    return DerivationLabel::Independent;
}

QList<ArticleDerivation> derivation(const QList<Article> &articles, const Comparison &comparison)
{
    QList<ArticleDerivation> result;
    for (int a = 0; a < articles.size(); ++a) {
        ArticleDerivation entry;
        entry.article = a;
        double best = 0;
        for (int o = 0; o < articles.size(); ++o) {
            if (o == a)
                continue;
            double share = 0;
            for (const PairAlignment &pair : comparison.pairs) {
                if (pair.a == a && pair.b == o)
                    share = pair.sharedA;
                else if (pair.a == o && pair.b == a)
                    share = pair.sharedB;
            }
            entry.pairs.append({o, share, derivationLabel(share)});
            if (share > best) {
                best = share;
                entry.closest = o;
            }
        }
        entry.share = unionShare(articles[a], a, comparison);
        entry.label = derivationLabel(entry.share);
        result.append(entry);
    }
    return result;
}

} // namespace parallax
