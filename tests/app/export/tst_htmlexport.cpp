#include "ExportFixture.h"
#include "align/Aligner.h"
#include "export/HtmlExport.h"
#include "export/MarkedText_p.h"

#include <QBuffer>
#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

// Golden pages live here. When a change to the page is intended, run
//   PARALLAX_REGENERATE=1 ctest -R tst_htmlexport
// (or the test binary with that variable set), review the diff of
// tests/data/export/reference and commit it with the change.
const QString referenceDir = QStringLiteral(PARALLAX_TEST_DATA "/export/reference");

QList<Article> hostileArticles(int count)
{
    const QStringList urls{u"javascript:alert('url')"_s, u"https://example.org/a?b=\"c\"&d=<e>"_s,
                           u"data:text/html,<script>alert(1)</script>"_s};
    QList<Article> articles;
    for (int i = 0; i < count; ++i) {
        articles.append(testing::hostileArticle(u"<b>Outlet %1</b> & \"Co\""_s.arg(i), urls[i % urls.size()],
                                                u"Only outlet %1 reports that <script>alert(%1)</script> the ferry "
                                                "will run every twenty minutes from Monday morning."_s.arg(i)));
    }
    return articles;
}

// Takes what it is given and remembers how much each write held; refuses
// every write after the first `accepted` ones.
class RecordingDevice final : public QIODevice
{
public:
    explicit RecordingDevice(int accepted = std::numeric_limits<int>::max()) : m_accepted(accepted)
    {
        open(QIODevice::WriteOnly);
    }
    QByteArray bytes;
    QList<qint64> writes;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        if (writes.size() >= m_accepted)
            return -1;
        writes.append(size);
        bytes.append(data, size);
        return size;
    }

private:
    int m_accepted;
};

struct Tag {
    QString name;
    QList<std::pair<QString, QString>> attributes; // name, value (unescaped quotes removed)
};

// Every start tag of the page. All article text is escaped, so each '<'
// left in the page opens real markup.
QList<Tag> tags(const QString &page)
{
    static const QRegularExpression tagPattern(u"<([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>"_s);
    static const QRegularExpression attributePattern(u"([^\\s=/>\"']+)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+))?"_s);
    QList<Tag> result;
    for (const auto &match : tagPattern.globalMatch(page)) {
        Tag tag{match.captured(1).toLower(), {}};
        for (const auto &attribute : attributePattern.globalMatch(match.captured(2))) {
            QString value = attribute.captured(2);
            if (value.startsWith(u'"') || value.startsWith(u'\''))
                value = value.mid(1, value.size() - 2);
            tag.attributes.append({attribute.captured(1).toLower(), value});
        }
        result.append(tag);
    }
    return result;
}

QString firstDifference(const QByteArray &expected, const QByteArray &actual)
{
    const QList<QByteArray> a = expected.split('\n');
    const QList<QByteArray> b = actual.split('\n');
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        const QByteArray left = a.value(i);
        const QByteArray right = b.value(i);
        if (left != right) {
            return u"line %1\n  expected: %2\n  actual:   %3"_s.arg(i + 1).arg(QString::fromUtf8(left.left(300)),
                                                                          QString::fromUtf8(right.left(300)));
        }
    }
    return {};
}

// What the Arabic translation says of the page's language and direction,
// without the rest of it: the words stay English, the layout turns.
class RightToLeftTranslator final : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(source, "QT_LAYOUT_DIRECTION") == 0)
            return u"RTL"_s;
        if (qstrcmp(context, "Export") == 0 && qstrcmp(source, "en") == 0)
            return u"ar"_s;
        return {};
    }
};

} // namespace

class TestHtmlExport final : public QObject
{
    Q_OBJECT
private slots:
    void golden_data();
    void golden();
    void hostileInputIsInert_data();
    void hostileInputIsInert();
    void sourceLinksOnlyForHttp();
    void sharedSpansLinkToEachOther();
    void marksNestAndSplit();
    void writesToDevice();
    void aLargePageIsWrittenAsItIsMade();
    void aRightToLeftPageKeepsArticlesLeftToRight();
    void anArabicArticleReadsRightToLeft();
    void uniqueClaimsNameTheirClosestSentenceEscaped();
    void claimsGroupedByHandAreMarked();
};

void TestHtmlExport::golden_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::newRow("sample-pair") << QStringList{u"ellery-courier.txt"_s, u"northshore-daily.html"_s};
    QTest::newRow("sample-story") << QStringList{};
}

void TestHtmlExport::golden()
{
    QFETCH(QStringList, files);
    QList<Article> articles = testing::sampleStory();
    if (!files.isEmpty())
        articles.removeIf([&](const Article &article) { return !files.contains(article.sourcePath); });
    QVERIFY(articles.size() >= 2);
    const QByteArray actual = comparisonHtml(articles, compareArticles(articles));
    const QString reference = referenceDir + u'/' + QString::fromLatin1(QTest::currentDataTag()) + u".html"_s;

    if (qEnvironmentVariableIsSet("PARALLAX_REGENERATE")) {
        QDir().mkpath(referenceDir);
        QFile out(reference);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(out.write(actual), actual.size());
        QSKIP("reference regenerated; review and commit the diff");
    }
    QFile file(reference);
    QVERIFY2(file.open(QIODevice::ReadOnly),
             qPrintable(u"missing %1; run with PARALLAX_REGENERATE=1 to write it"_s.arg(reference)));
    const QByteArray expected = file.readAll();
    if (expected != actual) {
        QTemporaryDir keep;
        keep.setAutoRemove(false);
        QFile dump(keep.filePath(QFileInfo(reference).fileName()));
        if (dump.open(QIODevice::WriteOnly))
            dump.write(actual);
        QFAIL(qPrintable(u"%1 differs at %2\nactual page: %3\n"
                         "if the change is intended, rerun with PARALLAX_REGENERATE=1 and commit the references"_s
                             .arg(reference, firstDifference(expected, actual), dump.fileName())));
    }
}

void TestHtmlExport::hostileInputIsInert_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("two articles") << 2;
    QTest::newRow("three articles") << 3;
}

void TestHtmlExport::hostileInputIsInert()
{
    QFETCH(int, count);
    const QList<Article> articles = hostileArticles(count);
    const Comparison comparison = compareArticles(articles);
    QVERIFY2(!comparison.pairs.isEmpty() && !comparison.pairs.first().links.isEmpty(), "the fixture should align");
    const QString page = QString::fromUtf8(comparisonHtml(articles, comparison));

    QVERIFY(!page.contains(u"<script"_s, Qt::CaseInsensitive));
    QCOMPARE(page.count(u"<style"_s, Qt::CaseInsensitive), 1);
    QCOMPARE(page.count(u"</style"_s, Qt::CaseInsensitive), 1);
    QVERIFY(!page.contains(QChar(0x01)) && !page.contains(QChar(0x07)));
    // The text is all there, as text, once the highlights are taken away.
    QString text = page;
    text.remove(QRegularExpression(u"<[^>]*>"_s));
    QVERIFY(text.contains(u"&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;"_s));
    QVERIFY(text.contains(u"&lt;img src=&quot;http://evil.example/pixel.png&quot; onerror="_s));

    const QString css = page.section(u"<style>"_s, 1).section(u"</style>"_s, 0, 0);
    QVERIFY(!css.contains(u"url("_s) && !css.contains(u"@import"_s));

    const QStringList forbiddenTags{u"script"_s, u"img"_s, u"iframe"_s, u"link"_s, u"svg"_s,
                                    u"object"_s, u"embed"_s, u"base"_s, u"form"_s};
    for (const Tag &tag : tags(page)) {
        QVERIFY2(!forbiddenTags.contains(tag.name), qPrintable(tag.name));
        for (const auto &[name, value] : tag.attributes) {
            QVERIFY2(!name.startsWith(u"on"), qPrintable(name));
            QVERIFY2(name != u"src" && name != u"style" && name != u"srcdoc", qPrintable(name));
            if (name == u"href") {
                QVERIFY2(value.startsWith(u'#') || value.startsWith(u"https://") || value.startsWith(u"http://"),
                         qPrintable(value));
                QVERIFY2(tag.name == u"a", qPrintable(tag.name));
            }
        }
    }
}

void TestHtmlExport::sourceLinksOnlyForHttp()
{
    const QList<Article> articles = hostileArticles(3);
    const QString page = QString::fromUtf8(comparisonHtml(articles, compareArticles(articles)));
    // The https source is a link, re-encoded; the others are text.
    QVERIFY(page.contains(u"<a href=\"https://example.org/a?b=%22c%22&amp;d=%3Ce%3E\" rel=\"noreferrer\">"_s));
    QVERIFY(page.contains(u"Source: javascript:alert(&#39;url&#39;)</p>"_s));
    QVERIFY(page.contains(u"Source: data:text/html,&lt;script&gt;"_s));
}

void TestHtmlExport::sharedSpansLinkToEachOther()
{
    const QList<Article> articles = hostileArticles(2);
    const Comparison comparison = compareArticles(articles);
    const QString page = QString::fromUtf8(comparisonHtml(articles, comparison));
    static const QRegularExpression span(u"<a class=\"span k-[a-z]+\" id=\"([^\"]+)\" href=\"#([^\"]+)\">"_s);
    int spans = 0;
    for (const auto &match : span.globalMatch(page)) {
        ++spans;
        QVERIFY2(page.contains(u"id=\""_s + match.captured(2) + u"\" href=\"#"_s + match.captured(1) + u'"'),
                 qPrintable(match.captured(0)));
    }
    QVERIFY(spans >= 2);
}

void TestHtmlExport::marksNestAndSplit()
{
    using html::TextMark;
    const QString text = u"one two three four"_s;
    const QList<TextMark> marks{{0, 13, 0, u"unique"_s, {}, {}},
                                {4, 18, 1, u"span"_s, u"s1"_s, u"#t1"_s},
                                {20, 30, 1, u"gone"_s, {}, {}}};
    QCOMPARE(html::markedTextHtml(text, marks),
             u"<span class=\"unique\">one <a class=\"span\" id=\"s1\" href=\"#t1\">two three</a></span>"
             "<a class=\"span\" href=\"#t1\"> four</a>"_s);
    QCOMPARE(html::markedTextHtml(u"a<b>&\"c'"_s, {}), u"a&lt;b&gt;&amp;&quot;c&#39;"_s);
}

void TestHtmlExport::writesToDevice()
{
    const QList<Article> articles = hostileArticles(2);
    const Comparison comparison = compareArticles(articles);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(writeComparisonHtml(buffer, articles, comparison));
    QCOMPARE(buffer.data(), comparisonHtml(articles, comparison));
    QBuffer closed;
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): device not open");
    QVERIFY(!writeComparisonHtml(closed, articles, comparison));
}

// A page of many articles reaches the device in pieces, each far smaller
// than the page, and the pieces make the same bytes as the page in one.
void TestHtmlExport::aLargePageIsWrittenAsItIsMade()
{
    const QList<Article> articles = hostileArticles(60);
    const Comparison comparison = compareArticles(articles);
    const QByteArray whole = comparisonHtml(articles, comparison);
    RecordingDevice device;
    QVERIFY(writeComparisonHtml(device, articles, comparison));
    QCOMPARE(device.bytes, whole);
    QVERIFY2(device.writes.size() > 4, qPrintable(u"%1 writes"_s.arg(device.writes.size())));
    QVERIFY(*std::max_element(device.writes.cbegin(), device.writes.cend()) < whole.size() / 4);

    RecordingDevice full(2);
    QVERIFY(!writeComparisonHtml(full, articles, comparison));
    QCOMPARE(full.writes.size(), 2);
}

// In Arabic the page turns right to left (its columns too); the English
// articles in it keep their own direction, paragraph by paragraph.
void TestHtmlExport::aRightToLeftPageKeepsArticlesLeftToRight()
{
    const QList<Article> articles = testing::sampleStory().mid(0, 2);
    const Comparison comparison = compareArticles(articles);
    RightToLeftTranslator arabic;
    QVERIFY(QCoreApplication::installTranslator(&arabic));
    const QString page = QString::fromUtf8(comparisonHtml(articles, comparison));
    QCoreApplication::removeTranslator(&arabic);

    QVERIFY(page.contains(u"<html lang=\"ar\" dir=\"rtl\">"_s));
    // Article text: the headline, each article's title (id a0) and its
    // paragraphs (id a0-b3); not the page's own headings and lines.
    static const QRegularExpression articleId(u"^a[0-9]+(-b[0-9]+)?$"_s);
    int fromArticles = 0;
    for (const Tag &tag : tags(page)) {
        const auto id = std::find_if(tag.attributes.cbegin(), tag.attributes.cend(),
                                     [](const auto &a) { return a.first == u"id"_s; });
        const bool article = tag.name == u"h1"_s
            || (id != tag.attributes.cend() && articleId.match(id->second).hasMatch() && tag.name != u"section"_s);
        if (!article)
            continue;
        ++fromArticles;
        QVERIFY2(tag.attributes.contains({u"dir"_s, u"ltr"_s}), qPrintable(tag.name));
    }
    QVERIFY(fromArticles > 10);
    // The same page in English says nothing of direction.
    QVERIFY(!QString::fromUtf8(comparisonHtml(articles, comparison)).contains(u" dir="_s));
}

void TestHtmlExport::anArabicArticleReadsRightToLeft()
{
    Article arabic;
    arabic.meta.title = u"إغلاق الجسر"_s;
    arabic.blocks = {{u"أُغلق الجسر يوم الجمعة بعد اكتشاف تشققات."_s, BlockRole::Body, false, {}}};
    Article english;
    english.meta.title = u"Bridge shut"_s;
    english.blocks = {{u"The bridge was shut on Friday."_s, BlockRole::Body, false, {}}};
    const QList<Article> articles{english, arabic};
    const QString page = QString::fromUtf8(comparisonHtml(articles, compareArticles(articles)));
    QVERIFY(page.contains(u"<h2 id=\"a1\" dir=\"rtl\">"_s));
    const auto arabicBlock = page.indexOf(u"id=\"a1-b0\""_s);
    QVERIFY(arabicBlock > 0);
    QVERIFY(page.mid(arabicBlock, page.indexOf(u'>', arabicBlock) - arabicBlock).contains(u"dir=\"rtl\""_s));
    QVERIFY(!page.contains(u"id=\"a0-b0\" dir="_s));
}

// Each claim only one outlet makes shows the closest sentence elsewhere,
// as text: the hostile outlet name and sentence stay inert, and a "%1" in
// an article is not taken for a placeholder.
void TestHtmlExport::uniqueClaimsNameTheirClosestSentenceEscaped()
{
    QList<Article> articles = hostileArticles(2);
    articles[0].blocks[4] = testing::block(u"Only here: 100%1 of %2 fares <b>refunded</b>."_s);
    Comparison comparison;
    comparison.claims = {{0, true, {{0, 4, 0}}, {1, 1, 0, 0.4126}},
                         {1, true, {{1, 4, 0}}, {}},
                         {2, false, {{0, 1, 0}, {1, 1, 0}}, {}}};
    const QString page = QString::fromUtf8(comparisonHtml(articles, comparison));
    QVERIFY(!page.contains(u"<script"_s, Qt::CaseInsensitive));
    QVERIFY(!page.contains(u"<b>"_s));
    QVERIFY2(page.contains(u"<li><a class=\"own\" href=\"#a0-b4\"><span class=\"quoted\">Only here: 100%1 of %2 fares "
                           "&lt;b&gt;refunded&lt;/b&gt;.</span></a>\n<p class=\"closest\">Closest elsewhere: "
                           "<a href=\"#a1-b1\">&lt;b&gt;Outlet 1&lt;/b&gt; &amp; &quot;Co&quot;</a>, 0.41 — "
                           "“<span class=\"quoted\">The mayor said &lt;script&gt;document.location="_s),
             qPrintable(page.section(u"unique-title"_s, 1).left(900)));
    QVERIFY(page.contains(u"<p class=\"closest\">Nothing elsewhere comes close.</p>"_s));
    // The link leads somewhere on the page.
    QVERIFY(page.contains(u"id=\"a1-b1\""_s));
    // Three articles: sentences link to the sentence, not the paragraph.
    QList<Article> three = hostileArticles(3);
    const QString many = QString::fromUtf8(comparisonHtml(three, comparison));
    QVERIFY(many.contains(u"Closest elsewhere: <a href=\"#a1-b1-c0\">"_s));
    QVERIFY(many.contains(u"id=\"a1-b1-c0\""_s));
}

void TestHtmlExport::claimsGroupedByHandAreMarked()
{
    const QList<Article> articles = hostileArticles(3);
    Comparison comparison;
    // A person made 0's and 1's own sentences one claim, and took 2's
    // sentence out of the shared one.
    comparison.claims = {{0, false, {{0, 4, 0}, {1, 4, 0}}, {}, true, false},
                         {1, false, {{0, 1, 0}, {1, 1, 0}}, {}, false, true},
                         {2, true, {{2, 1, 0}}, {}, false, true}};
    const QString page = QString::fromUtf8(comparisonHtml(articles, comparison));
    const QString mergedTag = u"<span class=\"tag by-hand\">Merged by hand</span>"_s;
    const QString splitTag = u"<span class=\"tag by-hand\">Split by hand</span>"_s;
    // In the claims table, by their rows.
    const QString table = page.section(u"claims-title"_s, 1).section(u"</table>"_s, 0, 0);
    QCOMPARE(table.count(mergedTag), 1);
    QCOMPARE(table.count(splitTag), 2);
    // The split sentence is unique again, with no closest sentence claimed.
    const QString unique = page.section(u"unique-title"_s, 1).section(u"</section>"_s, 0, 0);
    QCOMPARE(unique.count(splitTag), 1);
    QVERIFY(!unique.contains(u"Nothing elsewhere"_s));
    // The shared claims a person grouped are listed with every sentence.
    const QString byHand = page.section(u"by-hand-title"_s, 1).section(u"</section>"_s, 0, 0);
    QCOMPARE(byHand.count(mergedTag), 1);
    QCOMPARE(byHand.count(splitTag), 1);
    QCOMPARE(byHand.count(u"<li>"_s), 2);
    QVERIFY(byHand.contains(u"<a href=\"#a1-b4-c0\">&lt;b&gt;Outlet 1&lt;/b&gt; &amp; &quot;Co&quot;</a>: “"_s));
    // Nobody grouped anything: no such section.
    comparison.claims[0].mergedByHand = false;
    comparison.claims[1].splitByHand = false;
    comparison.claims[2].splitByHand = false;
    const QString untouched = QString::fromUtf8(comparisonHtml(articles, comparison));
    QVERIFY(!untouched.contains(u"by-hand-title"_s) && !untouched.contains(u"class=\"tag by-hand\""_s));
}

QTEST_GUILESS_MAIN(TestHtmlExport)
#include "tst_htmlexport.moc"
