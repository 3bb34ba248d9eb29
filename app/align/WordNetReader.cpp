#include "WordNetReader_p.h"

#include "WordNetLines_p.h"

#include <QString>

#include <algorithm>

namespace parallax::wordnet {
namespace {

using namespace Qt::StringLiterals;

// WordNet 3.0 gathers 240,000 for its largest table; a hostile file could
// ask for billions (one synset shared by every lemma).
constexpr size_t maxLinks = 2'000'000;

constexpr char posLetters[partsOfSpeech + 1] = "nvar";

QString fileName(PartOfSpeech pos)
{
    static const QString names[partsOfSpeech] = {u"noun"_s, u"verb"_s, u"adj"_s, u"adv"_s};
    return names[int(pos)];
}

// A synset by its part of speech and offset, in one int.
static_assert(offsetLimit <= 1 << 27);
int synsetKey(PartOfSpeech pos, int offset)
{
    return int(pos) << 27 | offset;
}

// Links of one table, each added both ways; past maxLinks the dictionary is
// refused. Every loop that adds stops once it is full.
class LinkList final
{
public:
    void addBothWays(int a, int b)
    {
        if (m_links.size() + 2 > maxLinks) {
            m_full = true;
            return;
        }
        m_links.emplace_back(a, b);
        m_links.emplace_back(b, a);
    }
    bool full() const { return m_full; }
    std::vector<std::pair<int, int>> take() { return std::move(m_links); }

private:
    std::vector<std::pair<int, int>> m_links;
    bool m_full = false;
};

// A synset with its words as lemma ids: -1 for a phrase, or a word that no
// index file lists.
struct Synset {
    int key = 0;
    bool satellite = false;
    size_t firstWord = 0;
    int wordCount = 0;
};

struct Pointer {
    char symbol = 0;
    int source = 0; // synset keys
    int target = 0;
    int sourceWord = 0;
    int targetWord = 0;
};

class TablesBuilder final
{
public:
    bool readIndexes(const QString &dir);
    void readExceptions(const QString &dir);
    bool readData(const QString &dir);
    std::unique_ptr<const Tables> finish();

private:
    int lemmaOf(std::string_view word, PartOfSpeech pos);
    const Synset *synset(int key) const;
    int wordOf(int key, int number) const;
    bool isSense(int lemma, int key, int among = sensesPerLemma) const;
    void linkSynonyms(LinkList &synonyms) const;
    void linkWords(LinkList &derived, LinkList &antonyms) const;
    void linkSatelliteAntonyms(LinkList &antonyms) const;
    void linkDerivedOfSynonyms(const LinkTable &derived, LinkList &related) const;

    std::unique_ptr<Tables> m_tables = std::make_unique<Tables>();
    std::vector<std::array<int, sensesPerLemma>> m_senses; // synset keys by lemma, -1 past the last
    std::vector<Synset> m_synsets;
    std::vector<int> m_words;
    std::vector<Pointer> m_pointers;
    std::string m_folded;
    LineReader m_lines;
};

bool TablesBuilder::readIndexes(const QString &dir)
{
    IndexLine line;
    for (int p = 0; p < partsOfSpeech; ++p) {
        const auto pos = PartOfSpeech(p);
        if (!m_lines.open(dir + u"/index."_s + fileName(pos)))
            return false;
        for (std::string_view text; m_lines.next(text);) {
            // Phrases ("ice_cream") are left out: the matcher compares words.
            // A lemma listed twice keeps its first line.
            if (!parseIndexLine(text, posLetters[p], line) || line.lemma.find('_') != std::string_view::npos
                || m_tables->lemmas.insert(line.lemma, pos) < int(m_senses.size()))
                continue;
            std::array<int, sensesPerLemma> &senses = m_senses.emplace_back();
            senses.fill(-1);
            for (int i = 0; i < line.senses; ++i)
                senses[size_t(i)] = synsetKey(pos, line.offsets[size_t(i)]);
        }
    }
    return !m_senses.empty();
}

// An irregular form is kept even when no index lists its bases: the lists
// also name forms only to keep the suffix rules off them ("boner" is not
// bone.a, "arses" is arsis.n, not arse.n).
void TablesBuilder::readExceptions(const QString &dir)
{
    SpellingTable &forms = m_tables->irregularForms;
    std::vector<std::pair<int, int>> bases; // (form, lemma)
    ExceptionLine line;
    for (int p = 0; p < partsOfSpeech; ++p) {
        const auto pos = PartOfSpeech(p);
        // Without its exception list a part of speech loses only its
        // irregular forms: open() fails and next() has no line.
        m_lines.open(dir + u'/' + fileName(pos) + u".exc"_s);
        for (std::string_view text; m_lines.next(text);) {
            if (!parseExceptionLine(text, line))
                continue;
            const int form = forms.insert(line.form, pos);
            for (std::string_view base : line.bases) {
                if (const int lemma = m_tables->lemmas.find(base, pos); lemma >= 0)
                    bases.emplace_back(form, lemma);
            }
        }
    }
    m_tables->irregularBases = LinkTable(bases, forms.size());
}

bool TablesBuilder::readData(const QString &dir)
{
    DataLine line;
    for (int p = 0; p < partsOfSpeech; ++p) {
        const auto pos = PartOfSpeech(p);
        if (!m_lines.open(dir + u"/data."_s + fileName(pos)))
            return false;
        for (std::string_view text; m_lines.next(text);) {
            if (!parseDataLine(text, line))
                continue;
            const int key = synsetKey(pos, line.offset);
            m_synsets.push_back({key, line.satellite, m_words.size(), int(line.words.size())});
            for (std::string_view word : line.words)
                m_words.push_back(lemmaOf(word, pos));
            for (const DataLine::Pointer &pointer : line.pointers) {
                m_pointers.push_back({pointer.symbol, key, synsetKey(pointer.pos, pointer.offset),
                                      pointer.sourceWord, pointer.targetWord});
            }
        }
    }
    return true;
}

std::unique_ptr<const Tables> TablesBuilder::finish()
{
    // Data files list synsets by offset, but a damaged one need not.
    const auto byKey = [](const Synset &a, const Synset &b) { return a.key < b.key; };
    std::stable_sort(m_synsets.begin(), m_synsets.end(), byKey);
    m_synsets.erase(std::unique(m_synsets.begin(), m_synsets.end(),
                                [](const Synset &a, const Synset &b) { return a.key == b.key; }),
                    m_synsets.end());

    const int lemmas = m_tables->lemmas.size();
    LinkList synonyms;
    LinkList derived;
    LinkList antonyms;
    linkSynonyms(synonyms);
    linkWords(derived, antonyms);
    linkSatelliteAntonyms(antonyms);
    if (synonyms.full() || derived.full() || antonyms.full())
        return nullptr;
    m_tables->synonyms = LinkTable(synonyms.take(), lemmas);
    m_tables->antonyms = LinkTable(antonyms.take(), lemmas);
    LinkList related;
    linkDerivedOfSynonyms(LinkTable(derived.take(), lemmas), related);
    if (related.full())
        return nullptr;
    m_tables->derived = LinkTable(related.take(), lemmas);
    return std::move(m_tables);
}

// Data files write a synset's words as spelt ("Bank", "New_York"), an
// adjective with its position ("galore(ip)"); index files in lower case.
int TablesBuilder::lemmaOf(std::string_view word, PartOfSpeech pos)
{
    m_folded.assign(word.substr(0, word.find('(')));
    for (char &c : m_folded) {
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    }
    return m_tables->lemmas.find(m_folded, pos);
}

const Synset *TablesBuilder::synset(int key) const
{
    const auto it = std::lower_bound(m_synsets.begin(), m_synsets.end(), key,
                                     [](const Synset &synset, int k) { return synset.key < k; });
    return it != m_synsets.end() && it->key == key ? &*it : nullptr;
}

// The lemma of word number (1-based) of a synset, or -1.
int TablesBuilder::wordOf(int key, int number) const
{
    const Synset *found = synset(key);
    return found && number >= 1 && number <= found->wordCount ? m_words[found->firstWord + size_t(number) - 1] : -1;
}

// Whether synset key is among the first senses of lemma.
bool TablesBuilder::isSense(int lemma, int key, int among) const
{
    if (lemma < 0)
        return false;
    const auto &senses = m_senses[size_t(lemma)];
    return std::find(senses.begin(), senses.begin() + among, key) != senses.begin() + among;
}

// Lemmas that share a synset among the first senses of each.
void TablesBuilder::linkSynonyms(LinkList &synonyms) const
{
    std::vector<std::pair<int, int>> members; // (synset key, lemma)
    for (size_t lemma = 0; lemma < m_senses.size(); ++lemma) {
        for (int key : m_senses[lemma]) {
            if (key >= 0)
                members.emplace_back(key, int(lemma));
        }
    }
    std::sort(members.begin(), members.end());
    for (size_t start = 0, end = 0; start < members.size(); start = end) {
        while (end < members.size() && members[end].first == members[start].first)
            ++end;
        for (size_t i = start; i < end; ++i) {
            for (size_t j = i + 1; j < end; ++j) {
                if (members[i].second != members[j].second)
                    synonyms.addBothWays(members[i].second, members[j].second);
            }
            if (synonyms.full())
                return;
        }
    }
}

// "+" and "!" are lexical: they join one word of a synset to one of another,
// here only where each synset is among its word's first senses.
void TablesBuilder::linkWords(LinkList &derived, LinkList &antonyms) const
{
    for (const Pointer &pointer : m_pointers) {
        if (pointer.symbol == '&')
            continue;
        const int from = wordOf(pointer.source, pointer.sourceWord);
        const int to = wordOf(pointer.target, pointer.targetWord);
        if (isSense(from, pointer.source) && isSense(to, pointer.target))
            (pointer.symbol == '+' ? derived : antonyms).addBothWays(from, to);
    }
}

// An adjective satellite ("huge") has no antonym of its own: it is similar
// to ("&") the head of its cluster ("large"), whose antonym ("small") is its
// antonym too. Read only from each word's first sense: with its first three
// they make 17,900 pairs, among them little~such and other~very; with one,
// 10,300, mostly opposites (great~small, present~then, quick~slow).
void TablesBuilder::linkSatelliteAntonyms(LinkList &antonyms) const
{
    std::vector<std::pair<int, int>> opposites; // (head synset key, antonym lemma)
    for (const Pointer &pointer : m_pointers) {
        if (pointer.symbol != '!' || pointer.sourceWord == 0)
            continue;
        if (const int opposite = wordOf(pointer.target, pointer.targetWord); isSense(opposite, pointer.target, 1))
            opposites.emplace_back(pointer.source, opposite);
    }
    std::sort(opposites.begin(), opposites.end());

    std::vector<int> words; // every pass of the inner loop adds, so a hostile file cannot make it spin
    for (const Pointer &similar : m_pointers) {
        const Synset *satellite = synset(similar.source);
        if (similar.symbol != '&' || !satellite || !satellite->satellite)
            continue;
        words.clear();
        for (int i = 0; i < satellite->wordCount; ++i) {
            if (const int word = m_words[satellite->firstWord + size_t(i)]; isSense(word, satellite->key, 1))
                words.push_back(word);
        }
        if (words.empty())
            continue;
        const auto first = std::lower_bound(opposites.begin(), opposites.end(), std::pair(similar.target, -1));
        for (auto it = first; it != opposites.end() && it->first == similar.target; ++it) {
            for (int word : words)
                antonyms.addBothWays(word, it->second);
            if (antonyms.full())
                return;
        }
    }
}

// Derivation is read from a word and from its synonyms: "purchase" meets
// "buyer" through its synonym "buy".
void TablesBuilder::linkDerivedOfSynonyms(const LinkTable &derived, LinkList &related) const
{
    for (int lemma = 0; lemma < m_tables->lemmas.size(); ++lemma) {
        for (int form : derived.from(lemma)) {
            related.addBothWays(lemma, form);
            for (int synonym : m_tables->synonyms.from(lemma))
                related.addBothWays(synonym, form);
            if (related.full())
                return;
        }
    }
}

} // namespace

std::unique_ptr<const Tables> readTables(const QString &dir)
{
    TablesBuilder builder;
    if (!builder.readIndexes(dir))
        return nullptr;
    builder.readExceptions(dir);
    if (!builder.readData(dir))
        return nullptr;
    return builder.finish();
}

} // namespace parallax::wordnet
