#include "MinHash.h"

#include "align/Folding.h"
#include "align/Stemmer.h"
#include "align/StopWords.h"
#include "core/Article.h"

#include <QRegularExpression>
#include <QStringList>

#include <vector>

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

// splitmix64: a cheap, well-mixed 64-bit permutation, so each slot is an
// independent hash of the same 64-bit shingle hash.
std::uint64_t mix(std::uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// FNV-1a over UTF-16: stable across runs and platforms, unlike qHash's seed.
std::uint64_t fnv(QStringView text, std::uint64_t hash = 0xcbf29ce484222325ULL)
{
    for (const QChar c : text) {
        hash ^= c.unicode();
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

// Function words and reporting verbs ("that", "said") are in every story
// and would pull unrelated articles together.
bool isContentWord(const std::u16string_view word, const StopWords &stopWords)
{
    return word.size() >= 3 && !stopWords.contains(word);
}

} // namespace

MinHashSignature minHashSignature(const Article &article)
{
    static const QRegularExpression word(u"[\\p{L}\\p{N}]+"_s);
    std::vector<std::uint64_t> shingles;
    std::u16string buffer;
    std::u16string folded;
    const Language language = Language::ofArticle(article);
    const StopWords &stopWords = StopWords::of(language);
    Stemmer stemmer(language);
    for (const Block &block : article.blocks) {
        if (!takesPartInAlignment(block.role))
            continue;
        std::uint64_t previous = 0;
        for (auto it = word.globalMatch(block.text); it.hasNext();) {
            // Folded as the aligner folds (ß as ss, Arabic letter variants
            // as one), so that a story is found by the words it compares.
            foldWord(it.next().capturedView(), language, folded);
            const std::u16string_view view(folded);
            if (!isContentWord(view, stopWords))
                continue;
            // Stems, so that "visit" and "visited" are one shingle.
            const std::u16string_view stemmed = stemmer.stem(view, buffer);
            const std::uint64_t h = fnv(QStringView(stemmed.data(), qsizetype(stemmed.size())));
            shingles.push_back(h);
            if (previous != 0)
                shingles.push_back(mix(previous * 31 + h));
            previous = h;
        }
    }
    MinHashSignature signature;
    signature.fill(UINT32_MAX);
    for (const std::uint64_t shingle : shingles) {
        for (int slot = 0; slot < MinHashSlots; ++slot) {
            const auto value = std::uint32_t(mix(shingle ^ (std::uint64_t(slot + 1) * 0x9e3779b97f4a7c15ULL)) >> 32);
            if (value < signature[size_t(slot)])
                signature[size_t(slot)] = value;
        }
    }
    return signature;
}

double estimatedJaccard(const MinHashSignature &a, const MinHashSignature &b)
{
    int equal = 0;
    for (int slot = 0; slot < MinHashSlots; ++slot)
        equal += (a[size_t(slot)] == b[size_t(slot)] && a[size_t(slot)] != UINT32_MAX) ? 1 : 0;
    return double(equal) / MinHashSlots;
}

} // namespace parallax
