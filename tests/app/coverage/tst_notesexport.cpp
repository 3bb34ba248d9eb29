#include "../align/AlignTestSupport.h"
#include "../export/ExportFixture.h"
#include "align/Aligner.h"
#include "export/HtmlExport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace parallax;
using namespace Qt::StringLiterals;

// Golden pages with notes (and one in blind mode) beside the export's own:
//   PARALLAX_REGENERATE=1 ctest -R tst_notesexport
// rewrites them in tests/data/export/reference; review and commit the diff.
const QString referenceDir = QStringLiteral(PARALLAX_TEST_DATA "/export/reference");

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
            a.blocks.append(Block{u"Masthead %1"_s.arg(i), BlockRole::Furniture, false, {}});
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

    void golden_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<bool>("blind");
        QTest::newRow("sample-pair-notes") << QStringList{u"ellery-courier.txt"_s, u"northshore-daily.html"_s} << false;
        QTest::newRow("sample-story-notes-blind") << QStringList{} << true;
    }

    void golden()
    {
        QFETCH(QStringList, files);
        QFETCH(bool, blind);
        QList<Article> list = testing::sampleStory();
        if (!files.isEmpty())
            list.removeIf([&](const Article &article) { return !files.contains(article.sourcePath); });
        HtmlExportOptions options;
        options.blind = blind;
        // A note on the first words of each article's first body paragraph,
        // a second one, disputed, on the second article's.
        for (int a = 0; a < list.size(); ++a) {
            list[a].id = a + 1;
            for (int b = 0; b < list[a].blocks.size(); ++b) {
                if (list[a].blocks[b].role != BlockRole::Body)
                    continue;
                const int end = int(std::min<qsizetype>(24, list[a].blocks[b].text.size()));
                Annotation n = note(a + 1, b, 0, end, u"Note %1: check the opening."_s.arg(a + 1));
                n.label = a == 1 ? AnnotationLabel::Disputed : AnnotationLabel::ToCheck;
                options.annotations.append(n);
                break;
            }
        }
        const QByteArray actual = comparisonHtml(list, compareArticles(list), options);
        const QString reference = referenceDir + u'/' + QString::fromLatin1(QTest::currentDataTag()) + u".html"_s;
        if (qEnvironmentVariableIsSet("PARALLAX_REGENERATE")) {
            QFile out(reference);
            QVERIFY(out.open(QIODevice::WriteOnly));
            QCOMPARE(out.write(actual), actual.size());
            QSKIP("reference regenerated; review and commit the diff");
        }
        QFile file(reference);
        QVERIFY2(file.open(QIODevice::ReadOnly),
                 qPrintable(u"missing %1; run with PARALLAX_REGENERATE=1 to write it"_s.arg(reference)));
        QVERIFY2(file.readAll() == actual,
                 qPrintable(u"%1 differs; if the change is intended, rerun with PARALLAX_REGENERATE=1"_s.arg(reference)));
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
        for (const QString &hidden : {u"Paper 0"_s, u"Reporter 1"_s, u"paper2.example"_s, u"Masthead 1"_s})
            QVERIFY2(!html.contains(hidden), qPrintable(hidden));
        QVERIFY(html.contains(u"Outlet A"_s));
        QVERIFY(html.contains(u"Outlet C"_s));
    }
};

QTEST_GUILESS_MAIN(TestNotesExport)
#include "tst_notesexport.moc"
