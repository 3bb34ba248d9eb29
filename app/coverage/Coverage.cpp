#include "Coverage.h"

#include "align/AlignTypes.h"
#include "core/Article.h"

namespace parallax {

QList<QList<double>> overlapShares(int articleCount, const Comparison &comparison)
{
    QList<QList<double>> shares(articleCount, QList<double>(articleCount, 0.0));
    for (int i = 0; i < articleCount; ++i)
        shares[i][i] = 1.0;
    for (const PairAlignment &pair : comparison.pairs) {
        if (pair.a < 0 || pair.b < 0 || pair.a >= articleCount || pair.b >= articleCount)
            continue;
        shares[pair.a][pair.b] = pair.sharedA;
        shares[pair.b][pair.a] = pair.sharedB;
    }
    return shares;
}

std::optional<Coverage> computeCoverage(const QList<Article> &articles, const Comparison &comparison,
                                        const std::atomic<bool> *cancel)
{
    const auto cancelled = [cancel] { return cancel && cancel->load(); };
    Coverage coverage;
    coverage.timeline = storyTimeline(articles);
    coverage.overlap = overlapShares(int(articles.size()), comparison);
    coverage.claims = claimMatrix(articles, comparison);
    if (cancelled())
        return std::nullopt;
    coverage.discrepancies = findDiscrepancies(articles, comparison);
    if (cancelled())
        return std::nullopt;
    coverage.derivation = derivation(articles, comparison);
    if (cancelled())
        return std::nullopt;
    coverage.quotes = groupQuotes(articles);
    return coverage;
}

} // namespace parallax
