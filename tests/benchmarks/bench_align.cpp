// Speed of the alignment engine on deterministic synthetic news text, with a
// plain dtl word diff of the same inputs for scale; and the cost of WordNet
// (load time and memory, lookups on the sample story's words). Run from a
// Release build:
//   build/release/tests/benchmarks/bench_align
// The WordNet figures alone (the peak is the process's, so alone it is the load's):
//   build/release/tests/benchmarks/bench_align --benchmark_filter=WordNet

#include "align/Aligner.h"
#include "align/WordNet.h"
#include "core/Article.h"
#include "ingest/SentenceSplitter.h"

#include <benchmark/benchmark.h>
#include <dtl/dtl.hpp>

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <malloc.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <random>
#include <string>
#include <vector>

using namespace parallax;

namespace {

// Pseudo-words from syllables, used with a skewed frequency like real text:
// a few very common words, a long tail of rare ones.
class TextGenerator
{
public:
    explicit TextGenerator(unsigned seed) : m_random(seed)
    {
        static const char *const syllables[] = {"ka", "lo", "mi", "ne", "ru", "ta", "vo", "si", "del", "mar",
                                                "ost", "ben", "tri", "qua", "zen", "por", "lin", "gra"};
        for (int i = 0; i < 6000; ++i) {
            std::string w;
            const int parts = 1 + i % 3 + (i > 200 ? 1 : 0);
            for (int p = 0; p < parts; ++p)
                w += syllables[(i * 7 + p * 13 + i / (p + 1)) % 18];
            m_words.push_back(QString::fromStdString(w + std::to_string(i % 97)));
        }
    }

    QString word()
    {
        const double u = std::uniform_real_distribution<double>(0, 1)(m_random);
        return m_words[size_t(u * u * u * double(m_words.size()))];
    }

    QString sentence()
    {
        QStringList words;
        const int n = 12 + int(m_random() % 14);
        for (int i = 0; i < n; ++i)
            words.append(word());
        words.front()[0] = words.front()[0].toUpper();
        return words.join(u' ') + u'.';
    }

    QString paragraph()
    {
        QStringList sentences;
        const int n = 1 + int(m_random() % 2);
        for (int i = 0; i < n; ++i)
            sentences.append(sentence());
        return sentences.join(u' ');
    }

    // Another outlet's version: most paragraphs kept (some with words
    // changed), some dropped, some of its own added, one moved.
    QStringList rewrite(const QStringList &source)
    {
        QStringList out;
        for (const QString &p : source) {
            const unsigned roll = m_random() % 10;
            if (roll == 0)
                continue;
            if (roll <= 2) {
                QStringList words = p.split(u' ');
                for (QString &w : words) {
                    if (m_random() % 5 == 0)
                        w = word();
                }
                out.append(words.join(u' '));
            } else {
                out.append(p);
            }
            if (m_random() % 8 == 0)
                out.append(paragraph());
        }
        if (out.size() > 4)
            out.move(1, out.size() - 2);
        return out;
    }

    unsigned next() { return m_random(); }

private:
    std::mt19937 m_random;
    std::vector<QString> m_words;
};

Article toArticle(const QStringList &paragraphs)
{
    Article a;
    for (const QString &p : paragraphs) {
        Block b;
        b.text = p;
        // One sentence a ". ", as the importer's splitter would find them.
        qsizetype start = 0;
        for (qsizetype end = p.indexOf(u". "); end >= 0; end = p.indexOf(u". ", start)) {
            b.sentences.append({int(start), int(end + 1)});
            start = end + 2;
        }
        b.sentences.append({int(start), int(p.size())});
        a.blocks.append(b);
    }
    return a;
}

QStringList paragraphsOfWords(TextGenerator &generator, int words)
{
    QStringList paragraphs;
    int count = 0;
    while (count < words) {
        paragraphs.append(generator.paragraph());
        count += int(paragraphs.back().count(u' ')) + 1;
    }
    return paragraphs;
}

std::pair<Article, Article> pairOfWords(int words)
{
    TextGenerator generator(42);
    const QStringList source = paragraphsOfWords(generator, words);
    return {toArticle(source), toArticle(generator.rewrite(source))};
}

// Stories of ten articles each: one wire text, rewritten by each outlet.
QList<Article> library(int articles, int wordsEach)
{
    TextGenerator generator(7);
    QList<Article> out;
    QStringList wire;
    for (int i = 0; i < articles; ++i) {
        if (i % 10 == 0)
            wire = paragraphsOfWords(generator, wordsEach);
        out.append(toArticle(generator.rewrite(wire)));
    }
    return out;
}

std::vector<std::string> words(const Article &article)
{
    std::vector<std::string> out;
    for (const Block &b : article.blocks) {
        for (const QString &w : b.text.split(u' '))
            out.push_back(w.toStdString());
    }
    return out;
}

void BM_AlignPair(benchmark::State &state)
{
    const auto [a, b] = pairOfWords(int(state.range(0)));
    for (auto _ : state)
        benchmark::DoNotOptimize(alignPair(a, b));
    state.counters["words"] = double(a.wordCount() + b.wordCount());
}
BENCHMARK(BM_AlignPair)->Arg(1000)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_AlignPair)->Arg(100000)->Unit(benchmark::kMillisecond)->Iterations(3);

// Two outlets' versions of an invented story in another language
// (tests/data/stories/<language>/001.txt and 002.txt), their lines repeated
// until each article holds at least size words (characters for Chinese),
// split into sentences as the importer splits that language.
Article storyArticle(const QString &language, const QString &file, int size, bool countCharacters)
{
    QFile in(QStringLiteral(PARALLAX_SOURCE_DIR "/tests/data/stories/") + language + u'/' + file);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QStringList lines;
    for (const QString &line : QString::fromUtf8(in.readAll()).split(u'\n')) {
        if (line.trimmed().size() > 40)
            lines.append(line.trimmed());
    }
    SentenceSplitter splitter(language);
    Article a;
    a.language = language;
    int count = 0;
    for (int i = 0; count < size && !lines.isEmpty(); ++i) {
        const QString &text = lines[i % lines.size()];
        a.blocks.append(Block{text, BlockRole::Body, false, splitter.split(text)});
        count += countCharacters ? int(text.size()) : int(text.count(u' ')) + 1;
    }
    return a;
}

void BM_AlignPairInLanguage(benchmark::State &state, const QString &language, int size, bool countCharacters)
{
    const Article a = storyArticle(language, QStringLiteral("001.txt"), size, countCharacters);
    const Article b = storyArticle(language, QStringLiteral("002.txt"), size, countCharacters);
    if (a.blocks.isEmpty() || b.blocks.isEmpty()) {
        state.SkipWithError("story missing");
        return;
    }
    for (auto _ : state)
        benchmark::DoNotOptimize(alignPair(a, b));
    state.counters["words"] = double(a.wordCount() + b.wordCount());
}
BENCHMARK_CAPTURE(BM_AlignPairInLanguage, german_1000_words, QStringLiteral("de"), 1000, false)->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_AlignPairInLanguage, chinese_1000_characters, QStringLiteral("zh"), 1000, true)
    ->Unit(benchmark::kMicrosecond);

void BM_DtlWordDiff(benchmark::State &state)
{
    const auto [a, b] = pairOfWords(int(state.range(0)));
    const std::vector<std::string> aWords = words(a);
    const std::vector<std::string> bWords = words(b);
    for (auto _ : state) {
        dtl::Diff<std::string> diff(aWords, bWords);
        // Bounds dtl's path record on long inputs, as the engine does.
        diff.enableHuge();
        diff.compose();
        benchmark::DoNotOptimize(diff.getEditDistance());
    }
}
BENCHMARK(BM_DtlWordDiff)->Arg(1000)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_DtlWordDiff)->Arg(100000)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_CompareArticles(benchmark::State &state)
{
    const QList<Article> articles = library(int(state.range(0)), 800);
    for (auto _ : state)
        benchmark::DoNotOptimize(compareArticles(articles));
}
BENCHMARK(BM_CompareArticles)->Arg(100)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_CompareArticles)->Arg(1000)->Unit(benchmark::kMillisecond)->Iterations(1);

QString wordNetDir()
{
    return qEnvironmentVariableIsEmpty("PARALLAX_WORDNET_DIR") ? QStringLiteral("/usr/share/wordnet")
                                                                : qEnvironmentVariable("PARALLAX_WORDNET_DIR");
}

double residentMB()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toDouble() * double(sysconf(_SC_PAGESIZE)) / (1024 * 1024) : 0;
}

// Bytes the program has allocated and not freed, whatever the allocator keeps.
double allocatedMB()
{
    const struct mallinfo2 info = mallinfo2();
    return double(info.uordblks + info.hblkhd) / (1024 * 1024);
}

double peakResidentMB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024;
}

// allocated_MB: what a loaded WordNet holds; resident_MB: what the process
// grew by, which includes what the allocator keeps of the reading's buffers;
// peak_MB: the process's peak over what it held before.
void BM_LoadWordNet(benchmark::State &state)
{
    const double residentBefore = residentMB();
    const double allocatedBefore = allocatedMB();
    double resident = 0;
    double allocated = 0;
    for (auto _ : state) {
        const WordNet wordNet = WordNet::load(wordNetDir());
        if (wordNet.isEmpty()) {
            state.SkipWithError("no WordNet in /usr/share/wordnet or $PARALLAX_WORDNET_DIR");
            return;
        }
        resident = residentMB() - residentBefore;
        allocated = allocatedMB() - allocatedBefore;
    }
    state.counters["allocated_MB"] = allocated;
    state.counters["resident_MB"] = resident;
    state.counters["peak_MB"] = peakResidentMB() - residentBefore;
}
BENCHMARK(BM_LoadWordNet)->Unit(benchmark::kMillisecond)->Iterations(10);

// The distinct words of the sample story, lower-cased (near enough to how
// the tokenizer folds them).
std::vector<std::u16string> sampleWords()
{
    QSet<QString> words;
    const QDir sample(QStringLiteral(PARALLAX_SOURCE_DIR "/resources/sample"));
    for (const QString &name : sample.entryList(QDir::Files, QDir::Name)) {
        QFile file(sample.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        static const QRegularExpression nonLetters(QStringLiteral("[^\\p{L}']+"));
        for (const QString &word : QString::fromUtf8(file.readAll()).toLower().split(nonLetters, Qt::SkipEmptyParts))
            words.insert(word);
    }
    std::vector<std::u16string> out;
    for (const QString &word : std::as_const(words))
        out.push_back(word.toStdU16String());
    std::sort(out.begin(), out.end());
    return out;
}

void BM_WordNetLemmasOf(benchmark::State &state)
{
    const WordNet wordNet = WordNet::load(wordNetDir());
    const std::vector<std::u16string> words = sampleWords();
    for (auto _ : state) {
        for (const std::u16string &word : words)
            benchmark::DoNotOptimize(wordNet.lemmasOf(word));
    }
    state.SetItemsProcessed(int64_t(state.iterations()) * int64_t(words.size()));
}
BENCHMARK(BM_WordNetLemmasOf)->Unit(benchmark::kMicrosecond);

// Every pair of the sample story's words, each word with itself included,
// their lemmas found beforehand as the matcher keeps them with each
// distinct word.
void BM_WordNetRelation(benchmark::State &state)
{
    const WordNet wordNet = WordNet::load(wordNetDir());
    std::vector<std::vector<int>> lemmas;
    for (const std::u16string &word : sampleWords())
        lemmas.push_back(wordNet.lemmasOf(word));
    std::array<int64_t, 4> counts{};
    for (auto _ : state) {
        counts = {};
        for (const std::vector<int> &a : lemmas) {
            for (const std::vector<int> &b : lemmas)
                ++counts[size_t(wordNet.relation(a, b))];
        }
    }
    state.SetItemsProcessed(int64_t(state.iterations()) * int64_t(lemmas.size() * lemmas.size()));
    state.counters["synonyms"] = double(counts[size_t(WordNet::Relation::Synonym)]);
    state.counters["derived"] = double(counts[size_t(WordNet::Relation::Derived)]);
    state.counters["antonyms"] = double(counts[size_t(WordNet::Relation::Antonym)]);
}
BENCHMARK(BM_WordNetRelation)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
