#include "../align/AlignTestSupport.h"
#include "align/Aligner.h"
#include "coverage/Discrepancies.h"
#include "align/Facts.h"

#include <QTest>

using namespace parallax;
using namespace Qt::StringLiterals;

class TestDiscrepancies final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void figuresNormalise()
    {
        const Facts facts = factsOf(u"Trade worth $300bn, or 300 billion dollars, and 5,000 jobs; 12% rise."_s);
        QCOMPARE(facts.numbers.size(), 4);
        QCOMPARE(facts.numbers[0].value, 3e11);
        QCOMPARE(facts.numbers[0].unit, u"$"_s);
        QCOMPARE(facts.numbers[1].value, 3e11);
        QCOMPARE(facts.numbers[1].unit, u"dollar"_s);
        QCOMPARE(facts.numbers[2].value, 5000.0);
        QCOMPARE(facts.numbers[3].unit, u"percent"_s);
    }

    void datesNormalise()
    {
        // June 18, June 19, January 2021 and the weekday.
        const Facts facts = factsOf(u"He visits on June 18-19, since January 2021, and on Sunday."_s);
        QCOMPARE(facts.dates.size(), 4);
        QCOMPARE(facts.dates[3].weekday, 7);
        QCOMPARE(facts.numbers.size(), 0);
    }

    void clashes_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("kind");
        QTest::newRow("figures") << u"Trade reached 300 billion dollars last year."_s
                                 << u"Trade reached 200 billion dollars last year."_s << 1
                                 << int(DiscrepancyKind::Number);
        QTest::newRow("same figure reworded") << u"Trade reached $300bn last year."_s
                                              << u"Trade reached 300 billion dollars last year."_s << 0 << 0;
        QTest::newRow("weekdays for dates") << u"Blinken will hold meetings in China on June 18-19."_s
                                            << u"Blinken will hold meetings in China on Sunday and Monday."_s << 0
                                            << 0;
        QTest::newRow("dates") << u"The talks open on June 18."_s << u"The talks open on June 19."_s << 1
                               << int(DiscrepancyKind::Date);
        QTest::newRow("names") << u"He met Foreign Minister Qin Gang in Beijing."_s
                               << u"He met Foreign Minister Wang Yi in Beijing."_s << 1 << int(DiscrepancyKind::Name);
        QTest::newRow("short name kept") << u"He met Antony Blinken in Beijing."_s
                                         << u"He met Blinken in Beijing."_s << 0 << 0;
        QTest::newRow("titles") << u"The talks were led by the defence minister on Friday."_s
                                << u"The talks were led by the prime minister on Friday."_s << 0 << 0;
        QTest::newRow("other title") << u"The talks were led by the ambassador on Friday."_s
                                     << u"The talks were led by the president on Friday."_s << 1
                                     << int(DiscrepancyKind::Title);
    }

    void clashes()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, count);
        QFETCH(int, kind);
        const QList<FactClash> found = factClashes(a, b);
        QCOMPARE(found.size(), count);
        if (count > 0)
            QCOMPARE(int(found.first().kind), kind);
    }

    void acrossAStory()
    {
        const QList<Article> articles{
            test::article({u"Officials said trade between the two countries reached 300 billion dollars in 2022."_s}),
            test::article({u"Officials said trade between the two countries reached 200 billion dollars in 2022."_s})};
        const QList<Discrepancy> found = findDiscrepancies(articles, compareArticles(articles));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().kind, DiscrepancyKind::Number);
        QCOMPARE(found.first().aText, u"300 billion"_s);
        QCOMPARE(found.first().bText, u"200 billion"_s);
        const Block &block = articles[0].blocks[found.first().a.block];
        QCOMPARE(block.text.mid(found.first().aRange.start, found.first().aRange.end - found.first().aRange.start),
                 u"300 billion"_s);
    }
};

QTEST_GUILESS_MAIN(TestDiscrepancies)
#include "tst_discrepancies.moc"
