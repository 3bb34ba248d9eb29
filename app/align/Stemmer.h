#pragma once

#include "Language.h"

#include <string>
#include <string_view>

struct sb_stemmer;

namespace parallax {

// Sends the inflections of one word ("visit", "visits", "visited") to one
// key with the Snowball algorithm of its language (libstemmer), whose rules
// read accents; the key then loses them, so that forms whose accent comes
// and goes ("país", "países") meet.
// English also maps irregular forms and demonyms that no suffix rule joins
// ("met" -> "meet", "American" -> "us") and small spelled numbers
// ("two" -> "2"). Languages Snowball lacks (Chinese, Japanese) keep their
// words whole. Input is a word folded for its language (Folding.h).
//
// A Snowball stemmer is not thread-safe: use one a thread.
class Stemmer final
{
public:
    explicit Stemmer(Language language);
    ~Stemmer();
    Stemmer(const Stemmer &) = delete;
    Stemmer &operator=(const Stemmer &) = delete;

    // Returns a view into buffer or word.
    std::u16string_view stem(std::u16string_view word, std::u16string &buffer);

private:
    Language m_language;
    bool m_arabic = false;
    sb_stemmer *m_snowball = nullptr;
};

// Digits ("2023", "5000", "3.5") in any script and spelled small English
// numbers ("two").
bool isNumberWord(std::u16string_view word);

} // namespace parallax
