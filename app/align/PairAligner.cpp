#include "PairAligner.h"

#include "Features.h"
#include "ParagraphAligner.h"
#include "PreparedArticle.h"
#include "SentenceMatcher.h"
#include "SpanFinder.h"
#include "Vocabulary.h"

#include <algorithm>
#include <cstdint>
#include <unordered_map>

namespace parallax {

namespace {

// Sentence pairs below this old-style similarity share too little to be
// worth the matcher's time; the matcher decides above it.
constexpr float CandidateFloor = 0.08f;
// Matcher scores below this are kept neither as support nor as the
// closest candidate of a unique claim: nothing a person would look at.
constexpr float EdgeFloor = 0.05f;

std::uint64_t pairKey(int a, int b)
{
    return (std::uint64_t(std::uint32_t(a)) << 32) | std::uint32_t(b);
}

void keepBest(std::unordered_map<std::uint64_t, float> &scores, int a, int b, float score)
{
    auto [it, inserted] = scores.try_emplace(pairKey(a, b), score);
    if (!inserted)
        it->second = std::max(it->second, score);
}

// A paragraph pair is as similar as its best pair of sentences the matcher
// calls one claim, so that a paragraph that adds a sentence to wire copy,
// or rewrites all but one, still links; paragraphs of several sentences
// each also as their words as a whole. A pair of one-sentence paragraphs
// that tell one frame with a different figure is not linked: the matcher
// said they differ.
std::vector<ScoredPair> paragraphScores(const PreparedArticle &a, const PreparedArticle &b,
                                        const std::vector<SentenceEdge> &edges, float claimThreshold,
                                        float linkThreshold)
{
    std::unordered_map<std::uint64_t, float> scores;
    for (const ScoredPair &p : similarPairs(a.blockFeatures, b.blockFeatures, b.blockPostings, linkThreshold)) {
        const PreparedBlock &ba = a.blocks[size_t(p.a)];
        const PreparedBlock &bb = b.blocks[size_t(p.b)];
        if (ba.endSentence - ba.firstSentence >= 2 && bb.endSentence - bb.firstSentence >= 2)
            keepBest(scores, p.a, p.b, p.score);
    }
    for (const SentenceEdge &e : edges) {
        if (e.strength >= claimThreshold)
            keepBest(scores, a.sentences[size_t(e.a)].owner, b.sentences[size_t(e.b)].owner, e.strength);
    }
    std::vector<ScoredPair> pairs;
    pairs.reserve(scores.size());
    for (const auto &[key, score] : scores)
        pairs.push_back({int(key >> 32), int(key & 0xffffffffu), score});
    // Hash order is not stable across runs; results must be.
    std::sort(pairs.begin(), pairs.end(),
              [](const ScoredPair &l, const ScoredPair &r) { return l.a < r.a || (l.a == r.a && l.b < r.b); });
    return pairs;
}

PreparedClash clashOf(const PreparedArticle &a, const PreparedArticle &b, int sa, int sb, const SentenceMatch &match)
{
    PreparedClash clash{sa, sb, match.evidence.clash, 0, 0, 0, 0, match.score};
    if (match.evidence.clashItemA >= 0) {
        const ClaimItem &x = a.items[size_t(a.sentences[size_t(sa)].firstItem + match.evidence.clashItemA)];
        const ClaimItem &y = b.items[size_t(b.sentences[size_t(sb)].firstItem + match.evidence.clashItemB)];
        clash.aFirstToken = x.firstToken;
        clash.aEndToken = x.endToken;
        clash.bFirstToken = y.firstToken;
        clash.bEndToken = y.endToken;
    }
    return clash;
}

double share(const std::vector<bool> &covered)
{
    if (covered.empty())
        return 0;
    return double(std::count(covered.begin(), covered.end(), true)) / double(covered.size());
}

} // namespace

PairResult alignPrepared(const PreparedArticle &a, const PreparedArticle &b, const StoryLexicon &lexicon,
                         const AlignSettings &settings)
{
    const Vocabulary &vocabulary = lexicon.vocabulary;
    PairResult result;
    // The matcher reads the sentence pairs that share rarer words; the rest
    // share too little to state one claim.
    const SentenceMatcher matcher(a, b, lexicon);
    for (const ScoredPair &p : similarPairs(a.sentenceFeatures, b.sentenceFeatures, b.sentencePostings, CandidateFloor)) {
        const SentenceMatch match = matcher.match(p.a, p.b);
        if (match.score < EdgeFloor && !match.isDiscrepancy())
            continue;
        result.edges.push_back({p.a, p.b, match.score});
        if (match.isDiscrepancy())
            result.clashes.push_back(clashOf(a, b, p.a, p.b, match));
    }

    const std::vector<ParagraphLink> paragraphLinks = alignParagraphs(
        int(a.blocks.size()), int(b.blocks.size()),
        paragraphScores(a, b, result.edges, float(settings.claimThreshold), float(settings.linkThreshold)),
        settings.linkThreshold, settings.moveThreshold);
    std::vector<bool> aCovered(a.tokens.size(), false);
    std::vector<bool> bCovered(b.tokens.size(), false);
    for (const ParagraphLink &pl : paragraphLinks) {
        const PreparedBlock &ba = a.blocks[size_t(pl.a)];
        const PreparedBlock &bb = b.blocks[size_t(pl.b)];
        BlockLink link;
        link.aBlock = ba.block;
        link.bBlock = bb.block;
        link.moved = pl.moved;

        int aShared = 0;
        for (const WordRun &run : sharedRuns(a, ba, b, bb, vocabulary, settings.minRunWords)) {
            const Token &aFirst = a.tokens[size_t(run.aFirst)];
            const Token &aLast = a.tokens[size_t(run.aFirst + run.length - 1)];
            const Token &bFirst = b.tokens[size_t(run.bFirst)];
            const Token &bLast = b.tokens[size_t(run.bFirst + run.length - 1)];
            link.spans.append({aFirst.start, aLast.end, bFirst.start, bLast.end});
            std::fill_n(aCovered.begin() + run.aFirst, run.length, true);
            std::fill_n(bCovered.begin() + run.bFirst, run.length, true);
            aShared += run.length;
        }

        const int aLength = ba.endToken - ba.firstToken;
        const int bLength = bb.endToken - bb.firstToken;
        const bool sameWords = aLength == bLength && aShared == aLength;
        if (sameWords) {
            link.kind = LinkKind::Identical;
            link.score = 1.0;
        } else if (aShared >= settings.nearCoverage * std::min(aLength, bLength)) {
            link.kind = LinkKind::Near;
            link.score = 2.0 * aShared / (aLength + bLength);
        } else {
            link.kind = LinkKind::Paraphrase;
            link.score = pl.score;
        }
        result.alignment.links.append(link);
    }
    result.alignment.sharedA = share(aCovered);
    result.alignment.sharedB = share(bCovered);
    return result;
}

} // namespace parallax
