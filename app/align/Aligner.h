#pragma once

#include "AlignTypes.h"

#include <QList>

#include <atomic>
#include <functional>
#include <optional>

namespace parallax {

struct Article;

// How a caller on another thread steers a long comparison.
struct CompareControl {
    const std::atomic<bool> *cancel = nullptr; // set to true to stop early
    // Called after each aligned pair, from worker threads and in no set order.
    std::function<void(int done, int total)> progress;
};

// Aligns two articles; the result's a and b are 0 and 1.
PairAlignment alignPair(const Article &a, const Article &b, const AlignSettings &settings = {});

// Aligns N articles: pairs (all of them for small N, the promising ones for
// large N) and claim clusters over every body and heading sentence. Word
// weights come from the compared set, so a pair's figures may differ slightly
// between a two-article and an N-article comparison.
Comparison compareArticles(const QList<Article> &articles, const AlignSettings &settings = {});

// The same, cancellable and reporting progress: nullopt when cancelled.
std::optional<Comparison> compareArticles(const QList<Article> &articles, const AlignSettings &settings,
                                          const CompareControl &control);

} // namespace parallax
