#include "ingest/MarkdownReader.h"

#include <QElapsedTimer>
#include <QTest>

using namespace parallax;
using namespace Qt::StringLiterals;

namespace {

// "role: text", with a star after the role when the structure decided it.
QStringList describe(const QList<ParsedBlock> &blocks)
{
    QStringList lines;
    for (const ParsedBlock &block : blocks) {
        lines.append(blockRoleName(block.role) + (block.roleFromStructure ? u"*"_s : QString())
                     + u": "_s + block.text);
    }
    return lines;
}

} // namespace

class TestMarkdownReader final : public QObject
{
    Q_OBJECT

private slots:
    void blocks_data();
    void blocks();
    void frontMatter_data();
    void frontMatter();
    void pathologicalInput_data();
    void pathologicalInput();
};

void TestMarkdownReader::blocks_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QStringList>("blocks");

    QTest::newRow("headings and paragraphs")
        << u"# Council votes\n\nThe council met\non Tuesday.\n\nSetext heading\n--------------\n\n"
           u"### Small\n"_s
        << QStringList{u"heading: Council votes"_s, u"body: The council met on Tuesday."_s,
                       u"heading: Setext heading"_s, u"heading: Small"_s};
    QTest::newRow("inline markup stripped, links keep their text")
        << u"A *very* **strong** `code` [link text](https://example.org \"t\") and <span>raw</span> "
           u"<https://example.org/auto> done.\n"_s
        << QStringList{u"body: A very strong code link text and raw https://example.org/auto done."_s};
    QTest::newRow("entities and escapes become characters")
        << u"Fish &amp; chips \\*not emphasis\\* &copy;\n"_s
        << QStringList{u"body: Fish & chips *not emphasis* ©"_s};
    QTest::newRow("lists and quotes")
        << u"- one\n- two *items*\n\n1. first\n2. second\n\n> quoted line\n> continues\n\n> > nested\n"_s
        << QStringList{u"body: one"_s, u"body: two items"_s, u"body: first"_s, u"body: second"_s,
                       u"body: quoted line continues"_s, u"body: nested"_s};
    QTest::newRow("image alt text is a caption")
        << u"![The council chamber, *packed*](chamber.jpg)\n\nText with ![inline photo](p.jpg) inside.\n"_s
        << QStringList{u"caption*: The council chamber, packed"_s, u"body: Text with inside."_s,
                       u"caption*: inline photo"_s};
    QTest::newRow("code block")
        << u"```\nlet x = 1;\n  indented\n```\n"_s << QStringList{u"body: let x = 1;\n  indented"_s};
    QTest::newRow("raw HTML block kept as furniture")
        << u"Before.\n\n<div class=\"embed\">\n<iframe src=x></iframe>\n</div>\n\nAfter.\n"_s
        << QStringList{u"body: Before."_s,
                       u"furniture*: <div class=\"embed\">\n<iframe src=x></iframe>\n</div>"_s,
                       u"body: After."_s};
    QTest::newRow("thematic break gives nothing")
        << u"One.\n\n***\n\nTwo.\n"_s << QStringList{u"body: One."_s, u"body: Two."_s};
    QTest::newRow("a rule at the start is not front matter")
        << u"---\nNot front matter, no closing line.\n"_s
        << QStringList{u"body: Not front matter, no closing line."_s};
    QTest::newRow("empty") << QString() << QStringList();
}

void TestMarkdownReader::blocks()
{
    QFETCH(QString, markdown);
    QFETCH(QStringList, blocks);

    QCOMPARE(describe(readMarkdown(markdown).blocks), blocks);
}

void TestMarkdownReader::frontMatter_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("outlet");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("byline");
    QTest::addColumn<QDate>("published");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("blocks");

    QTest::newRow("full front matter")
        << u"---\ntitle: \"Council votes: a close call\"\nauthor: Jane Doe\ndate: 2024-03-05\n"
           u"url: https://example.org/a\noutlet: 'The Daily'\ntags:\n  - council\n---\n"
           u"# Council votes\n\nText.\n"_s
        << u"The Daily"_s << u"Council votes: a close call"_s << u"Jane Doe"_s << QDate(2024, 3, 5)
        << u"https://example.org/a"_s
        << QStringList{u"heading: Council votes"_s, u"body: Text."_s};
    QTest::newRow("author list, timestamp, source, closing dots")
        << u"---\nauthors:\n  - Ann Lee\n  - Bo Chen\npublished: 2024-01-02T10:00:00Z\n"
           u"source: Radio One\nlink: /relative\n...\nText.\n"_s
        << u"Radio One"_s << QString() << u"Ann Lee, Bo Chen"_s << QDate(2024, 1, 2) << QString()
        << QStringList{u"body: Text."_s};
    QTest::newRow("inline list, publisher")
        << u"---\nauthor: [Ann Lee, \"Bo Chen\"]\npublisher: The Weekly\n---\nText.\n"_s
        << u"The Weekly"_s << QString() << u"Ann Lee, Bo Chen"_s << QDate() << QString()
        << QStringList{u"body: Text."_s};
    QTest::newRow("no front matter: first top heading is the title")
        << u"Intro.\n\n## Not this\n\n# Headline\n\n# Second\n"_s << QString() << u"Headline"_s
        << QString() << QDate() << QString()
        << QStringList{u"body: Intro."_s, u"heading: Not this"_s, u"heading: Headline"_s,
                       u"heading: Second"_s};
    QTest::newRow("markup in front matter stays literal")
        << u"---\ntitle: <script>alert(1)</script>\n---\n"_s << QString()
        << u"<script>alert(1)</script>"_s << QString() << QDate() << QString() << QStringList();
}

void TestMarkdownReader::frontMatter()
{
    QFETCH(QString, markdown);
    QFETCH(QString, outlet);
    QFETCH(QString, title);
    QFETCH(QString, byline);
    QFETCH(QDate, published);
    QFETCH(QString, url);
    QFETCH(QStringList, blocks);

    const ParsedDocument document = readMarkdown(markdown);
    QCOMPARE(document.meta.outlet, outlet);
    QCOMPARE(document.meta.title, title);
    QCOMPARE(document.meta.byline, byline);
    QCOMPARE(document.meta.published, published);
    QCOMPARE(document.meta.url, url);
    QCOMPARE(describe(document.blocks), blocks);
}

void TestMarkdownReader::pathologicalInput_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("text"); // must survive in the blocks

    QTest::newRow("100,000 nested quotes") << QString(100'000, u'>') + u" deep"_s << u"deep"_s;
    QTest::newRow("deeply nested lists") << []() -> QString {
        QString markdown;
        for (int i = 0; i < 2'000; ++i)
            markdown += QString(i * 2, u' ') + u"- item\n"_s;
        return markdown + u"\nafter lists\n"_s;
    }() << u"after lists"_s;
    QTest::newRow("100,000 open brackets") << QString(100'000, u'[') + u"text"_s << u"text"_s;
    QTest::newRow("100,000 emphasis openers")
        << QString(100'000, u'*').replace(u"**"_s, u"*a"_s) + u"end"_s << u"end"_s;
    QTest::newRow("unterminated front matter")
        << u"---\n"_s + QString(1000, u'x') + u"\n"_s.repeated(300) + u"last line"_s << u"last line"_s;
}

void TestMarkdownReader::pathologicalInput()
{
    QFETCH(QString, markdown);
    QFETCH(QString, text);

    QElapsedTimer timer;
    timer.start();
    const QStringList blocks = describe(readMarkdown(markdown).blocks);
    QVERIFY2(timer.elapsed() < 20'000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(std::any_of(blocks.begin(), blocks.end(),
                        [&](const QString &block) { return block.contains(text); }));
}

QTEST_GUILESS_MAIN(TestMarkdownReader)
#include "tst_markdownreader.moc"
