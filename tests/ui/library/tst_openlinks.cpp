// File → Open URL…, a pasted link and Refresh from URL, driven with keys and
// clicks against a server in the test on 127.0.0.1, checked by what a person
// sees: the articles in the library, each failure naming its link.

#include "../../app/ingest/fetch/LocalHttpServer.h"
#include "MainWindow.h"
#include "library/ImportProgress.h"
#include "library/LibraryModel.h"
#include "library/LibraryPanel.h"
#include "library/LinkImport.h"
#include "library/OpenLinksDialog.h"
#include "reader/ReaderView.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;
using parallax::testing::HttpReply;
using parallax::testing::LocalHttpServer;

namespace {

constexpr int kBoundMs = 20000;

QByteArray page(const QByteArray &title, const QByteArray &extra = {})
{
    return "<!doctype html><html><head><meta charset=utf-8><title>" + title + "</title></head><body><article>"
           "<h1>" + title + "</h1>"
           "<p>The old river bridge closed on Monday for three weeks of repairs, the council said.</p>"
           "<p>Drivers are asked to use the ring road while crews replace the deck.</p>" + extra +
           "</article></body></html>";
}

// Every title the library panel shows, stories opened.
QStringList shownTitles(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QStringList titles;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        titles.append(index.data().toString());
        titles += shownTitles(model, index);
    }
    return titles;
}

bool shows(const QAbstractItemModel *model, const QString &title)
{
    const QStringList titles = shownTitles(model);
    return std::any_of(titles.cbegin(), titles.cend(), [&](const QString &shown) { return shown.contains(title); });
}

QString resultText(const OpenLinksDialog *dialog)
{
    QStringList lines;
    for (int row = 0; row < dialog->resultList()->count(); ++row)
        lines.append(dialog->resultList()->item(row)->text());
    return lines.join(u'\n');
}

} // namespace

class TestOpenLinks final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"parallax-tests"_s);
        QCoreApplication::setApplicationName(u"tst_openlinks"_s);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.isListening());
        m_server.route("/bridge", HttpReply::page(page("Bridge closes for repairs")));
        m_server.route("/pasted", HttpReply::page(page("Ferry doubles its crossings")));
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1200, 800);
        m_window->openLibrary(m_dir.filePath(u"library-%1.sqlite"_s.arg(++m_libraries)));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup() { m_window.reset(); }

    void openUrlFetchesEachLinkAndNamesFailures()
    {
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
        OpenLinksDialog *dialog = m_window->linkImport()->dialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        const QString good = m_server.url(u"/bridge"_s).toString();
        const QString missing = m_server.url(u"/missing"_s).toString();
        dialog->linksEdit()->setFocus();
        QTest::keyClicks(dialog->linksEdit(), good);
        QTest::keyClick(dialog->linksEdit(), Qt::Key_Return);
        QTest::keyClicks(dialog->linksEdit(), missing);
        QTest::keyClick(dialog->linksEdit(), Qt::Key_Return);
        QTest::keyClicks(dialog->linksEdit(), u"not a link"_s);
        QTest::mouseClick(dialog->fetchButton(), Qt::LeftButton);

        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isFetching(), kBoundMs);
        QTRY_VERIFY_WITH_TIMEOUT(shows(m_window->libraryPanel()->model(), u"Bridge closes for repairs"_s), kBoundMs);
        const QString results = resultText(dialog);
        QVERIFY2(results.contains(m_server.url(u"/missing"_s).toDisplayString() + u": HTTP 404 Not Found"_s),
                 qPrintable(results));
        QVERIFY2(results.contains(u"not a link: not an http or https link"_s), qPrintable(results));
        QVERIFY2(results.contains(m_server.url(u"/bridge"_s).toDisplayString() + u": fetched"_s), qPrintable(results));
        QVERIFY(dialog->isVisible()); // stays to show what failed
        QCOMPARE(dialog->cancelButton()->text(), u"&Close"_s);
        if (const QString folder = qEnvironmentVariable("PARALLAX_SCREENSHOTS"); !folder.isEmpty())
            QVERIFY(dialog->grab().save(folder + u"/open-url.png"_s));
        QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY(!m_window->linkImport()->dialog());
    }

    void cancelStopsAFetchThatHangs()
    {
        HttpReply stall = HttpReply::page("<p>never more", "text/html");
        stall.headers.append(std::pair<QByteArray, QByteArray>("Content-Length", "100000"));
        stall.delivery = HttpReply::Delivery::Stall;
        m_server.route("/hangs", stall);
        m_window->linkImport()->openLinks({m_server.url(u"/hangs"_s).toString()});
        OpenLinksDialog *dialog = m_window->linkImport()->dialog();
        QVERIFY(dialog && dialog->isFetching());
        QTRY_VERIFY_WITH_TIMEOUT(m_server.requests().contains("/hangs"), kBoundMs);
        if (const QString folder = qEnvironmentVariable("PARALLAX_SCREENSHOTS"); !folder.isEmpty())
            QVERIFY(dialog->grab().save(folder + u"/open-url-fetching.png"_s));
        QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
        QVERIFY(!dialog->isFetching());
        QVERIFY2(resultText(dialog).contains(m_server.url(u"/hangs"_s).toDisplayString() + u": cancelled"_s),
                 qPrintable(resultText(dialog)));
    }

    void aPageTheReaderRefusesIsReportedByItsLink()
    {
        // PNG bytes the server calls HTML: fetched, then refused by its bytes.
        m_server.route("/photo.html", HttpReply::page(QByteArray::fromHex("89504e470d0a1a0a") + QByteArray(64, '\0')));
        m_window->linkImport()->openLinks({m_server.url(u"/photo.html"_s).toString()});
        QTRY_VERIFY_WITH_TIMEOUT(m_window->importProgress()->report(), kBoundMs);
        const QString details = m_window->importProgress()->report()->detailedText();
        QVERIFY2(details.contains(m_server.url(u"/photo.html"_s).toDisplayString() + u": binary file (PNG image)"_s),
                 qPrintable(details));
        QVERIFY(!shows(m_window->libraryPanel()->model(), u"photo"_s));
    }

    void pastingALinkFetchesItsPage()
    {
        QApplication::clipboard()->setText(m_server.url(u"/pasted"_s).toString() + u"\n"_s);
        QTest::keyClick(m_window.get(), Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(shows(m_window->libraryPanel()->model(), u"Ferry doubles its crossings"_s), kBoundMs);
        // Everything fetched: the dialog closed by itself.
        QTRY_VERIFY(!m_window->linkImport()->dialog());
    }

    void refreshOffersToCompareTheVersions()
    {
        m_server.route("/live", HttpReply::page(page("Bridge reopens")));
        m_window->linkImport()->openLinks({m_server.url(u"/live"_s).toString()});
        QTRY_VERIFY_WITH_TIMEOUT(shows(m_window->libraryPanel()->model(), u"Bridge reopens"_s), kBoundMs);
        QSignalSpy shown(m_window.get(), &MainWindow::articleShown);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->libraryPanel()->selectedArticleIds().isEmpty(), kBoundMs);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->readerView()->hasArticle(), kBoundMs);
        QAction *refresh = m_window->action(u"refreshFromUrl"_s);
        QTRY_VERIFY(refresh->isEnabled());

        refresh->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(refresh->isEnabled(), kBoundMs);
        QVERIFY(!m_window->linkImport()->report()); // unchanged: a word in the status bar only

        m_server.route("/live", HttpReply::page(page("Bridge reopens", "<p>Update: a week early, the council says.</p>")));
        QSignalSpy compared(m_window.get(), &MainWindow::comparisonShown);
        refresh->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->linkImport()->report(), kBoundMs);
        QMessageBox *report = m_window->linkImport()->report();
        QVERIFY2(report->text().contains(m_server.url(u"/live"_s).toDisplayString()), qPrintable(report->text()));
        if (const QString folder = qEnvironmentVariable("PARALLAX_SCREENSHOTS"); !folder.isEmpty())
            QVERIFY(report->grab().save(folder + u"/refresh-changed.png"_s));
        auto *compare = qobject_cast<QPushButton *>(report->defaultButton());
        QVERIFY(compare);
        QTest::mouseClick(compare, Qt::LeftButton);
        QVERIFY(compared.wait(kBoundMs));
        QCOMPARE(m_window->libraryPanel()->selectedArticleIds().size(), 2);
    }

private:
    QTemporaryDir m_dir;
    LocalHttpServer m_server;
    int m_libraries = 0;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestOpenLinks)
#include "tst_openlinks.moc"
