#pragma once

#include <utility>
#include <vector>

namespace parallax {

struct AlignSettings;
struct PreparedArticle;
class Vocabulary;

// The article pairs (i < j, sorted) worth aligning. Up to
// settings.allPairsUpTo articles, all of them. Beyond, an inverted index over
// each article's rarer content words: articles on the same story share names,
// places and figures even when one rewrites the other, which word shingles or
// a MinHash over them would miss; words common to many articles are skipped,
// so the work stays near linear in the library size. Each article keeps its
// settings.candidatesPerArticle most similar partners.
std::vector<std::pair<int, int>> candidatePairs(const std::vector<PreparedArticle> &articles,
                                                const Vocabulary &vocabulary, const AlignSettings &settings);

} // namespace parallax
