// Scores the engine against hand-made truth files: the seed story (real
// articles, skipped when ../shared/seeds is absent) and a story invented for
// this project, so that tuning on one can be checked on the other.
// Set PARALLAX_ALIGN_DUMP to a folder to also get the format-1 JSON for
// ../shared/tools/score_truth.py.

#include "AlignTestSupport.h"

#include "align/Aligner.h"
#include "export/CompareJson.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

class TestAlignTruth final : public QObject
{
    Q_OBJECT

private slots:
    void figures_data();
    void figures();
};

void TestAlignTruth::figures_data()
{
    QTest::addColumn<QString>("truthPath");
    QTest::addColumn<double>("minParaphrase");
    QTest::addColumn<int>("maxSuspicious");
    QTest::addColumn<double>("minUnique");

    // The sentence matcher links a paraphrase only when enough of both
    // sentences' content finds a partner (SentenceMatcher.h); paraphrases
    // that share a topic and a name or two but few words (most of the
    // seeds', "a new pipe ... is meant to refill the reservoir" for "plans
    // to build a pipeline to top up the lake") stay apart, and each keeps
    // the other as its closest sentence elsewhere. These rows guard the
    // figures measured with its default threshold, not the 60% aim. This
    // loader's sentence splitter differs from the importer's, so its seed
    // figures differ from `parallax compare`'s. Suspicious pairs are
    // members of one claim with almost no words in common, mostly joined
    // through a third sentence; they and the seeds' unique claims taken
    // into a claim are the matcher's wrong links, 5 of 29 here (3 through
    // `parallax compare`).
    QTest::newRow("seeds") << QStringLiteral(PARALLAX_SEEDS_DIR "/truth.json") << 0.2 << 10 << 0.8;
    QTest::newRow("invented") << QStringLiteral(PARALLAX_TEST_DATA "/align/story/truth.json") << 0.65 << 0 << 0.9;
    QTest::newRow("invented2") << QStringLiteral(PARALLAX_TEST_DATA "/align/story2/truth.json") << 0.4 << 0 << 0.9;
    // One invented story per language the window speaks (tests/data/stories),
    // guarding the figures measured: the 0.9 unique recall; few
    // paraphrases found yet, most in Spanish least; suspicious pairs as
    // measured, Chinese's many from clauses ICU cuts into short words.
    const auto story = [](const char *language) -> QString {
        return QStringLiteral(PARALLAX_TEST_DATA "/stories/") + QLatin1String(language) + u"/truth.json"_s;
    };
    QTest::newRow("de") << story("de") << 0.3 << 2 << 0.9;
    QTest::newRow("fr") << story("fr") << 0.4 << 1 << 0.9;
    QTest::newRow("es") << story("es") << 0.2 << 2 << 0.9;
    QTest::newRow("zh") << story("zh") << 0.6 << 15 << 0.9;
    QTest::newRow("ar") << story("ar") << 0.4 << 0 << 0.9;
}

void TestAlignTruth::figures()
{
    QFETCH(QString, truthPath);
    QFETCH(double, minParaphrase);
    QFETCH(int, maxSuspicious);
    QFETCH(double, minUnique);
    if (!QFileInfo::exists(truthPath))
        QSKIP("truth file not present");

    const std::optional<test::Truth> truth = test::loadTruth(truthPath);
    QVERIFY(truth);
    const Comparison comparison = compareArticles(truth->articles);

    if (const QString dump = qEnvironmentVariable("PARALLAX_ALIGN_DUMP"); !dump.isEmpty()) {
        QFile out(QDir(dump).filePath(QString::fromUtf8(QTest::currentDataTag()) + u".json"_s));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(comparisonToJson(truth->articles, comparison)).toJson());
    }

    const test::Figures f = test::TruthScorer(*truth, comparison).score();
    for (const QString &miss : f.misses)
        qInfo().noquote() << "MISS" << miss;
    qInfo("verbatim+near %d/%d, paraphrase %d/%d, unique %d/%d, wrong %d, suspicious %d", f.verbatimNear,
          f.verbatimNearTotal, f.paraphrase, f.paraphraseTotal, f.unique, f.uniqueTotal, f.wrong, f.suspicious);
    QVERIFY(f.verbatimNearRecall() >= 0.95);
    QVERIFY(f.uniqueRecall() >= minUnique);
    QVERIFY(f.paraphraseRecall() >= minParaphrase);
    // Same frame, another figure ("1,5" / "1,2 Millionen Module", "约200辆" /
    // "300余辆"): the matcher reads one claim told two ways, a discrepancy;
    // these stories' truth wants two claims.
    QEXPECT_FAIL("de", "a figure discrepancy is linked as one claim told two ways", Continue);
    QEXPECT_FAIL("zh", "a figure discrepancy is linked as one claim told two ways", Continue);
    QCOMPARE(f.wrong, 0);
    QVERIFY(f.suspicious <= maxSuspicious);
}

QTEST_GUILESS_MAIN(TestAlignTruth)
#include "tst_aligntruth.moc"
