#pragma once

#include "Language.h"

#include <string>
#include <string_view>
#include <unordered_set>

namespace parallax {

// The function words of one language, which carry no claim of their own:
// read once from the list shipped for it (resources/stopwords, sources named
// there) and folded as the tokenizer folds words. A language without a list
// has none.
class StopWords final
{
public:
    // Loaded on first use, then shared by every thread for the life of the
    // process.
    static const StopWords &of(Language language);

    bool contains(std::u16string_view foldedWord) const { return m_words.contains(foldedWord); }
    bool isEmpty() const { return m_words.empty(); }

private:
    struct Hash {
        using is_transparent = void;
        size_t operator()(std::u16string_view text) const { return std::hash<std::u16string_view>{}(text); }
    };
    std::unordered_set<std::u16string, Hash, std::equal_to<>> m_words;
};

} // namespace parallax
