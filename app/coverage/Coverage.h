#pragma once

#include "ClaimMatrix.h"
#include "Derivation.h"
#include "Discrepancies.h"
#include "QuoteGroups.h"
#include "Timeline.h"

#include <QList>

#include <atomic>
#include <optional>

namespace parallax {

struct Article;
struct Comparison;

// Everything the coverage view shows about one story, computed in one go
// off the window's thread.
struct Coverage {
    QList<ClaimRow> claims;
    QList<Discrepancy> discrepancies;
    QList<ArticleDerivation> derivation;
    QList<TimelineEntry> timeline;
    QList<QuoteGroup> quotes;
    // overlap[i][j]: share of article i's words in runs shared with j.
    QList<QList<double>> overlap;
};

// The share of i's words shared with j, from the pair's figures; 1 on the
// diagonal, 0 for a pair that was not aligned.
QList<QList<double>> overlapShares(int articleCount, const Comparison &comparison);

// nullopt when cancel was set before it finished.
std::optional<Coverage> computeCoverage(const QList<Article> &articles, const Comparison &comparison,
                                        const std::atomic<bool> *cancel = nullptr);

} // namespace parallax
