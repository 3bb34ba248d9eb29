#include "align/AlignTypes.h"
#include "core/Article.h"
#include "export/CsvExport.h"

#include <QBuffer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

Article article(const QString &outlet, const QString &title, const QStringList &sentences)
{
    Article result;
    result.meta.outlet = outlet;
    result.meta.title = title;
    Block block;
    for (const QString &sentence : sentences) {
        const int start = int(block.text.size());
        block.text += sentence + u' ';
        block.sentences.append({start, start + int(sentence.size())});
    }
    result.blocks.append(block);
    return result;
}

} // namespace

class TestCsvExport final : public QObject
{
    Q_OBJECT
private slots:
    void rowsPerClaimMember();
    void closestElsewhereAndByHand();
    void quotesAndGuardsFormulas_data();
    void quotesAndGuardsFormulas();
    void writesToDevice();
};

void TestCsvExport::rowsPerClaimMember()
{
    const QList<Article> articles{article(u"Valley Post"_s, u"Bridge shut"_s, {u"The bridge shut."_s, u"A ferry runs."_s}),
                                  article({}, {}, {u"The bridge closed."_s})};
    Comparison comparison;
    comparison.claims = {{0, false, {{0, 0, 0}, {1, 0, 0}}}, {1, true, {{0, 0, 1}}}};
    QCOMPARE(claimsCsv(articles, comparison),
             QByteArray("claim,outlet,article,sentence,unique,closest_article,closest_score,closest_sentence,by_hand\r\n"
                        "0,Valley Post,Bridge shut,The bridge shut.,false,,,,false\r\n"
                        "0,,Article 2,The bridge closed.,false,,,,false\r\n"
                        "1,Valley Post,Bridge shut,A ferry runs.,true,,,,false\r\n"));
}

// A unique claim names its closest sentence elsewhere, guarded like any
// article text; a claim a person grouped says so.
void TestCsvExport::closestElsewhereAndByHand()
{
    const QList<Article> articles{article(u"Valley Post"_s, u"Bridge shut"_s, {u"The bridge shut."_s, u"A ferry runs."_s}),
                                  article({}, {}, {u"=A ferry, they say."_s, u"Buses replace it."_s})};
    Comparison comparison;
    comparison.claims = {{0, true, {{0, 0, 1}}, {1, 0, 0, 0.4126}},
                         {1, false, {{0, 0, 0}, {1, 0, 1}}, {}, true, false}};
    QCOMPARE(claimsCsv(articles, comparison).split('\n').mid(1).join('\n'),
             QByteArray("0,Valley Post,Bridge shut,A ferry runs.,true,Article 2,0.413,\"'=A ferry, they say.\",false\r\n"
                        "1,Valley Post,Bridge shut,The bridge shut.,false,,,,true\r\n"
                        "1,,Article 2,Buses replace it.,false,,,,true\r\n"));
}

void TestCsvExport::quotesAndGuardsFormulas_data()
{
    QTest::addColumn<QString>("outlet");
    QTest::addColumn<QByteArray>("field");
    QTest::newRow("comma") << u"Post, Daily"_s << QByteArray("\"Post, Daily\"");
    QTest::newRow("quote") << u"The \"Post\""_s << QByteArray("\"The \"\"Post\"\"\"");
    QTest::newRow("line break") << u"Post\nDaily"_s << QByteArray("\"Post\nDaily\"");
    QTest::newRow("formula") << u"=HYPERLINK(\"http://evil\")"_s << QByteArray("\"'=HYPERLINK(\"\"http://evil\"\")\"");
    QTest::newRow("plus") << u"+1"_s << QByteArray("'+1");
    QTest::newRow("minus") << u"-2+3"_s << QByteArray("'-2+3");
    QTest::newRow("at") << u"@SUM(A1)"_s << QByteArray("'@SUM(A1)");
    QTest::newRow("non-ASCII") << u"Überblick – €"_s << QByteArray("Überblick – €");
}

void TestCsvExport::quotesAndGuardsFormulas()
{
    QFETCH(QString, outlet);
    QFETCH(QByteArray, field);
    const QList<Article> articles{article(outlet, u"T"_s, {u"S."_s})};
    Comparison comparison;
    comparison.claims = {{7, true, {{0, 0, 0}}}};
    QCOMPARE(claimsCsv(articles, comparison).split('\n').mid(1).join('\n'), "7," + field + ",T,S.,true,,,,false\r\n");
}

void TestCsvExport::writesToDevice()
{
    const QList<Article> articles{article(u"P"_s, u"T"_s, {u"S."_s})};
    Comparison comparison;
    comparison.claims = {{0, true, {{0, 0, 0}}}};
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(writeClaimsCsv(buffer, articles, comparison));
    QCOMPARE(buffer.data(), claimsCsv(articles, comparison));
}

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
