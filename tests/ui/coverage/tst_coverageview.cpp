#include "../../app/coverage/SeedStory.h"
#include "ClaimDetailView.h"
#include "ClaimFilterProxy.h"
#include "ClaimMatrixModel.h"
#include "CoverageFixture.h"
#include "CoverageView.h"
#include "OverlapHeatMap.h"

#include <QDir>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace parallax;
using namespace Qt::StringLiterals;

class TestCoverageView final : public QObject
{
    Q_OBJECT
private:
    static bool showStory(CoverageView &view, const QList<Article> &articles)
    {
        QSignalSpy ready(&view, &CoverageView::coverageReady);
        view.setStory(articles, compareArticles(articles));
        return ready.wait(10000);
    }

private Q_SLOTS:
    void computesOffTheWindowThread()
    {
        CoverageView view;
        view.resize(900, 600);
        view.show();
        QVERIFY(showStory(view, test::fixtureStory()));
        QVERIFY(!view.isBusy());
        QCOMPARE(view.matrixModel()->columnCount(), 4);
        QCOMPARE(view.matrixModel()->headerData(1, Qt::Horizontal, Qt::AccessibleTextRole).toString(), u"Harbour Gazette"_s);
    }

    void selectingAClaimShowsEachWording()
    {
        CoverageView view;
        view.resize(900, 600);
        view.show();
        QVERIFY(showStory(view, test::fixtureStory()));
        int row = -1;
        for (int r = 0; r < view.matrixProxy()->rowCount(); ++r) {
            if (view.matrixProxy()->index(r, 0).data().toString().contains(u"billion"_s))
                row = r;
        }
        QVERIFY(row >= 0);
        view.matrixView()->setCurrentIndex(view.matrixProxy()->index(row, 0));
        const QString html = view.detailView()->toHtml();
        QVERIFY(html.contains(u"Island Times"_s));
        // "200" differs from the first outlet's "300": washed and underlined.
        QVERIFY(html.contains(u"background-color"_s));
        QVERIFY(html.contains(u"200"_s));
        QVERIFY(view.detailView()->toPlainText().contains(u"300 billion"_s));
    }

    void heatMapClickAsksForThePair()
    {
        CoverageView view;
        view.resize(900, 600);
        view.show();
        QVERIFY(showStory(view, test::fixtureStory()));
        view.showPage(CoverageView::Page::Overlap);
        OverlapHeatMap *map = view.heatMap();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy pair(&view, &CoverageView::comparePairRequested);
        QTest::mouseClick(map, Qt::LeftButton, {}, map->cellRect(0, 1).center());
        QCOMPARE(pair.size(), 1);
        QCOMPARE(pair.first().at(0).toLongLong(), 101);
        QCOMPARE(pair.first().at(1).toLongLong(), 102);
        QTest::mouseClick(map, Qt::LeftButton, {}, map->cellRect(2, 2).center());
        QCOMPARE(pair.size(), 1); // the diagonal is no pair
    }

    void blindModeHidesOutlets()
    {
        CoverageView view;
        QVERIFY(showStory(view, test::fixtureStory()));
        QSignalSpy blind(&view, &CoverageView::blindChanged);
        view.setBlind(true);
        QCOMPARE(blind.size(), 1);
        QCOMPARE(view.matrixModel()->headerData(1, Qt::Horizontal, Qt::AccessibleTextRole).toString(), u"Outlet A"_s);
        view.matrixView()->setCurrentIndex(view.matrixProxy()->index(0, 0));
        QVERIFY(!view.detailView()->toPlainText().contains(u"Gazette"_s));
        view.setBlind(false);
        QCOMPARE(view.matrixModel()->headerData(1, Qt::Horizontal, Qt::AccessibleTextRole).toString(), u"Harbour Gazette"_s);
    }

    void newerStoryWins()
    {
        CoverageView view;
        QSignalSpy ready(&view, &CoverageView::coverageReady);
        const QList<Article> story = test::fixtureStory();
        view.setStory(story, compareArticles(story));
        view.setStory(story.mid(0, 2), compareArticles(story.mid(0, 2)));
        QVERIFY(ready.wait(10000));
        QTest::qWait(200);
        QCOMPARE(ready.size(), 1);
        QCOMPARE(view.matrixModel()->columnCount(), 3);
    }

    // PARALLAX_SCREENSHOT_DIR=packaging/screenshots writes the views of the
    // seed story as coverage-*.png.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("PARALLAX_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set PARALLAX_SCREENSHOT_DIR to write screenshots");
        const auto story = test::loadSeedStory();
        if (!story)
            QSKIP("the seed articles are not in " PARALLAX_SEEDS_DIR);
        CoverageView view;
        view.resize(1200, 760);
        view.show();
        QSignalSpy ready(&view, &CoverageView::coverageReady);
        view.setStory(story->articles, story->comparison);
        QVERIFY(ready.wait(20000));
        for (int r = 0; r < view.matrixProxy()->rowCount(); ++r) {
            if (view.matrixProxy()->index(r, 0).data().toString().contains(u"flies to Beijing"_s))
                view.matrixView()->setCurrentIndex(view.matrixProxy()->index(r, 0));
        }
        const QList<std::pair<CoverageView::Page, QString>> pages{
            {CoverageView::Page::Claims, u"claims"_s},       {CoverageView::Page::Overlap, u"overlap"_s},
            {CoverageView::Page::Unique, u"unique"_s},       {CoverageView::Page::Timeline, u"timeline"_s},
            {CoverageView::Page::Quotes, u"quotes"_s}};
        for (const auto &[page, name] : pages) {
            view.showPage(page);
            QTest::qWait(50);
            QVERIFY(view.grab().save(QDir(dir).filePath(u"coverage-%1.png"_s.arg(name))));
        }
        view.setBlind(true);
        view.showPage(CoverageView::Page::Claims);
        QTest::qWait(50);
        QVERIFY(view.grab().save(QDir(dir).filePath(u"coverage-blind.png"_s)));

        // The seeds state no differing facts; the invented story does.
        CoverageView invented;
        invented.resize(1200, 400);
        invented.show();
        QVERIFY(showStory(invented, test::fixtureStory()));
        invented.showPage(CoverageView::Page::Discrepancies);
        QTest::qWait(50);
        QVERIFY(invented.grab().save(QDir(dir).filePath(u"coverage-discrepancies.png"_s)));
        invented.showPage(CoverageView::Page::Claims);
        invented.matrixView()->setCurrentIndex(invented.matrixProxy()->index(1, 0));
        QTest::qWait(50);
        QVERIFY(invented.grab().save(QDir(dir).filePath(u"coverage-claims-discrepancy.png"_s)));
    }
};

QTEST_MAIN(TestCoverageView)
#include "tst_coverageview.moc"
