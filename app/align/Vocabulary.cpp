#include "Vocabulary.h"

#include "Stemmer.h"
#include "StopWords.h"
#include "WordClasses.h"

namespace parallax {

Vocabulary::Vocabulary() = default;
Vocabulary::Vocabulary(const WordNet &wordNet) : m_wordNet(&wordNet) {}
Vocabulary::~Vocabulary() = default;
Vocabulary::Vocabulary(Vocabulary &&) noexcept = default;
Vocabulary &Vocabulary::operator=(Vocabulary &&) noexcept = default;

Vocabulary::Reading &Vocabulary::reading(Language language)
{
    const size_t id = size_t(language.id());
    if (m_readings.size() <= id)
        m_readings.resize(id + 1);
    std::unique_ptr<Reading> &r = m_readings[id];
    if (!r) {
        r = std::make_unique<Reading>();
        r->stemmer = std::make_unique<Stemmer>(language);
        r->stopWords = &StopWords::of(language);
    }
    return *r;
}

int Vocabulary::intern(std::u16string_view word, Language language)
{
    Reading &r = reading(language);
    // Heterogeneous lookup: the common case (a known word) allocates nothing.
    if (auto it = r.words.find(word); it != r.words.end())
        return it->second;

    WordInfo info;
    info.number = isNumberWord(word);
    info.content = info.number || !r.stopWords->contains(word);
    const bool english = language.isEnglish();
    if (english) {
        const WordClass classes = wordClassOf(word);
        info.negation = classes.negation;
        info.frame = classes.frame;
        info.title = classes.title;
        info.pronoun = classes.pronoun;
        info.calendar = classes.calendar;
    }
    const std::u16string_view stemmed = r.stemmer->stem(word, m_stemBuffer);
    if (auto it = r.stems.find(stemmed); it != r.stems.end()) {
        info.stem = it->second;
    } else {
        info.stem = m_stemCount++;
        r.stems.emplace(std::u16string(stemmed), info.stem);
    }

    const int id = int(m_info.size());
    const auto entry = r.words.emplace(std::u16string(word), id).first;
    m_info.push_back(info);
    // Only words the matcher may pair by sense: not numbers, nor the
    // classes it reads otherwise.
    const bool bySense = info.content && !info.number && !info.frame && !info.calendar && !info.negation
        && !info.pronoun;
    if (m_wordNet && english && bySense) {
        const std::vector<int> lemmas = m_wordNet->lemmasOf(word);
        m_lemmas.insert(m_lemmas.end(), lemmas.begin(), lemmas.end());
    }
    m_lemmaStart.push_back(m_lemmas.size());
    m_spellings.push_back(&entry->first);
    return id;
}

} // namespace parallax
