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
    const WordClass classes = wordClassOf(word);
    info.negation = classes.negation;
    info.frame = classes.frame;
    info.title = classes.title;
    info.pronoun = classes.pronoun;
    info.calendar = classes.calendar;
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
    // Only words the matcher may pair by sense: not numbers, nor the
    // classes it reads otherwise.
    const bool bySense = info.content && !info.number && !info.frame && !info.calendar && !info.negation
        && !info.pronoun;
    if (m_wordNet && bySense) {
        const std::vector<int> lemmas = m_wordNet->lemmasOf(word);
        m_lemmas.insert(m_lemmas.end(), lemmas.begin(), lemmas.end());
    }
    m_lemmaStart.push_back(m_lemmas.size());
    m_spellings.push_back(&entry->first);
    return id;
}

} // namespace parallax
