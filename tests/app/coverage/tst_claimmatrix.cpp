#include "../align/AlignTestSupport.h"
#include "SeedStory.h"
#include "align/Aligner.h"
#include "coverage/ClaimMatrix.h"

#include <QTest>

using namespace parallax;
using namespace Qt::StringLiterals;

class TestClaimMatrix final : public QObject
{
    Q_OBJECT
private:
    // The row whose sentence in article holds text, or nullptr.
    static const ClaimRow *rowWith(const QList<Article> &articles, const QList<ClaimRow> &rows, int article,
                                   const QString &text)
    {
        for (const ClaimRow &row : rows) {
            if (cellText(articles, article, row.cells[article]).contains(text))
                return &row;
        }
        return nullptr;
    }

private Q_SLOTS:
    void seedBriefingIsSharedBy001And002()
    {
        const auto story = test::loadSeedStory();
        if (!story)
            QSKIP("the seed articles are not in " PARALLAX_SEEDS_DIR);
        const QList<ClaimRow> rows = claimMatrix(story->articles, story->comparison);
        const ClaimRow *row = rowWith(story->articles, rows, 1, u"pre-trip briefing"_s);
        QVERIFY(row);
        QVERIFY(row->cells[2].carriage != Carriage::Absent);
        QVERIFY(cellText(story->articles, 2, row->cells[2]).contains(u"briefing"_s));
        QVERIFY(row->carriers >= 2);
    }

    void seedViciousCompetitionIsUniqueTo002()
    {
        const auto story = test::loadSeedStory();
        if (!story)
            QSKIP("the seed articles are not in " PARALLAX_SEEDS_DIR);
        const QList<ClaimRow> rows = claimMatrix(story->articles, story->comparison);
        const ClaimRow *row = rowWith(story->articles, rows, 2, u"vicious competition"_s);
        QVERIFY(row);
        QCOMPARE(row->carriers, 1);
        QCOMPARE(row->cells[2].carriage, Carriage::Sole);
        QVERIFY(row->quote);
        QVERIFY(filteredRows(rows, {.uniqueOnly = true, .quotesOnly = true}).contains(*row));
    }

    void inventedStoryCellsSayHow()
    {
        const QList<Article> articles{
            test::article({u"The council approved a budget of 300 billion dollars on Monday. It met for six hours."_s}),
            test::article({u"The council approved a budget of 300 billion dollars on Monday. Protesters gathered outside."_s}),
            test::article({u"Protesters gathered outside the hall. The mayor called it a historic day."_s})};
        const Comparison comparison = compareArticles(articles);
        const QList<ClaimRow> rows = claimMatrix(articles, comparison);
        const ClaimRow *budget = rowWith(articles, rows, 0, u"budget"_s);
        QVERIFY(budget);
        QCOMPARE(budget->cells[0].carriage, Carriage::Identical);
        QCOMPARE(budget->cells[1].carriage, Carriage::Identical);
        QCOMPARE(budget->cells[2].carriage, Carriage::Absent);
        QVERIFY(budget->number);
        QVERIFY(!budget->quote);
        const ClaimRow *mayor = rowWith(articles, rows, 2, u"mayor"_s);
        QVERIFY(mayor);
        QCOMPARE(mayor->carriers, 1);

        // Story order: article 0's sentences first, in their order.
        QCOMPARE(rows.first().cells[0].sentence, 0);
        for (int i = 0; i < rows.size(); ++i)
            QCOMPARE(rows[i].position, i);
    }

    void filtersAndSorts()
    {
        ClaimRow shared{0, 0, 3, false, true, {}};
        ClaimRow quoted{1, 1, 1, true, false, {}};
        ClaimRow pair{2, 2, 2, false, false, {}};
        QList<ClaimRow> rows{shared, quoted, pair};
        QCOMPARE(filteredRows(rows, {.uniqueOnly = true}), QList<ClaimRow>{quoted});
        QCOMPARE(filteredRows(rows, {.minCarriers = 2}), (QList<ClaimRow>{shared, pair}));
        QCOMPARE(filteredRows(rows, {.quotesOnly = true}), QList<ClaimRow>{quoted});
        QCOMPARE(filteredRows(rows, {.numbersOnly = true}), QList<ClaimRow>{shared});
        sortRows(rows, ClaimOrder::LeastCarried);
        QCOMPARE(rows.first().claim, 1);
        sortRows(rows, ClaimOrder::MostCarried);
        QCOMPARE(rows.first().claim, 0);
        sortRows(rows, ClaimOrder::Story);
        QCOMPARE(rows.last().claim, 2);
    }
};

QTEST_GUILESS_MAIN(TestClaimMatrix)
#include "tst_claimmatrix.moc"
