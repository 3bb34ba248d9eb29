#pragma once

#include "AlignTypes.h"

#include <vector>

namespace parallax {

struct PreparedArticle;
class Vocabulary;

// Two sentences (prepared sentence indexes of the two articles) that state
// the same thing, and how sure we are.
struct SentenceEdge {
    int a = 0;
    int b = 0;
    float strength = 0;
};

struct PairResult {
    PairAlignment alignment;         // a and b left 0: the caller knows the indexes
    std::vector<SentenceEdge> edges; // includes weak support edges below claimThreshold
};

// Below the claim threshold, this share of it still counts as support when
// deciding whether two clusters may merge (see ClaimClusterer).
inline constexpr double SupportShare = 0.6;

// Aligns two prepared articles. Reads the vocabulary and the articles only,
// so many pairs may be aligned in parallel.
PairResult alignPrepared(const PreparedArticle &a, const PreparedArticle &b,
                         const Vocabulary &vocabulary, const AlignSettings &settings);

} // namespace parallax
