#include "ingest/TextReader.h"

#include "SeedTruth.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

class TestTextReader : public QObject
{
    Q_OBJECT

private slots:
    void blocks_data();
    void blocks();
    void everyBlockStartsAsBody();
    void seedsKeepEveryLine();
};

namespace {

QStringList blockTexts(const ParsedDocument &document)
{
    QStringList texts;
    for (const ParsedBlock &block : document.blocks)
        texts.append(block.text);
    return texts;
}

} // namespace

void TestTextReader::blocks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("only blank lines") << u"\n  \n\t\n"_s << QStringList();
    QTest::newRow("one line a block") << u"Headline here\n\nFirst paragraph.\nSecond paragraph."_s
                                      << QStringList{u"Headline here"_s, u"First paragraph."_s,
                                                     u"Second paragraph."_s};
    QTest::newRow("whitespace trimmed") << u"   • A bullet point  \n\u00a0Tabbed\t"_s
                                        << QStringList{u"• A bullet point"_s, u"Tabbed"_s};
    QTest::newRow("CRLF line ends") << u"One line.\r\n\r\nTwo line.\r\n"_s
                                    << QStringList{u"One line."_s, u"Two line."_s};
    QTest::newRow("broken sentence joined")
        << u"The mayor said the plan was a\nsensible first step.\nNext paragraph."_s
        << QStringList{u"The mayor said the plan was a sensible first step."_s, u"Next paragraph."_s};
    QTest::newRow("broken after comma joined") << u"Rain fell all day,\nflooding the square."_s
                                               << QStringList{u"Rain fell all day, flooding the square."_s};
    QTest::newRow("three pieces joined") << u"a sentence broken\nacross three\nlines."_s
                                         << QStringList{u"a sentence broken across three lines."_s};
    QTest::newRow("full stop ends the line") << u"It rained.\nand then it stopped."_s
                                             << QStringList{u"It rained."_s, u"and then it stopped."_s};
    QTest::newRow("capital starts a new block") << u"Latest news\nMayor resigns"_s
                                                << QStringList{u"Latest news"_s, u"Mayor resigns"_s};
    QTest::newRow("blank line is a paragraph break") << u"Read more about\n\nthe weather today."_s
                                                     << QStringList{u"Read more about"_s,
                                                                    u"the weather today."_s};
    QTest::newRow("label with colon stays apart") << u"Read more:\nmore stories below"_s
                                                  << QStringList{u"Read more:"_s, u"more stories below"_s};
}

void TestTextReader::blocks()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(blockTexts(readPlainText(text)), expected);
}

void TestTextReader::everyBlockStartsAsBody()
{
    const ParsedDocument document = readPlainText(u"Advertisement\n\nA paragraph.\n"_s);
    QCOMPARE(document.blocks.size(), 2);
    for (const ParsedBlock &block : document.blocks) {
        QCOMPARE(block.role, BlockRole::Body);
        QVERIFY(!block.roleFromStructure);
    }
    QCOMPARE(document.meta, ArticleMetadata());
}

// Nothing is lost: the blocks, read back with spaces, hold every non-empty
// line of each seed in order; and the seed's one broken sentence is joined.
void TestTextReader::seedsKeepEveryLine()
{
    if (!test::seedsAvailable())
        QSKIP("seed articles not found at PARALLAX_SEEDS_DIR; nothing to check");
    const QJsonObject articles = test::seedArticles();
    for (auto it = articles.begin(); it != articles.end(); ++it) {
        const QString text = test::seedText(it.value().toObject());
        QStringList lines;
        for (const QString &line : text.split(u'\n')) {
            if (!line.trimmed().isEmpty())
                lines.append(line.trimmed());
        }
        const QStringList blocks = blockTexts(readPlainText(text));
        QCOMPARE(blocks.join(u' '), lines.join(u' '));
        QVERIFY2(blocks.size() <= lines.size(), qPrintable(it.key()));
    }
    const QStringList brokenSeed = blockTexts(readPlainText(test::seedText(articles.value(u"001"_s).toObject())));
    const auto joined = std::find_if(brokenSeed.begin(), brokenSeed.end(), [](const QString &block) {
        return block.contains(u"made a diplomatic push to court others"_s);
    });
    QVERIFY(joined != brokenSeed.end());
}

QTEST_GUILESS_MAIN(TestTextReader)
#include "tst_textreader.moc"
