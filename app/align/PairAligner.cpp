#include "PairAligner.h"

#include "Features.h"
#include "ParagraphAligner.h"
#include "PreparedArticle.h"
#include "SpanFinder.h"
#include "Vocabulary.h"

#include <algorithm>
#include <cstdint>
#include <unordered_map>

namespace parallax {

namespace {

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

// A paragraph pair is as similar as its paragraphs as a whole or as its best
// pair of sentences, so that a paragraph that adds a sentence to wire copy,
// or rewrites all but one, still links.
std::vector<ScoredPair> paragraphScores(const PreparedArticle &a, const PreparedArticle &b,
                                        const std::vector<ScoredPair> &sentencePairs, float floor)
{
    std::unordered_map<std::uint64_t, float> scores;
    for (const ScoredPair &p : similarPairs(a.blockFeatures, b.blockFeatures, b.blockPostings, floor))
        keepBest(scores, p.a, p.b, p.score);
    for (const ScoredPair &p : sentencePairs)
        keepBest(scores, a.sentences[size_t(p.a)].owner, b.sentences[size_t(p.b)].owner, p.score);
    std::vector<ScoredPair> pairs;
    pairs.reserve(scores.size());
    for (const auto &[key, score] : scores)
        pairs.push_back({int(key >> 32), int(key & 0xffffffffu), score});
    // Hash order is not stable across runs; results must be.
    std::sort(pairs.begin(), pairs.end(),
              [](const ScoredPair &l, const ScoredPair &r) { return l.a < r.a || (l.a == r.a && l.b < r.b); });
    return pairs;
}

// Shared words of two sentences, counted over the runs of one link.
struct SentenceOverlap {
    int a = 0;
    int b = 0;
    int words = 0;
};

void countOverlap(const PreparedArticle &a, const PreparedArticle &b, const WordRun &run,
                  std::vector<SentenceOverlap> &overlaps)
{
    for (int k = 0; k < run.length; ++k) {
        const int sa = a.tokenSentence[size_t(run.aFirst + k)];
        const int sb = b.tokenSentence[size_t(run.bFirst + k)];
        if (sa < 0 || sb < 0)
            continue;
        auto it = std::find_if(overlaps.begin(), overlaps.end(),
                               [sa, sb](const SentenceOverlap &o) { return o.a == sa && o.b == sb; });
        if (it == overlaps.end())
            overlaps.push_back({sa, sb, 1});
        else
            ++it->words;
    }
}

int sentenceLength(const PreparedArticle &article, int sentence)
{
    const PreparedSentence &s = article.sentences[size_t(sentence)];
    return s.endToken - s.firstToken;
}

double share(const std::vector<bool> &covered)
{
    if (covered.empty())
        return 0;
    return double(std::count(covered.begin(), covered.end(), true)) / double(covered.size());
}

} // namespace

PairResult alignPrepared(const PreparedArticle &a, const PreparedArticle &b,
                         const Vocabulary &vocabulary, const AlignSettings &settings)
{
    const float supportFloor = float(settings.claimThreshold * SupportShare);
    const float floor = std::min(float(settings.linkThreshold), supportFloor);
    const std::vector<ScoredPair> sentencePairs =
        similarPairs(a.sentenceFeatures, b.sentenceFeatures, b.sentencePostings, floor);
    const std::vector<ParagraphLink> paragraphLinks =
        alignParagraphs(int(a.blocks.size()), int(b.blocks.size()),
                        paragraphScores(a, b, sentencePairs, floor), settings.linkThreshold,
                        settings.moveThreshold);

    PairResult result;
    std::unordered_map<std::uint64_t, float> edges;
    for (const ScoredPair &p : sentencePairs) {
        if (p.score >= supportFloor)
            keepBest(edges, p.a, p.b, p.score);
    }

    std::vector<bool> aCovered(a.tokens.size(), false);
    std::vector<bool> bCovered(b.tokens.size(), false);
    for (const ParagraphLink &pl : paragraphLinks) {
        const PreparedBlock &ba = a.blocks[size_t(pl.a)];
        const PreparedBlock &bb = b.blocks[size_t(pl.b)];
        BlockLink link;
        link.aBlock = ba.block;
        link.bBlock = bb.block;
        link.moved = pl.moved;

        std::vector<SentenceOverlap> overlaps;
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
            countOverlap(a, b, run, overlaps);
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

        // Sentences that share most of the shorter one's words are the same
        // sentence, whatever their content words weigh.
        for (const SentenceOverlap &o : overlaps) {
            const int shorter = std::min(sentenceLength(a, o.a), sentenceLength(b, o.b));
            if (o.words >= settings.minRunWords && o.words * 2 >= shorter)
                keepBest(edges, o.a, o.b, 0.5f + 0.5f * float(o.words) / float(shorter));
        }
    }
    result.alignment.sharedA = share(aCovered);
    result.alignment.sharedB = share(bCovered);

    result.edges.reserve(edges.size());
    for (const auto &[key, strength] : edges)
        result.edges.push_back({int(key >> 32), int(key & 0xffffffffu), std::min(1.0f, strength)});
    std::sort(result.edges.begin(), result.edges.end(), [](const SentenceEdge &l, const SentenceEdge &r) {
        return l.a < r.a || (l.a == r.a && l.b < r.b);
    });
    return result;
}

} // namespace parallax
