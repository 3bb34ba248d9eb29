#pragma once

#include "AlignTypes.h"

#include <vector>

namespace parallax {

// A sentence correspondence between two articles of the comparison.
struct ClaimEdge {
    int articleA = 0;
    int sentenceA = 0; // prepared sentence indexes
    int articleB = 0;
    int sentenceB = 0;
    float strength = 0;
};

struct ClaimSentence {
    int block = 0;    // index into Article::blocks
    int sentence = 0; // index into Block::sentences
};

// Groups the sentences of N articles into claims. Edges are taken strongest
// first, as in single-linkage clustering, but two groups merge only when most
// of their cross-article member pairs (a bounded sample of them) are backed by
// an edge of their own, so that A~B and B~C do not pull an unrelated C into A's
// claim, and wire copy shared by hundreds of articles stays cheap to merge.
// A claim holds at most one sentence of each article: an article that says a
// thing twice says it in two claims, and a sentence can no longer chain two
// neighbours of its paraphrase into one cluster.
// Edges below threshold back merges down to 0.6 of it. comparedPair(i, j) tells whether the
// articles i < j were aligned at all; pairs that were not neither back nor
// block a merge. Every sentence ends in exactly one cluster; a unique cluster
// keeps its strongest edge to another article, at any strength, as nearest.
class ClaimClusterer final
{
public:
    explicit ClaimClusterer(std::vector<std::vector<ClaimSentence>> sentencesPerArticle);

    QList<ClaimCluster> cluster(const std::vector<ClaimEdge> &edges, double threshold,
                                const std::vector<std::vector<bool>> &comparedPairs) const;

private:
    std::vector<std::vector<ClaimSentence>> m_sentences;
    std::vector<int> m_offsets; // global id of each article's first sentence
};

} // namespace parallax
