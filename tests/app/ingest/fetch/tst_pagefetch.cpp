// Fetching one page against a server in the test (127.0.0.1 only) that
// behaves, lies, stalls or never stops: every fetch ends within its bound
// with a message naming the link and the reason, and a refused page leaves
// the library as it was. In the spirit of tst_hostileinput.

#include "LocalHttpServer.h"
#include "ingest/Importer.h"
#include "ingest/fetch/FetchQueue.h"
#include "ingest/fetch/PageFetch.h"
#include "store/ArticleStore.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <zlib.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using parallax::testing::HttpReply;
using parallax::testing::LocalHttpServer;

namespace parallax {
namespace {

// Generous for a loaded two-core machine; a fetch that misbehaves would run
// into the minutes of the default limits instead.
constexpr int kBoundMs = 20000;

FetchLimits shortLimits()
{
    FetchLimits limits;
    limits.transferTimeout = 1s;
    limits.deadline = 4s;
    return limits;
}

QByteArray gzip(const QByteArray &data)
{
    z_stream stream{};
    // 31: zlib's deflate with a gzip wrapper.
    if (deflateInit2(&stream, Z_BEST_SPEED, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(int(deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return out;
}

const QByteArray pngBytes = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489")
    + QByteArray(200, '\0');

const QByteArray articleHtml = "<!doctype html><html><head><title>Bridge closes for repairs</title></head><body>"
                               "<article><h1>Bridge closes for repairs</h1>"
                               "<p>The old river bridge closed on Monday for three weeks of repairs, the council said.</p>"
                               "<p>Drivers are asked to use the ring road while crews replace the deck.</p>"
                               "</article></body></html>";

} // namespace

class TestPageFetch final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<LocalHttpServer>();
        QVERIFY(m_server->isListening());
        m_db = std::make_unique<Database>(u":memory:"_s);
        QVERIFY(m_db->isOpen());
        m_store = std::make_unique<ArticleStore>(*m_db);
    }
    void cleanup()
    {
        m_store.reset();
        m_db.reset();
        m_server.reset();
    }

    void storesThePageAfterARedirect()
    {
        m_server->route("/start", HttpReply::redirect("/story"));
        m_server->route("/story", HttpReply::page(articleHtml));
        const FetchOutcome outcome = fetch(m_server->url(u"/start"_s));
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QCOMPARE(outcome.page->requestedUrl, m_server->url(u"/start"_s));
        QCOMPARE(outcome.page->finalUrl, m_server->url(u"/story"_s));
        QCOMPARE(outcome.page->bytes, articleHtml);
        QCOMPARE(outcome.page->charset, "utf-8"_ba);
        QVERIFY(outcome.page->fetchedAt.isValid());

        const ImportOutcome imported = Importer(*m_store).importPage(*outcome.page, {});
        QCOMPARE(imported.status, ImportOutcome::Status::Imported);
        const auto article = m_store->article(imported.articleId);
        QVERIFY(article);
        QCOMPARE(article->original, articleHtml); // the exact bytes
        QCOMPARE(article->fetchedUrl, m_server->url(u"/start"_s).toString());
        QCOMPARE(article->finalUrl, m_server->url(u"/story"_s).toString());
        QCOMPARE(article->meta.url, m_server->url(u"/story"_s).toString()); // no canonical link of its own
        QCOMPARE(article->meta.title, u"Bridge closes for repairs"_s);
        QCOMPARE(article->format, DocumentFormat::Html);
        QVERIFY(article->fetchedAt.isValid());
        QCOMPARE(m_server->requests().size(), 2);
    }

    void keepsThePagesOwnCanonicalUrl()
    {
        QByteArray page = articleHtml;
        page.replace("<title>", "<link rel=\"canonical\" href=\"https://news.example/bridge\"><title>");
        m_server->route("/c", HttpReply::page(page));
        const FetchOutcome outcome = fetch(m_server->url(u"/c"_s));
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        const ImportOutcome imported = Importer(*m_store).importPage(*outcome.page, {});
        QCOMPARE(m_store->article(imported.articleId)->meta.url, u"https://news.example/bridge"_s);
    }

    // Content-Language is the server's word, behind the page's own
    // <html lang>, and believed only where the words are too few to tell.
    void languageFromTheHeader()
    {
        HttpReply reply = HttpReply::page("<p>Paris, lundi.</p>");
        reply.headers.emplaceBack("Content-Language", "fr-FR");
        m_server->route("/short", reply);
        HttpReply declared = HttpReply::page("<html lang=de><p>Paris, Montag.</p>");
        declared.headers.emplaceBack("Content-Language", "fr-FR");
        m_server->route("/declared", declared);
        HttpReply wrong = HttpReply::page(articleHtml);
        wrong.headers.emplaceBack("Content-Language", "fr");
        m_server->route("/wrong", wrong);

        const auto languageOf = [this](const QString &path) -> QString {
            const FetchOutcome outcome = fetch(m_server->url(path));
            if (!outcome.ok())
                return u"fetch failed: "_s + outcome.error;
            const ImportOutcome imported = Importer(*m_store).importPage(*outcome.page, {});
            return m_store->article(imported.articleId)->language;
        };
        QCOMPARE(languageOf(u"/short"_s), u"fr"_s);
        QCOMPARE(languageOf(u"/declared"_s), u"de"_s);
        QCOMPARE(languageOf(u"/wrong"_s), u"en"_s);
    }

    void charsetFromTheHeader()
    {
        // windows-1252 bytes, no <meta>: only the server says what they are.
        const QByteArray text = "Caf\xe9 owners on the quay say the closure cost them a season of trade.\n";
        m_server->route("/latin", HttpReply::page(text, "text/plain; charset=windows-1252"));
        const FetchOutcome outcome = fetch(m_server->url(u"/latin"_s));
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QCOMPARE(outcome.page->charset, "windows-1252"_ba);
        const ImportOutcome imported = Importer(*m_store).importPage(*outcome.page, {});
        const auto article = m_store->article(imported.articleId);
        QVERIFY(article);
        QCOMPARE(article->encoding, u"windows-1252"_s);
        QVERIFY(article->blocks.constFirst().text.startsWith(u"Café owners"_s));
    }

    void aLyingCharsetDoesNotMakeMojibake()
    {
        // UTF-8 bytes the server calls ISO-8859-1: the bytes win.
        const QByteArray text = u"Zürich’s café owners say the closure cost them a season.\n"_s.toUtf8();
        m_server->route("/lie", HttpReply::page(text, "text/plain; charset=ISO-8859-1"));
        const FetchOutcome outcome = fetch(m_server->url(u"/lie"_s));
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        const ImportOutcome imported = Importer(*m_store).importPage(*outcome.page, {});
        const auto article = m_store->article(imported.articleId);
        QVERIFY(article);
        QCOMPARE(article->encoding, u"UTF-8"_s);
        QVERIFY(article->blocks.constFirst().text.startsWith(u"Zürich’s café"_s));
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QString>("reason");
        QTest::newRow("404") << "/missing"_ba << u"HTTP 404 Not Found"_s;
        QTest::newRow("500") << "/broken"_ba << u"HTTP 500 Internal Server Error"_s;
        QTest::newRow("redirect loop") << "/loop-a"_ba << u"redirects in a loop"_s;
        QTest::newRow("too many redirects") << "/hop0"_ba << u"too many redirects (more than 5)"_s;
        QTest::newRow("redirect to file") << "/to-file"_ba << u"file:///etc/passwd, which is not an http or https link"_s;
        QTest::newRow("redirect to ftp") << "/to-ftp"_ba << u"ftp://127.0.0.1/story.html, which is not"_s;
        QTest::newRow("redirect to data") << "/to-data"_ba << u"data:"_s;
        QTest::newRow("image") << "/photo.html"_ba << u"not an article: the server says it is image/png"_s;
        QTest::newRow("pdf") << "/report.html"_ba << u"application/pdf"_s;
        QTest::newRow("octet-stream") << "/blob"_ba << u"application/octet-stream"_s;
        QTest::newRow("30 MB, said") << "/huge"_ba << u"too large"_s;
        QTest::newRow("30 MB, unsaid") << "/endless"_ba << u"too large"_s;
        // Qt's own ratio check stops this one before the cap; the next one
        // unpacks at a ratio Qt lets through, and the cap stops it.
        QTest::newRow("gzip bomb") << "/bomb"_ba << u"compressed page unpacks to far more"_s;
        QTest::newRow("gzip, 30 MB unpacked") << "/gzip-text"_ba << u"too large"_s;
        QTest::newRow("body never ends") << "/stall"_ba << u"timed out: no data for 1 seconds"_s;
        QTest::newRow("slow trickle") << "/trickle"_ba << u"timed out: not complete after 4 seconds"_s;
    }
    void refused()
    {
        QFETCH(QByteArray, path);
        QFETCH(QString, reason);
        m_server->route("/broken", HttpReply::error(500, "Internal Server Error"));
        m_server->route("/loop-a", HttpReply::redirect("/loop-b"));
        m_server->route("/loop-b", HttpReply::redirect(m_server->urlBytes(u"/loop-a"_s), 301));
        for (int i = 0; i < 8; ++i)
            m_server->route("/hop" + QByteArray::number(i), HttpReply::redirect("/hop" + QByteArray::number(i + 1), 307));
        m_server->route("/to-file", HttpReply::redirect("file:///etc/passwd"));
        m_server->route("/to-ftp", HttpReply::redirect("ftp://127.0.0.1/story.html"));
        m_server->route("/to-data", HttpReply::redirect("data:text/html,<p>hello</p>"));
        m_server->route("/photo.html", HttpReply::page(pngBytes, "image/png"));
        m_server->route("/report.html", HttpReply::page("%PDF-1.7\n", "application/pdf"));
        m_server->route("/blob", HttpReply::page(QByteArray(100, 'x'), "application/octet-stream"));
        // The large ones are built only for their own row.
        if (path == "/huge")
            m_server->route("/huge", HttpReply::page(QByteArray(30 * 1024 * 1024, 'a'), "text/plain"));
        HttpReply endless = HttpReply::page({}, "text/plain");
        endless.delivery = HttpReply::Delivery::Endless;
        m_server->route("/endless", endless);
        if (path == "/bomb") {
            HttpReply bomb = HttpReply::page(gzip(QByteArray(50 * 1024 * 1024, '\0')), "text/html");
            bomb.headers.append(std::pair<QByteArray, QByteArray>("Content-Encoding", "gzip"));
            QVERIFY(!bomb.body.isEmpty() && bomb.body.size() < 1024 * 1024);
            m_server->route("/bomb", bomb);
        }
        if (path == "/gzip-text") {
            QByteArray text(30 * 1024 * 1024, Qt::Uninitialized);
            QRandomGenerator random(12);
            for (char &c : text)
                c = char('a' + random.bounded(16));
            HttpReply packed = HttpReply::page(gzip(text), "text/plain");
            packed.headers.append(std::pair<QByteArray, QByteArray>("Content-Encoding", "gzip"));
            QVERIFY(packed.body.size() < 20 * 1024 * 1024);
            m_server->route("/gzip-text", packed);
        }
        HttpReply stall = HttpReply::page("<html><body><p>The first paragraph", "text/html");
        stall.headers.append(std::pair<QByteArray, QByteArray>("Content-Length", "100000"));
        stall.delivery = HttpReply::Delivery::Stall;
        m_server->route("/stall", stall);
        HttpReply trickle = HttpReply::page({}, "text/plain");
        trickle.delivery = HttpReply::Delivery::Trickle;
        m_server->route("/trickle", trickle);

        const qsizetype before = articleCount();
        QElapsedTimer clock;
        clock.start();
        // Short times only where the row is about them: a loaded machine
        // must not turn a size row into a time-out.
        FetchLimits limits = shortLimits();
        if (path != "/stall")
            limits.transferTimeout = 10s;
        if (path != "/trickle")
            limits.deadline = 15s;
        const FetchOutcome outcome = fetch(m_server->url(QString::fromLatin1(path)), limits);
        QVERIFY(clock.elapsed() < kBoundMs);
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.error.contains(reason), qPrintable(outcome.error));
        QVERIFY2(outcome.message().startsWith(m_server->url(QString::fromLatin1(path)).toDisplayString() + u": "_s),
                 qPrintable(outcome.message()));
        QCOMPARE(articleCount(), before);
    }

    void pngCalledHtmlIsRefusedByItsBytes()
    {
        m_server->route("/photo.html", HttpReply::page(pngBytes, "text/html"));
        const FetchOutcome outcome = fetch(m_server->url(u"/photo.html"_s));
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        const ImportOutcome imported = Importer(*m_store).importPage(*outcome.page, {});
        QCOMPARE(imported.status, ImportOutcome::Status::Failed);
        QCOMPARE(imported.path, m_server->url(u"/photo.html"_s).toDisplayString());
        QVERIFY2(imported.message.contains(u"PNG"_s), qPrintable(imported.message));
        QCOMPARE(articleCount(), 0);
    }

    void fetchesNothingThePageNames()
    {
        QByteArray page = articleHtml;
        const QByteArray elsewhere = m_server->urlBytes(u"/elsewhere/"_s);
        page.replace("<title>", QByteArray("<base href=\"" + elsewhere + "\"><link rel=stylesheet href=\"style.css\">"
                                           "<script src=\"app.js\"></script><title>"));
        page.replace("<h1>", "<img src=\"photo.jpg\"><iframe src=\"/frame\"></iframe><h1>");
        m_server->route("/page", HttpReply::page(page));
        const FetchOutcome outcome = fetch(m_server->url(u"/page"_s));
        QVERIFY2(outcome.ok(), qPrintable(outcome.error));
        QCOMPARE(Importer(*m_store).importPage(*outcome.page, {}).status, ImportOutcome::Status::Imported);
        QCOMPARE(m_server->requests(), QList<QByteArray>{"/page"});
    }

    void refusesOtherSchemesAtTheStart()
    {
        for (const QString &link : {u"file:///etc/passwd"_s, u"ftp://127.0.0.1/a"_s, u"data:text/html,hi"_s}) {
            const FetchOutcome outcome = fetch(QUrl(link));
            QVERIFY(!outcome.ok());
            QVERIFY2(outcome.message().contains(link.section(u':', 0, 0)), qPrintable(outcome.message()));
        }
        QVERIFY(m_server->requests().isEmpty());
    }

    void connectionRefused()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        const QUrl url(u"http://127.0.0.1:%1/story"_s.arg(port));
        const FetchOutcome outcome = fetch(url, shortLimits());
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.message(), url.toDisplayString() + u": connection refused"_s);
    }

    void tlsFailure()
    {
        QUrl url = m_server->url(u"/page"_s);
        url.setScheme(u"https"_s);
        const FetchOutcome outcome = fetch(url, shortLimits());
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.error.startsWith(u"TLS error"_s), qPrintable(outcome.error));
    }

    void cancelStopsAtOnce()
    {
        HttpReply stall = HttpReply::page("<p>never more", "text/html");
        stall.headers.append(std::pair<QByteArray, QByteArray>("Content-Length", "100000"));
        stall.delivery = HttpReply::Delivery::Stall;
        m_server->route("/stall", stall);
        QNetworkAccessManager network;
        PageFetch fetch(network, m_server->url(u"/stall"_s), {});
        QSignalSpy finished(&fetch, &PageFetch::finished);
        fetch.start();
        QTRY_VERIFY_WITH_TIMEOUT(!m_server->requests().isEmpty(), kBoundMs);
        fetch.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(fetch.outcome().error, u"cancelled"_s);
    }

    void batchFetchesAFewAtATime()
    {
        QList<QUrl> urls;
        for (int i = 0; i < 7; ++i) {
            const QByteArray path = "/story" + QByteArray::number(i);
            QByteArray page = articleHtml;
            page.replace("three weeks", QByteArray(QByteArray::number(i + 2) + " weeks"));
            m_server->route(path, HttpReply::page(page));
            urls.append(m_server->url(QString::fromLatin1(path)));
        }
        urls.insert(3, m_server->url(u"/missing"_s));
        QNetworkAccessManager network;
        FetchQueue queue(network);
        QSignalSpy fetched(&queue, &FetchQueue::pageFetched);
        QSignalSpy finished(&queue, &FetchQueue::finished);
        int mostAtOnce = 0;
        connect(&queue, &FetchQueue::progress, this, [&](int done, int, qint64) {
            mostAtOnce = std::max(mostAtOnce, int(m_server->requests().size()) - done);
        });
        queue.start(urls);
        QVERIFY(finished.wait(kBoundMs));
        QCOMPARE(fetched.size(), urls.size());
        QVERIFY(mostAtOnce <= 3);
        int failures = 0;
        for (const QList<QVariant> &signal : std::as_const(fetched)) {
            const auto outcome = signal.at(1).value<FetchOutcome>();
            QCOMPARE(outcome.url, urls.at(signal.at(0).toInt()));
            failures += outcome.ok() ? 0 : 1;
        }
        QCOMPARE(failures, 1);
    }

    void cancellingABatchReportsEveryLink()
    {
        HttpReply stall = HttpReply::page("<p>never more", "text/html");
        stall.headers.append(std::pair<QByteArray, QByteArray>("Content-Length", "100000"));
        stall.delivery = HttpReply::Delivery::Stall;
        QList<QUrl> urls;
        for (int i = 0; i < 5; ++i) {
            const QByteArray path = "/slow" + QByteArray::number(i);
            m_server->route(path, stall);
            urls.append(m_server->url(QString::fromLatin1(path)));
        }
        QNetworkAccessManager network;
        FetchQueue queue(network);
        QSignalSpy fetched(&queue, &FetchQueue::pageFetched);
        QSignalSpy finished(&queue, &FetchQueue::finished);
        queue.start(urls);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->requests().size(), 3, kBoundMs);
        queue.cancel();
        QCOMPARE(fetched.size(), 5);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(m_server->requests().size(), 3);
    }

private:
    FetchOutcome fetch(const QUrl &url, const FetchLimits &limits = {})
    {
        QNetworkAccessManager network;
        PageFetch fetch(network, url, limits);
        QSignalSpy finished(&fetch, &PageFetch::finished);
        fetch.start();
        if (finished.isEmpty() && !finished.wait(kBoundMs))
            return {};
        [&] { QCOMPARE(finished.size(), 1); }();
        return fetch.outcome();
    }

    qsizetype articleCount() const { return m_store->summaries().size(); }

    std::unique_ptr<LocalHttpServer> m_server;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ArticleStore> m_store;
};

} // namespace parallax

QTEST_GUILESS_MAIN(parallax::TestPageFetch)
#include "tst_pagefetch.moc"
