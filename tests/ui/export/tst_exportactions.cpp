#include "ExportActions.h"
#include "align/Aligner.h"
#include "ingest/ArticleReader.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QPrinter>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

#include <variant>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

ExportSubject sampleSubject()
{
    ExportSubject subject;
    for (const QString &name : {u"ellery-courier.txt"_s, u"valley-post.txt"_s}) {
        QFile file(QStringLiteral(PARALLAX_SOURCE_DIR "/resources/sample/") + name);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read the sample story");
        subject.articles.append(std::get<Article>(ArticleReader::read(file.readAll(), name, {})));
    }
    subject.comparison = compareArticles(subject.articles);
    return subject;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestExportActions final : public QObject
{
    Q_OBJECT
private slots:
    void actionsFollowAvailability();
    void nothingShownDoesNothing();
    void filterChoosesFormat_data();
    void filterChoosesFormat();
    void reportsUnwritablePath();
    void printsToPdfPrinter();
};

void TestExportActions::actionsFollowAvailability()
{
    QWidget window;
    ExportActions actions(&window, [] { return std::optional<ExportSubject>(); });
    QCOMPARE(actions.printAction()->shortcut(), QKeySequence(QKeySequence::Print));
    QVERIFY(!actions.exportAction()->isEnabled());
    actions.setAvailable(true);
    QVERIFY(actions.exportAction()->isEnabled() && actions.printAction()->isEnabled()
            && actions.printPreviewAction()->isEnabled());
    actions.setAvailable(false);
    QVERIFY(!actions.printPreviewAction()->isEnabled());
}

void TestExportActions::nothingShownDoesNothing()
{
    QWidget window;
    int asked = 0;
    ExportActions actions(&window, [&asked] {
        ++asked;
        return std::optional<ExportSubject>();
    });
    actions.setAvailable(true);
    // With no comparison no dialog opens, so these return at once.
    actions.exportAction()->trigger();
    actions.printAction()->trigger();
    actions.printPreviewAction()->trigger();
    QCOMPARE(asked, 3);
}

void TestExportActions::filterChoosesFormat_data()
{
    QTest::addColumn<int>("filter");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QByteArray>("start");
    QTest::newRow("html") << 0 << u"html"_s << QByteArray("<!DOCTYPE html>");
    QTest::newRow("pdf") << 1 << u"pdf"_s << QByteArray("%PDF-");
    QTest::newRow("json") << 2 << u"json"_s << QByteArray("{");
    QTest::newRow("csv") << 3 << u"csv"_s << QByteArray("claim,outlet,article,sentence,unique");
}

void TestExportActions::filterChoosesFormat()
{
    QFETCH(int, filter);
    QFETCH(QString, suffix);
    QFETCH(QByteArray, start);
    QTemporaryDir dir;
    const ExportActions::Format format = ExportActions::formatForFilter(ExportActions::filters().at(filter));
    const QString path = ExportActions::withSuffix(dir.filePath(u"comparison"_s), format);
    QCOMPARE(QFileInfo(path).suffix(), suffix);
    QCOMPARE(ExportActions::withSuffix(u"/x/mine.txt"_s, format), u"/x/mine.txt"_s);
    QString error;
    QVERIFY2(ExportActions::write(path, format, sampleSubject(), &error), qPrintable(error));
    QVERIFY(contents(path).startsWith(start));
}

void TestExportActions::reportsUnwritablePath()
{
    QString error;
    QVERIFY(!ExportActions::write(u"/nonexistent/dir/x.html"_s, ExportActions::Format::Html, sampleSubject(), &error));
    QVERIFY(!error.isEmpty());
}

void TestExportActions::printsToPdfPrinter()
{
    QTemporaryDir dir;
    QPrinter printer;
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(u"printed.pdf"_s));
    ExportActions::print(printer, sampleSubject());
    QVERIFY(contents(dir.filePath(u"printed.pdf"_s)).startsWith("%PDF-"));
}

QTEST_MAIN(TestExportActions)
#include "tst_exportactions.moc"
