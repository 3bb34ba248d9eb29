#pragma once

// The tables a loaded WordNet answers from; private to WordNet. Flat sorted
// arrays and int ids: 90,000 lemmas and their links in a few megabytes and a
// dozen allocations, shared read-only by every comparison.

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace parallax::wordnet {

// In the order of WordNet's files and of the letter that names each ("nvar").
enum class PartOfSpeech : std::uint8_t { Noun, Verb, Adjective, Adverb };
inline constexpr int partsOfSpeech = 4;

// Senses a lemma is read with. Index files list a lemma's senses by how often
// they were tagged in a corpus; past the third they are rare enough to make
// noise ("bank" meets "trust" only through its eighth verb sense), and
// reading three keeps live~survive, limit~restrict and image~picture.
inline constexpr int sensesPerLemma = 3;

// Spellings with their part of speech, each known by the order it came in;
// found through an open-addressing hash table (one int a slot), as every
// word of the data files and every form a word may take is looked up.
class SpellingTable final
{
public:
    // The id of text in pos, added when new.
    int insert(std::string_view text, PartOfSpeech pos);
    // The id of text in pos, or -1; hash is hashOf(text), for callers that
    // look one spelling up in every part of speech.
    int find(std::string_view text, PartOfSpeech pos) const { return find(text, hashOf(text), pos); }
    int find(std::string_view text, size_t hash, PartOfSpeech pos) const;
    static size_t hashOf(std::string_view text) { return std::hash<std::string_view>{}(text); }
    std::string_view text(int id) const;
    PartOfSpeech partOfSpeech(int id) const { return m_pos[size_t(id)]; }
    int size() const { return int(m_pos.size()); }

    // For the tables' cache file: the arrays appended to out, and read back
    // from the front of in (which moves past them). False, leaving the table
    // unusable, when the bytes do not make a whole, consistent table, or
    // were written by a build whose hashOf differs.
    void appendTo(std::string &out) const;
    bool readFrom(std::string_view &in);

private:
    size_t slotOf(std::string_view text, size_t hash, PartOfSpeech pos) const;
    void grow();

    std::string m_text;
    std::vector<std::uint32_t> m_start{0}; // size() + 1 offsets into m_text
    std::vector<PartOfSpeech> m_pos;
    std::vector<int> m_slots; // ids, -1 for none; a power of two, at most half full
};

// For each id, the sorted ids it links to, in one flat array.
class LinkTable final
{
public:
    LinkTable() = default;
    // links as (from, to) with 0 <= from < nodes; any order, repeats allowed.
    LinkTable(const std::vector<std::pair<int, int>> &links, int nodes);

    std::span<const int> from(int id) const;
    bool joins(int from, int to) const;

    // As SpellingTable's: nodes ids, each linking to ids below targets.
    void appendTo(std::string &out) const;
    bool readFrom(std::string_view &in, int nodes, int targets);

private:
    std::vector<std::uint32_t> m_start; // nodes + 1 offsets into m_targets
    std::vector<int> m_targets;
};

struct Tables {
    SpellingTable lemmas;
    // The irregular forms of the exception lists ("rose" as a verb) and the
    // lemmas each is a form of (rise.v).
    SpellingTable irregularForms;
    LinkTable irregularBases;
    // Lemma to lemma, both ways; a lemma is not its own synonym here.
    LinkTable synonyms;
    LinkTable derived;
    LinkTable antonyms;
};

} // namespace parallax::wordnet
