#include "service/ComparisonJob.h"

#include "align/Aligner.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

Article article(qint64 id, const QStringList &paragraphs)
{
    Article result;
    result.id = id;
    for (const QString &text : paragraphs)
        result.blocks.append({text, BlockRole::Body, false, {{0, int(text.size())}}});
    return result;
}

Comparison marked(int tag)
{
    Comparison result;
    result.pairs = {{0, 1, tag / 100.0, 0, {}}};
    return result;
}

} // namespace

class TestComparisonJob final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deliversTheResultWithItsArticles()
    {
        ComparisonJob job([](const QList<Article> &articles, const AlignSettings &, const CompareControl &) {
            return std::optional(marked(int(articles.size())));
        });
        QSignalSpy finished(&job, &ComparisonJob::finished);
        const QList<Article> articles{article(1, {u"a"_s}), article(2, {u"b"_s})};
        job.start(articles, {});
        QVERIFY(finished.wait());
        QCOMPARE(finished.first().at(0).value<QList<Article>>(), articles);
        QCOMPARE(finished.first().at(1).value<Comparison>(), marked(2));
    }

    void aNewStartDropsTheOldResult()
    {
        QSemaphore gate;
        ComparisonJob job([&gate](const QList<Article> &articles, const AlignSettings &, const CompareControl &control) {
            if (articles.first().id == 1)
                gate.acquire(); // the first comparison is still running when the second starts
            return *control.cancel ? std::nullopt : std::optional(marked(int(articles.first().id)));
        });
        QSignalSpy finished(&job, &ComparisonJob::finished);
        QSignalSpy cancelled(&job, &ComparisonJob::cancelled);
        job.start({article(1, {}), article(2, {})}, {});
        job.start({article(3, {}), article(4, {})}, {});
        QCOMPARE(cancelled.size(), 1);
        gate.release();
        QVERIFY(finished.wait());
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(1).value<Comparison>(), marked(3));
    }

    void cancelSuppressesTheResult()
    {
        ComparisonJob job([](const QList<Article> &, const AlignSettings &, const CompareControl &) {
            return std::optional(marked(1));
        });
        QSignalSpy finished(&job, &ComparisonJob::finished);
        job.start({article(1, {}), article(2, {})}, {});
        job.cancel();
        QTest::qWait(100);
        QCOMPARE(finished.size(), 0);
    }

    void runsTheEngine()
    {
        ComparisonJob job;
        QSignalSpy finished(&job, &ComparisonJob::finished);
        const QString shared = u"The bridge, which carries roughly 48,000 vehicles each day, was shut on Friday "
                               "when inspectors discovered cracks in two of the steel girders."_s;
        const QList<Article> articles{article(1, {shared, u"The mayor wept at the scene."_s}),
                                      article(2, {u"Ferries will run from Monday."_s, shared})};
        job.start(articles, {});
        QVERIFY(finished.wait(10000));
        const auto comparison = finished.first().at(1).value<Comparison>();
        QCOMPARE(comparison, compareArticles(articles, {}));
        QCOMPARE(comparison.pairs.size(), 1);
        QVERIFY(!comparison.pairs.first().links.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestComparisonJob)
#include "tst_comparisonjob.moc"
