#pragma once

#include <string_view>

namespace parallax {

// Small closed classes of English words that the sentence matcher reads
// apart from content words. Input is a folded word as the tokenizer makes it.

struct WordClass {
    // "not", "never", "didn't": a claim and its denial share every other word.
    bool negation = false;
    // A word of a report's frame rather than of its claim: titles
    // ("minister", "spokesman"), wire credits ("contributed", "editing")
    // and attribution verbs ("confirmed", "reported"). Two sentences that
    // share only their frame ("..., the transport minister said") say
    // different things.
    bool frame = false;
    // A frame word that is a title or role ("minister", "spokesman"),
    // which a story may use for one person's name.
    bool title = false;
    // "he", "she", "they": a rewrite often names whom the other sentence
    // refers to.
    bool pronoun = false;
    // Month and weekday names and days said relative to the publication
    // date ("yesterday", "weekend"); they are dates, never names.
    bool calendar = false;
};

WordClass wordClassOf(std::u16string_view word);

} // namespace parallax
