#include "CandidatePairs.h"

#include "AlignTypes.h"
#include "PreparedArticle.h"
#include "Vocabulary.h"

#include <algorithm>
#include <cmath>

namespace parallax {

namespace {

// Below this, two articles share no more than any two news texts do.
constexpr double MinimumSimilarity = 0.05;
// Rare words two articles must share before they are compared.
constexpr int MinimumSharedWords = 3;

std::vector<int> contentStems(const PreparedArticle &article, const Vocabulary &vocabulary)
{
    std::vector<int> stems;
    for (const Token &token : article.tokens) {
        const WordInfo &info = vocabulary.info(token.word);
        if (info.content)
            stems.push_back(info.stem);
    }
    std::sort(stems.begin(), stems.end());
    stems.erase(std::unique(stems.begin(), stems.end()), stems.end());
    return stems;
}

} // namespace

std::vector<std::pair<int, int>> candidatePairs(const std::vector<PreparedArticle> &articles,
                                                const Vocabulary &vocabulary, const AlignSettings &settings)
{
    const int n = int(articles.size());
    std::vector<std::pair<int, int>> pairs;
    if (n <= settings.allPairsUpTo) {
        for (int i = 0; i < n; ++i) {
            for (int j = i + 1; j < n; ++j)
                pairs.push_back({i, j});
        }
        return pairs;
    }

    std::vector<std::vector<int>> stems(static_cast<size_t>(n));
    std::vector<std::vector<int>> postings(static_cast<size_t>(vocabulary.stemCount()));
    for (int i = 0; i < n; ++i) {
        stems[size_t(i)] = contentStems(articles[size_t(i)], vocabulary);
        for (int stem : stems[size_t(i)])
            postings[size_t(stem)].push_back(i);
    }
    const size_t commonAbove = size_t(std::max(2 * settings.candidatesPerArticle, n / 20));
    auto weight = [&](int stem) { return std::log(double(n) / double(postings[size_t(stem)].size())); };
    std::vector<double> norm(static_cast<size_t>(n), 0.0);
    for (int i = 0; i < n; ++i) {
        for (int stem : stems[size_t(i)]) {
            if (postings[size_t(stem)].size() <= commonAbove)
                norm[size_t(i)] += weight(stem);
        }
    }

    std::vector<double> score(static_cast<size_t>(n), 0.0);
    std::vector<int> shared(static_cast<size_t>(n), 0);
    std::vector<int> touched;
    std::vector<std::pair<double, int>> ranked;
    for (int i = 0; i < n; ++i) {
        touched.clear();
        for (int stem : stems[size_t(i)]) {
            const std::vector<int> &holders = postings[size_t(stem)];
            if (holders.size() > commonAbove)
                continue;
            const double w = weight(stem);
            for (int j : holders) {
                if (j == i)
                    continue;
                if (shared[size_t(j)]++ == 0)
                    touched.push_back(j);
                score[size_t(j)] += w;
            }
        }
        ranked.clear();
        for (int j : touched) {
            const double s = score[size_t(j)] / std::sqrt(norm[size_t(i)] * norm[size_t(j)]);
            if (shared[size_t(j)] >= MinimumSharedWords && s >= MinimumSimilarity)
                ranked.push_back({-s, j});
            score[size_t(j)] = 0;
            shared[size_t(j)] = 0;
        }
        const size_t keep = std::min(ranked.size(), size_t(settings.candidatesPerArticle));
        std::partial_sort(ranked.begin(), ranked.begin() + std::ptrdiff_t(keep), ranked.end());
        for (size_t k = 0; k < keep; ++k)
            pairs.push_back({std::min(i, ranked[k].second), std::max(i, ranked[k].second)});
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    return pairs;
}

} // namespace parallax
