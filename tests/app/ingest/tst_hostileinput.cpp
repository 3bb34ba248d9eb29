// A corpus of hostile and awkward files, generated here (never checked-in
// binaries), pushed through the real Importer into a real library file. Each
// file either imports with the right text or is refused with a reason; the
// library stays consistent after every one; no file takes long. The decoder,
// HTML reader and importer have their own unit tests (tst_decoder,
// tst_htmlreader, tst_importer); this suite checks the whole path end to end.

#include "ingest/Importer.h"
#include "store/ArticleStore.h"
#include "store/Database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <unicode/ucnv.h>

#include <sys/stat.h>

#include <memory>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

// Generous: the slowest case takes about a second in a debug build. Work
// that grows faster than the input shows as minutes, not seconds. The
// sanitizers make everything a few times slower.
#if defined(__SANITIZE_ADDRESS__)
constexpr qint64 maxMillisecondsPerFile = 15'000;
#else
constexpr qint64 maxMillisecondsPerFile = 5'000;
#endif

enum class Expect { Import, Refuse, Either };

struct Case {
    QByteArray bytes;
    QString fileName = u"article.txt"_s;
    Expect expect = Expect::Import;
    QString reason;     // Refuse: a word the message must contain
    QString reference;  // Import: the text the blocks must hold, lines joined by '\n'
    QString encoding;   // Import: the encoding that must be recorded
    QStringList mustContain; // Import: literal texts that must survive somewhere
    QString title;      // Import: the title that must be read, literally
};

// Written for these tests, one paragraph a line, each ending a sentence so
// that the plain-text reader keeps the lines apart.
const QString kEnglishCurly =
    u"The minister said the plan was “a first step” and that the government’s budget would ‘cover the costs’.\n"
    u"Critics weren’t convinced: the café owners on the old square had heard such promises before — twice.\n"
    u"“We’ll believe it when the rails are laid,” one of them said on Tuesday."_s;
const QString kGreek =
    u"Η κυβέρνηση ανακοίνωσε την Τρίτη ένα νέο πρόγραμμα στήριξης για τις μικρές επιχειρήσεις.\n"
    u"Σύμφωνα με τον υπουργό Οικονομικών, το πρόγραμμα θα χρηματοδοτηθεί από εθνικούς πόρους.\n"
    u"Οι επαγγελματικοί φορείς χαιρέτισαν την απόφαση, αλλά ζήτησαν ταχύτερες πληρωμές."_s;
const QString kChinese =
    u"北京时间周二上午，市政府召开新闻发布会，宣布将在未来三年内投资建设新的公共交通线路。\n"
    u"发言人表示，这一计划旨在缓解城市交通拥堵问题，并减少空气污染，预计每天可运送乘客超过五十万人次。\n"
    u"一些市民对此表示欢迎，但也有人担心施工期间会影响周边商户的正常经营。"_s;
const QString kTraditionalChinese =
    u"台北市政府週二表示，將在明年推出新的公共自行車計畫，以鼓勵市民減少使用汽車。\n"
    u"市長在記者會上說，這項計畫預計將在全市設置超過一千個租借站，並提供前三十分鐘免費的優惠。\n"
    u"部分議員質疑經費來源，認為應優先改善現有的捷運系統。"_s;
const QString kJapanese =
    u"東京都は火曜日、来年度から新しい防災計画を実施すると発表した。\n"
    u"計画では、大地震に備えて避難所の数を増やし、食料や水の備蓄を強化する。\n"
    u"知事は記者会見で「都民の命を守ることが最優先だ」と述べた。"_s;
const QString kMixed = u"Αθήνα, 北京 and München 🚋 met on Tuesday.\nThe second line ends here."_s;
const QString kPlain = u"The council met on Tuesday evening to discuss the bridge.\n"
                       u"Engineers said the repairs would take at least six weeks."_s;

struct ConverterCloser {
    void operator()(UConverter *converter) const { ucnv_close(converter); }
};

// The text in a legacy charset, encoded by ICU; empty when a character has
// no representation, so that a broken sample fails loudly instead of passing.
QByteArray encodeIcu(const char *charset, const QString &text)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open(charset, &status));
    if (U_FAILURE(status))
        return {};
    ucnv_setFromUCallBack(converter.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    QByteArray bytes(text.size() * 4 + 16, Qt::Uninitialized);
    const int32_t length = ucnv_fromUChars(converter.get(), bytes.data(), int32_t(bytes.size()),
                                           reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()),
                                           &status);
    if (U_FAILURE(status))
        return {};
    bytes.truncate(length);
    return bytes;
}

QByteArray encodeQt(QStringConverter::Encoding encoding, const QString &text, bool bom)
{
    QStringEncoder encoder(encoding, bom ? QStringConverter::Flag::WriteBom : QStringConverter::Flag::Default);
    return encoder.encode(text);
}

QByteArray bytesOf(std::initializer_list<int> values)
{
    QByteArray bytes;
    for (int value : values)
        bytes.append(char(value));
    return bytes;
}

QByteArray randomBytes(quint32 seed, qsizetype size)
{
    QRandomGenerator generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &byte : bytes)
        byte = char(generator.bounded(256));
    return bytes;
}

QByteArray repeated(const QByteArray &piece, int times)
{
    QByteArray bytes;
    bytes.reserve(piece.size() * times);
    for (int i = 0; i < times; ++i)
        bytes += piece;
    return bytes;
}

// Valid UTF-8 prose with one bad sequence in the middle of a sentence.
QByteArray withBadSequence(const QByteArray &bad)
{
    return "The council met on Tuesday evening to discuss the bridge " + bad
        + " and said the repairs would take at least six weeks.\n";
}

Case imported(const QByteArray &bytes, const QString &reference, const QString &encoding,
              const QString &fileName = u"article.txt"_s)
{
    Case c;
    c.bytes = bytes;
    c.fileName = fileName;
    c.reference = reference;
    c.encoding = encoding;
    return c;
}

Case refused(const QByteArray &bytes, const QString &reason, const QString &fileName = u"article.txt"_s)
{
    Case c;
    c.bytes = bytes;
    c.fileName = fileName;
    c.expect = Expect::Refuse;
    c.reason = reason;
    return c;
}

Case survives(const QByteArray &bytes, const QString &fileName, const QStringList &mustContain,
              const QString &title = {})
{
    Case c;
    c.bytes = bytes;
    c.fileName = fileName;
    c.mustContain = mustContain;
    c.title = title;
    return c;
}

Case either(const QByteArray &bytes, const QString &fileName = u"article.txt"_s)
{
    Case c;
    c.bytes = bytes;
    c.fileName = fileName;
    c.expect = Expect::Either;
    return c;
}

QByteArray html(const QByteArray &head, const QByteArray &body)
{
    return "<!DOCTYPE html>\n<html><head>" + head + "</head>\n<body>" + body + "</body></html>\n";
}

const QByteArray kHostileTitle = "<script>alert(1)</script> Bridge <img src=x onerror=alert(2)> shut <svg onload=alert(3)>";
const QString kHostileTitleText = u"<script>alert(1)</script> Bridge <img src=x onerror=alert(2)> shut <svg onload=alert(3)>"_s;

QList<std::pair<const char *, Case>> corpus()
{
    QList<std::pair<const char *, Case>> cases;
    auto add = [&](const char *name, Case c) { cases.append({name, std::move(c)}); };

    // Not text at all.
    add("0 bytes", refused({}, u"empty"_s));
    add("1 byte: a letter", either("x"));
    add("1 byte: NUL", refused(QByteArray(1, '\0'), u"text"_s));
    add("1 byte: 0xFF", either(bytesOf({0xff})));
    add("1 byte: newline", refused("\n", u"no text"_s));
    add("PNG image", refused(bytesOf({0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a}) + randomBytes(1, 4096), u"PNG"_s,
                             u"photo.html"_s));
    add("ELF executable",
        refused(bytesOf({0x7f, 'E', 'L', 'F', 2, 1, 1, 0}) + randomBytes(2, 8192), u"binary"_s, u"readme.txt"_s));
    add("JPEG image", refused(bytesOf({0xff, 0xd8, 0xff, 0xe0}) + randomBytes(3, 4096), u"binary"_s));
    add("gzip archive", refused(bytesOf({0x1f, 0x8b, 0x08, 0x00}) + randomBytes(4, 4096), u"binary"_s));
    add("zip archive", refused("PK\x03\x04" + randomBytes(5, 4096), u"binary"_s));
    add("PDF document", refused("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + randomBytes(6, 4096), u"binary"_s));
    add("random binary 64 KiB", refused(randomBytes(7, 64 * 1024), u"not text"_s));
    add("random binary 1 MiB as .md", refused(randomBytes(8, 1024 * 1024), u"not text"_s, u"notes.md"_s));

    // Invalid UTF-8 of several kinds: never taken for UTF-8, never a crash.
    add("invalid UTF-8: overlong slash", either(withBadSequence(bytesOf({0xc0, 0xaf}))));
    add("invalid UTF-8: overlong NUL", either(withBadSequence(bytesOf({0xc0, 0x80}))));
    add("invalid UTF-8: encoded surrogate", either(withBadSequence(bytesOf({0xed, 0xa0, 0x80}))));
    add("invalid UTF-8: beyond U+10FFFF", either(withBadSequence(bytesOf({0xf4, 0x90, 0x80, 0x80}))));
    add("invalid UTF-8: lone continuation bytes", either(withBadSequence(bytesOf({0x80, 0x81, 0xbf}))));
    add("invalid UTF-8: truncated at the end", either(kPlain.toUtf8() + bytesOf({0xe2, 0x80})));
    add("invalid UTF-8: bytes F5 to FF", either(withBadSequence(bytesOf({0xf5, 0xf8, 0xfc, 0xfe, 0xff}))));

    // Byte order marks.
    add("UTF-8 with BOM", imported(encodeQt(QStringConverter::Utf8, kMixed, true), kMixed, u"UTF-8"_s));
    add("UTF-16LE with BOM", imported(encodeQt(QStringConverter::Utf16LE, kMixed, true), kMixed, u"UTF-16LE"_s));
    add("UTF-16BE with BOM", imported(encodeQt(QStringConverter::Utf16BE, kMixed, true), kMixed, u"UTF-16BE"_s));
    add("UTF-32LE with BOM", imported(encodeQt(QStringConverter::Utf32LE, kMixed, true), kMixed, u"UTF-32LE"_s));
    add("UTF-32BE with BOM", imported(encodeQt(QStringConverter::Utf32BE, kMixed, true), kMixed, u"UTF-32BE"_s));
    add("UTF-8 BOM and nothing else", refused(bytesOf({0xef, 0xbb, 0xbf}), u"no text"_s));
    add("UTF-16LE without BOM", imported(encodeQt(QStringConverter::Utf16LE, kPlain, false), kPlain, u"UTF-16LE"_s));
    add("UTF-16BE without BOM", imported(encodeQt(QStringConverter::Utf16BE, kPlain, false), kPlain, u"UTF-16BE"_s));

    // Legacy charsets, found by the detector.
    add("GB18030", imported(encodeIcu("GB18030", kChinese), kChinese, u"GB18030"_s));
    add("Big5", imported(encodeIcu("Big5", kTraditionalChinese), kTraditionalChinese, u"Big5"_s));
    add("Shift-JIS", imported(encodeIcu("Shift_JIS", kJapanese), kJapanese, u"Shift_JIS"_s));
    add("Windows-1252 curly quotes",
        imported(encodeIcu("windows-1252", kEnglishCurly), kEnglishCurly, u"windows-1252"_s));
    add("ISO-8859-7 Greek", imported(encodeIcu("ISO-8859-7", kGreek), kGreek, u"ISO-8859-7"_s));

    // A <meta charset> that the bytes contradict is not believed.
    add("meta says windows-1252, bytes are UTF-8",
        survives(html("<meta charset=\"windows-1252\"><title>Weather</title>",
                      "<p>" + kMixed.section(u'\n', 0, 0).toUtf8() + "</p>"),
                 u"page.html"_s, {kMixed.section(u'\n', 0, 0)}));
    add("meta says UTF-8, bytes are windows-1252",
        survives(html("<meta charset=\"utf-8\"><title>Weather</title>",
                      "<p>" + encodeIcu("windows-1252", kEnglishCurly.section(u'\n', 0, 0)) + "</p>"),
                 u"page.html"_s, {kEnglishCurly.section(u'\n', 0, 0)}));
    add("meta names a charset that does not exist",
        survives(html("<meta charset=\"x-no-such-charset\"><title>Weather</title>", "<p>" + kPlain.toUtf8() + "</p>"),
                 u"page.html"_s, {kPlain.section(u'\n', 0, 0)}));

    // Control characters and line endings.
    add("embedded NULs", refused(kPlain.toUtf8() + QByteArray(3, '\0') + " more text.\n", u"NUL"_s));
    add("CR-only line endings", imported(kPlain.toUtf8().replace('\n', '\r'), kPlain, u"UTF-8"_s));
    add("CRLF line endings", imported(kPlain.toUtf8().replace("\n", "\r\n"), kPlain, u"UTF-8"_s));
    add("5 MB single line",
        survives(repeated("The council met again on Tuesday. ", 5 * 1024 * 1024 / 34), u"long.txt"_s,
                 {u"The council met again on Tuesday."_s}));
    add("1 MB word without a space", either(QByteArray(1024 * 1024, 'a') + ".\n"));
    add("20,000 short lines", survives(repeated("A line.\n", 20'000), u"lines.txt"_s, {u"A line."_s}));
    add("10,000 combining marks on one letter",
        either(("Ma" + repeated("\xcc\x81", 10'000) + "ria spoke on Tuesday.\n"), u"marks.txt"_s));

    // Markup built to exhaust a parser.
    add("100,000 nested divs",
        survives(html("<title>Deep</title>", repeated("<div>", 100'000) + "<p>deep text survived.</p>"
                                                 + repeated("</div>", 100'000)),
                 u"deep.html"_s, {u"deep text survived."_s}));
    add("100,000 attributes",
        survives(html("<title>Wide</title>", "<p " + repeated("a=\"1\" ", 100'000) + ">attributes survived.</p>"),
                 u"wide.html"_s, {u"attributes survived."_s}));
    add("100,000 entities",
        survives(html("<title>Entities</title>", "<p>" + repeated("&#0;&#x110000;&amp;&bogus;", 25'000)
                                                     + " entities survived.</p>"),
                 u"entities.html"_s, {u"entities survived."_s}));
    add("Markdown: 50,000 nested block quotes",
        survives(repeated(">", 50'000) + " quoted text survived.\n\nThe last paragraph.\n", u"quotes.md"_s,
                 {u"The last paragraph."_s}));
    add("Markdown: 20,000 nested list items",
        either([] {
            QByteArray bytes;
            for (int i = 0; i < 20'000; ++i)
                bytes += QByteArray(i * 2 % 4000, ' ') + "- item\n";
            return bytes;
        }(), u"lists.md"_s));

    // Active content in the title, byline and body stays inert text.
    add("script, img onerror and svg onload in title, byline and body (HTML)",
        survives(html("<meta property=\"og:title\" content=\"" + QByteArray(kHostileTitle).replace('"', "&quot;")
                          + "\"><meta name=\"author\" content=\"&lt;b onmouseover=alert(4)&gt;Eve&lt;/b&gt;\">",
                      "<h1>" + kHostileTitleText.toHtmlEscaped().toUtf8() + "</h1><p>By &lt;img src=/dev/zero onerror=alert(5)&gt;</p>"
                          "<p>Body &lt;script&gt;alert(6)&lt;/script&gt; and &lt;svg onload=alert(7)&gt; stays text.</p>"
                          "<script>alert(8)</script><img src=\"file:///etc/passwd\" onerror=\"alert(9)\">"
                          "<svg onload=\"alert(10)\"><text>svg text</text></svg>"),
                 u"hostile.html"_s,
                 {u"Body <script>alert(6)</script> and <svg onload=alert(7)> stays text."_s}, kHostileTitleText));
    add("script, img onerror and svg onload in title, byline and body (Markdown)",
        survives("---\ntitle: \"" + kHostileTitle + "\"\nauthor: \"<b onmouseover=alert(4)>Eve</b>\"\n---\n\n"
                 "Body <script>alert(6)</script> and <img src=/dev/zero onerror=alert(5)> stays text.\n",
                 u"hostile.md"_s, {}, kHostileTitleText));
    add("script, img onerror and svg onload in plain text",
        survives(kHostileTitle + "\n\nBy <img src=x onerror=alert(2)>\n\nBody <svg onload=alert(3)> stays text.\n",
                 u"hostile.txt"_s, {u"Body <svg onload=alert(3)> stays text."_s}));
    add("right-to-left override in the title",
        survives(html("<title>Mayor \xe2\x80\xae" "txt.exe\xe2\x80\xac resigns</title>", "<p>The mayor resigned.</p>"),
                 u"rtl.html"_s, {u"The mayor resigned."_s}, u"Mayor \u202etxt.exe\u202c resigns"_s));
    return cases;
}

int scalar(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QStringList rows(Database &db, const QString &sql)
{
    QStringList result;
    QSqlQuery query(db.connection());
    if (!query.exec(sql))
        return {u"query failed: "_s + sql};
    while (query.next())
        result.append(query.value(0).toString());
    return result;
}

} // namespace

Q_DECLARE_METATYPE(Case)

class TestHostileInput final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = std::make_unique<Database>(m_dir.filePath(u"library.sqlite"_s));
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->errorString()));
        m_store = std::make_unique<ArticleStore>(*m_db);
    }

    void corpusHasEnoughCases() { QVERIFY(corpus().size() >= 40); }

    void importsOrRefuses_data()
    {
        QTest::addColumn<Case>("input");
        for (const auto &[name, input] : corpus())
            QTest::newRow(name) << input;
    }

    void importsOrRefuses()
    {
        QFETCH(Case, input);
        const QString path = writeInput(input.fileName, input.bytes);
        const int articlesBefore = scalar(*m_db, u"SELECT count(*) FROM articles"_s);

        QElapsedTimer timer;
        timer.start();
        const ImportOutcome outcome = Importer(*m_store).importFile(path, {});
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(elapsed < maxMillisecondsPerFile, qPrintable(u"took %1 ms"_s.arg(elapsed)));

        checkConsistent();
        const int articlesAfter = scalar(*m_db, u"SELECT count(*) FROM articles"_s);
        if (outcome.status == ImportOutcome::Status::Failed) {
            QVERIFY2(input.expect != Expect::Import, qPrintable(u"refused: "_s + outcome.message));
            // The command line prints "path: message"; both parts must be there.
            QCOMPARE(outcome.path, path);
            QVERIFY(!outcome.message.trimmed().isEmpty());
            QVERIFY2(outcome.message.contains(input.reason, Qt::CaseInsensitive), qPrintable(outcome.message));
            QCOMPARE(articlesAfter, articlesBefore);
            return;
        }
        QVERIFY2(input.expect != Expect::Refuse, "imported what should have been refused");
        QCOMPARE(outcome.status, ImportOutcome::Status::Imported);
        QCOMPARE(articlesAfter, articlesBefore + 1);
        const auto article = m_store->article(outcome.articleId);
        QVERIFY(article);
        QCOMPARE(article->original, input.bytes); // nothing lost, not even hostile bytes
        QStringList texts;
        for (const Block &block : article->blocks)
            texts.append(block.text);
        if (!input.reference.isEmpty()) {
            QCOMPARE(article->encoding, input.encoding);
            QCOMPARE(texts.join(u'\n'), input.reference);
        }
        const QString all = texts.join(u'\n');
        for (const QString &text : input.mustContain)
            QVERIFY2(all.contains(text), qPrintable(text));
        if (!input.title.isEmpty())
            QCOMPARE(article->meta.title, input.title);
    }

    // Refused within a second, and not read: a sparse file of 21 MiB has
    // nothing on disk, and its size alone decides.
    void overLimitFileIsRefusedAtOnce()
    {
        const QString path = m_dir.filePath(u"huge.html"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(Importer::maxFileBytes + 1024 * 1024));
        file.close();
        QElapsedTimer timer;
        timer.start();
        const ImportOutcome outcome = Importer(*m_store).importFile(path, {});
        QVERIFY(timer.elapsed() < 1000);
        QCOMPARE(outcome.status, ImportOutcome::Status::Failed);
        QCOMPARE(outcome.path, path);
        QVERIFY2(outcome.message.contains(u"too large"_s), qPrintable(outcome.message));
        checkConsistent();
    }

    // Things that are not regular files: reading a FIFO or a device would
    // block or never end.
    void specialFilesAreRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("fifo") << u"fifo"_s;
        QTest::newRow("character device") << u"device"_s;
        QTest::newRow("folder named like an article") << u"folder"_s;
    }

    void specialFilesAreRefused()
    {
        QFETCH(QString, kind);
        QString path = m_dir.filePath(u"special-"_s + kind + u".txt"_s);
        if (kind == u"fifo")
            QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        else if (kind == u"device")
            QVERIFY(QFile::link(u"/dev/zero"_s, path));
        else
            QVERIFY(QDir().mkpath(path));
        QElapsedTimer timer;
        timer.start();
        const ImportOutcome outcome = Importer(*m_store).importFile(path, {});
        QVERIFY(timer.elapsed() < 1000);
        QCOMPARE(outcome.status, ImportOutcome::Status::Failed);
        QVERIFY2(outcome.message.contains(u"not a regular file"_s), qPrintable(outcome.message));
        checkConsistent();
    }

private:
    QString writeInput(const QString &fileName, const QByteArray &bytes)
    {
        // A folder a case, so that cases never share a file name.
        const QString folder = m_dir.filePath(QString::number(++m_caseNumber));
        QDir().mkpath(folder);
        const QString path = folder + u'/' + fileName;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write the test input %s", qPrintable(path));
        return path;
    }

    void checkConsistent()
    {
        QCOMPARE(rows(*m_db, u"PRAGMA integrity_check"_s), QStringList{u"ok"_s});
        QCOMPARE(rows(*m_db, u"PRAGMA foreign_key_check"_s), QStringList());
        QCOMPARE(scalar(*m_db, u"SELECT count(*) FROM blocks WHERE article_id NOT IN (SELECT id FROM articles)"_s), 0);
        QCOMPARE(scalar(*m_db, u"SELECT count(*) FROM articles a WHERE NOT EXISTS "
                                "(SELECT 1 FROM blocks b WHERE b.article_id = a.id)"_s),
                 0);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ArticleStore> m_store;
    int m_caseNumber = 0;
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
