#pragma once

#include <cstdint>

namespace parallax {

struct Article;
struct PreparedArticle;
struct StemWeights;
class Vocabulary;

// What a sentence states, as the sentence matcher compares it: its content
// words, its names (a run of capitalised words is one name, so that
// "Antony Blinken" meets "Blinken"), its figures and dates as values (so
// that "$300bn" meets "300 billion dollars"), and the words of its frame
// (titles, wire credits) that say who speaks rather than what is said.
struct ClaimItem {
    enum class Kind : std::uint8_t { Word, Name, Frame, Figure, Date };
    Kind kind = Kind::Word;
    int firstToken = 0; // range of PreparedArticle::tokens
    int endToken = 0;
    int firstFact = 0;  // range of PreparedArticle::figures or ::dates
    int endFact = 0;
    float weight = 0;   // set by weighClaimItems
    // For a name: the initials of its words ("European Central Bank" ->
    // "ecb"), and for a name written in capitals, its letters ("ECB"), so
    // that the two meet; packed five bits a letter, 0 for none.
    std::uint64_t initials = 0;
    std::uint64_t acronym = 0;
    // A word or frame word's one token, as Vocabulary ids; -1 for the
    // other kinds. The matcher compares these for most of its pairs.
    int word = -1;
    int stem = -1;
};

// The items of every prepared sentence of article, its polarity and whether
// it refers to someone by a pronoun. Reads the figures and dates of a
// sentence only where a token looks like one, since most sentences hold none.
void collectClaimItems(PreparedArticle &article, const Article &source, const Vocabulary &vocabulary);

// Weighs each item by what it tells about a claim: a content word by how
// rare it is in the compared set (in a story about Blinken in China, a
// shared "China" pins no claim down), a name less than a word (two
// sentences about one person may say anything), the frame least.
void weighClaimItems(PreparedArticle &article, const Vocabulary &vocabulary, const StemWeights &weights);

} // namespace parallax
