#pragma once

#include <vector>

namespace parallax {

struct PreparedArticle;
struct PreparedBlock;
class Vocabulary;

// Tokens aFirst.. of one article equal tokens bFirst.. of the other, length long.
// Token indexes are PreparedArticle::tokens indexes.
struct WordRun {
    int aFirst = 0;
    int bFirst = 0;
    int length = 0;
};

// The word runs two linked paragraphs share: dtl over their normalised word
// ids, keeping runs of at least minRun words of which at least one is a
// content word, so that "the" or "said the" never count as shared text. A
// paragraph repeated word for word is one run, however short.
std::vector<WordRun> sharedRuns(const PreparedArticle &a, const PreparedBlock &aBlock,
                                const PreparedArticle &b, const PreparedBlock &bBlock,
                                const Vocabulary &vocabulary, int minRun);

} // namespace parallax
