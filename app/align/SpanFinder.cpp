#include "SpanFinder.h"

#include "PreparedArticle.h"
#include "Vocabulary.h"

#include <dtl/dtl.hpp>

#include <algorithm>

namespace parallax {

namespace {

// Past this many tokens dtl's record of edit paths can grow to gigabytes for
// unrelated texts; its "huge" mode caps it at the cost of a coarser script.
constexpr size_t HugeSequence = 20000;

std::vector<int> wordIds(const PreparedArticle &article, const PreparedBlock &block)
{
    std::vector<int> ids;
    ids.reserve(size_t(block.endToken - block.firstToken));
    for (int t = block.firstToken; t < block.endToken; ++t)
        ids.push_back(article.tokens[size_t(t)].word);
    return ids;
}

} // namespace

std::vector<WordRun> sharedRuns(const PreparedArticle &a, const PreparedBlock &aBlock,
                                const PreparedArticle &b, const PreparedBlock &bBlock,
                                const Vocabulary &vocabulary, int minRun)
{
    const std::vector<int> aWords = wordIds(a, aBlock);
    const std::vector<int> bWords = wordIds(b, bBlock);
    std::vector<WordRun> candidates;
    if (aWords == bWords) {
        if (!aWords.empty())
            candidates.push_back({aBlock.firstToken, bBlock.firstToken, int(aWords.size())});
    } else {
        dtl::Diff<int> diff(aWords, bWords);
        if (aWords.size() + bWords.size() > HugeSequence)
            diff.enableHuge();
        diff.compose();
        WordRun run{-1, -1, 0};
        for (const auto &[word, info] : diff.getSes().getSequence()) {
            if (info.type != dtl::SES_COMMON)
                continue;
            const int ai = aBlock.firstToken + int(info.beforeIdx - 1);
            const int bi = bBlock.firstToken + int(info.afterIdx - 1);
            if (run.length > 0 && ai == run.aFirst + run.length && bi == run.bFirst + run.length) {
                ++run.length;
                continue;
            }
            if (run.length > 0)
                candidates.push_back(run);
            run = {ai, bi, 1};
        }
        if (run.length > 0)
            candidates.push_back(run);
    }

    // A paragraph repeated word for word is shared whole, however short.
    const bool whole = aWords == bWords;
    std::erase_if(candidates, [whole, minRun](const WordRun &run) { return run.length < minRun && !whole; });

    // dtl may pair a repeated word ("the") with an earlier occurrence and so
    // cut a run short; grow each run over equal neighbours it left behind.
    int aEnd = aBlock.firstToken;
    int bEnd = bBlock.firstToken;
    for (size_t r = 0; r < candidates.size(); ++r) {
        WordRun &run = candidates[r];
        while (run.aFirst > aEnd && run.bFirst > bEnd
               && a.tokens[size_t(run.aFirst - 1)].word == b.tokens[size_t(run.bFirst - 1)].word) {
            --run.aFirst;
            --run.bFirst;
            ++run.length;
        }
        const int aLimit = r + 1 < candidates.size() ? candidates[r + 1].aFirst : aBlock.endToken;
        const int bLimit = r + 1 < candidates.size() ? candidates[r + 1].bFirst : bBlock.endToken;
        while (run.aFirst + run.length < aLimit && run.bFirst + run.length < bLimit
               && a.tokens[size_t(run.aFirst + run.length)].word == b.tokens[size_t(run.bFirst + run.length)].word)
            ++run.length;
        aEnd = run.aFirst + run.length;
        bEnd = run.bFirst + run.length;
    }

    std::vector<WordRun> runs;
    for (const WordRun &run : candidates) {
        const auto first = a.tokens.begin() + run.aFirst;
        const bool content = std::any_of(first, first + run.length, [&vocabulary](const Token &t) {
            return vocabulary.info(t.word).content;
        });
        if (content)
            runs.push_back(run);
    }
    return runs;
}

} // namespace parallax
