#include "StorySuggester.h"

#include <QHash>

#include <algorithm>
#include <numeric>

namespace parallax {

void StorySuggester::add(qint64 articleId, const MinHashSignature &signature, const QList<qint64> &storyIds)
{
    m_articleIds.push_back(articleId);
    m_signatures.push_back(signature);
    m_stories.push_back(storyIds);
}

void StorySuggester::clear()
{
    m_articleIds.clear();
    m_signatures.clear();
    m_stories.clear();
}

QList<StorySuggester::Suggestion> StorySuggester::suggest(const MinHashSignature &signature, int max,
                                                          qint64 excludeArticle) const
{
    QHash<qint64, Suggestion> best;
    for (size_t i = 0; i < m_articleIds.size(); ++i) {
        if (m_stories[i].isEmpty() || (excludeArticle != 0 && m_articleIds[i] == excludeArticle))
            continue;
        const double score = estimatedJaccard(signature, m_signatures[i]);
        if (score < SameStoryScore)
            continue;
        for (const qint64 story : m_stories[i]) {
            Suggestion &s = best[story];
            if (score > s.score)
                s = {story, score, m_articleIds[i]};
        }
    }
    QList<Suggestion> ranked = best.values();
    std::sort(ranked.begin(), ranked.end(), [](const Suggestion &a, const Suggestion &b) {
        return a.score != b.score ? a.score > b.score : a.storyId < b.storyId;
    });
    if (ranked.size() > max)
        ranked.resize(max);
    return ranked;
}

QList<QList<int>> groupByStory(const std::vector<MinHashSignature> &signatures, double score)
{
    const int n = int(signatures.size());
    std::vector<int> parent(static_cast<size_t>(n));
    std::iota(parent.begin(), parent.end(), 0);
    const auto root = [&parent](int i) {
        while (parent[size_t(i)] != i)
            i = parent[size_t(i)] = parent[size_t(parent[size_t(i)])];
        return i;
    };
    for (int i = 0; i < n; ++i) {
        for (int j = i + 1; j < n; ++j) {
            if (estimatedJaccard(signatures[size_t(i)], signatures[size_t(j)]) >= score) {
                const int ri = root(i);
                const int rj = root(j);
                parent[size_t(std::max(ri, rj))] = std::min(ri, rj);
            }
        }
    }
    QList<QList<int>> groups;
    QHash<int, qsizetype> groupOfRoot;
    for (int i = 0; i < n; ++i) {
        const int r = root(i);
        if (!groupOfRoot.contains(r)) {
            groupOfRoot.insert(r, groups.size());
            groups.append(QList<int>{});
        }
        groups[groupOfRoot.value(r)].append(i);
    }
    groups.removeIf([](const QList<int> &g) { return g.size() < 2; });
    return groups;
}

} // namespace parallax
