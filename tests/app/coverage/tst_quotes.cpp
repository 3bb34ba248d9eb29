#include "../align/AlignTestSupport.h"
#include "SeedStory.h"
#include "coverage/QuoteGroups.h"

#include <QTest>

using namespace parallax;
using namespace Qt::StringLiterals;

class TestQuotes final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void marksAndSpeakers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("quote");
        QTest::addColumn<QString>("speaker");
        QTest::newRow("curly, said X") << u"“We will not back down on this,” said Maria Lopez, the union leader."_s
                                       << u"We will not back down on this,"_s << u"Maria Lopez"_s;
        QTest::newRow("straight, X said") << u"\"The ferries will run on Monday,\" Price said."_s
                                          << u"The ferries will run on Monday,"_s << u"Price"_s;
        QTest::newRow("guillemets, before") << u"The minister said: «Nothing has been decided yet today.»"_s
                                            << u"Nothing has been decided yet today."_s << QString();
        QTest::newRow("according to") << u"“Talks are going nowhere at all,” according to Jan Berg."_s
                                      << u"Talks are going nowhere at all,"_s << u"Jan Berg"_s;
        QTest::newRow("title dropped") << u"“We expect no breakthrough this week,” said Secretary of State Antony Blinken."_s
                                       << u"We expect no breakthrough this week,"_s << u"Antony Blinken"_s;
        QTest::newRow("name before") << u"Maria Lopez said: “The strike goes on until we are heard.”"_s
                                     << u"The strike goes on until we are heard."_s << u"Maria Lopez"_s;
    }

    void marksAndSpeakers()
    {
        QFETCH(QString, text);
        QFETCH(QString, quote);
        QFETCH(QString, speaker);
        const QList<QuoteOccurrence> found = findQuotes(test::article({text}), 0);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().text, quote);
        QCOMPARE(found.first().speaker, speaker);
        const QuoteOccurrence &q = found.first();
        QCOMPARE(text.mid(q.range.start, q.range.end - q.range.start), quote);
    }

    void scareQuotesAreNotSpeech()
    {
        QVERIFY(findQuotes(test::article({u"Officials call it a \"reset\" of relations."_s}), 0).isEmpty());
    }

    void runsOnAcrossParagraphs()
    {
        const Article article = test::article({u"“The first part of what I said goes here, and it is long."_s,
                                               u"“And the second part closes it,” said Maria Lopez."_s,
                                               u"Nothing quoted here at all."_s});
        const QList<QuoteOccurrence> found = findQuotes(article, 0);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().block, 0);
        QCOMPARE(found.first().lastBlock, 1);
        QCOMPARE(found.first().speaker, u"Maria Lopez"_s);
        QVERIFY(found.first().text.endsWith(u"closes it,"_s));
    }

    void pronounTakesTheLastSpeaker()
    {
        const Article article = test::article({u"“We will keep every ferry in port,” said Maria Lopez."_s,
                                               u"“Nobody should travel on Monday at all,” she said."_s});
        const QList<QuoteOccurrence> found = findQuotes(article, 0);
        QCOMPARE(found.size(), 2);
        QCOMPARE(found[1].speaker, u"Maria Lopez"_s);
    }

    void groupsAcrossOutlets()
    {
        const QList<Article> articles{
            test::article({u"“We will keep every ferry in port until Monday,” said Maria Lopez."_s}),
            test::article({u"\"We will keep every ferry in port until Monday,\" Lopez said."_s}),
            test::article({u"“We will keep all ferries in port until Tuesday,” said Maria Lopez."_s})};
        const QList<QuoteGroup> groups = groupQuotes(articles);
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups.first().outlets(), 3);
        QCOMPARE(groups.first().speaker, u"Maria Lopez"_s);
        QVERIFY(groups.first().wordingDiffers);
        QVERIFY(!groupQuotes(articles.mid(0, 2)).first().wordingDiffers);
    }

    void seedSmallQuoteIn001And002()
    {
        const auto story = test::loadSeedStory();
        if (!story)
            QSKIP("the seed articles are not in " PARALLAX_SEEDS_DIR);
        const QList<QuoteGroup> groups = groupQuotes(story->articles);
        const QuoteGroup *both = nullptr;
        for (const QuoteGroup &g : groups) {
            if (g.occurrences.first().text.startsWith(u"Both sides want to show the rest of the world"_s))
                both = &g;
        }
        QVERIFY(both);
        QSet<int> carriers;
        for (const QuoteOccurrence &q : both->occurrences) {
            QCOMPARE(q.speaker, u"Andrew Small"_s);
            carriers.insert(q.article);
        }
        QCOMPARE(carriers, (QSet<int>{1, 2}));
        QVERIFY(!both->wordingDiffers);
    }
};

QTEST_GUILESS_MAIN(TestQuotes)
#include "tst_quotes.moc"
