#include "ingest/FormatSniffer.h"

#include <QTest>

using namespace parallax;
using namespace Qt::StringLiterals;

class TestFormatSniffer final : public QObject
{
    Q_OBJECT

private slots:
    void sniffs_data();
    void sniffs();
    void looksOnlyAtTheStart();
};

void TestFormatSniffer::sniffs_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("text");
    QTest::addColumn<DocumentFormat>("format");

    const QString prose = u"The council met on Tuesday.\n\nThe vote was close.\n"_s;
    const QString page = u"<!DOCTYPE html>\n<html><head><title>T</title></head><body><p>x</p></body></html>"_s;
    const QString markdown = u"# Council votes\n\nThe council met on [Tuesday](https://example.org/a).\n"_s;

    QTest::newRow(".txt prose") << u"a.txt"_s << prose << DocumentFormat::PlainText;
    QTest::newRow(".html page") << u"a.html"_s << page << DocumentFormat::Html;
    QTest::newRow(".HTM upper case") << u"A.HTM"_s << u"<p>Paragraph</p>"_s << DocumentFormat::Html;
    QTest::newRow(".xhtml with XML declaration")
        << u"a.xhtml"_s << u"<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"></html>"_s
        << DocumentFormat::Html;
    QTest::newRow(".md") << u"notes.md"_s << markdown << DocumentFormat::Markdown;
    QTest::newRow(".markdown plain") << u"notes.markdown"_s << prose << DocumentFormat::Markdown;

    // Content wins where it clearly disagrees.
    QTest::newRow(".txt holding a doctype") << u"saved.txt"_s << page << DocumentFormat::Html;
    QTest::newRow(".txt holding <html> after a comment")
        << u"saved.txt"_s << u"\n<!-- saved from url -->\n<HTML><BODY>text</BODY></HTML>"_s
        << DocumentFormat::Html;
    QTest::newRow(".md holding a page") << u"page.md"_s << page << DocumentFormat::Html;
    QTest::newRow(".html without any markup, Markdown inside")
        << u"a.html"_s << markdown << DocumentFormat::Markdown;
    QTest::newRow(".html without any markup") << u"a.html"_s << prose << DocumentFormat::PlainText;
    QTest::newRow("no extension, Markdown heading")
        << u"README"_s << u"Intro line\n\n## Background\n\nMore text.\n"_s << DocumentFormat::Markdown;
    QTest::newRow("no extension, Markdown link")
        << u"story"_s << u"Read the [full report](https://example.org/r) here.\n"_s
        << DocumentFormat::Markdown;
    QTest::newRow("no extension, setext heading")
        << u"story"_s << u"Council votes\n=============\n\nText.\n"_s << DocumentFormat::Markdown;
    QTest::newRow("no extension, front matter")
        << u"story"_s << u"---\ntitle: Vote\n---\nText.\n"_s << DocumentFormat::Markdown;
    QTest::newRow("no extension, prose") << u"story"_s << prose << DocumentFormat::PlainText;
    QTest::newRow("no extension, HTML fragment")
        << u"clip"_s << u"<div><p>Saved part of a page.</p></div>"_s << DocumentFormat::Html;
    QTest::newRow("unknown extension, page") << u"a.php"_s << page << DocumentFormat::Html;
    QTest::newRow("empty") << u"empty"_s << QString() << DocumentFormat::PlainText;

    // Plain text that merely looks a little like Markdown stays plain text.
    QTest::newRow(".txt with a single heading-like line")
        << u"a.txt"_s << u"# 1 in the charts\n\nText.\n"_s << DocumentFormat::PlainText;
    QTest::newRow(".txt with bullets") << u"a.txt"_s << u"Points:\n- one\n- two\n"_s
                                       << DocumentFormat::PlainText;
    QTest::newRow(".txt that is clearly Markdown")
        << u"a.txt"_s << markdown << DocumentFormat::Markdown;
    QTest::newRow("no extension, mentions a tag")
        << u"story"_s << u"Writers use the <b> tag for bold.\n"_s << DocumentFormat::PlainText;
    QTest::newRow("no extension, bullets only")
        << u"story"_s << u"Points:\n- one\n- two\n"_s << DocumentFormat::PlainText;
}

void TestFormatSniffer::sniffs()
{
    QFETCH(QString, fileName);
    QFETCH(QString, text);
    QFETCH(DocumentFormat, format);

    QCOMPARE(sniffFormat(fileName, text), format);
}

void TestFormatSniffer::looksOnlyAtTheStart()
{
    // A long plain text with a Markdown heading far beyond the sniffed start.
    const QString text = QString(100'000, u'x') + u"\n# Heading\n"_s;
    QCOMPARE(sniffFormat(u"story"_s, text), DocumentFormat::PlainText);
    QCOMPARE(sniffFormat(u"story"_s, QString(u"# Heading\n"_s + text)), DocumentFormat::Markdown);
}

QTEST_GUILESS_MAIN(TestFormatSniffer)
#include "tst_formatsniffer.moc"
