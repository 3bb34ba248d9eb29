#include "ExportFixture.h"
#include "align/Aligner.h"
#include "export/HtmlExport.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

// Where npm puts vnu.jar when the test installs it into the build tree.
const QString vnuDir = QStringLiteral(PARALLAX_VNU_DIR);
const QString vnuJar = vnuDir + u"/node_modules/vnu-jar/build/dist/vnu.jar"_s;

bool installVnu(QString *log)
{
    const QString npm = QStandardPaths::findExecutable(u"npm"_s);
    if (npm.isEmpty()) {
        *log = u"npm not found"_s;
        return false;
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(npm, {u"install"_s, u"--no-audit"_s, u"--no-fund"_s, u"--prefix"_s, vnuDir, u"vnu-jar"_s});
    process.waitForFinished(240'000);
    *log = QString::fromLocal8Bit(process.readAll());
    return QFileInfo::exists(vnuJar);
}

} // namespace

// The Nu Html Checker (the W3C's validator) on the pages the exporter
// writes. It needs Java; without it the test fails rather than passes
// unchecked (packaging/install-deps.sh installs default-jre-headless).
class TestHtmlValidation final : public QObject
{
    Q_OBJECT
private slots:
    void pagesAreValidHtml5();
};

void TestHtmlValidation::pagesAreValidHtml5()
{
    const QString java = QStandardPaths::findExecutable(u"java"_s);
    QVERIFY2(!java.isEmpty(), "java not found: install default-jre-headless (packaging/install-deps.sh)");
    QString log;
    QVERIFY2(QFileInfo::exists(vnuJar) || installVnu(&log),
             qPrintable(u"vnu.jar missing and `npm install vnu-jar` into %1 failed:\n%2"_s.arg(vnuDir, log)));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QList<Article> story = testing::sampleStory();
    const QList<std::pair<QString, QList<Article>>> pages{
        {u"pair.html"_s, story.mid(0, 2)},
        {u"story.html"_s, story},
        {u"hostile-pair.html"_s,
         {testing::hostileArticle(u"<i>A</i>"_s, u"javascript:x()"_s, u"Only A says the ferry runs at dawn."_s),
          testing::hostileArticle(u"B & C"_s, u"https://example.org/?a=<b>"_s, u"Only B says it is free."_s)}},
        {u"hostile-three.html"_s,
         {testing::hostileArticle(u"A"_s, {}, u"Only A says the ferry runs at dawn."_s),
          testing::hostileArticle(u"B"_s, u"data:text/html,x"_s, u"Only B says it is free."_s),
          testing::hostileArticle(u"C"_s, u"http://example.org/"_s, u"Only C says it carries bicycles."_s)}},
    };
    QStringList files;
    for (const auto &[name, articles] : pages) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(writeComparisonHtml(file, articles, compareArticles(articles)));
        files << file.fileName();
    }

    QProcess vnu;
    vnu.setProcessChannelMode(QProcess::MergedChannels);
    vnu.start(java, QStringList{u"-jar"_s, vnuJar, u"--errors-only"_s, u"--format"_s, u"text"_s} + files);
    QVERIFY2(vnu.waitForFinished(180'000), "the validator did not finish");
    const QString output = QString::fromLocal8Bit(vnu.readAll());
    QVERIFY2(vnu.exitStatus() == QProcess::NormalExit && vnu.exitCode() == 0, qPrintable(output));
}

QTEST_GUILESS_MAIN(TestHtmlValidation)
#include "tst_htmlvalidation.moc"
