// Export speed on a five-article comparison (the seed story): the HTML page,
// the claims CSV and the JSON. The comparison is computed once, outside the
// timing: this measures the writers, which must stay well under 100 ms.
//   build/export-rel/tests/benchmarks/bench_export
#include "align/Aligner.h"
#include "export/CompareJson.h"
#include "export/CsvExport.h"
#include "export/HtmlExport.h"
#include "ingest/ArticleReader.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <benchmark/benchmark.h>

#include <variant>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

struct Subject {
    QList<Article> articles;
    Comparison comparison;
};

const Subject &seedComparison()
{
    static const Subject subject = [] {
        Subject result;
        const QDir seeds(QStringLiteral(PARALLAX_SEEDS_DIR));
        for (const QString &name : seeds.entryList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
            QFile file(seeds.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            auto read = ArticleReader::read(file.readAll(), name, {});
            if (auto *article = std::get_if<Article>(&read))
                result.articles.append(std::move(*article));
        }
        result.comparison = compareArticles(result.articles);
        return result;
    }();
    return subject;
}

void BM_HtmlFiveArticles(benchmark::State &state)
{
    const Subject &subject = seedComparison();
    if (subject.articles.size() != 5) {
        state.SkipWithError("the five seed articles were not found");
        return;
    }
    qsizetype bytes = 0;
    for (auto _ : state) {
        const QByteArray page = comparisonHtml(subject.articles, subject.comparison);
        bytes += page.size();
        benchmark::DoNotOptimize(page.data());
    }
    state.SetBytesProcessed(bytes);
}
BENCHMARK(BM_HtmlFiveArticles)->Unit(benchmark::kMillisecond);

void BM_HtmlSeedPair(benchmark::State &state)
{
    const Subject &subject = seedComparison();
    if (subject.articles.size() < 3) {
        state.SkipWithError("the seed articles were not found");
        return;
    }
    const QList<Article> pair = subject.articles.mid(1, 2);
    const Comparison comparison = compareArticles(pair);
    for (auto _ : state)
        benchmark::DoNotOptimize(comparisonHtml(pair, comparison).data());
}
BENCHMARK(BM_HtmlSeedPair)->Unit(benchmark::kMillisecond);

void BM_CsvFiveArticles(benchmark::State &state)
{
    const Subject &subject = seedComparison();
    for (auto _ : state)
        benchmark::DoNotOptimize(claimsCsv(subject.articles, subject.comparison).data());
}
BENCHMARK(BM_CsvFiveArticles)->Unit(benchmark::kMillisecond);

void BM_JsonFiveArticles(benchmark::State &state)
{
    const Subject &subject = seedComparison();
    for (auto _ : state) {
        benchmark::DoNotOptimize(
            QJsonDocument(comparisonToJson(subject.articles, subject.comparison)).toJson().data());
    }
}
BENCHMARK(BM_JsonFiveArticles)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
