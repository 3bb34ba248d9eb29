#pragma once

#include <vector>

namespace parallax {

// A content word of a sentence or paragraph with its weight: rarer across the
// compared articles is heavier, and names and numbers count extra, because
// "Qin Gang" and "June 18-19" say more about a claim than "visit" does.
struct Feature {
    int stem = 0;
    float weight = 0;
};

// Sorted by stem, one entry a stem.
struct FeatureVector {
    std::vector<Feature> features;
    float total = 0;
};

// Per stem id: the inverse sentence frequency in the compared articles.
using StemWeights = std::vector<float>;

StemWeights stemWeights(const std::vector<int> &sentenceFrequency, int sentenceCount);

// Which vectors (sentences or paragraphs of one article) hold each stem, in a
// compressed layout: stems sorted, entries of stems[i] at offsets[i]..offsets[i+1].
struct Postings {
    struct Entry {
        int index = 0;
        float weight = 0;
    };
    std::vector<int> stems;
    std::vector<int> offsets;
    std::vector<Entry> entries;

    static Postings build(const std::vector<FeatureVector> &vectors);
};

struct ScoredPair {
    int a = 0;
    int b = 0;
    float score = 0;
};

// The weighted overlap of two vectors: shared weight over the geometric mean
// of their totals, so that a sentence which adds a clause still scores high.
float similarity(const FeatureVector &a, const FeatureVector &b);

// Every pair (vector of a, vector of b) sharing at least two features with a
// similarity of at least floor, found through b's postings so that unrelated
// pairs cost nothing.
std::vector<ScoredPair> similarPairs(const std::vector<FeatureVector> &a,
                                     const std::vector<FeatureVector> &b, const Postings &bPostings,
                                     float floor);

} // namespace parallax
