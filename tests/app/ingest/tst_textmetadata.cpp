#include "ingest/FurnitureClassifier.h"
#include "ingest/TextMetadata.h"
#include "ingest/TextReader.h"

#include "SeedTruth.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

class TestTextMetadata : public QObject
{
    Q_OBJECT

private slots:
    void findDate_data();
    void findDate();
    void numericDateOrder();
    void isDateLine_data();
    void isDateLine();
    void bylineIn_data();
    void bylineIn();
    void outletIn_data();
    void outletIn();
    void readFixture_data();
    void readFixture();
    void keepsWhatTheFormatGave();
    void unknownStaysEmpty();
    void seeds();
};

namespace {

ParsedDocument classified(const QString &text)
{
    ParsedDocument document = readPlainText(text);
    FurnitureClassifier().classify(document);
    return document;
}

QString fixtureText(const QString &name)
{
    QFile file(QStringLiteral(PARALLAX_TEST_DATA "/text/") + name);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

void TestTextMetadata::findDate_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("ISO") << u"2023-06-19"_s << QDate(2023, 6, 19);
    QTest::newRow("ISO with time") << u"Posted 2023-06-19T09:34:00Z"_s << QDate(2023, 6, 19);
    QTest::newRow("day month year") << u"19 June 2023, 09:34"_s << QDate(2023, 6, 19);
    QTest::newRow("ordinal, abbreviated") << u"Mon 3rd Sept. 2021"_s << QDate(2021, 9, 3);
    QTest::newRow("month day, year") << u"June 19, 2023"_s << QDate(2023, 6, 19);
    QTest::newRow("abbreviated month first") << u"Updated Feb. 2, 2024 at 6:45 p.m. ET"_s << QDate(2024, 2, 2);
    QTest::newRow("labelled") << u"Published: 19 June 2023"_s << QDate(2023, 6, 19);
    QTest::newRow("numeric, same either way") << u"02/02/2023"_s << QDate(2023, 2, 2);
    QTest::newRow("numeric, day above 12 first") << u"19/06/2023"_s << QDate(2023, 6, 19);
    QTest::newRow("numeric, day above 12 second") << u"06/19/2023"_s << QDate(2023, 6, 19);
    QTest::newRow("dotted") << u"19.06.2023"_s << QDate(2023, 6, 19);
    QTest::newRow("the earliest of two") << u"Published 1 May 2022, updated 2022-05-03"_s << QDate(2022, 5, 1);
    QTest::newRow("inside a logo line") << u"Daily Example logo Daily Example 07/11/2022"_s << QDate(2022, 11, 7);
    QTest::newRow("impossible date") << u"31 February 2023"_s << QDate();
    QTest::newRow("year only") << u"Copyright 2023"_s << QDate();
    QTest::newRow("no date") << u"The talks lasted two days."_s << QDate();
}

void TestTextMetadata::findDate()
{
    QFETCH(QString, line);
    QFETCH(QDate, expected);
    QCOMPARE(TextMetadataReader().findDate(line), expected);
}

void TestTextMetadata::numericDateOrder()
{
    TextMetadataReader reader;
    QCOMPARE(reader.findDate(u"03/07/2024"_s), QDate(2024, 7, 3));
    reader.setNumericDateOrder(TextMetadataReader::NumericDateOrder::MonthFirst);
    QCOMPARE(reader.findDate(u"03/07/2024"_s), QDate(2024, 3, 7));
    QCOMPARE(reader.findDate(u"19/06/2023"_s), QDate(2023, 6, 19)); // 19 can only be the day
}

void TestTextMetadata::isDateLine_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("expected");

    QTest::newRow("date and time") << u"19 June 2023, 09:34"_s << true;
    QTest::newRow("numeric") << u"02/02/2023"_s << true;
    QTest::newRow("labels without dates") << u"Published: Updated:"_s << true;
    QTest::newRow("weekday and zone") << u"Tuesday 14 March 2023 11:02 GMT"_s << true;
    QTest::newRow("published and updated") << u"Published 1 May 2022 | Last updated 3 May 2022"_s << true;
    QTest::newRow("relative") << u"3 hours ago"_s << true;
    QTest::newRow("US style") << u"Updated: March 7, 2024, 6:45 p.m. ET"_s << true;
    QTest::newRow("sentence with a date") << u"The talks began on 19 June 2023."_s << false;
    QTest::newRow("headline with a date") << u"What happened on June 19, 2023"_s << false;
    QTest::newRow("a number") << u"260"_s << false;
    QTest::newRow("word") << u"Updates"_s << false;
}

void TestTextMetadata::isDateLine()
{
    QFETCH(QString, line);
    QFETCH(bool, expected);
    QCOMPARE(TextMetadataReader::isDateLine(line), expected);
}

void TestTextMetadata::bylineIn_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("expected");

    QTest::newRow("one name") << u"By Jane Roe"_s << u"Jane Roe"_s;
    QTest::newRow("two names") << u"By Jane Roe and John Doe"_s << u"Jane Roe and John Doe"_s;
    QTest::newRow("list of names") << u"By Ana de la Cruz, Li Wei and Tom Hale"_s
                                   << u"Ana de la Cruz, Li Wei and Tom Hale"_s;
    QTest::newRow("wire agency") << u"By Press Association"_s << u"Press Association"_s;
    QTest::newRow("capitals") << u"BY REUTERS"_s << u"REUTERS"_s;
    QTest::newRow("with a role") << u"By Jane Roe, Political Editor"_s << u"Jane Roe"_s;
    QTest::newRow("with a place") << u"By Jane Roe in Nairobi"_s << u"Jane Roe"_s;
    QTest::newRow("with a separator") << u"By Jane Roe | Daily Example"_s << u"Jane Roe"_s;
    QTest::newRow("sentence") << u"By contrast, the rival plan failed."_s << QString();
    QTest::newRow("deadline") << u"By Monday the talks had stalled"_s << QString();
    QTest::newRow("year") << u"By 2030 emissions must halve"_s << QString();
    QTest::newRow("not a byline") << u"Jane Roe"_s << QString();
}

void TestTextMetadata::bylineIn()
{
    QFETCH(QString, line);
    QFETCH(QString, expected);
    QCOMPARE(TextMetadataReader::bylineIn(line), expected);
}

void TestTextMetadata::outletIn_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("expected");

    QTest::newRow("logo line") << u"Daily Example logo Daily Example 07/11/2022"_s << u"Daily Example"_s;
    QTest::newRow("syndication") << u"This article originally appeared on the Harbour Courier (, a local paper."_s
                                 << u"Harbour Courier"_s;
    QTest::newRow("syndication, full stop") << u"This story was first published in The Northern Star."_s
                                            << u"The Northern Star"_s;
    QTest::newRow("copyright with company") << u"Copyright (c) 2021. Harbour Courier Publishers Ltd. All rights reserved."_s
                                            << u"Harbour Courier"_s;
    QTest::newRow("copyright sign, year after") << u"© Harbour Courier 2021"_s << u"Harbour Courier"_s;
    QTest::newRow("copyright sign, year before") << u"© 2021 Harbour Courier Inc."_s << u"Harbour Courier"_s;
    QTest::newRow("sentence mentioning a logo") << u"The company unveiled its new logo at a launch event in Leeds on Monday."_s
                                                << QString();
    QTest::newRow("plain text") << u"Harbour Courier"_s << QString();
}

void TestTextMetadata::outletIn()
{
    QFETCH(QString, line);
    QFETCH(QString, expected);
    QCOMPARE(TextMetadataReader::outletIn(line), expected);
}

void TestTextMetadata::readFixture_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("outlet");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QDate>("published");
    QTest::addColumn<QString>("byline");

    QTest::newRow("gazette") << u"gazette_bridge.txt"_s << u"Eastmoor Gazette"_s
                             << u"Council approves riverside cycle bridge after two-year delay"_s
                             << QDate(2023, 3, 14) << u"Harriet Coleman and Dev Patel"_s;
    // The logo line's 03/07/2024 is read day first (the default), and a
    // page's own date line ranks above its "Updated" line.
    QTest::newRow("tribune") << u"tribune_strike.txt"_s << u"Lakeshore Tribune"_s
                             << u"Harbor pilots strike halts grain shipments on the Great Lakes"_s
                             << QDate(2024, 7, 3) << QString();
    QTest::newRow("wildwood") << u"wildwood_otters.txt"_s << u"Wildwood Media"_s
                              << u"The quiet return of the river otter"_s << QDate(2022, 5, 2)
                              << u"Rosalind Achebe"_s;
}

void TestTextMetadata::readFixture()
{
    QFETCH(QString, fixture);
    const ArticleMetadata meta = TextMetadataReader().read(classified(fixtureText(fixture)));
    QTEST(meta.outlet, "outlet");
    QTEST(meta.title, "title");
    QTEST(meta.published, "published");
    QTEST(meta.byline, "byline");
    QVERIFY(meta.url.isEmpty());
}

void TestTextMetadata::keepsWhatTheFormatGave()
{
    ParsedDocument document = classified(fixtureText(u"gazette_bridge.txt"_s));
    document.meta.title = u"Given title"_s;
    document.meta.published = QDate(2020, 1, 1);
    const ArticleMetadata meta = TextMetadataReader().read(document);
    QCOMPARE(meta.title, u"Given title"_s);
    QCOMPARE(meta.published, QDate(2020, 1, 1));
    QCOMPARE(meta.byline, u"Harriet Coleman and Dev Patel"_s);
}

void TestTextMetadata::unknownStaysEmpty()
{
    const ArticleMetadata meta = TextMetadataReader().read(classified(
        u"Ferry crossings resume after storm\n\nThe first ferry left at dawn on Sunday, three days after "
        u"the storm closed the port. Passengers said they were relieved.\n"_s));
    QCOMPARE(meta.title, u"Ferry crossings resume after storm"_s);
    QVERIFY(meta.outlet.isEmpty());
    QVERIFY(meta.byline.isEmpty());
    QVERIFY(!meta.published.isValid());
}

// Reads each seed and compares with truth.json: title always, published and
// byline where the truth has them (and empty where it has none); an outlet we
// find must be the one the truth names (the truth may name one inferred from
// elsewhere, which the text itself does not give).
void TestTextMetadata::seeds()
{
    if (!test::seedsAvailable())
        QSKIP("seed articles not found at PARALLAX_SEEDS_DIR; nothing to check");
    const QJsonObject articles = test::seedArticles();
    int titles = 0;
    for (auto it = articles.begin(); it != articles.end(); ++it) {
        const QJsonObject truth = it.value().toObject();
        const ArticleMetadata meta = TextMetadataReader().read(classified(test::seedText(truth)));
        qInfo("%s: outlet \"%s\" | title \"%s\" | published %s | byline \"%s\"", qPrintable(it.key()),
              qPrintable(meta.outlet), qPrintable(meta.title),
              qPrintable(meta.published.toString(Qt::ISODate)), qPrintable(meta.byline));
        titles += meta.title == truth.value(u"title"_s).toString() ? 1 : 0;
        QCOMPARE(meta.title, truth.value(u"title"_s).toString());
        QCOMPARE(meta.published, QDate::fromString(truth.value(u"published"_s).toString(), Qt::ISODate));
        QCOMPARE(meta.byline, truth.value(u"byline"_s).toString());
        if (!meta.outlet.isEmpty())
            QVERIFY2(truth.value(u"outlet"_s).toString().startsWith(meta.outlet), qPrintable(meta.outlet));
    }
    qInfo("seeds: %d of %lld titles right", titles, qlonglong(articles.size()));
}

QTEST_GUILESS_MAIN(TestTextMetadata)
#include "tst_textmetadata.moc"
