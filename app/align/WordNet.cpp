#include "WordNet.h"

#include "WordNetCache_p.h"
#include "WordNetReader_p.h"
#include "WordNetTables_p.h"

#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>

#include <algorithm>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <string>
#include <unordered_map>

namespace parallax {
namespace {

using namespace Qt::StringLiterals;
using wordnet::PartOfSpeech;

// morphy's detachment rules (WordNet's morph.c): a suffix and its
// replacement, tried on a word that is not an irregular form.
struct Detachment {
    std::string_view suffix;
    std::string_view ending;
};

constexpr Detachment nounRules[] = {{"s", ""},     {"ses", "s"},    {"xes", "x"},   {"zes", "z"},
                                    {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}};
constexpr Detachment verbRules[] = {{"s", ""},   {"ies", "y"}, {"es", "e"},  {"es", ""},
                                    {"ed", "e"}, {"ed", ""},   {"ing", "e"}, {"ing", ""}};
constexpr Detachment adjectiveRules[] = {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}};

std::span<const Detachment> detachments(PartOfSpeech pos)
{
    switch (pos) {
    case PartOfSpeech::Noun:
        return nounRules;
    case PartOfSpeech::Verb:
        return verbRules;
    case PartOfSpeech::Adjective:
        return adjectiveRules;
    case PartOfSpeech::Adverb:
        break;
    }
    return {};
}

} // namespace

WordNet::WordNet() = default;
namespace wordnet {

// Words already looked up, shared by the threads that compare at once.
class LemmaMemo final
{
public:
    std::optional<std::vector<int>> find(std::u16string_view word) const
    {
        const std::shared_lock lock(m_mutex);
        if (const auto it = m_lemmas.find(word); it != m_lemmas.end())
            return it->second;
        return std::nullopt;
    }

    void remember(std::u16string_view word, const std::vector<int> &lemmas)
    {
        const std::unique_lock lock(m_mutex);
        if (m_lemmas.size() < MaxWords)
            m_lemmas.emplace(std::u16string(word), lemmas);
    }

private:
    // About 15 MB at most; the words of many stories stay far below.
    static constexpr size_t MaxWords = 100'000;
    struct Hash {
        using is_transparent = void;
        size_t operator()(std::u16string_view text) const { return std::hash<std::u16string_view>{}(text); }
    };
    mutable std::shared_mutex m_mutex;
    std::unordered_map<std::u16string, std::vector<int>, Hash, std::equal_to<>> m_lemmas;
};

} // namespace wordnet

WordNet::WordNet(std::unique_ptr<const wordnet::Tables> tables)
    : m_tables(std::move(tables)), m_memo(std::make_unique<wordnet::LemmaMemo>())
{
}
WordNet::WordNet(WordNet &&other) noexcept = default;
WordNet &WordNet::operator=(WordNet &&other) noexcept = default;
WordNet::~WordNet() = default;

WordNet WordNet::load(const QString &dir)
{
    return WordNet(wordnet::readTables(dir));
}

WordNet WordNet::load(const QString &dir, const QString &cacheFile)
{
    const QByteArray key = wordnet::sourceKey(dir);
    if (auto cached = wordnet::readCache(cacheFile, key))
        return WordNet(std::move(cached));
    auto tables = wordnet::readTables(dir);
    // A cache that cannot be written costs the next run time, nothing more.
    if (tables)
        wordnet::writeCache(cacheFile, key, *tables);
    return WordNet(std::move(tables));
}

const WordNet &WordNet::system()
{
    // Initialised once, by whichever comparison asks first; the others wait.
    static const WordNet wordNet = [] {
        const QString dir = qEnvironmentVariableIsEmpty("PARALLAX_WORDNET_DIR")
            ? u"/usr/share/wordnet"_s
            : qEnvironmentVariable("PARALLAX_WORDNET_DIR");
        const QString cacheDir = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
        if (cacheDir.isEmpty()) // no home to keep it in
            return load(dir);
        // One file a dictionary folder, named by it, so that a test's
        // dictionary never replaces the system's.
        const QString name = QString::fromLatin1(
            QCryptographicHash::hash(QDir(dir).absolutePath().toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
        return load(dir, cacheDir + u"/parallax/wordnet-"_s + name + u".tables"_s);
    }();
    return wordNet;
}

bool WordNet::isEmpty() const
{
    return !m_tables;
}

bool WordNet::isLemma(int id) const
{
    return m_tables && id >= 0 && id < m_tables->lemmas.size();
}

std::vector<int> WordNet::lemmasOf(std::u16string_view word) const
{
    if (!m_memo)
        return {};
    if (std::optional<std::vector<int>> known = m_memo->find(word))
        return std::move(*known);
    std::vector<int> lemmas = readLemmas(word);
    m_memo->remember(word, lemmas);
    return lemmas;
}

std::vector<int> WordNet::readLemmas(std::u16string_view word) const
{
    std::vector<int> lemmas;
    if (!m_tables || word.empty())
        return lemmas;
    // WordNet's lemmas are ASCII.
    std::string form;
    form.reserve(word.size());
    for (char16_t c : word) {
        if (c >= 0x80)
            return lemmas;
        form.push_back(c >= u'A' && c <= u'Z' ? char(c - u'A' + 'a') : char(c));
    }

    const auto add = [&](std::string_view text, size_t hash, PartOfSpeech pos) {
        if (const int lemma = m_tables->lemmas.find(text, hash, pos); lemma >= 0)
            lemmas.push_back(lemma);
    };
    const size_t formHash = wordnet::SpellingTable::hashOf(form);
    std::string base;
    for (int p = 0; p < wordnet::partsOfSpeech; ++p) {
        const auto pos = PartOfSpeech(p);
        add(form, formHash, pos);
        // As in morphy, an irregular form is only what its exception list
        // says: "lost" is lose.v, not los.v.
        if (const int irregular = m_tables->irregularForms.find(form, formHash, pos); irregular >= 0) {
            const std::span<const int> bases = m_tables->irregularBases.from(irregular);
            lemmas.insert(lemmas.end(), bases.begin(), bases.end());
            continue;
        }
        // Nouns in "ss" ("boss", not bos.n) and of two letters keep their ending.
        if (pos == PartOfSpeech::Noun && (form.ends_with("ss") || form.size() <= 2))
            continue;
        for (const Detachment &rule : detachments(pos)) {
            if (form.size() > rule.suffix.size() && form.ends_with(rule.suffix)) {
                base.assign(form, 0, form.size() - rule.suffix.size());
                base.append(rule.ending);
                add(base, wordnet::SpellingTable::hashOf(base), pos);
            }
        }
    }
    std::sort(lemmas.begin(), lemmas.end());
    lemmas.erase(std::unique(lemmas.begin(), lemmas.end()), lemmas.end());
    return lemmas;
}

WordNet::Relation WordNet::relation(std::span<const int> lemmasA, std::span<const int> lemmasB) const
{
    const auto anyPair = [&](auto &&joins) {
        for (int a : lemmasA) {
            for (int b : lemmasB) {
                if (isLemma(a) && isLemma(b) && joins(a, b))
                    return true;
            }
        }
        return false;
    };
    if (anyPair([this](int a, int b) { return m_tables->antonyms.joins(a, b); }))
        return Relation::Antonym;
    if (anyPair([this](int a, int b) { return a == b || m_tables->synonyms.joins(a, b); }))
        return Relation::Synonym;
    if (anyPair([this](int a, int b) { return m_tables->derived.joins(a, b); }))
        return Relation::Derived;
    return Relation::None;
}

QString WordNet::lemmaName(int lemma) const
{
    if (!isLemma(lemma))
        return {};
    const std::string_view text = m_tables->lemmas.text(lemma);
    return QString::fromLatin1(text.data(), qsizetype(text.size())) + u'.'
        + QLatin1Char("nvar"[int(m_tables->lemmas.partOfSpeech(lemma))]);
}

} // namespace parallax
