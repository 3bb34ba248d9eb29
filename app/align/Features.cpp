#include "Features.h"

#include <algorithm>
#include <cmath>

namespace parallax {

namespace {

float normalised(float shared, float aTotal, float bTotal)
{
    return shared / std::sqrt(std::min(aTotal, bTotal) * std::sqrt(aTotal * bTotal));
}

} // namespace

StemWeights stemWeights(const std::vector<int> &sentenceFrequency, int sentenceCount, int articleCount)
{
    StemWeights weights{std::vector<float>(sentenceFrequency.size()), std::vector<bool>(sentenceFrequency.size())};
    weights.specificWeight =
        float(std::log(1.0 + double(sentenceCount) / std::max(1, SpecificPerArticle * articleCount)));
    for (size_t i = 0; i < sentenceFrequency.size(); ++i) {
        weights.weight[i] = float(std::log(1.0 + double(sentenceCount) / std::max(1, sentenceFrequency[i])));
        weights.specific[i] = sentenceFrequency[i] <= SpecificPerArticle * articleCount;
    }
    return weights;
}

Postings Postings::build(const std::vector<FeatureVector> &vectors)
{
    std::vector<std::pair<int, Entry>> all;
    for (size_t i = 0; i < vectors.size(); ++i) {
        for (const Feature &f : vectors[i].features)
            all.push_back({f.stem, Entry{int(i), f.weight}});
    }
    std::stable_sort(all.begin(), all.end(), [](const auto &l, const auto &r) { return l.first < r.first; });
    Postings postings;
    postings.entries.reserve(all.size());
    for (const auto &[stem, entry] : all) {
        if (postings.stems.empty() || postings.stems.back() != stem) {
            postings.stems.push_back(stem);
            postings.offsets.push_back(int(postings.entries.size()));
        }
        postings.entries.push_back(entry);
    }
    postings.offsets.push_back(int(postings.entries.size()));
    return postings;
}

float similarity(const FeatureVector &a, const FeatureVector &b)
{
    if (a.total <= 0 || b.total <= 0)
        return 0;
    float shared = 0;
    auto i = a.features.begin();
    auto j = b.features.begin();
    while (i != a.features.end() && j != b.features.end()) {
        if (i->stem < j->stem) {
            ++i;
        } else if (j->stem < i->stem) {
            ++j;
        } else {
            shared += std::min(i->weight, j->weight);
            ++i;
            ++j;
        }
    }
    return normalised(shared, a.total, b.total);
}

std::vector<ScoredPair> similarPairs(const std::vector<FeatureVector> &a,
                                     const std::vector<FeatureVector> &b, const Postings &bPostings,
                                     float floor)
{
    std::vector<ScoredPair> pairs;
    std::vector<float> shared(b.size(), 0.0f);
    std::vector<int> count(b.size(), 0);
    std::vector<int> specific(b.size(), 0);
    std::vector<int> touched;
    for (size_t i = 0; i < a.size(); ++i) {
        const FeatureVector &va = a[i];
        if (va.total <= 0)
            continue;
        touched.clear();
        auto stem = bPostings.stems.begin();
        for (const Feature &f : va.features) {
            // Both lists are sorted by stem, so the search only moves forward.
            stem = std::lower_bound(stem, bPostings.stems.end(), f.stem);
            if (stem == bPostings.stems.end())
                break;
            if (*stem != f.stem)
                continue;
            const size_t k = size_t(stem - bPostings.stems.begin());
            for (int e = bPostings.offsets[k]; e < bPostings.offsets[k + 1]; ++e) {
                const Postings::Entry &entry = bPostings.entries[size_t(e)];
                if (count[size_t(entry.index)]++ == 0)
                    touched.push_back(entry.index);
                shared[size_t(entry.index)] += std::min(f.weight, entry.weight);
                specific[size_t(entry.index)] += f.specific ? 1 : 0;
            }
        }
        for (int j : touched) {
            const float score = normalised(shared[size_t(j)], va.total, b[size_t(j)].total);
            if (count[size_t(j)] >= 2 && specific[size_t(j)] >= 1 && score >= floor)
                pairs.push_back({int(i), j, score});
            shared[size_t(j)] = 0;
            count[size_t(j)] = 0;
            specific[size_t(j)] = 0;
        }
    }
    return pairs;
}

} // namespace parallax
