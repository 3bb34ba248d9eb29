#pragma once

#include "Language.h"
#include "WordNet.h"

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace parallax {

class Stemmer;
class StopWords;

// What alignment needs to know about one distinct normalised word; worked
// out once, when the word is first seen.
struct WordInfo {
    int stem = 0;        // id in the stem space, for paraphrase similarity
    bool content = true; // false for function words ("the", "said")
    bool number = false;
    // The classes of WordClasses.h, read by the sentence matcher.
    bool negation = false;
    bool frame = false;
    bool title = false;
    bool pronoun = false;
    bool calendar = false;
};

// Interns normalised words (and their stems) as small ints, so that every
// later comparison is between ints and each distinct word is stemmed once.
// Words are kept apart by language: one spelling in two languages is two
// words with two stems, so articles in different languages share none.
// The English word classes (WordClasses.h) and WordNet are read for English
// words only.
// Not thread-safe: the articles of one comparison are prepared one after the
// other, and the pairs are then compared in parallel without touching it.
class Vocabulary final
{
public:
    Vocabulary();
    // Content words are also looked up in wordNet, which must outlive the
    // vocabulary: the sentence matcher's synonyms and antonyms.
    explicit Vocabulary(const WordNet &wordNet);
    ~Vocabulary();
    Vocabulary(const Vocabulary &) = delete;
    Vocabulary &operator=(const Vocabulary &) = delete;
    Vocabulary(Vocabulary &&) noexcept;
    Vocabulary &operator=(Vocabulary &&) noexcept;

    // word is folded for its language (Folding.h).
    int intern(std::u16string_view word, Language language = {});
    const WordInfo &info(int word) const { return m_info[size_t(word)]; }
    std::u16string_view spelling(int word) const { return *m_spellings[size_t(word)]; }
    // The WordNet lemmas a content word may be a form of, empty for words
    // WordNet does not know, for function words and numbers, and without
    // a WordNet.
    std::span<const int> lemmas(int word) const
    {
        return std::span<const int>(m_lemmas).subspan(m_lemmaStart[size_t(word)],
                                                      m_lemmaStart[size_t(word) + 1] - m_lemmaStart[size_t(word)]);
    }
    WordNet::Relation relation(int wordA, int wordB) const
    {
        return m_wordNet ? m_wordNet->relation(lemmas(wordA), lemmas(wordB)) : WordNet::Relation::None;
    }
    int wordCount() const { return int(m_info.size()); }
    int stemCount() const { return m_stemCount; }

private:
    struct Hash {
        using is_transparent = void;
        size_t operator()(std::u16string_view text) const
        {
            return std::hash<std::u16string_view>{}(text);
        }
    };
    using Map = std::unordered_map<std::u16string, int, Hash, std::equal_to<>>;

    // How the words of one language are read, made when it is first met.
    struct Reading {
        Map words;
        Map stems;
        std::unique_ptr<Stemmer> stemmer;
        const StopWords *stopWords = nullptr;
    };
    Reading &reading(Language language);

    const WordNet *m_wordNet = nullptr;
    std::vector<std::unique_ptr<Reading>> m_readings; // by Language::id()
    int m_stemCount = 0;
    std::vector<WordInfo> m_info;
    std::vector<int> m_lemmas;            // every word's lemmas, one after the other
    std::vector<size_t> m_lemmaStart{0};  // wordCount() + 1 offsets into m_lemmas
    std::vector<const std::u16string *> m_spellings; // keys of m_words, which never move
    std::u16string m_stemBuffer;
};

} // namespace parallax
