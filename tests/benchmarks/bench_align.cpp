// Speed of the alignment engine on deterministic synthetic news text, with a
// plain dtl word diff of the same inputs for scale. Run from a Release build:
//   build/align-rel/tests/benchmarks/bench_align

#include "align/Aligner.h"
#include "core/Article.h"

#include <benchmark/benchmark.h>
#include <dtl/dtl.hpp>

#include <QStringList>

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

} // namespace

BENCHMARK_MAIN();
