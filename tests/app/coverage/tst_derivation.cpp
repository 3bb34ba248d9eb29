#include "../align/AlignTestSupport.h"
#include "SeedStory.h"
#include "coverage/Coverage.h"

#include <QTest>

using namespace parallax;
using namespace Qt::StringLiterals;

class TestDerivation final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void labels()
    {
        QCOMPARE(derivationLabel(0.9), DerivationLabel::WhollyDerived);
        QCOMPARE(derivationLabel(0.3), DerivationLabel::PartlyDerived);
        QCOMPARE(derivationLabel(0.02), DerivationLabel::Independent);
    }

    void seedWireCopyAndIndependentReport()
    {
        const auto story = test::loadSeedStory();
        if (!story)
            QSKIP("the seed articles are not in " PARALLAX_SEEDS_DIR);
        const QList<ArticleDerivation> d = derivation(story->articles, story->comparison);
        QCOMPARE(d.size(), 5);
        const auto pairLabel = [&d](int a, int other) {
            for (const PairDerivation &p : d[a].pairs) {
                if (p.other == other)
                    return p.label;
            }
            return DerivationLabel::Independent;
        };
        QVERIFY(pairLabel(1, 2) != DerivationLabel::Independent);
        QVERIFY(pairLabel(2, 1) != DerivationLabel::Independent);
        QCOMPARE(d[1].closest, 2);
        QCOMPARE(d[2].closest, 1);
        QCOMPARE(pairLabel(3, 1), DerivationLabel::Independent);
        QCOMPARE(pairLabel(3, 2), DerivationLabel::Independent);
        QCOMPARE(pairLabel(1, 3), DerivationLabel::Independent);
        QCOMPARE(d[3].label, DerivationLabel::Independent);
    }

    void seedTimelineStartsInFebruary()
    {
        const auto story = test::loadSeedStory();
        if (!story)
            QSKIP("the seed articles are not in " PARALLAX_SEEDS_DIR);
        const QList<TimelineEntry> timeline = storyTimeline(story->articles);
        QCOMPARE(timeline.first().article, 0);
        QCOMPARE(timeline.first().published.month(), 2);
        // Undated articles come last, in compared order.
        QVERIFY(!timeline.last().published.isValid());
    }

    void inventedCopyIsWhollyDerived()
    {
        const QString wire = u"The ferry union called a strike for Monday after talks with the operator broke down. "
                             "Ships will stay in port across the islands, the union said in a statement."_s;
        QList<Article> articles{test::article({wire}), test::article({wire}),
                                test::article({u"Islanders stocked up on bread and milk as shops ran short."_s})};
        articles[0].meta.published = QDate(2024, 3, 2);
        articles[1].meta.published = QDate(2024, 3, 1);
        const Comparison comparison = compareArticles(articles);
        const auto coverage = computeCoverage(articles, comparison);
        QVERIFY(coverage);
        QCOMPARE(coverage->derivation[0].label, DerivationLabel::WhollyDerived);
        QCOMPARE(coverage->derivation[2].label, DerivationLabel::Independent);
        QCOMPARE(coverage->timeline.first().article, 1);
        QCOMPARE(coverage->timeline.last().article, 2);
        QVERIFY(coverage->overlap[0][1] > 0.9);
        QCOMPARE(coverage->overlap[2][2], 1.0);

        const std::atomic<bool> cancel = true;
        QVERIFY(!computeCoverage(articles, comparison, &cancel));
    }
};

QTEST_GUILESS_MAIN(TestDerivation)
#include "tst_derivation.moc"
