#pragma once

#include <QString>

#include <cstdint>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

namespace parallax {

namespace wordnet {
struct Tables;
class LemmaMemo;
}

// Princeton's English WordNet 3.0, read for the sentence matcher: which
// lemmas a word may be a form of, and whether two words are synonyms,
// derivationally related or antonyms. Only single words are read, and each
// lemma with its first three senses (wordnet::sensesPerLemma): index files
// list senses by frequency, and rarer ones make noise ("bank" and "trust"
// share only bank's eighth verb sense). Immutable once loaded, so one
// instance serves every comparison running in parallel.
class WordNet final
{
public:
    enum class Relation : std::uint8_t { None, Synonym, Derived, Antonym };

    WordNet(); // empty: no lemmas, every relation None
    WordNet(WordNet &&other) noexcept;
    WordNet &operator=(WordNet &&other) noexcept;
    ~WordNet();

    // Reads index.*, data.* and *.exc in dir. Empty when an index or data
    // file is missing or unreadable, or nothing in them follows WordNet's
    // format; lines that do not are left out. Never throws, and hostile
    // files cost bounded time and memory.
    static WordNet load(const QString &dir);
    // As load(dir), but through a cache of the tables read: from cacheFile
    // when it was written from dir's files as they are now, else from dir,
    // then written to cacheFile for the next process (a few megabytes).
    static WordNet load(const QString &dir, const QString &cacheFile);
    // The dictionary in $PARALLAX_WORDNET_DIR, else /usr/share/wordnet
    // (Debian's wordnet-base), read on the first call from any thread,
    // through a cache under the user's cache folder (~/.cache/parallax):
    // reading the dictionary's text cost a command-line comparison of two
    // articles four times what comparing them did.
    static const WordNet &system();

    bool isEmpty() const;

    // The lemmas a folded word ("rose") may be a form of, sorted: itself
    // where WordNet lists it (rose.n, rose.a), the bases its exception lists
    // give (rise.v), else those morphy's suffix rules find ("interfering" ->
    // interfere.v). Empty when WordNet does not know the word. Remembered
    // for the process's life (up to a bound): every comparison looks up
    // each of its distinct words, and news repeats its vocabulary.
    std::vector<int> lemmasOf(std::u16string_view word) const;

    // How two words relate, given their lemmasOf:
    //  - Antonym when an antonym pointer joins a lemma of each ("rose" and
    //    "fell": rise.v and fall.v), or joins the head of an adjective
    //    satellite's cluster to the other ("huge" is similar to large,
    //    whose antonym is "small"; read from each word's first sense only);
    //  - else Synonym when a lemma of each is the same or they share a
    //    synset among their first senses ("purchase" and "buy");
    //  - else Derived when a derivational pointer joins them, or joins a
    //    synonym of one to the other ("decision" and "decide").
    // Antonym wins over Synonym because WordNet's antonyms are few,
    // hand-made links between two particular senses, while a shared synset
    // among three senses each is looser; 18 pairs are both (maternal and
    // paternal, ravel and unravel), and for a reader of discrepancies a
    // contradiction taken for a paraphrase is the worse mistake. Ids that
    // are not lemmas are ignored.
    Relation relation(std::span<const int> lemmasA, std::span<const int> lemmasB) const;

    // "rise.v": a lemma's spelling and part of speech (n, v, a, r).
    QString lemmaName(int lemma) const;

private:
    explicit WordNet(std::unique_ptr<const wordnet::Tables> tables);
    bool isLemma(int id) const;
    std::vector<int> readLemmas(std::u16string_view word) const;

    std::unique_ptr<const wordnet::Tables> m_tables;
    std::unique_ptr<wordnet::LemmaMemo> m_memo;
};

} // namespace parallax
