// Import speed on the seed articles repeated to 1,000 files: reading,
// decoding, furniture, metadata, sentences, and storing in a SQLite library;
// and reading saved web pages.
// Each copy gets one extra line so that none is a duplicate of another.
//   build/release/tests/benchmarks/bench_import
#include "ingest/ArticleReader.h"
#include "ingest/Importer.h"
#include "store/ArticleStore.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

QList<QByteArray> seedTexts()
{
    QList<QByteArray> texts;
    const QDir seeds(QStringLiteral(PARALLAX_SEEDS_DIR));
    for (const QString &name : seeds.entryList({u"*.txt"_s}, QDir::Files, QDir::Name)) {
        QFile file(seeds.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            texts.append(file.readAll());
    }
    return texts;
}

struct Corpus {
    QTemporaryDir dir;
    qint64 bytes = 0;
    int files = 0;
};

void writeCorpus(Corpus &corpus, int count)
{
    const QList<QByteArray> texts = seedTexts();
    for (int i = 0; i < count && !texts.isEmpty(); ++i) {
        QFile file(corpus.dir.filePath(u"article-%1.txt"_s.arg(i, 4, 10, QChar(u'0'))));
        if (!file.open(QIODevice::WriteOnly))
            return;
        const QByteArray bytes = texts[i % texts.size()] + "\nReference " + QByteArray::number(i) + '\n';
        file.write(bytes);
        corpus.bytes += bytes.size();
        ++corpus.files;
    }
}

void BM_ImportThousandFiles(benchmark::State &state)
{
    Corpus corpus;
    writeCorpus(corpus, 1000);
    if (corpus.files == 0) {
        state.SkipWithError("seed articles not found");
        return;
    }
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir libraryDir;
        Database db(libraryDir.filePath(u"library.sqlite"_s));
        ArticleStore store(db);
        Importer importer(store);
        state.ResumeTiming();
        const auto outcomes = importer.importPaths({corpus.dir.path()}, {});
        benchmark::DoNotOptimize(outcomes.size());
    }
    state.SetBytesProcessed(state.iterations() * corpus.bytes);
    state.SetItemsProcessed(state.iterations() * corpus.files);
}
BENCHMARK(BM_ImportThousandFiles)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

// The same into a library on a PostgreSQL server: PARALLAX_BENCH_POSTGRES
// names a database of a local server that the benchmark may empty
// (postgresql://user:password@127.0.0.1:5432/bench); skipped without it.
void BM_ImportThousandFilesPostgres(benchmark::State &state)
{
    const QString url = qEnvironmentVariable("PARALLAX_BENCH_POSTGRES");
    if (url.isEmpty()) {
        state.SkipWithError("PARALLAX_BENCH_POSTGRES is not set");
        return;
    }
    Corpus corpus;
    writeCorpus(corpus, 1000);
    for (auto _ : state) {
        state.PauseTiming();
        {
            Database old(url);
            QSqlQuery(old.connection()).exec(u"DROP SCHEMA public CASCADE"_s);
            QSqlQuery(old.connection()).exec(u"CREATE SCHEMA public"_s);
        }
        Database db(url);
        if (!db.isOpen()) {
            state.SkipWithError(qPrintable(db.errorString()));
            return;
        }
        ArticleStore store(db);
        Importer importer(store);
        state.ResumeTiming();
        const auto outcomes = importer.importPaths({corpus.dir.path()}, {});
        benchmark::DoNotOptimize(outcomes.size());
    }
    state.SetBytesProcessed(state.iterations() * corpus.bytes);
    state.SetItemsProcessed(state.iterations() * corpus.files);
}
BENCHMARK(BM_ImportThousandFilesPostgres)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

// The same work without the library: what reading alone costs.
void BM_ReadSeedArticle(benchmark::State &state)
{
    const QList<QByteArray> texts = seedTexts();
    if (texts.isEmpty()) {
        state.SkipWithError("seed articles not found");
        return;
    }
    qint64 bytes = 0;
    int i = 0;
    for (auto _ : state) {
        const QByteArray &text = texts[i++ % texts.size()];
        auto article = ArticleReader::read(text, u"seed.txt"_s, {});
        benchmark::DoNotOptimize(article);
        bytes += text.size();
    }
    state.SetBytesProcessed(bytes);
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ReadSeedArticle)->Unit(benchmark::kMicrosecond);

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A saved web page through the whole reader: decoding, the HTML parse,
// finding the article by content scoring, metadata, furniture, sentences.
// Argument 0: a typical news page (liberation-1, 141 kB; the median saved
// page of ../shared/extraction-dev is 107 kB); 1: a large one (nytimes-1,
// 309 kB); 2: each of the 31 committed pages in turn, their mean.
void BM_ReadSavedPage(benchmark::State &state)
{
    const QDir pages(QStringLiteral(PARALLAX_SOURCE_DIR) + u"/tests/data/extraction/pages"_s);
    QList<QByteArray> sources;
    const QStringList names = state.range(0) == 0 ? QStringList{u"liberation-1"_s}
        : state.range(0) == 1                      ? QStringList{u"nytimes-1"_s}
                                                   : pages.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : names)
        sources.append(readFile(pages.filePath(name + u"/source.html"_s)));
    if (sources.isEmpty() || sources.first().isEmpty()) {
        state.SkipWithError("saved pages not found");
        return;
    }
    qint64 bytes = 0;
    int i = 0;
    for (auto _ : state) {
        const QByteArray &source = sources[i++ % sources.size()];
        auto article = ArticleReader::read(source, u"page.html"_s, {});
        benchmark::DoNotOptimize(article);
        bytes += source.size();
    }
    state.SetBytesProcessed(bytes);
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ReadSavedPage)->Arg(0)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
