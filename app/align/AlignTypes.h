#pragma once

#include <QList>

#include <cstdint>

namespace parallax {

// Bumped whenever a change to the engine can change its output, so that
// results cached in the library under the old number are recomputed.
inline constexpr int AlignAlgorithmVersion = 4;

// Tunables of the alignment. The claim threshold was chosen on the labelled
// development pairs (tests/data/pairs); the others were tuned on the seed
// story and checked on the invented story in tests/data/align.
struct AlignSettings {
    int minRunWords = 4;            // shortest shared word run shown as a span
    double linkThreshold = 0.3;     // paragraph similarity that links in order
    double moveThreshold = 0.5;     // out-of-order links need stronger evidence
    double nearCoverage = 0.6;      // share of the shorter paragraph's words in spans for "near"
    double claimThreshold = 0.5;    // matcher score (SentenceMatcher.h) at which two sentences are one claim
    int allPairsUpTo = 48;          // N-way: compare every pair up to this many articles
    int candidatesPerArticle = 16;  // N-way beyond that: most similar partners kept per article
    friend bool operator==(const AlignSettings &, const AlignSettings &) = default;
};

enum class LinkKind { Identical, Near, Paraphrase };

// A word run both paragraphs share, as UTF-16 ranges (end exclusive) into
// the two blocks' text.
struct SharedSpan {
    int aStart = 0;
    int aEnd = 0;
    int bStart = 0;
    int bEnd = 0;
    friend bool operator==(const SharedSpan &, const SharedSpan &) = default;
};

// Block indexes are indexes into Article::blocks, furniture included.
struct BlockLink {
    int aBlock = 0;
    int bBlock = 0;
    LinkKind kind = LinkKind::Paraphrase;
    bool moved = false;
    double score = 0;
    QList<SharedSpan> spans;
    friend bool operator==(const BlockLink &, const BlockLink &) = default;
};

struct PairAlignment {
    int a = 0; // article indexes into the compared list
    int b = 0;
    double sharedA = 0; // share of each article's body words inside shared spans
    double sharedB = 0;
    QList<BlockLink> links;
    friend bool operator==(const PairAlignment &, const PairAlignment &) = default;
};

struct ClaimMember {
    int article = 0;
    int block = 0;
    int sentence = 0; // index into Block::sentences
    friend bool operator==(const ClaimMember &, const ClaimMember &) = default;
};

// The sentence of another article that comes closest to a claim, with the
// matcher's score for the pair: below the claim threshold, or the claim
// would hold it. A unique claim keeps it so that a person can check the
// judgement rather than believe it. article is -1 when no sentence
// elsewhere shares enough with the claim to be scored at all.
struct NearestSentence {
    int article = -1;
    int block = 0;
    int sentence = 0;
    double score = 0;
    bool isValid() const { return article >= 0; }
    friend bool operator==(const NearestSentence &, const NearestSentence &) = default;
};

// Sentences that state the same thing; unique when they all come from one article.
struct ClaimCluster {
    int id = 0;
    bool unique = true;
    QList<ClaimMember> members;
    NearestSentence nearest = {}; // unique claims only
    // A person's changes (applyClaimDecisions, ClaimDecisions.h), so that
    // every view can say the grouping is theirs, not the matcher's. Never
    // cached with the comparison: decisions live in the library and are
    // applied each time a comparison leaves the cache or the matcher.
    bool mergedByHand = false; // holds sentences a person said state one claim
    bool splitByHand = false;  // a person took a sentence out of it, or this is that sentence
    bool byHand() const { return mergedByHand || splitByHand; }
    friend bool operator==(const ClaimCluster &, const ClaimCluster &) = default;
};

// Why two sentences that tell one frame cannot both be right: a different
// figure or date, another person doing the same thing, an opposite verb
// (rose / fell), or one denying what the other states.
enum class ClashKind : std::uint8_t { None, Figure, Date, Name, Opposite, Negation };

// Two sentences of two articles that tell one frame with a fact that
// differs: one claim told two ways, shown as a discrepancy. The ranges
// (UTF-16, end exclusive, into each block's text) hold the differing words;
// they are empty for a negation, which has no one word to point at.
struct SentenceClash {
    ClaimMember a;
    ClaimMember b;
    ClashKind kind = ClashKind::None;
    int aStart = 0;
    int aEnd = 0;
    int bStart = 0;
    int bEnd = 0;
    double score = 0; // the matcher's score for the pair
    friend bool operator==(const SentenceClash &, const SentenceClash &) = default;
};

struct Comparison {
    QList<PairAlignment> pairs;
    QList<ClaimCluster> claims;
    QList<SentenceClash> clashes = {};
    friend bool operator==(const Comparison &, const Comparison &) = default;
};

QString linkKindName(LinkKind kind);
bool linkKindFromName(const QString &name, LinkKind *kind);
QString clashKindName(ClashKind kind);

} // namespace parallax
