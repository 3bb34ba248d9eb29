// Nothing an article says becomes active in the window: the reader and the
// comparison panes fetch no resource an article names (no local file, no
// device, no network), and titles, bylines, outlets and story names show
// literally wherever they appear, never read as rich text.

#include "align/Aligner.h"
#include "compare/ArticlePane.h"
#include "compare/ComparisonView.h"
#include "library/LibraryModel.h"
#include "reader/ReaderView.h"

#include <QImage>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/inotify.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

const QString kTitle = u"<b>Bold</b> & <img src=\"/dev/zero\" onerror=alert(1)> Tom &amp; Jerry"_s;
const QString kByline = u"<a href=\"file:///etc/passwd\">Eve</a>"_s;
const QString kOutlet = u"<svg onload=alert(2)>Outlet</svg>"_s;
const QString kPlainAmpersand = u"Tom & Jerry"_s; // no tag: a tooltip takes it as plain text

// Counts open and read events on files, so a test can tell that nothing was
// opened, rather than that nothing was shown.
class OpenWatch final
{
    Q_DISABLE_COPY_MOVE(OpenWatch)
public:
    explicit OpenWatch(const QStringList &paths)
        : m_fd(inotify_init1(IN_NONBLOCK | IN_CLOEXEC))
    {
        for (const QString &path : paths)
            inotify_add_watch(m_fd, QFile::encodeName(path).constData(), IN_OPEN | IN_ACCESS);
    }
    ~OpenWatch() { ::close(m_fd); }
    bool isValid() const { return m_fd >= 0; }
    int events() const
    {
        int count = 0;
        alignas(inotify_event) char buffer[4096];
        for (;;) {
            const ssize_t length = ::read(m_fd, buffer, sizeof buffer);
            if (length <= 0)
                return count;
            for (ssize_t offset = 0; offset < length;) {
                const auto *event = reinterpret_cast<const inotify_event *>(buffer + offset);
                ++count;
                offset += ssize_t(sizeof(inotify_event) + event->len);
            }
        }
    }

private:
    int m_fd = -1;
};

// A listening socket on the loopback: a fetch of an http URL naming its
// port would show up as a connection waiting to be accepted.
class Listener final
{
    Q_DISABLE_COPY_MOVE(Listener)
public:
    Listener()
        : m_fd(::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0))
    {
        sockaddr_in address = {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (::bind(m_fd, reinterpret_cast<sockaddr *>(&address), length) == 0 && ::listen(m_fd, 4) == 0
            && ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
            m_port = ntohs(address.sin_port);
    }
    ~Listener() { ::close(m_fd); }
    int port() const { return m_port; }
    bool connected() const
    {
        const int client = ::accept(m_fd, nullptr, nullptr);
        if (client < 0)
            return false;
        ::close(client);
        return true;
    }

private:
    int m_fd = -1;
    int m_port = 0;
};

Article hostileArticle(const QStringList &resources)
{
    Article article;
    article.id = 42;
    article.meta.title = kTitle;
    article.meta.byline = kByline;
    article.meta.outlet = kOutlet;
    for (const QString &url : resources) {
        Block block;
        block.text = u"Before <img src=\""_s + url + u"\"> <link rel=stylesheet href=\""_s + url
            + u"\"> <iframe src=\""_s + url + u"\"></iframe> after."_s;
        block.sentences = {{0, int(block.text.size())}};
        article.blocks.append(block);
    }
    Block style;
    style.text = u"<style>body { background: url(/dev/zero) }</style><script>alert(3)</script>"_s;
    article.blocks.append(style);
    return article;
}

bool hasImages(const QTextDocument *document)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isImageFormat())
                return true;
        }
    }
    return false;
}

// What a tooltip or a label with automatic format shows of a string.
QString asShown(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

} // namespace

class TestInertContent final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(u"picture.png"_s);
        QFile file(m_file);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\x89PNG\r\n\x1a\n");
        file.close();
        QVERIFY(m_server.port() > 0);
        m_resources = {u"/dev/zero"_s, u"file:///etc/passwd"_s, m_file, QUrl::fromLocalFile(m_file).toString(),
                       u"http://127.0.0.1:%1/tracker.png"_s.arg(m_server.port()),
                       u"https://example.org/x.css"_s, u"data:image/png;base64,iVBORw0KGgo="_s};
    }

    // The check is sharp: a plain QTextBrowser does read the local file.
    void aPlainBrowserWouldLoadIt()
    {
        QTextBrowser browser;
        QVERIFY(!browser.loadResource(QTextDocument::ImageResource, QUrl::fromLocalFile(m_file)).isNull());
    }

    void panesLoadNothingAnArticleNames()
    {
        // Only our own file: /etc/passwd and /dev/zero are read by other
        // processes all the time.
        OpenWatch watch({m_file});
        QVERIFY(watch.isValid());
        watch.events(); // whatever happened before this test

        const Article article = hostileArticle(m_resources);
        ReaderView reader;
        reader.resize(800, 600);
        reader.setArticle(article);
        reader.show();
        ComparisonView comparison;
        comparison.resize(1200, 700);
        Article other = article;
        other.id = 43;
        other.blocks.removeLast();
        comparison.setComparison({article, other}, compareArticles({article, other}));
        comparison.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reader));
        QVERIFY(QTest::qWaitForWindowExposed(&comparison));
        reader.grab(); // lays out and paints everything shown
        comparison.grab();

        const QList<ArticlePane *> panes = {reader.pane(), comparison.pane(PairPresentation::Left),
                                            comparison.pane(PairPresentation::Right)};
        for (ArticlePane *pane : panes) {
            const QString shown = pane->document()->toPlainText();
            for (const QString &url : m_resources)
                QVERIFY2(shown.contains(url), qPrintable(url)); // the markup shows as text
            QVERIFY(!hasImages(pane->document()));
            for (const QString &url : m_resources) {
                for (int type : {int(QTextDocument::ImageResource), int(QTextDocument::StyleSheetResource),
                                 int(QTextDocument::HtmlResource), int(QTextDocument::MarkdownResource)}) {
                    // Blank, and not null: on a null answer, or an image that
                    // does not decode, Qt reads the file itself.
                    const QVariant answer = pane->loadResource(type, QUrl(url));
                    QVERIFY2(!answer.isNull(), qPrintable(url));
                    if (type == QTextDocument::ImageResource) {
                        const QImage image = answer.value<QImage>();
                        QCOMPARE(image.size(), QSize(1, 1));
                        QCOMPARE(image.pixelColor(0, 0).alpha(), 0);
                    } else {
                        QVERIFY2(answer.toByteArray().isEmpty(), qPrintable(url));
                    }
                }
            }
        }
        ArticlePane *pane = reader.pane();
        QVERIFY(pane->document()->toPlainText().contains(u"<script>alert(3)</script>"_s));

        // Even markup put into the pane's document asks the pane, which
        // refuses: the last line of defence if a later change inserts HTML.
        // (Not /dev/zero here: were the defence broken, the test would hang
        // instead of failing.)
        pane->document()->setHtml(u"<img src=\"%1\"><img src=\"%2\"><img src=\"%3\">"_s.arg(
            QUrl::fromLocalFile(m_file).toString(), m_file, m_resources[4]));
        pane->grab();
        QCoreApplication::processEvents();
        QCOMPARE(watch.events(), 0);
        QTest::qWait(50);
        QVERIFY(!m_server.connected());
    }

    void readerShowsMetadataLiterally()
    {
        ReaderView reader;
        reader.setArticle(hostileArticle({}));
        QCOMPARE(reader.titleText(), kTitle);
        bool titleSeen = false;
        for (const QLabel *label : reader.findChildren<QLabel *>()) {
            if (label->text().contains(u"Bold"_s) || label->text().contains(u"Eve"_s)
                || label->text().contains(u"Outlet"_s)) {
                QCOMPARE(label->textFormat(), Qt::PlainText);
                titleSeen = titleSeen || label->text() == kTitle;
            }
        }
        QVERIFY(titleSeen);
    }

    void libraryTooltipsShowNamesLiterally()
    {
        LibrarySnapshot snapshot;
        ArticleSummary hostile;
        hostile.id = 1;
        hostile.meta.title = kTitle;
        hostile.meta.outlet = kOutlet;
        hostile.sourcePath = u"/tmp/<i>x</i>.html"_s;
        ArticleSummary ampersand;
        ampersand.id = 2;
        ampersand.meta.title = kPlainAmpersand; // nothing else: the tooltip is the title alone
        snapshot.articles = {hostile, ampersand};
        snapshot.stories = {{7, kPlainAmpersand, {1, 2}}, {8, kTitle, {1}}};
        LibraryModel model;
        model.setSnapshot(snapshot);

        int checked = 0;
        std::function<void(const QModelIndex &)> visit = [&](const QModelIndex &parent) {
            for (int row = 0; row < model.rowCount(parent); ++row) {
                const QModelIndex index = model.index(row, 0, parent);
                const QString display = index.data(Qt::DisplayRole).toString();
                const QString tip = index.data(Qt::ToolTipRole).toString();
                if (display == kTitle || display == kPlainAmpersand) {
                    QVERIFY2(asShown(tip).contains(display), qPrintable(tip));
                    ++checked;
                }
                if (display == kTitle && index.data(Qt::ToolTipRole).toString().contains(u"Outlet"_s))
                    QVERIFY2(asShown(tip).contains(kOutlet), qPrintable(tip));
                visit(index);
            }
        };
        visit({});
        QVERIFY(checked >= 4); // two stories and two articles at least
    }

private:
    QTemporaryDir m_dir;
    QString m_file;
    Listener m_server;
    QStringList m_resources;
};

QTEST_MAIN(TestInertContent)
#include "tst_inertcontent.moc"
