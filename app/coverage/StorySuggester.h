#pragma once

#include "MinHash.h"

#include <QList>

#include <vector>

namespace parallax {

// Estimated shingle similarity at or above which two articles are taken to
// cover one story. Set from the two invented stories of tests/data/align:
// each article scores 0.07-0.32 with its closest partner in its own story,
// and at most 0.04 with any article of the other story. Independent
// rewrites of one event share few word pairs, so the bar is low; 256 slots
// keep the estimate's noise near 0.015.
inline constexpr double SameStoryScore = 0.06;

// Suggests which story a new article belongs to, from precomputed
// signatures of the library's articles: one pass over them, so 10,000
// articles cost a few milliseconds.
class StorySuggester final
{
public:
    struct Suggestion {
        qint64 storyId = 0;
        double score = 0;          // the similarity of the story's closest article
        qint64 closestArticle = 0;
    };

    void add(qint64 articleId, const MinHashSignature &signature, const QList<qint64> &storyIds);
    void clear();
    int size() const { return int(m_articleIds.size()); }

    // Stories ranked by score, those at or above SameStoryScore, at most max.
    // An article already in the library (the same id) is not its own evidence.
    QList<Suggestion> suggest(const MinHashSignature &signature, int max = 3, qint64 excludeArticle = 0) const;

private:
    std::vector<qint64> m_articleIds;
    std::vector<MinHashSignature> m_signatures;
    std::vector<QList<qint64>> m_stories;
};

// Loose articles grouped into would-be stories: any two at or above the
// score are in one group (single linkage). Groups of two or more, each in
// input order, ordered by their first member.
QList<QList<int>> groupByStory(const std::vector<MinHashSignature> &signatures, double score = SameStoryScore);

} // namespace parallax
