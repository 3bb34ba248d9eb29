#pragma once

#include <string>
#include <string_view>

namespace parallax {

// Light English normalisation for the paraphrase measure: not a linguistic
// stemmer, only a mapping that sends the usual inflections of one word
// ("visit", "visits", "visited", "visiting") and a few irregular forms and
// demonyms ("met" -> "meet", "American" -> "us") to the same key. Input is a
// folded word as the tokenizer makes it. Returns a view into buffer or word.
std::u16string_view stem(std::u16string_view word, std::u16string &buffer);

// Function words and reporting verbs that carry no claim of their own.
bool isStopWord(std::u16string_view word);

// Digits ("2023", "5000", "3.5") and spelled small numbers ("two").
bool isNumberWord(std::u16string_view word);

} // namespace parallax
