#include "../cli/CliRun.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;
using parallax::testing::parallaxRun;
using Run = parallax::testing::CliRun;

namespace {

const QString sampleDir = QStringLiteral(PARALLAX_SOURCE_DIR "/resources/sample");

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// The export half of the command line: compare --html/--pdf/--csv and
// export --story. QTEST_MAIN gives the QGuiApplication that --pdf needs.
class TestExportCommand final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void compareWritesEveryFormat();
    void exportWritesAStory();
    void exportReportsMistakes();
    void unwritableTargetFails();
};

void TestExportCommand::compareWritesEveryFormat()
{
    const Run run = parallaxRun({u"compare"_s, u"--no-store"_s, sampleDir + u"/ellery-courier.txt"_s,
                                 sampleDir + u"/valley-post.txt"_s, u"--html"_s, path(u"c.html"_s), u"--csv"_s,
                                 path(u"c.csv"_s), u"--pdf"_s, path(u"c.pdf"_s)});
    QCOMPARE(run.exitCode, int(cli::Success));
    QVERIFY(contents(path(u"c.html"_s)).startsWith("<!DOCTYPE html>"));
    QVERIFY(contents(path(u"c.csv"_s)).startsWith("claim,outlet,article,sentence,unique,closest_article,closest_score,closest_sentence,by_hand\r\n"));
    QVERIFY(contents(path(u"c.pdf"_s)).startsWith("%PDF-"));
    QVERIFY(run.out.contains(u"claims"_s));
}

void TestExportCommand::exportWritesAStory()
{
    const QString library = path(u"library.sqlite"_s);
    const Run imported = parallaxRun({u"import"_s, u"--library"_s, library, u"--story"_s, u"Harrow Bridge"_s, sampleDir});
    QCOMPARE(imported.exitCode, int(cli::Success));
    const Run run = parallaxRun({u"export"_s, u"--library"_s, library, u"--story"_s, u"Harrow Bridge"_s, u"--html"_s,
                                 path(u"s.html"_s), u"--json"_s, path(u"s.json"_s)});
    QVERIFY2(run.exitCode == cli::Success, qPrintable(run.err));
    const QByteArray page = contents(path(u"s.html"_s));
    QVERIFY(page.contains("Parallax comparison of 4 articles"));
    QVERIFY(page.contains("class=\"claims-table\""));
    QVERIFY(contents(path(u"s.json"_s)).contains("\"format\": 1"));
}

void TestExportCommand::exportReportsMistakes()
{
    const QString library = path(u"mistakes.sqlite"_s);
    QCOMPARE(parallaxRun({u"export"_s, u"--library"_s, library, u"--html"_s, path(u"x.html"_s)}).exitCode,
             int(cli::UsageError));
    QCOMPARE(parallaxRun({u"export"_s, u"--library"_s, library, u"--story"_s, u"S"_s}).exitCode, int(cli::UsageError));
    const Run missing =
        parallaxRun({u"export"_s, u"--library"_s, library, u"--story"_s, u"Nope"_s, u"--html"_s, path(u"x.html"_s)});
    QCOMPARE(missing.exitCode, int(cli::UsageError));
    QVERIFY(missing.err.contains(u"Nope"_s));
    QVERIFY(!QFile::exists(path(u"x.html"_s)));
    QVERIFY(parallaxRun({u"--help"_s}).out.contains(u"export"_s));
}

void TestExportCommand::unwritableTargetFails()
{
    const Run run = parallaxRun({u"compare"_s, u"--no-store"_s, sampleDir + u"/ellery-courier.txt"_s,
                                 sampleDir + u"/valley-post.txt"_s, u"--html"_s, path(u"no/such/dir/c.html"_s)});
    QCOMPARE(run.exitCode, int(cli::LibraryError));
    QVERIFY(run.err.contains(u"cannot write"_s));
}

QTEST_MAIN(TestExportCommand)
#include "tst_exportcommand.moc"
