#pragma once

#include "AlignTypes.h"

namespace parallax {

struct PreparedArticle;
class StoryAliases;
class Vocabulary;

// What the matcher knows of the compared set's words: their classes and
// senses, and the titles the story gives its people.
struct StoryLexicon {
    const Vocabulary &vocabulary;
    const StoryAliases &aliases;
};

// What the matcher saw in a pair of sentences, before it is turned into a
// score. Coverage is the weighted share of a sentence's items that found a
// partner in the other one; the claim coverage counts only content words,
// figures and dates, so that a shared name or frame cannot carry a link.
struct MatchEvidence {
    float coverA = 0;
    float coverB = 0;
    float claimCoverA = 0;
    float claimCoverB = 0;
    float weightA = 0;      // the items' total weight: how much each sentence says
    float weightB = 0;
    float claimMassA = 0;   // the weight of claim items that found a partner
    float claimMassB = 0;
    int claimMatches = 0;   // content words, figures and dates that found a partner
    int figureMatches = 0;  // figures that found a partner
    ClashKind clash = ClashKind::None;
    int clashItemA = -1;    // the items that clash, when the clash is between items
    int clashItemB = -1;
};

// The matcher's judgement on a pair: a score in [0, 1], a logistic model's
// probability that the two state one claim (on the development pairs of
// tests/data/pairs it holds at the ends, above 0.8 and below 0.1, and is
// only a hint between; README "Same claim"), and the clash when the pair tells
// one frame with a different fact. A clashing pair is still one claim told
// two ways: it is clustered as one, and shown as a discrepancy rather than
// as two claims each outlet alone makes.
struct SentenceMatch {
    float score = 0;
    MatchEvidence evidence;
    bool isDiscrepancy() const { return evidence.clash != ClashKind::None; }
};

// Says how two sentences of two prepared articles relate, by aligning their
// items one to one (ClaimItems.h): the same word or stem, the same name (a
// surname meets the full name), equal figures and compatible dates, and a
// pronoun for a name. Reads the articles only: one matcher may serve many
// threads.
class SentenceMatcher final
{
public:
    SentenceMatcher(const PreparedArticle &a, const PreparedArticle &b, const StoryLexicon &lexicon);

    SentenceMatch match(int sentenceA, int sentenceB) const;
    MatchEvidence evidence(int sentenceA, int sentenceB) const;

private:
    const PreparedArticle &m_a;
    const PreparedArticle &m_b;
    StoryLexicon m_lexicon;
};

// The calibrated score of the evidence: a logistic model fitted on the
// development pairs (tests/align/fit_matcher.py).
float matchProbability(const MatchEvidence &evidence);

} // namespace parallax
