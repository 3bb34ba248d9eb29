#include "WordDiff.h"

#include "align/Tokenizer.h"
#include "align/Vocabulary.h"

#include <dtl/dtl.hpp>

#include <vector>

namespace parallax {
namespace {

// Sentences are short; a pathological input is cut rather than letting
// dtl's edit record grow with the square of its length.
constexpr size_t MaxTokens = 2000;

std::vector<int> wordIds(const std::vector<Token> &tokens)
{
    std::vector<int> ids;
    ids.reserve(tokens.size());
    for (const Token &t : tokens)
        ids.push_back(t.word);
    return ids;
}

// Extends the last range when the token follows it, so that a run of
// changed words is one range.
void extend(QList<TextRange> &ranges, const Token &token, int &lastIndex, int index)
{
    if (!ranges.isEmpty() && lastIndex == index - 1)
        ranges.last().end = token.end;
    else
        ranges.append({token.start, token.end});
    lastIndex = index;
}

} // namespace

std::vector<int> normalisedWords(const QString &text, Vocabulary &vocabulary)
{
    std::vector<Token> tokens;
    tokenize(text, vocabulary, tokens);
    return wordIds(tokens);
}

WordDifference wordDifference(const QString &a, const QString &b)
{
    Vocabulary vocabulary;
    std::vector<Token> aTokens;
    std::vector<Token> bTokens;
    tokenize(a, vocabulary, aTokens);
    tokenize(b, vocabulary, bTokens);
    aTokens.resize(std::min(aTokens.size(), MaxTokens));
    bTokens.resize(std::min(bTokens.size(), MaxTokens));

    dtl::Diff<int> diff(wordIds(aTokens), wordIds(bTokens));
    diff.compose();
    WordDifference result;
    int lastA = -2;
    int lastB = -2;
    bool inChange = false;
    for (const auto &[word, info] : diff.getSes().getSequence()) {
        if (info.type == dtl::SES_COMMON) {
            inChange = false;
            continue;
        }
        if (!inChange) {
            result.changes.append(WordChange{});
            inChange = true;
        }
        WordChange &change = result.changes.last();
        // dtl counts from 1.
        if (info.type == dtl::SES_DELETE) {
            const int i = int(info.beforeIdx) - 1;
            extend(result.onlyA, aTokens[size_t(i)], lastA, i);
            if (change.a.isEmpty())
                change.a = {aTokens[size_t(i)].start, aTokens[size_t(i)].end};
            else
                change.a.end = aTokens[size_t(i)].end;
        } else {
            const int i = int(info.afterIdx) - 1;
            extend(result.onlyB, bTokens[size_t(i)], lastB, i);
            if (change.b.isEmpty())
                change.b = {bTokens[size_t(i)].start, bTokens[size_t(i)].end};
            else
                change.b.end = bTokens[size_t(i)].end;
        }
    }
    return result;
}

} // namespace parallax
