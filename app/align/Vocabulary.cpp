#include "Vocabulary.h"

#include "Stemmer.h"
#include "WordClasses.h"

namespace parallax {

int Vocabulary::intern(std::u16string_view word)
{
    // Heterogeneous lookup: the common case (a known word) allocates nothing.
    if (auto it = m_words.find(word); it != m_words.end())
        return it->second;

    WordInfo info;
    info.number = isNumberWord(word);
    info.content = info.number || !isStopWord(word);
    info.negation = isNegation(word);
    info.frame = isFrameWord(word);
    info.pronoun = isPersonalPronoun(word);
    info.calendar = isCalendarWord(word);
    const std::u16string_view stemmed = stem(word, m_stemBuffer);
    if (auto it = m_stems.find(stemmed); it != m_stems.end()) {
        info.stem = it->second;
    } else {
        info.stem = int(m_stems.size());
        m_stems.emplace(std::u16string(stemmed), info.stem);
    }

    const int id = int(m_info.size());
    const auto entry = m_words.emplace(std::u16string(word), id).first;
    m_info.push_back(info);
    m_lemmas.push_back(m_wordNet && info.content && !info.number ? m_wordNet->lemmasOf(word) : std::vector<int>{});
    m_spellings.push_back(&entry->first);
    return id;
}

} // namespace parallax
