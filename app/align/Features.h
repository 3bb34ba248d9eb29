#pragma once

#include <vector>

namespace parallax {

// A content word of a sentence or paragraph with its weight: rarer across the
// compared articles is heavier, and names and numbers count extra, because
// "Qin Gang" and "June 18-19" say more about a claim than "visit" does.
struct Feature {
    int stem = 0;
    float weight = 0;
    bool specific = false; // rare in the compared set; see StemWeights
};

// Sorted by stem, one entry a stem.
struct FeatureVector {
    std::vector<Feature> features;
    float total = 0;
};

// Per stem id: the inverse sentence frequency in the compared articles, and
// whether the stem is specific: held by at most SpecificPerArticle sentences
// per compared article. In a story about Blinken in China, "Blinken", "China"
// and "visit" fill every other sentence and pin no claim down; a shared
// "fentanyl" or "balloon" does.
struct StemWeights {
    std::vector<float> weight;
    std::vector<bool> specific;
    float specificWeight = 1; // the weight of a stem at the specific bound
};

inline constexpr int SpecificPerArticle = 2;

StemWeights stemWeights(const std::vector<int> &sentenceFrequency, int sentenceCount, int articleCount);

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
// of the shorter total and the two totals' geometric mean. Between the plain
// geometric mean (which punishes a rewrite that adds a clause) and the
// shorter total (which lets any short sentence match a long one it shares
// two words with).
float similarity(const FeatureVector &a, const FeatureVector &b);

// Every pair (vector of a, vector of b) sharing at least two features, one of
// them specific, with a similarity of at least floor, found through b's
// postings so that unrelated pairs cost nothing.
std::vector<ScoredPair> similarPairs(const std::vector<FeatureVector> &a,
                                     const std::vector<FeatureVector> &b, const Postings &bPostings,
                                     float floor);

} // namespace parallax
