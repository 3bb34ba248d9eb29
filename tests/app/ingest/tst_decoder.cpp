#include "ingest/Decoder.h"

#include <QRandomGenerator>
#include <QTest>

#include <unicode/ucnv.h>

#include <memory>

using namespace parallax;
using namespace Qt::StringLiterals;

namespace {

// Paragraph-length samples written for these tests: short snippets give a
// charset detector too little to go on, and articles are never that short.
const QString kChinese =
    u"北京时间周二上午，市政府召开新闻发布会，宣布将在未来三年内投资建设新的公共交通线路。"
    u"发言人表示，这一计划旨在缓解城市交通拥堵问题，并减少空气污染。据介绍，新线路将连接城市东部"
    u"和西部的主要居民区，预计每天可运送乘客超过五十万人次。一些市民对此表示欢迎，但也有人担心施工"
    u"期间会影响周边商户的正常经营。"_s;
const QString kTraditionalChinese =
    u"台北市政府週二表示，將在明年推出新的公共自行車計畫，以鼓勵市民減少使用汽車。市長在記者會上說，"
    u"這項計畫預計將在全市設置超過一千個租借站，並提供前三十分鐘免費的優惠。部分議員質疑經費來源，"
    u"認為應優先改善現有的捷運系統。市府官員回應，相關預算已經編列完成，不會排擠其他建設。"_s;
const QString kJapanese =
    u"東京都は火曜日、来年度から新しい防災計画を実施すると発表した。計画では、大地震に備えて避難所の"
    u"数を増やし、食料や水の備蓄を強化する。知事は記者会見で「都民の命を守ることが最優先だ」と述べた。"
    u"専門家は、高齢者や外国人への情報提供の方法も見直す必要があると指摘している。"_s;
const QString kGreek =
    u"Η κυβέρνηση ανακοίνωσε την Τρίτη ένα νέο πρόγραμμα στήριξης για τις μικρές επιχειρήσεις που "
    u"επλήγησαν από την ενεργειακή κρίση. Σύμφωνα με τον υπουργό Οικονομικών, το πρόγραμμα θα "
    u"χρηματοδοτηθεί από εθνικούς και ευρωπαϊκούς πόρους και θα ξεκινήσει τον επόμενο μήνα. Οι "
    u"επαγγελματικοί φορείς χαιρέτισαν την απόφαση, αλλά ζήτησαν ταχύτερες διαδικασίες πληρωμής."_s;
const QString kEnglishCurly =
    u"The minister said the plan was “a first step” and that the government’s budget would ‘cover "
    u"the costs’ of the new tram line. Critics weren’t convinced: the café owners on the old market "
    u"square said they had heard such promises before — twice. “We’ll believe it when the rails are "
    u"laid,” one of them said."_s;
const QString kMixedScripts = u"Headline: Αθήνα, 北京 and München 🚋\nSecond line."_s;

struct ConverterCloser {
    void operator()(UConverter *converter) const { ucnv_close(converter); }
};

// The reference text in a given charset, encoded by ICU; empty when ICU cannot
// represent every character, so that a broken sample cannot pass silently.
QByteArray encode(const char *charset, const QString &text)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(charset, &status));
    if (U_FAILURE(status))
        return {};
    ucnv_setFromUCallBack(converter.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                          &status);
    QByteArray bytes(text.size() * 4 + 16, Qt::Uninitialized);
    const int32_t length = ucnv_fromUChars(converter.get(), bytes.data(), int32_t(bytes.size()),
                                           reinterpret_cast<const UChar *>(text.utf16()),
                                           int32_t(text.size()), &status);
    if (U_FAILURE(status))
        return {};
    bytes.truncate(length);
    return bytes;
}

QByteArray bytesOf(std::initializer_list<int> values)
{
    QByteArray bytes;
    for (int value : values)
        bytes.append(char(value));
    return bytes;
}

QString page(const QString &head, const QString &body)
{
    return u"<!DOCTYPE html>\n<html><head>"_s + head + u"<title>Report</title></head>\n<body><p>"_s
        + body + u"</p></body></html>\n"_s;
}

} // namespace

class TestDecoder final : public QObject
{
    Q_OBJECT

private slots:
    void decodes_data();
    void decodes();
    void refuses_data();
    void refuses();
    void invalidUtf8IsNotTakenForUtf8_data();
    void invalidUtf8IsNotTakenForUtf8();
    void metaBeyondPrescanWindowIsIgnored();
    void serverCharsetIsAHint_data();
    void serverCharsetIsAHint();
    void survivesArbitraryBytes();
};

void TestDecoder::decodes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("how");

    const QString utf8 = u"UTF-8"_s;
    QTest::newRow("empty") << QByteArray() << QString() << utf8 << u"empty"_s;
    QTest::newRow("one ASCII byte") << QByteArray("a") << u"a"_s << utf8 << u"utf8"_s;
    QTest::newRow("one latin byte") << bytesOf({0xE9}) << u"é"_s << u"windows-1252"_s
                                    << u"detector"_s;
    QTest::newRow("ASCII") << QByteArray("Plain words.\n") << u"Plain words.\n"_s << utf8
                           << u"utf8"_s;
    QTest::newRow("UTF-8") << kChinese.toUtf8() << kChinese << utf8 << u"utf8"_s;
    QTest::newRow("UTF-8 cut inside its last character")
        << QByteArray("Caf\xC3\xA9 cr\xC3") << u"Café cr\uFFFD"_s << utf8 << u"utf8"_s;

    QTest::newRow("UTF-8 BOM") << bytesOf({0xEF, 0xBB, 0xBF}) + kMixedScripts.toUtf8()
                               << kMixedScripts << utf8 << u"bom"_s;
    QTest::newRow("UTF-16LE BOM") << bytesOf({0xFF, 0xFE}) + encode("UTF-16LE", kMixedScripts)
                                  << kMixedScripts << u"UTF-16LE"_s << u"bom"_s;
    QTest::newRow("UTF-16BE BOM") << bytesOf({0xFE, 0xFF}) + encode("UTF-16BE", kMixedScripts)
                                  << kMixedScripts << u"UTF-16BE"_s << u"bom"_s;
    QTest::newRow("UTF-32LE BOM")
        << bytesOf({0xFF, 0xFE, 0, 0}) + encode("UTF-32LE", kMixedScripts) << kMixedScripts
        << u"UTF-32LE"_s << u"bom"_s;
    QTest::newRow("UTF-32BE BOM")
        << bytesOf({0, 0, 0xFE, 0xFF}) + encode("UTF-32BE", kMixedScripts) << kMixedScripts
        << u"UTF-32BE"_s << u"bom"_s;
    QTest::newRow("UTF-16LE without BOM") << encode("UTF-16LE", kEnglishCurly) << kEnglishCurly
                                          << u"UTF-16LE"_s << u"nul-pattern"_s;
    QTest::newRow("UTF-16BE without BOM") << encode("UTF-16BE", kEnglishCurly) << kEnglishCurly
                                          << u"UTF-16BE"_s << u"nul-pattern"_s;

    QTest::newRow("GB18030") << encode("GB18030", kChinese) << kChinese << u"GB18030"_s
                             << u"detector"_s;
    QTest::newRow("Big5") << encode("Big5", kTraditionalChinese) << kTraditionalChinese
                          << u"Big5"_s << u"detector"_s;
    QTest::newRow("Shift_JIS") << encode("Shift_JIS", kJapanese) << kJapanese << u"Shift_JIS"_s
                               << u"detector"_s;
    QTest::newRow("windows-1252 curly quotes")
        << encode("windows-1252", kEnglishCurly) << kEnglishCurly << u"windows-1252"_s
        << u"detector"_s;
    QTest::newRow("ISO-8859-7 Greek") << encode("ISO-8859-7", kGreek) << kGreek
                                      << u"ISO-8859-7"_s << u"detector"_s;

    QTest::newRow("meta charset")
        << encode("windows-1252", page(u"<meta charset=\"windows-1252\">"_s, kEnglishCurly))
        << page(u"<meta charset=\"windows-1252\">"_s, kEnglishCurly) << u"windows-1252"_s
        << u"meta"_s;
    QTest::newRow("http-equiv content-type")
        << encode("Shift_JIS", page(u"<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=Shift_JIS'>"_s, kJapanese))
        << page(u"<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=Shift_JIS'>"_s, kJapanese)
        << u"Shift_JIS"_s << u"meta"_s;
    // WHATWG: iso-8859-1 means windows-1252, so 0x93 0x94 are curly quotes.
    QTest::newRow("meta iso-8859-1 read as windows-1252")
        << page(u"<meta charset=iso-8859-1>"_s, u"\x93quoted\x94 caf\xE9"_s).toLatin1()
        << page(u"<meta charset=iso-8859-1>"_s, u"“quoted” café"_s) << u"windows-1252"_s
        << u"meta"_s;
    QTest::newRow("meta gb2312 read with the GB18030 decoder")
        << encode("GB18030", page(u"<meta charset=gb2312>"_s, kChinese))
        << page(u"<meta charset=gb2312>"_s, kChinese) << u"GBK"_s << u"meta"_s;
    QTest::newRow("meta in a comment is ignored")
        << (u"<!-- <meta charset=\"koi8-r\"> -->"_s + page(QString(), kGreek)).toUtf8()
        << u"<!-- <meta charset=\"koi8-r\"> -->"_s + page(QString(), kGreek) << utf8
        << u"utf8"_s;
    QTest::newRow("lying meta: says UTF-8, bytes are windows-1252")
        << encode("windows-1252", page(u"<meta charset=\"utf-8\">"_s, kEnglishCurly))
        << page(u"<meta charset=\"utf-8\">"_s, kEnglishCurly) << u"windows-1252"_s
        << u"detector"_s;
    QTest::newRow("lying meta: says iso-8859-1, bytes are UTF-8")
        << page(u"<meta charset=\"iso-8859-1\">"_s, kGreek).toUtf8()
        << page(u"<meta charset=\"iso-8859-1\">"_s, kGreek) << utf8 << u"utf8"_s;
    QTest::newRow("lying meta: says Shift_JIS, bytes are Big5")
        << encode("Big5", page(u"<meta charset=shift_jis>"_s, kTraditionalChinese))
        << page(u"<meta charset=shift_jis>"_s, kTraditionalChinese) << u"Big5"_s
        << u"detector"_s;

    QTest::newRow("CRLF") << QByteArray("one\r\ntwo\r\n\r\nthree") << u"one\ntwo\n\nthree"_s
                          << utf8 << u"utf8"_s;
    QTest::newRow("CR only") << QByteArray("one\rtwo\r\rthree\r") << u"one\ntwo\n\nthree\n"_s
                             << utf8 << u"utf8"_s;
    QTest::newRow("UTF-16 CRLF") << bytesOf({0xFF, 0xFE}) + encode("UTF-16LE", u"a\r\nb\rc"_s)
                                 << u"a\nb\nc"_s << u"UTF-16LE"_s << u"bom"_s;
}

void TestDecoder::decodes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    QFETCH(QString, how);
    QVERIFY2(!bytes.isEmpty() || text.isEmpty(), "the sample could not be encoded");

    const DecodeResult result = decodeText(bytes);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.decoded.text, text);
    QCOMPARE(result.decoded.encoding, encoding);
    QCOMPARE(result.decoded.how, how);
}

void TestDecoder::refuses_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");

    const QByteArray pngTail = bytesOf({0, 0, 0, 0x0D}) + "IHDR";
    QTest::newRow("PNG") << bytesOf({0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}) + pngTail
                         << u"binary file (PNG image)"_s;
    QTest::newRow("JPEG") << bytesOf({0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10}) + "JFIF"
                          << u"binary file (JPEG image)"_s;
    QTest::newRow("GIF") << QByteArray("GIF89a\x01\x02") << u"binary file (GIF image)"_s;
    QTest::newRow("PDF") << QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n")
                         << u"binary file (PDF document)"_s;
    QTest::newRow("ZIP") << bytesOf({'P', 'K', 3, 4, 20, 0}) << u"binary file (ZIP archive)"_s;
    QTest::newRow("gzip") << bytesOf({0x1F, 0x8B, 8, 0}) << u"binary file (gzip archive)"_s;
    QTest::newRow("ELF") << bytesOf({0x7F, 'E', 'L', 'F', 2, 1, 1, 0})
                         << u"binary file (ELF executable)"_s;
    QTest::newRow("embedded NUL")
        << QByteArray("The council met on Tuesday.\0 The vote was close.", 48)
        << u"not text: contains NUL bytes (first at byte 27)"_s;
    QTest::newRow("NUL in UTF-16")
        << bytesOf({0xFF, 0xFE}) + encode("UTF-16LE", u"text"_s) + bytesOf({0, 0})
        << u"not text: contains NUL characters"_s;
    QTest::newRow("control characters")
        << QByteArray("\x01\x02\x03\x04 header \x05\x06\x07\x08\x0B\x0E data\x10\x11\x12")
        << u"not text: too many control characters"_s;

    QByteArray random(4096, Qt::Uninitialized);
    QRandomGenerator generator(20240305);
    for (char &byte : random)
        byte = char(generator.bounded(256));
    QTest::newRow("random bytes") << random
                                  << u"not text: contains NUL bytes (first at byte %1)"_s.arg(
                                         random.indexOf('\0'));
    QByteArray randomWithoutNul = random;
    randomWithoutNul.replace('\0', '\x01');
    QTest::newRow("random bytes without NUL")
        << randomWithoutNul << u"not text: too many control characters"_s;
}

void TestDecoder::refuses()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);

    const DecodeResult result = decodeText(bytes);
    QVERIFY(!result.ok());
    QCOMPARE(result.error, error);
    QVERIFY(result.decoded.text.isEmpty());
}

void TestDecoder::invalidUtf8IsNotTakenForUtf8_data()
{
    QTest::addColumn<QByteArray>("sequence");

    QTest::newRow("overlong slash") << bytesOf({0xC0, 0xAF});
    QTest::newRow("overlong three bytes") << bytesOf({0xE0, 0x80, 0xAF});
    QTest::newRow("surrogate") << bytesOf({0xED, 0xA0, 0x80});
    QTest::newRow("above U+10FFFF") << bytesOf({0xF4, 0x90, 0x80, 0x80});
    QTest::newRow("lone continuation") << bytesOf({0x80});
    QTest::newRow("F5 lead byte") << bytesOf({0xF5, 0x80, 0x80, 0x80});
    QTest::newRow("truncated in the middle") << bytesOf({0xE2, 0x82});
    QTest::newRow("FF byte") << bytesOf({0xFF});
}

// Whatever the bytes are decoded as, an ill-formed sequence never yields the
// code point a lenient UTF-8 decoder would make of it ('/' from an overlong
// form, a lone surrogate), and the text around it survives.
void TestDecoder::invalidUtf8IsNotTakenForUtf8()
{
    QFETCH(QByteArray, sequence);

    const QByteArray bytes = "The report / said " + sequence + " nothing more.";
    const DecodeResult result = decodeText(bytes);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.decoded.text.startsWith(u"The report / said "_s));
    QVERIFY(result.decoded.text.endsWith(u" nothing more."_s));
    QCOMPARE(result.decoded.text.count(u'/'), 1);
    QVERIFY(!result.decoded.text.contains(QChar(0xD800)));
    QVERIFY(result.decoded.encoding != u"UTF-8" || result.decoded.text.contains(QChar(0xFFFD)));
}

void TestDecoder::metaBeyondPrescanWindowIsIgnored()
{
    // A page that says iso-8859-1 only after 4 KB of comments: the prescan
    // stops before, and the bytes are valid UTF-8, so UTF-8 it is.
    const QByteArray page = "<html><head><!--" + QByteArray(5000, 'x')
        + "--><meta charset=\"iso-8859-1\"></head><body>caf\xC3\xA9</body></html>";
    const DecodeResult result = decodeText(page);
    QVERIFY(result.ok());
    QCOMPARE(result.decoded.encoding, u"UTF-8"_s);
    QVERIFY(result.decoded.text.contains(u"café"_s));
}

void TestDecoder::serverCharsetIsAHint_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("hint");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("how");
    // One byte the detector would not guess: only the server knows.
    QTest::newRow("honest latin-2") << bytesOf({0x50, 0xB9, 0x65, 0x6E}) << "iso-8859-2"_ba << u"Pšen"_s << u"http"_s;
    QTest::newRow("honest, over the meta") << QByteArray("<p>caf\xE9</p><meta charset=utf-8>") << "windows-1252"_ba
                                           << u"<p>café</p><meta charset=utf-8>"_s << u"http"_s;
    // The server says latin-1, the bytes are UTF-8: the bytes win.
    QTest::newRow("lying latin-1") << QByteArray("caf\xC3\xA9") << "ISO-8859-1"_ba << u"café"_s << u"utf8"_s;
    // The server says UTF-8, the bytes are not: its word is dropped, and the
    // page's <meta> is heard instead.
    QTest::newRow("lying UTF-8") << QByteArray("<meta charset=windows-1252><p>caf\xE9</p>") << "utf-8"_ba
                                 << u"<meta charset=windows-1252><p>café</p>"_s << u"meta"_s;
    QTest::newRow("unknown label") << QByteArray("plain") << "x-no-such-charset"_ba << u"plain"_s << u"utf8"_s;
}

void TestDecoder::serverCharsetIsAHint()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, hint);
    QFETCH(QString, text);
    QFETCH(QString, how);
    const DecodeResult result = decodeText(bytes, hint);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.decoded.text, text);
    QCOMPARE(result.decoded.how, how);
}

// Pieces of every structure the decoder looks at, shuffled: it must return a
// text or a reason for each, never crash or hang.
void TestDecoder::survivesArbitraryBytes()
{
    const QList<QByteArray> pieces = {
        "<meta charset=", "\"", "'", ">", "<!--", "-->", "<", "utf-8", "shift_jis", "x-unknown",
        "http-equiv=content-type content=\"text/html;charset=", bytesOf({0xEF, 0xBB, 0xBF}),
        bytesOf({0xFF, 0xFE}), bytesOf({0xFE, 0xFF}), bytesOf({0}), bytesOf({0xC3}),
        bytesOf({0xA9}), bytesOf({0x93}), bytesOf({0xED, 0xA0}), "\r", "\n", "text ",
        bytesOf({0x1B, '$', 'B'})};
    QRandomGenerator generator(7);
    for (int round = 0; round < 3000; ++round) {
        QByteArray bytes;
        const int count = int(generator.bounded(40));
        for (int i = 0; i < count; ++i)
            bytes += pieces.at(generator.bounded(int(pieces.size())));
        const DecodeResult result = decodeText(bytes);
        if (result.ok()) {
            QVERIFY(!result.decoded.text.contains(u'\r'));
            QVERIFY(!result.decoded.text.startsWith(QChar(0xFEFF)));
            QVERIFY(!result.decoded.encoding.isEmpty());
        }
    }
}

QTEST_GUILESS_MAIN(TestDecoder)
#include "tst_decoder.moc"
