// How the engine reads words per language: the language of an article,
// folding for matching keys, Snowball stems, stop words, and words cut by
// ICU where a script writes none apart.

#include "AlignTestSupport.h"

#include "align/Aligner.h"
#include "align/Facts.h"
#include "align/Folding.h"
#include "align/Language.h"
#include "align/Stemmer.h"
#include "align/StopWords.h"
#include "align/Tokenizer.h"
#include "align/Vocabulary.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

class TestLanguageReading final : public QObject
{
    Q_OBJECT

private slots:
    void tags_data();
    void tags();
    void guessedFromScript_data();
    void guessedFromScript();
    void folding_data();
    void folding();
    void stopWords_data();
    void stopWords();
    void sameSpellingTwoLanguages();
    void numbersInAnyScript_data();
    void numbersInAnyScript();
    void figuresAsValues_data();
    void figuresAsValues();
    void chineseTitleDifference();
    void languagesNeverLinked();
};

void TestLanguageReading::tags_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("code");
    QTest::newRow("empty is English") << QString() << u"en"_s;
    QTest::newRow("region") << u"de-AT"_s << u"de"_s;
    QTest::newRow("script and region") << u"zh-Hans-CN"_s << u"zh"_s;
    QTest::newRow("underscore") << u"fr_FR"_s << u"fr"_s;
    QTest::newRow("upper case") << u"ES"_s << u"es"_s;
    QTest::newRow("bokmål") << u"nb"_s << u"no"_s;
    QTest::newRow("malformed") << u"x1"_s << u"en"_s;
}

void TestLanguageReading::tags()
{
    QFETCH(QString, tag);
    QFETCH(QString, code);
    QCOMPARE(Language::fromTag(tag).code(), code);
    QCOMPARE(Language::fromTag(tag), Language::fromTag(code));
}

void TestLanguageReading::guessedFromScript_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("code");
    QTest::newRow("chinese") << u"美国国务卿布林肯周日抵达北京。"_s << QString() << u"zh"_s;
    QTest::newRow("japanese") << u"ブリンケン国務長官は日曜日に北京に到着した。"_s << QString() << u"ja"_s;
    QTest::newRow("arabic") << u"وصل وزير الخارجية الأمريكي إلى بكين يوم الأحد."_s << QString() << u"ar"_s;
    QTest::newRow("latin, too short to tell") << u"Der Außenminister kam am Sonntag an."_s << QString() << u"en"_s;
    QTest::newRow("german stop words")
        << u"Der Minister sagte am Sonntag, dass die Gespräche mit der Regierung und den Verbänden noch nicht "
           "abgeschlossen seien. Er werde sich in der kommenden Woche wieder mit ihnen treffen."_s
        << QString() << u"de"_s;
    QTest::newRow("french stop words")
        << u"Le ministre a déclaré dimanche que les discussions avec le gouvernement et les syndicats ne sont pas "
           "terminées. Il doit les retrouver la semaine prochaine pour une nouvelle réunion."_s
        << QString() << u"fr"_s;
    QTest::newRow("english stays english")
        << u"The minister said on Sunday that the talks with the government and the unions were not over. He "
           "would meet them again next week in Madrid, where the union de trabajadores has its seat."_s
        << QString() << u"en"_s;
    QTest::newRow("stored wins") << u"Der Außenminister kam am Sonntag an."_s << u"de"_s << u"de"_s;
}

void TestLanguageReading::guessedFromScript()
{
    QFETCH(QString, text);
    QFETCH(QString, stored);
    QFETCH(QString, code);
    Article a = test::article({text});
    a.language = stored;
    QCOMPARE(Language::ofArticle(a).code(), code);
}

void TestLanguageReading::folding_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("key");
    QTest::newRow("english accents") << u"en"_s << u"Café"_s << u"cafe"_s;
    QTest::newRow("english initialism") << u"en"_s << u"U.S"_s << u"us"_s;
    QTest::newRow("german ß") << u"de"_s << u"Straße"_s << u"strasse"_s;
    QTest::newRow("german keeps umlaut for its stemmer") << u"de"_s << u"Gespräch"_s << u"gespräch"_s;
    QTest::newRow("french elision") << u"fr"_s << u"L’armée"_s << u"armée"_s;
    QTest::newRow("full-width") << u"zh"_s << u"ＡＢＣ１２３"_s << u"abc123"_s;
    QTest::newRow("arabic hamza above") << u"ar"_s << u"أمريكا"_s << u"امريكا"_s;
    QTest::newRow("arabic hamza below") << u"ar"_s << u"إيران"_s << u"ايران"_s;
    QTest::newRow("arabic madda") << u"ar"_s << u"آسيا"_s << u"اسيا"_s;
    QTest::newRow("arabic alef maqsura") << u"ar"_s << u"مستشفى"_s << u"مستشفي"_s;
    QTest::newRow("arabic ta marbuta") << u"ar"_s << u"مدينة"_s << u"مدينه"_s;
    QTest::newRow("arabic diacritics and tatweel") << u"ar"_s << u"وَزِيـــر"_s << u"وزير"_s;
    QTest::newRow("arabic-indic digits") << u"ar"_s << u"٣٠٠"_s << u"300"_s;
    QTest::newRow("eastern arabic-indic decimal") << u"ar"_s << u"۱٫۵"_s << u"1.5"_s;
}

void TestLanguageReading::folding()
{
    QFETCH(QString, language);
    QFETCH(QString, raw);
    QFETCH(QString, key);
    std::u16string out;
    foldWord(raw, Language::fromTag(language), out);
    QCOMPARE(QString::fromStdU16String(out), key);
}

void TestLanguageReading::stopWords_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("stop");
    QTest::newRow("en said") << u"en"_s << u"said"_s << true;
    QTest::newRow("en blinken") << u"en"_s << u"blinken"_s << false;
    QTest::newRow("de und") << u"de"_s << u"Und"_s << true;
    QTest::newRow("de für") << u"de"_s << u"für"_s << true;
    QTest::newRow("de außenminister") << u"de"_s << u"Außenminister"_s << false;
    QTest::newRow("fr été") << u"fr"_s << u"été"_s << true;
    QTest::newRow("es también") << u"es"_s << u"también"_s << true;
    QTest::newRow("ar variant spelling") << u"ar"_s << u"الي"_s << true;
    QTest::newRow("ar minister") << u"ar"_s << u"وزير"_s << false;
    QTest::newRow("zh particle") << u"zh"_s << u"的"_s << true;
    QTest::newRow("zh beijing") << u"zh"_s << u"北京"_s << false;
    QTest::newRow("english word in german") << u"de"_s << u"said"_s << false;
}

void TestLanguageReading::stopWords()
{
    QFETCH(QString, language);
    QFETCH(QString, word);
    QFETCH(bool, stop);
    const Language lang = Language::fromTag(language);
    std::u16string folded;
    foldWord(word, lang, folded);
    QCOMPARE(StopWords::of(lang).contains(folded), stop);
    Vocabulary vocabulary;
    QCOMPARE(vocabulary.info(vocabulary.intern(folded, lang)).content, !stop);
}

void TestLanguageReading::sameSpellingTwoLanguages()
{
    // "die" is an article in German and a verb in English.
    Vocabulary vocabulary;
    const int german = vocabulary.intern(u"die", Language::fromTag(u"de"));
    const int english = vocabulary.intern(u"die", Language());
    QVERIFY(german != english);
    QVERIFY(vocabulary.info(german).stem != vocabulary.info(english).stem);
    QVERIFY(!vocabulary.info(german).content);
    QVERIFY(vocabulary.info(english).content);
}

void TestLanguageReading::numbersInAnyScript_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("arabic-indic") << u"ar"_s << u"٢٠٢٣"_s << u"2023"_s;
    QTest::newRow("eastern arabic-indic") << u"ar"_s << u"۲۰۲۳"_s << u"2023"_s;
    QTest::newRow("arabic thousands") << u"ar"_s << u"٥٬٠٠٠"_s << u"5000"_s;
    QTest::newRow("full-width") << u"zh"_s << u"２０２３"_s << u"2023"_s;
}

void TestLanguageReading::numbersInAnyScript()
{
    QFETCH(QString, language);
    QFETCH(QString, a);
    QFETCH(QString, b);
    const Language lang = Language::fromTag(language);
    Vocabulary vocabulary;
    std::vector<Token> ta;
    std::vector<Token> tb;
    tokenize(a, vocabulary, ta, lang);
    tokenize(b, vocabulary, tb, lang);
    QCOMPARE(ta.size(), size_t(1));
    QCOMPARE(tb.size(), size_t(1));
    QCOMPARE(ta[0].word, tb[0].word);
    QVERIFY(vocabulary.info(ta[0].word).number);
    QCOMPARE(ta[0].end, int(a.size()));
}

void TestLanguageReading::figuresAsValues_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("unit");
    QTest::newRow("de thousands") << u"de"_s << u"Betroffen sind 1.450 Beschäftigte."_s << 1450.0 << u"beschäftigte"_s;
    QTest::newRow("de decimal and scale") << u"de"_s << u"rund 1,5 Millionen Module"_s << 1.5e6 << u"module"_s;
    QTest::newRow("de abbreviated scale") << u"de"_s << u"25 Mio. Euro"_s << 25e6 << u"euro"_s;
    QTest::newRow("de percent") << u"de"_s << u"um 3,2 Prozent"_s << 3.2 << u"percent"_s;
    QTest::newRow("fr no-break space") << u"fr"_s << u"près de 180\u00A0000 habitants"_s << 180000.0 << u"habitants"_s;
    QTest::newRow("fr milliard") << u"fr"_s << u"2 milliards d'euros"_s << 2e9 << u"d"_s;
    QTest::newRow("es latin american") << u"es"_s << u"unas 1,500 monedas"_s << 1500.0 << u"monedas"_s;
    QTest::newRow("es decimal point") << u"es"_s << u"2.4 millones de dólares"_s << 2.4e6 << u"de"_s;
    QTest::newRow("ar eastern digits") << u"ar"_s << u"بتكلفة ٣٠٠ مليون دولار"_s << 300e6 << u"دولار"_s;
    QTest::newRow("ar decimal separator") << u"ar"_s << u"نحو ١٫٥ مليون"_s << 1.5e6 << QString();
    QTest::newRow("ar percent") << u"ar"_s << u"بنسبة 40 بالمئة"_s << 40.0 << u"percent"_s;
    QTest::newRow("zh numerals") << u"zh"_s << u"总投资三百亿元"_s << 3e10 << u"元"_s;
    QTest::newRow("zh two thousand") << u"zh"_s << u"约两千名工人"_s << 2000.0 << u"名"_s;
    QTest::newRow("zh mixed numerals") << u"zh"_s << u"一万二千名"_s << 12000.0 << u"名"_s;
    QTest::newRow("zh digits and wan") << u"zh"_s << u"1.5万人"_s << 15000.0 << u"人"_s;
    QTest::newRow("zh yi") << u"zh"_s << u"300亿元"_s << 3e10 << u"元"_s;
    QTest::newRow("zh full-width") << u"zh"_s << u"全长２４.６公里"_s << 24.6 << u"公"_s;
    QTest::newRow("zh approximately more") << u"zh"_s << u"300余辆"_s << 300.0 << u"辆"_s;
}

void TestLanguageReading::figuresAsValues()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(double, value);
    QFETCH(QString, unit);
    const Facts facts = factsOf(text, {}, Language::fromTag(language));
    QCOMPARE(facts.numbers.size(), 1);
    QCOMPARE(facts.numbers[0].value, value);
    QCOMPARE(facts.numbers[0].unit, unit);
    // The range is in the text as written, whatever digits it uses.
    QVERIFY(text.mid(facts.numbers[0].range.start, facts.numbers[0].range.end - facts.numbers[0].range.start)
                .front()
                .isDigit()
            || language == u"zh"_s);
}

void TestLanguageReading::chineseTitleDifference()
{
    // The example: the first paragraphs differ only by a title.
    Article a = test::article({u"美国国务卿布林肯周日抵达北京，开始为期两天的访问。他将与中国外长秦刚举行会谈。"_s});
    Article b = test::article({u"布林肯周日抵达北京，开始为期两天的访问。他将与中国外长秦刚举行会谈。"_s});
    a.language = u"zh"_s;
    b.language = u"zh-CN"_s;
    const Comparison comparison = compareArticles({a, b});
    QCOMPARE(comparison.pairs.size(), 1);
    int linked = 0;
    for (const ClaimCluster &claim : comparison.claims)
        linked += claim.members.size() == 2 ? 1 : 0;
    QVERIFY2(linked >= 1, "the two Chinese paragraphs share no claim");
}

void TestLanguageReading::languagesNeverLinked()
{
    // The same words (names, figures) in two languages are never one claim.
    const QString english = u"Blinken met Qin Gang in Beijing on June 18, 2023 for talks on Taiwan."_s;
    Article a = test::article({english});
    Article b = test::article({english});
    Article c = test::article({english});
    c.language = u"de"_s;
    const Comparison comparison = compareArticles({a, b, c});
    for (const PairAlignment &pair : comparison.pairs)
        QVERIFY(pair.a != 2 && pair.b != 2);
    for (const ClaimCluster &claim : comparison.claims) {
        for (const ClaimMember &m : claim.members)
            QVERIFY(m.article != 2 || claim.members.size() == 1);
    }
}

QTEST_GUILESS_MAIN(TestLanguageReading)
#include "tst_languagereading.moc"
