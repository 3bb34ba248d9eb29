#include "ingest/SentenceSplitter.h"
#include "ingest/TextReader.h"

#include "SeedTruth.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

class TestSentenceSplitter : public QObject
{
    Q_OBJECT

private slots:
    void split_data();
    void split();
    void rangesAreTrimmedUtf16Offsets();
    void splitterIsReusable();
    void seedParagraphsSplitCleanly();
    void byLanguage_data();
    void byLanguage();

private:
    SentenceSplitter m_splitter;
};

namespace {

QStringList sentenceTexts(const QString &text, const QList<Sentence> &sentences)
{
    QStringList texts;
    for (const Sentence &sentence : sentences)
        texts.append(text.mid(sentence.start, sentence.end - sentence.start));
    return texts;
}

} // namespace

void TestSentenceSplitter::split_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("blank") << u"   "_s << QStringList();
    QTest::newRow("one sentence") << u"The ferry sailed at noon."_s
                                  << QStringList{u"The ferry sailed at noon."_s};
    QTest::newRow("no closing stop") << u"Ferry sails at noon"_s << QStringList{u"Ferry sails at noon"_s};
    QTest::newRow("three sentences") << u"It rained. Did it stop? No!"_s
                                     << QStringList{u"It rained."_s, u"Did it stop?"_s, u"No!"_s};
    QTest::newRow("initialism goes on") << u"The U.S. Senate voted on Tuesday. The bill passed."_s
                                        << QStringList{u"The U.S. Senate voted on Tuesday."_s,
                                                       u"The bill passed."_s};
    QTest::newRow("initialism ends a sentence")
        << u"Talks were held in the U.S. The next round is in Oslo."_s
        << QStringList{u"Talks were held in the U.S."_s, u"The next round is in Oslo."_s};
    QTest::newRow("initialism before a name")
        << u"She flew back to the U.K. Mr Hale stayed."_s
        << QStringList{u"She flew back to the U.K."_s, u"Mr Hale stayed."_s};
    QTest::newRow("titles") << u"Mr. Hale met Dr. Ruiz and Prof. Lind on Monday. They agreed."_s
                            << QStringList{u"Mr. Hale met Dr. Ruiz and Prof. Lind on Monday."_s,
                                           u"They agreed."_s};
    QTest::newRow("British titles without stops") << u"Mr Hale met Mrs Ruiz. They agreed."_s
                                                   << QStringList{u"Mr Hale met Mrs Ruiz."_s,
                                                                  u"They agreed."_s};
    QTest::newRow("initials") << u"The report by J. R. Okafor was published. It ran long."_s
                              << QStringList{u"The report by J. R. Okafor was published."_s,
                                             u"It ran long."_s};
    QTest::newRow("decimal number") << u"Inflation rose 3.5 per cent. Prices fell."_s
                                    << QStringList{u"Inflation rose 3.5 per cent."_s, u"Prices fell."_s};
    QTest::newRow("number abbreviation") << u"She is seeded No. 2 in the draw. Play starts today."_s
                                         << QStringList{u"She is seeded No. 2 in the draw."_s,
                                                        u"Play starts today."_s};
    QTest::newRow("closing quote stays")
        << u"\u201cWe will rebuild,\u201d he said. \u201cIt will take time.\u201d Work began."_s
        << QStringList{u"\u201cWe will rebuild,\u201d he said."_s, u"\u201cIt will take time.\u201d"_s,
                       u"Work began."_s};
    QTest::newRow("straight quotes") << u"\"Go home.\" They left."_s
                                     << QStringList{u"\"Go home.\""_s, u"They left."_s};
    QTest::newRow("question inside a quote")
        << u"\u201cWhy now?\u201d she asked. Nobody answered."_s
        << QStringList{u"\u201cWhy now?\u201d she asked."_s, u"Nobody answered."_s};
    QTest::newRow("ellipsis inside a quote") << u"He said \u201cwe are … not sure\u201d and left."_s
                                             << QStringList{u"He said \u201cwe are … not sure\u201d and left."_s};
}

void TestSentenceSplitter::split()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(sentenceTexts(text, m_splitter.split(text)), expected);
}

void TestSentenceSplitter::byLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("chinese") << u"zh"_s << u"布林肯周日抵达北京。他将会见秦刚！会谈顺利吗？"_s
                             << QStringList{u"布林肯周日抵达北京。"_s, u"他将会见秦刚！"_s, u"会谈顺利吗？"_s};
    QTest::newRow("chinese quote closes") << u"zh-Hans"_s << u"他说：“我们会来。”随后离开。"_s
                                          << QStringList{u"他说：“我们会来。”"_s, u"随后离开。"_s};
    QTest::newRow("arabic question mark") << u"ar"_s << u"هل تنجح المحادثات؟ قال الوزير إنها بدأت."_s
                                          << QStringList{u"هل تنجح المحادثات؟"_s, u"قال الوزير إنها بدأت."_s};
    QTest::newRow("arabic full stop") << u"ar"_s << u"وصل الوزير۔ بدأت المحادثات۔"_s
                                      << QStringList{u"وصل الوزير۔"_s, u"بدأت المحادثات۔"_s};
    QTest::newRow("german abbreviation") << u"de"_s << u"Er kam z. B. am Montag. Sie ging."_s
                                         << QStringList{u"Er kam z. B. am Montag."_s, u"Sie ging."_s};
    QTest::newRow("german ordinal date") << u"de"_s << u"Am 17. November schließt das Werk. Es geht um 1450 Jobs."_s
                                         << QStringList{u"Am 17. November schließt das Werk."_s, u"Es geht um 1450 Jobs."_s};
}

void TestSentenceSplitter::byLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    SentenceSplitter splitter(language);
    QCOMPARE(sentenceTexts(text, splitter.split(text)), expected);
}

void TestSentenceSplitter::rangesAreTrimmedUtf16Offsets()
{
    // The emoji is two UTF-16 code units: offsets count them as QString does.
    const QString text = u"  Fans cheered \U0001F389.   Then they went home.  "_s;
    const QList<Sentence> sentences = m_splitter.split(text);
    QCOMPARE(sentences.size(), 2);
    QCOMPARE(sentences.at(0), (Sentence{2, 18}));
    QCOMPARE(text.mid(sentences.at(0).start, sentences.at(0).end - sentences.at(0).start),
             u"Fans cheered \U0001F389."_s);
    QCOMPARE(sentences.at(1).end, text.size() - 2);
}

void TestSentenceSplitter::splitterIsReusable()
{
    const QString first = u"One. Two."_s;
    const QString second = u"Three is a longer sentence. Four."_s;
    QCOMPARE(m_splitter.split(first).size(), 2);
    QCOMPARE(sentenceTexts(second, m_splitter.split(second)),
             (QStringList{u"Three is a longer sentence."_s, u"Four."_s}));
    QCOMPARE(m_splitter.split(first).size(), 2);
}

// On real paragraphs: sentences cover the text in order with only whitespace
// between them, and none after the first starts in lowercase (a sign of a
// wrong break).
void TestSentenceSplitter::seedParagraphsSplitCleanly()
{
    if (!test::seedsAvailable())
        QSKIP("seed articles not found at PARALLAX_SEEDS_DIR; nothing to check");
    const QJsonObject articles = test::seedArticles();
    int sentenceCount = 0;
    for (auto it = articles.begin(); it != articles.end(); ++it) {
        const ParsedDocument document = readPlainText(test::seedText(it.value().toObject()));
        for (const ParsedBlock &block : document.blocks) {
            const QList<Sentence> sentences = m_splitter.split(block.text);
            QVERIFY(!sentences.isEmpty());
            int previousEnd = 0;
            for (const Sentence &sentence : sentences) {
                QVERIFY(sentence.start >= previousEnd && sentence.end > sentence.start);
                QVERIFY(QStringView(block.text).mid(previousEnd, sentence.start - previousEnd).trimmed().isEmpty());
                const bool wrongBreak = previousEnd > 0 && block.text.at(sentence.start).isLower();
                QVERIFY2(!wrongBreak, qPrintable(block.text.mid(sentence.start, 60)));
                previousEnd = sentence.end;
            }
            QVERIFY(QStringView(block.text).mid(previousEnd).trimmed().isEmpty());
            sentenceCount += int(sentences.size());
        }
    }
    qInfo("seeds: %d sentences", sentenceCount);
}

QTEST_GUILESS_MAIN(TestSentenceSplitter)
#include "tst_sentencesplitter.moc"
