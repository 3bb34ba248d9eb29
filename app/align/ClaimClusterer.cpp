#include "ClaimClusterer.h"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <numeric>
#include <unordered_set>

namespace parallax {

namespace {

// Members of each side looked at when deciding a merge.
constexpr size_t MergeSample = 8;
// Below the claim threshold, this share of it still counts as support when
// deciding whether two clusters may merge.
constexpr double SupportShare = 0.6;

std::uint64_t unorderedKey(int x, int y)
{
    if (x > y)
        std::swap(x, y);
    return (std::uint64_t(std::uint32_t(x)) << 32) | std::uint32_t(y);
}

std::vector<int> sample(const std::vector<int> &members)
{
    if (members.size() <= MergeSample)
        return members;
    std::vector<int> picked;
    for (size_t i = 0; i < MergeSample; ++i)
        picked.push_back(members[i * members.size() / MergeSample]);
    return picked;
}

} // namespace

ClaimClusterer::ClaimClusterer(std::vector<std::vector<ClaimSentence>> sentencesPerArticle)
    : m_sentences(std::move(sentencesPerArticle))
{
    m_offsets.push_back(0);
    for (const auto &sentences : m_sentences)
        m_offsets.push_back(m_offsets.back() + int(sentences.size()));
}

QList<ClaimCluster> ClaimClusterer::cluster(const std::vector<ClaimEdge> &edges, double threshold,
                                            const std::vector<std::vector<bool>> &comparedPairs) const
{
    const int total = m_offsets.back();
    std::vector<int> articleOf(static_cast<size_t>(total));
    for (int article = 0; article + 1 < int(m_offsets.size()); ++article)
        std::fill(articleOf.begin() + m_offsets[size_t(article)], articleOf.begin() + m_offsets[size_t(article) + 1], article);

    std::unordered_set<std::uint64_t> backing;
    std::vector<size_t> order;
    const double supportFloor = threshold * SupportShare;
    for (size_t e = 0; e < edges.size(); ++e) {
        const ClaimEdge &edge = edges[e];
        if (edge.strength >= supportFloor)
            backing.insert(unorderedKey(m_offsets[size_t(edge.articleA)] + edge.sentenceA,
                                    m_offsets[size_t(edge.articleB)] + edge.sentenceB));
        if (edge.strength >= threshold)
            order.push_back(e);
    }
    std::stable_sort(order.begin(), order.end(),
                     [&edges](size_t l, size_t r) { return edges[l].strength > edges[r].strength; });

    std::vector<int> parent(static_cast<size_t>(total));
    std::iota(parent.begin(), parent.end(), 0);
    std::vector<std::vector<int>> members(static_cast<size_t>(total));
    for (int g = 0; g < total; ++g)
        members[size_t(g)] = {g};
    auto find = [&parent](int x) {
        while (parent[size_t(x)] != x) {
            parent[size_t(x)] = parent[size_t(parent[size_t(x)])];
            x = parent[size_t(x)];
        }
        return x;
    };
    // Sorted articles of each group's members.
    std::vector<std::vector<int>> articles(static_cast<size_t>(total));
    for (int g = 0; g < total; ++g)
        articles[size_t(g)] = {articleOf[size_t(g)]};
    auto disjoint = [&articles](int rx, int ry) {
        const std::vector<int> &x = articles[size_t(rx)];
        const std::vector<int> &y = articles[size_t(ry)];
        auto i = x.begin();
        auto j = y.begin();
        while (i != x.end() && j != y.end()) {
            if (*i == *j)
                return false;
            if (*i < *j)
                ++i;
            else
                ++j;
        }
        return true;
    };
    auto backed = [&](int rx, int ry) {
        int pairs = 0;
        int linked = 0;
        for (int x : sample(members[size_t(rx)])) {
            for (int y : sample(members[size_t(ry)])) {
                const int ax = articleOf[size_t(x)];
                const int ay = articleOf[size_t(y)];
                if (ax == ay || !comparedPairs[size_t(std::min(ax, ay))][size_t(std::max(ax, ay))])
                    continue;
                ++pairs;
                linked += backing.contains(unorderedKey(x, y)) ? 1 : 0;
            }
        }
        return linked * 2 >= pairs;
    };

    for (size_t e : order) {
        const ClaimEdge &edge = edges[e];
        int rx = find(m_offsets[size_t(edge.articleA)] + edge.sentenceA);
        int ry = find(m_offsets[size_t(edge.articleB)] + edge.sentenceB);
        if (rx == ry || !disjoint(rx, ry) || !backed(rx, ry))
            continue;
        if (members[size_t(rx)].size() < members[size_t(ry)].size())
            std::swap(rx, ry);
        parent[size_t(ry)] = rx;
        auto &into = members[size_t(rx)];
        into.insert(into.end(), members[size_t(ry)].begin(), members[size_t(ry)].end());
        members[size_t(ry)].clear();
        members[size_t(ry)].shrink_to_fit();
        std::vector<int> joined;
        std::merge(articles[size_t(rx)].begin(), articles[size_t(rx)].end(), articles[size_t(ry)].begin(),
                   articles[size_t(ry)].end(), std::back_inserter(joined));
        articles[size_t(rx)] = std::move(joined);
        articles[size_t(ry)].clear();
        articles[size_t(ry)].shrink_to_fit();
    }

    // For each sentence, its strongest edge to another article, whatever
    // the threshold: what a unique claim shows as its closest candidate.
    std::vector<const ClaimEdge *> strongest(static_cast<size_t>(total), nullptr);
    auto consider = [&strongest](int id, const ClaimEdge &edge) {
        const ClaimEdge *&best = strongest[size_t(id)];
        if (!best || edge.strength > best->strength)
            best = &edge;
    };
    for (const ClaimEdge &edge : edges) {
        consider(m_offsets[size_t(edge.articleA)] + edge.sentenceA, edge);
        consider(m_offsets[size_t(edge.articleB)] + edge.sentenceB, edge);
    }
    auto nearestTo = [&](const std::vector<int> &ids) {
        const ClaimEdge *best = nullptr;
        int bestOwn = 0;
        for (int id : ids) {
            const ClaimEdge *edge = strongest[size_t(id)];
            if (edge && (!best || edge->strength > best->strength)) {
                best = edge;
                bestOwn = articleOf[size_t(id)];
            }
        }
        NearestSentence nearest;
        if (!best)
            return nearest;
        const bool otherIsB = best->articleA == bestOwn;
        nearest.article = otherIsB ? best->articleB : best->articleA;
        const ClaimSentence &s =
            m_sentences[size_t(nearest.article)][size_t(otherIsB ? best->sentenceB : best->sentenceA)];
        nearest.block = s.block;
        nearest.sentence = s.sentence;
        nearest.score = best->strength;
        return nearest;
    };

    QList<ClaimCluster> clusters;
    for (int g = 0; g < total; ++g) {
        if (find(g) != g)
            continue;
        std::vector<int> ids = members[size_t(g)];
        std::sort(ids.begin(), ids.end());
        ClaimCluster cluster;
        for (int id : ids) {
            const int article = articleOf[size_t(id)];
            const ClaimSentence &s = m_sentences[size_t(article)][size_t(id - m_offsets[size_t(article)])];
            cluster.members.append({article, s.block, s.sentence});
            cluster.unique = cluster.unique && article == cluster.members.front().article;
        }
        if (cluster.unique)
            cluster.nearest = nearestTo(ids);
        clusters.append(std::move(cluster));
    }
    // Global ids follow article and reading order, so sorting by first
    // member gives the same ids on every run.
    std::sort(clusters.begin(), clusters.end(), [](const ClaimCluster &l, const ClaimCluster &r) {
        const ClaimMember &a = l.members.front();
        const ClaimMember &b = r.members.front();
        return std::tie(a.article, a.block, a.sentence) < std::tie(b.article, b.block, b.sentence);
    });
    for (int i = 0; i < clusters.size(); ++i)
        clusters[i].id = i;
    return clusters;
}

} // namespace parallax
