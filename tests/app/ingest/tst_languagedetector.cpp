#include "ingest/LanguageDetector.h"

#include <QTest>

using namespace Qt::StringLiterals;
using parallax::LanguageDetector;

namespace {

// Short news paragraphs written for this test, one a language.
const QString german = u"Die Stadtwerke von Kassel haben am Dienstag angekündigt, die Preise für Fernwärme im "
                       "kommenden Jahr um acht Prozent zu erhöhen. Der Stadtrat will am Donnerstag darüber beraten."_s;
const QString french = u"La mairie de Nantes a annoncé mardi que les tarifs du chauffage urbain augmenteraient de "
                       "huit pour cent l'an prochain. Le conseil municipal doit en débattre jeudi."_s;
const QString spanish = u"El ayuntamiento de Valladolid anunció el martes que las tarifas de la calefacción urbana "
                        "subirán un ocho por ciento el próximo año. El pleno lo debatirá el jueves."_s;
const QString chinese = u"杭州市政府周二宣布，明年集中供暖价格将上涨百分之八。市议会将于周四讨论这一方案。"_s;
const QString arabic = u"أعلنت بلدية الإسكندرية يوم الثلاثاء أن أسعار التدفئة سترتفع بنسبة ثمانية في المئة "
                       "العام المقبل، وسيناقش المجلس البلدي القرار يوم الخميس."_s;
const QString english = u"The city council of Leeds said on Tuesday that district heating prices will rise by "
                        "eight percent next year. Councillors will debate the plan on Thursday."_s;

} // namespace

class TestLanguageDetector final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsTheLanguageOfAParagraph_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("language");
        QTest::newRow("German") << german << u"de"_s;
        QTest::newRow("French") << french << u"fr"_s;
        QTest::newRow("Spanish") << spanish << u"es"_s;
        QTest::newRow("Simplified Chinese") << chinese << u"zh"_s;
        QTest::newRow("Arabic") << arabic << u"ar"_s;
        QTest::newRow("English") << english << u"en"_s;
        QTest::newRow("Traditional Chinese is Chinese")
            << u"台北市政府週二宣布，明年集中供暖價格將上漲百分之八。市議會將於週四討論這一方案。"_s << u"zh"_s;
        QTest::newRow("Hebrew, by its current code") << u"עיריית חיפה הודיעה ביום שלישי כי מחירי החימום יעלו "
                                                         "בשמונה אחוזים בשנה הבאה."_s
                                                      << u"he"_s;
    }
    void findsTheLanguageOfAParagraph()
    {
        QFETCH(QString, text);
        QFETCH(QString, language);
        QCOMPARE(LanguageDetector::detect(text), language);
    }

    void wordsOutweighAPageTemplate()
    {
        // A site's template saying lang="en" over a German article.
        QCOMPARE(LanguageDetector::detect(german, u"en-US"), u"de"_s);
        QCOMPARE(LanguageDetector::detect(arabic, u"fr"), u"ar"_s);
    }

    void pageAgreeingWithTheWordsIsKept()
    {
        QCOMPARE(LanguageDetector::detect(french, u"fr_FR"), u"fr"_s);
        QCOMPARE(LanguageDetector::detect(chinese, u"zh-Hans-CN"), u"zh"_s);
    }

    void pageSettlesLanguagesTheWordsCannotTellApart()
    {
        const QString malay = u"Kerajaan negeri mengumumkan pada hari Selasa bahawa harga air akan dinaikkan "
                              "sebanyak lapan peratus mulai tahun hadapan, dan majlis akan membincangkannya."_s;
        const QString found = LanguageDetector::detect(malay);
        QVERIFY2(found == u"ms" || found == u"id", qPrintable(found));
        QCOMPARE(LanguageDetector::detect(malay, u"ms"), u"ms"_s);
        QCOMPARE(LanguageDetector::detect(malay, u"id"), u"id"_s);
    }

    void tooFewWordsAreNotGuessed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("one place name") << u"Berlin"_s; // CLD2 alone calls it Indonesian
        QTest::newRow("a greeting") << u"Hallo"_s;
        QTest::newRow("two names") << u"Merkel sagte"_s;
        QTest::newRow("empty") << QString();
        QTest::newRow("digits only") << u"12 345 678 2024 3,14"_s;
        QTest::newRow("punctuation") << u"… — !!! ??? ***"_s;
        QTest::newRow("mixed scripts") << u"Tokyo 東京 Berlin مرحبا Москва"_s;
        QTest::newRow("letters at random") << u"asdkj qwelkj zxcmnb qwpoei"_s;
    }
    void tooFewWordsAreNotGuessed()
    {
        QFETCH(QString, text);
        QCOMPARE(LanguageDetector::detect(text), QString());
    }

    void pageIsBelievedWhenTheWordsAreTooFew()
    {
        QCOMPARE(LanguageDetector::detect(u"Berlin", u"de-DE"), u"de"_s);
        QCOMPARE(LanguageDetector::detect(u"Merkel sagte", u"de"), u"de"_s);
        QCOMPARE(LanguageDetector::detect(u"وصل الوزير", u"ar"), u"ar"_s);
        QCOMPARE(LanguageDetector::detect(u"12 345 678", u"es"), u"es"_s);
        QCOMPARE(LanguageDetector::detect(QString(), u"fr"), u"fr"_s);
        // Most of the letters are Latin.
        QCOMPARE(LanguageDetector::detect(u"Tokyo 東京 Berlin مرحبا", u"en"), u"en"_s);
    }

    void pageInAnotherScriptIsNotBelieved()
    {
        // Short enough that the words alone decide nothing.
        QCOMPARE(LanguageDetector::detect(u"وصل الوزير", u"en"), QString());
        QCOMPARE(LanguageDetector::detect(u"Merkel sagte", u"zh-CN"), QString());
        QCOMPARE(LanguageDetector::detect(u"Москва", u"de"), QString());
    }

    void textPastTheSampleIsNotRead()
    {
        // A long German article whose tail is English boilerplate, longer
        // than the German: what decides is what comes first.
        QString text;
        while (text.size() < 20 * 1024)
            text += german + u' ';
        text += english.repeated(200);
        QCOMPARE(LanguageDetector::detect(text), u"de"_s);
    }

    void surrogatePairAtTheSampleEdgeIsNotSplit()
    {
        QString text = chinese.repeated(2000);
        text.truncate(16 * 1024 - 1); // the detector reads the first 16K code units
        text += u"𠀀𠀀"_s; // so its cut falls inside a pair
        QCOMPARE(LanguageDetector::detect(text), u"zh"_s);
    }

    void primaryTag_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("primary");
        QTest::newRow("plain") << u"de"_s << u"de"_s;
        QTest::newRow("region") << u"en-GB"_s << u"en"_s;
        QTest::newRow("og:locale") << u"fr_FR"_s << u"fr"_s;
        QTest::newRow("script and region") << u"zh-Hans-CN"_s << u"zh"_s;
        QTest::newRow("upper case") << u"ES"_s << u"es"_s;
        QTest::newRow("Content-Language list") << u" ar, en"_s << u"ar"_s;
        QTest::newRow("three letters") << u"fil"_s << u"fil"_s;
        QTest::newRow("retired Hebrew") << u"iw"_s << u"he"_s;
        QTest::newRow("retired Indonesian") << u"in-ID"_s << u"id"_s;
        QTest::newRow("undetermined") << u"und"_s << QString();
        QTest::newRow("private use") << u"x-klingon"_s << QString();
        QTest::newRow("made up") << u"xx"_s << QString();
        QTest::newRow("a word") << u"english"_s << QString();
        QTest::newRow("digits") << u"12"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void primaryTag()
    {
        QFETCH(QString, tag);
        QFETCH(QString, primary);
        QCOMPARE(LanguageDetector::primaryTag(tag), primary);
    }
};

QTEST_GUILESS_MAIN(TestLanguageDetector)
#include "tst_languagedetector.moc"
