#include "ParagraphAligner.h"

#include <dtl/dtl.hpp>

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <unordered_map>

namespace parallax {

namespace {

using PairScores = std::unordered_map<std::uint64_t, float>;

std::uint64_t pairKey(int a, int b)
{
    return (std::uint64_t(std::uint32_t(a)) << 32) | std::uint32_t(b);
}

// dtl's equality, here "similar enough": dtl then yields the longest chain
// of in-order similar pairs instead of identical ones.
class SimilarParagraphs final : public dtl::Compare<int>
{
public:
    SimilarParagraphs() = default;
    explicit SimilarParagraphs(const PairScores *scores) : m_scores(scores) { }
    bool impl(const int &a, const int &b) const override { return m_scores->contains(pairKey(a, b)); }

private:
    const PairScores *m_scores = nullptr;
};

// True when (a, b) keeps the order of the backbone, which is sorted and
// increasing on both sides.
bool inOrder(const std::vector<ParagraphLink> &backbone, int a, int b)
{
    auto after = std::upper_bound(backbone.begin(), backbone.end(), a,
                                  [](int value, const ParagraphLink &l) { return value < l.a; });
    if (after != backbone.end() && after->b < b)
        return false;
    auto before = std::lower_bound(backbone.begin(), backbone.end(), a,
                                   [](const ParagraphLink &l, int value) { return l.a < value; });
    return before == backbone.begin() || std::prev(before)->b <= b;
}

} // namespace

std::vector<ParagraphLink> alignParagraphs(int aCount, int bCount, const std::vector<ScoredPair> &candidates,
                                           double linkThreshold, double moveThreshold)
{
    PairScores linkable;
    for (const ScoredPair &p : candidates) {
        if (p.score >= linkThreshold)
            linkable.emplace(pairKey(p.a, p.b), p.score);
    }
    std::vector<ParagraphLink> links;
    if (linkable.empty())
        return links;

    std::vector<int> aSequence(static_cast<size_t>(aCount));
    std::vector<int> bSequence(static_cast<size_t>(bCount));
    std::iota(aSequence.begin(), aSequence.end(), 0);
    std::iota(bSequence.begin(), bSequence.end(), 0);
    dtl::Diff<int, std::vector<int>, SimilarParagraphs> diff(aSequence, bSequence,
                                                             SimilarParagraphs(&linkable));
    diff.compose();
    for (const auto &[element, info] : diff.getSes().getSequence()) {
        if (info.type != dtl::SES_COMMON)
            continue;
        // dtl counts from 1.
        const int a = int(info.beforeIdx - 1);
        const int b = int(info.afterIdx - 1);
        // With a comparator that is not an equivalence, dtl can report as
        // common a pair the comparator never accepted (seen on inputs of
        // 3,500 paragraphs); such a pair is no link.
        const auto it = linkable.find(pairKey(a, b));
        if (it == linkable.end())
            continue;
        links.push_back({a, b, it->second, false});
    }
    const std::vector<ParagraphLink> backbone = links;

    std::vector<bool> aLinked(static_cast<size_t>(aCount), false);
    std::vector<bool> bLinked(static_cast<size_t>(bCount), false);
    for (const ParagraphLink &l : backbone) {
        aLinked[size_t(l.a)] = true;
        bLinked[size_t(l.b)] = true;
    }
    std::vector<ScoredPair> rest;
    for (const ScoredPair &p : candidates) {
        if (p.score >= linkThreshold && !(aLinked[size_t(p.a)] && bLinked[size_t(p.b)]))
            rest.push_back(p);
    }
    std::sort(rest.begin(), rest.end(), [](const ScoredPair &l, const ScoredPair &r) {
        return l.score > r.score || (l.score == r.score && (l.a < r.a || (l.a == r.a && l.b < r.b)));
    });
    for (const ScoredPair &p : rest) {
        const bool aFree = !aLinked[size_t(p.a)];
        const bool bFree = !bLinked[size_t(p.b)];
        if (!aFree && !bFree)
            continue;
        const bool moved = !inOrder(backbone, p.a, p.b);
        const bool strong = p.score >= moveThreshold;
        if ((moved || !(aFree && bFree)) && !strong)
            continue;
        links.push_back({p.a, p.b, p.score, moved});
        aLinked[size_t(p.a)] = true;
        bLinked[size_t(p.b)] = true;
    }
    std::sort(links.begin(), links.end(),
              [](const ParagraphLink &l, const ParagraphLink &r) { return l.a < r.a || (l.a == r.a && l.b < r.b); });
    return links;
}

} // namespace parallax
