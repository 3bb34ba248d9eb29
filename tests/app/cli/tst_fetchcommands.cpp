// import, compare and refresh with links, against a server in the test on
// 127.0.0.1: what a person types and what they read back.

#include "../ingest/fetch/LocalHttpServer.h"
#include "CliRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using parallax::testing::HttpReply;
using parallax::testing::LocalHttpServer;
using parallax::testing::parallaxRun;
using Run = parallax::testing::CliRun;

namespace {

QByteArray storyPage(const QByteArray &outlet, const QByteArray &extra = {})
{
    return "<!doctype html><html><head><meta charset=utf-8><title>Bridge closes</title>"
           "<meta property=\"og:site_name\" content=\"" + outlet + "\"></head><body><article>"
           "<h1>Bridge closes for repairs</h1>"
           "<p>The old river bridge closed on Monday for three weeks of repairs, the council said.</p>"
           "<p>Drivers are asked to use the ring road while crews replace the deck.</p>" + extra +
           "</article></body></html>";
}

QJsonObject json(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

class TestFetchCommands final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    LocalHttpServer m_server;
    int m_libraries = 0;
    QString m_library;

    QStringList withLibrary(QStringList arguments) const { return arguments << u"--library"_s << m_library; }
    QString link(const QString &path) const { return m_server.url(path).toString(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.isListening());
        m_server.route("/valley", HttpReply::page(storyPage("Valley Post")));
        m_server.route("/moved", HttpReply::redirect("/valley", 301));
        m_server.route("/herald", HttpReply::page(storyPage("Herald", "<p>Shops on the quay fear a quiet month.</p>")));
        m_server.route("/photo", HttpReply::page(QByteArray::fromHex("89504e470d0a1a0a") + QByteArray(64, '\0'), "image/png"));
    }
    void init() { m_library = m_dir.filePath(u"library-%1.sqlite"_s.arg(++m_libraries)); }

    void helpNamesLinks()
    {
        for (const QString &command : {u"import"_s, u"compare"_s, u"refresh"_s}) {
            const Run help = parallaxRun({command, u"--help"_s});
            QCOMPARE(help.exitCode, 0);
            QVERIFY2(help.out.contains(u"URL"_s) || help.out.contains(u"link"_s), qPrintable(help.out));
        }
        QVERIFY(parallaxRun({u"--help"_s}).out.contains(u"refresh"_s));
        QCOMPARE(parallaxRun({u"refresh"_s}).exitCode, 2);
    }

    void importsLinksBesideFiles()
    {
        const QString file = QStringLiteral(PARALLAX_SOURCE_DIR "/resources/sample");
        const Run run = parallaxRun(withLibrary({u"import"_s, link(u"/moved"_s), link(u"/missing"_s), link(u"/photo"_s),
                                                 u"ftp://127.0.0.1/x"_s}));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(u"imported %1 as article 1"_s.arg(m_server.url(u"/moved"_s).toDisplayString())),
                 qPrintable(run.out));
        QVERIFY2(run.err.contains(m_server.url(u"/missing"_s).toDisplayString() + u": HTTP 404 Not Found"_s),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(m_server.url(u"/photo"_s).toDisplayString() + u": not an article: the server says it is image/png"_s),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(u"ftp://127.0.0.1/x: only http and https"_s), qPrintable(run.err));
        QVERIFY(run.out.contains(u"1 imported, 0 already present, 3 failed"_s));

        const Run show = parallaxRun(withLibrary({u"show"_s, u"1"_s, u"--json"_s}));
        QCOMPARE(show.exitCode, 0);
        const QJsonObject article = json(show.out);
        QCOMPARE(article.value(u"fetched_url"_s).toString(), link(u"/moved"_s));
        QCOMPARE(article.value(u"final_url"_s).toString(), link(u"/valley"_s));
        QCOMPARE(article.value(u"url"_s).toString(), link(u"/valley"_s));
        QVERIFY(!article.value(u"fetched_at"_s).toString().isEmpty());
        QVERIFY(article.value(u"previous_version"_s).isNull());
        QCOMPARE(article.value(u"outlet"_s).toString(), u"Valley Post"_s);

        const Run again = parallaxRun(withLibrary({u"import"_s, link(u"/valley"_s)}));
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(u"already in the library as article 1"_s), qPrintable(again.out));
    }

    void comparesLinks()
    {
        const Run stored = parallaxRun(withLibrary({u"compare"_s, link(u"/valley"_s), link(u"/herald"_s), u"--json"_s, u"-"_s}));
        QCOMPARE(stored.exitCode, 0);
        const QJsonObject comparison = json(stored.out);
        QCOMPARE(comparison.value(u"format"_s).toInt(), 1);
        const QJsonArray articles = comparison.value(u"articles"_s).toArray();
        QCOMPARE(articles.size(), 2);
        QCOMPARE(articles[1].toObject().value(u"final_url"_s).toString(), link(u"/herald"_s));
        QCOMPARE(articles[0].toObject().value(u"id"_s).toInt(), 1);
        QCOMPARE(comparison.value(u"pairs"_s).toArray().size(), 1);

        m_library = m_dir.filePath(u"unused.sqlite"_s);
        const Run memory = parallaxRun(withLibrary({u"compare"_s, link(u"/valley"_s), link(u"/herald"_s), u"--no-store"_s}));
        QCOMPARE(memory.exitCode, 0);
        QVERIFY2(memory.out.contains(u"Valley Post ~ Herald"_s), qPrintable(memory.out));
        QVERIFY(!QFile::exists(m_library));

        const Run failed = parallaxRun(withLibrary({u"compare"_s, link(u"/valley"_s), link(u"/missing"_s), u"--no-store"_s}));
        QCOMPARE(failed.exitCode, 1);
        QVERIFY(failed.err.contains(m_server.url(u"/missing"_s).toDisplayString() + u": HTTP 404 Not Found"_s));
    }

    void refreshKeepsVersions()
    {
        m_server.route("/live", HttpReply::page(storyPage("Valley Post")));
        QCOMPARE(parallaxRun(withLibrary({u"import"_s, link(u"/live"_s)})).exitCode, 0);

        const Run same = parallaxRun(withLibrary({u"refresh"_s, u"1"_s}));
        QCOMPARE(same.exitCode, 0);
        QVERIFY2(same.out.contains(u"article 1 is unchanged"_s), qPrintable(same.out));

        m_server.route("/live", HttpReply::page(storyPage("Valley Post", "<p>Update: the bridge reopens a week early.</p>")));
        const Run changed = parallaxRun(withLibrary({u"refresh"_s, u"1"_s}));
        QCOMPARE(changed.exitCode, 0);
        QVERIFY2(changed.out.contains(u"article 1 has changed: stored as article 2, version 2 of article 1"_s),
                 qPrintable(changed.out));
        QVERIFY(changed.out.contains(u"parallax compare 1 2"_s));

        const Run list = parallaxRun(withLibrary({u"list"_s}));
        QVERIFY2(list.out.contains(u"version 2 of article 1"_s), qPrintable(list.out));
        const Run show = parallaxRun(withLibrary({u"show"_s, u"2"_s}));
        QVERIFY2(show.out.contains(u"version 2 of article 1"_s), qPrintable(show.out));
        QCOMPARE(json(parallaxRun(withLibrary({u"show"_s, u"2"_s, u"--json"_s})).out).value(u"previous_version"_s).toInt(), 1);

        const Run compare = parallaxRun(withLibrary({u"compare"_s, u"1"_s, u"2"_s}));
        QCOMPARE(compare.exitCode, 0);

        m_server.route("/live", HttpReply::error(500, "Internal Server Error"));
        const Run broken = parallaxRun(withLibrary({u"refresh"_s, u"2"_s}));
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(broken.err.contains(m_server.url(u"/live"_s).toDisplayString() + u": HTTP 500 Internal Server Error"_s),
                 qPrintable(broken.err));
        QCOMPARE(parallaxRun(withLibrary({u"list"_s})).out.count(u'\n'), 3); // two articles and the count
    }

    void refreshNeedsAFetchedArticle()
    {
        QCOMPARE(parallaxRun(withLibrary({u"import"_s, QStringLiteral(PARALLAX_SOURCE_DIR "/resources/sample")})).exitCode, 0);
        const Run run = parallaxRun(withLibrary({u"refresh"_s, u"1"_s}));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"article 1 was not fetched from a link"_s), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestFetchCommands)
#include "tst_fetchcommands.moc"
