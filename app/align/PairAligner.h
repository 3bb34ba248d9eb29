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

// Two sentences that tell one frame with a fact that differs, with the
// differing words as token ranges of the two prepared articles (empty for
// a negation).
struct PreparedClash {
    int a = 0;
    int b = 0;
    ClashKind kind = ClashKind::None;
    int aFirstToken = 0;
    int aEndToken = 0;
    int bFirstToken = 0;
    int bEndToken = 0;
    float score = 0;
};

struct PairResult {
    PairAlignment alignment;           // a and b left 0: the caller knows the indexes
    std::vector<SentenceEdge> edges;   // every pair the matcher scored, however low
    std::vector<PreparedClash> clashes;
};

struct StoryLexicon;

// Aligns two prepared articles. Reads the vocabulary and the articles only,
// so many pairs may be aligned in parallel.
PairResult alignPrepared(const PreparedArticle &a, const PreparedArticle &b, const StoryLexicon &lexicon,
                         const AlignSettings &settings);

} // namespace parallax
