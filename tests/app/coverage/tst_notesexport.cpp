#include "../align/AlignTestSupport.h"
#include "align/Aligner.h"
#include "export/HtmlExport.h"

#include <QTest>

using namespace parallax;
using namespace Qt::StringLiterals;

// The HTML export's notes and blind mode.
class TestNotesExport final : public QObject
{
    Q_OBJECT
private:
    static QList<Article> articles(int count)
    {
        QList<Article> list;
        for (int i = 0; i < count; ++i) {
            Article a = test::article({u"The ferry union called a strike for Monday after talks broke down."_s,
                                       u"Outlet %1 adds a line of its own about <the> harbour."_s.arg(i)});
            a.id = 10 + i;
            a.meta.outlet = u"Paper %1"_s.arg(i);
            a.meta.byline = u"Reporter %1"_s.arg(i);
            a.meta.url = u"https://paper%1.example/ferry"_s.arg(i);
            list.append(a);
        }
        return list;
    }

    static Annotation note(qint64 article, int block, int start, int end, const QString &text)
    {
        Annotation a;
        a.id = article * 100 + start;
        a.articleId = article;
        a.block = block;
        a.start = start;
        a.end = end;
        a.label = AnnotationLabel::Disputed;
        a.note = text;
        return a;
    }

private Q_SLOTS:
    void notesMarkTheirSpans_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("pair") << 2;
        QTest::newRow("many") << 3;
    }

    void notesMarkTheirSpans()
    {
        QFETCH(int, count);
        const QList<Article> list = articles(count);
        HtmlExportOptions options;
        // "strike" in the first article, and one on a block past the end, left out.
        options.annotations = {note(10, 0, 25, 31, u"Was it <really> Monday?"_s), note(11, 9, 0, 3, u"stale"_s)};
        const QString html = QString::fromUtf8(comparisonHtml(list, compareArticles(list), options));
        QVERIFY2(html.contains(u"class=\"note-mark n-disputed\" id=\"note-1025\">strike</span>"_s), qPrintable(html.mid(html.indexOf(u"ferry union"_s), 300)));
        QVERIFY(html.contains(u"<aside class=\"notes\""_s));
        QVERIFY(html.contains(u"Was it &lt;really&gt; Monday?"_s));
        QVERIFY(html.contains(u"href=\"#note-1025\">Disputed</a>"_s));
        QVERIFY(!html.contains(u"stale"_s));
        QVERIFY(html.contains(u"aside.notes"_s));
    }

    void pageWithoutNotesIsUnchanged()
    {
        const QList<Article> list = articles(2);
        const Comparison comparison = compareArticles(list);
        QCOMPARE(comparisonHtml(list, comparison, {}), comparisonHtml(list, comparison));
    }

    void blindModeHidesWhoWroteIt()
    {
        const QList<Article> list = articles(3);
        const QString html =
            QString::fromUtf8(comparisonHtml(list, compareArticles(list), HtmlExportOptions{true, {}}));
        for (const QString &hidden : {u"Paper 0"_s, u"Reporter 1"_s, u"paper2.example"_s})
            QVERIFY2(!html.contains(hidden), qPrintable(hidden));
        QVERIFY(html.contains(u"Outlet A"_s));
        QVERIFY(html.contains(u"Outlet C"_s));
    }
};

QTEST_GUILESS_MAIN(TestNotesExport)
#include "tst_notesexport.moc"
