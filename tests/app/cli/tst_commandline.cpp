#include "CliRun.h"
#include "LibraryBackends.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;
using parallax::testing::parallaxRun;
using Run = parallax::testing::CliRun;

namespace {

const QString sampleDir = QStringLiteral(PARALLAX_SOURCE_DIR "/resources/sample");
const QString seedsDir = QStringLiteral(PARALLAX_SEEDS_DIR);

QJsonDocument json(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "not JSON:" << error.errorString() << text.left(200);
    return document;
}

} // namespace

class TestCommandLine final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    // The shared library of the tests that need one but write nothing.
    QString library() const { return m_library; }
    QString m_library;

private slots:
    void initTestCase_data() { testing::addLibraryBackends(); }

    void init()
    {
        if (testing::onPostgres())
            PARALLAX_REQUIRE_POSTGRES();
        if (m_library.isEmpty() || testing::onPostgres() != m_library.startsWith(u"postgresql:"_s))
            m_library = testing::newLibraryLocation(&m_dir);
    }

    void initTestCase()
    {
        QCoreApplication::setApplicationVersion(u"9.8.7"_s);
        QVERIFY(m_dir.isValid());
    }

    void versionAndHelp()
    {
        const Run version = parallaxRun({u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), u"parallax 9.8.7"_s);
        const Run help = parallaxRun({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        for (const QString &command : {u"import"_s, u"list"_s, u"show"_s, u"compare"_s, u"--library"_s})
            QVERIFY2(help.out.contains(command), qPrintable(help.out));
        const Run importHelp = parallaxRun({u"import"_s, u"--help"_s});
        QCOMPARE(importHelp.exitCode, 0);
        QVERIFY(importHelp.out.contains(u"--story"_s));
        QVERIFY(importHelp.out.contains(u"--outlet"_s));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s};
        QTest::newRow("unknown option") << QStringList{u"list"_s, u"--frob"_s};
        QTest::newRow("import nothing") << QStringList{u"import"_s};
        QTest::newRow("show no id") << QStringList{u"show"_s, u"abc"_s};
        QTest::newRow("compare one") << QStringList{u"compare"_s, u"1"_s};
        QTest::newRow("bad min-run") << QStringList{u"compare"_s, u"1"_s, u"2"_s, u"--min-run"_s, u"0"_s};
        QTest::newRow("bad threshold") << QStringList{u"compare"_s, u"1"_s, u"2"_s, u"--threshold"_s, u"2"_s};
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Run run = parallaxRun(arguments + QStringList{u"--library"_s, library()});
        QCOMPARE(run.exitCode, int(cli::UsageError));
        QVERIFY(!run.err.isEmpty());
    }

    void importListShowAndReimport()
    {
        QTemporaryDir dir;
        PARALLAX_NEW_LIBRARY(lib, &dir);
        const Run imported = parallaxRun({u"import"_s, sampleDir, u"--story"_s, u"Harrow"_s, u"--library"_s, lib});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.out.contains(u"4 imported, 0 already present, 0 failed"_s), qPrintable(imported.out));

        const Run again = parallaxRun({u"import"_s, sampleDir, u"--library"_s, lib});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains(u"0 imported, 4 already present, 0 failed"_s));

        const Run list = parallaxRun({u"list"_s, u"--json"_s, u"--library"_s, lib});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray articles = json(list.out).array();
        QCOMPARE(articles.size(), 4);
        for (const QJsonValue &value : articles) {
            const QJsonObject article = value.toObject();
            for (const QString &key : {u"id"_s, u"outlet"_s, u"title"_s, u"byline"_s, u"published"_s, u"url"_s,
                                       u"file"_s, u"words"_s, u"language"_s})
                QVERIFY2(article.contains(key), qPrintable(key));
            QCOMPARE(article[u"language"_s].toString(), u"en"_s);
            QVERIFY(article[u"words"_s].toInt() > 50);
            const QJsonValue published = article[u"published"_s];
            QVERIFY(published.isNull() || QDate::fromString(published.toString(), Qt::ISODate).isValid());
        }

        const int id = articles[0].toObject()[u"id"_s].toInt();
        const Run show = parallaxRun({u"show"_s, QString::number(id), u"--json"_s, u"--library"_s, lib});
        QCOMPARE(show.exitCode, 0);
        QCOMPARE(json(show.out).object()[u"language"_s].toString(), u"en"_s);
        const QJsonArray blocks = json(show.out).object()[u"blocks"_s].toArray();
        QVERIFY(!blocks.isEmpty());
        QSet<QString> roles;
        for (const QJsonValue &block : blocks)
            roles.insert(block.toObject()[u"role"_s].toString());
        QVERIFY(roles.contains(u"body"_s));
        QVERIFY(roles.contains(u"furniture"_s));

        const Run text = parallaxRun({u"show"_s, QString::number(id), u"--library"_s, lib});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(u"furniture"_s));
        QVERIFY2(text.out.contains(u"Language: en (English)\n"_s), qPrintable(text.out));
    }

    void aBadFileFailsAloneWithItsNameAndReason()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(u"picture.txt"_s);
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10", 20));
        file.close();
        PARALLAX_NEW_LIBRARY(lib, &dir);
        const Run run = parallaxRun({u"import"_s, bad, sampleDir + u"/valley-post.txt"_s, u"--library"_s, lib});
        QCOMPARE(run.exitCode, int(cli::SomeInputsFailed));
        QVERIFY2(run.err.contains(u"picture.txt"_s) && run.err.contains(u"PNG"_s), qPrintable(run.err));
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY(run.out.contains(u"1 imported, 0 already present, 1 failed"_s));
    }

    void showUnknownArticle()
    {
        const Run run = parallaxRun({u"show"_s, u"999"_s, u"--library"_s, library()});
        QCOMPARE(run.exitCode, int(cli::SomeInputsFailed));
        QVERIFY(run.err.contains(u"999"_s));
    }

    void unusableLibrary()
    {
        PARALLAX_SQLITE_ONLY("a file that is not a library");
        QTemporaryDir dir;
        QFile file(dir.filePath(u"garbage.sqlite"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'g'));
        file.close();
        const Run run = parallaxRun({u"list"_s, u"--library"_s, file.fileName()});
        QCOMPARE(run.exitCode, int(cli::LibraryError));
        QVERIFY(run.err.contains(u"garbage.sqlite"_s));
    }

    void compareWritesFormatOneJson()
    {
        const Run run = parallaxRun({u"compare"_s, u"--no-store"_s, sampleDir + u"/ellery-courier.txt"_s,
                                     sampleDir + u"/northshore-daily.html"_s, u"--json"_s, u"-"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = json(run.out).object();
        QCOMPARE(result[u"format"_s].toInt(), 1);
        QCOMPARE(result[u"articles"_s].toArray().size(), 2);
        const QJsonArray pairs = result[u"pairs"_s].toArray();
        QCOMPARE(pairs.size(), 1);
        const QJsonObject pair = pairs[0].toObject();
        QVERIFY(!pair[u"links"_s].toArray().isEmpty());
        QVERIFY(pair[u"shared_words"_s].toObject()[u"a"_s].toDouble() > 0.2);
        QVERIFY(!result[u"claims"_s].toArray().isEmpty());
    }

    void mixedLanguagesAreComparedWithinEach()
    {
        QTemporaryDir dir;
        const auto write = [&dir](const QString &name, const QString &text) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text.toUtf8());
        };
        const QString english = u"Blinken arrived in Beijing on Sunday for two days of talks with Qin Gang.\n"_s;
        write(u"a.txt"_s, english);
        write(u"b.txt"_s, english);
        write(u"c.txt"_s, u"美国国务卿布林肯周日抵达北京，开始为期两天的访问。\n"_s);
        const QStringList files{dir.filePath(u"a.txt"_s), dir.filePath(u"b.txt"_s), dir.filePath(u"c.txt"_s)};

        const Run run = parallaxRun(QStringList{u"compare"_s, u"--no-store"_s} + files + QStringList{u"--json"_s, u"-"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject result = json(run.out).object();
        const QJsonArray languages = result[u"languages"_s].toArray();
        QCOMPARE(languages.size(), 2);
        QCOMPARE(languages[0].toObject()[u"language"_s].toString(), u"en"_s);
        QCOMPARE(languages[0].toObject()[u"articles"_s].toInt(), 2);
        QCOMPARE(languages[1].toObject()[u"language"_s].toString(), u"zh"_s);
        for (const QJsonValue &pair : result[u"pairs"_s].toArray())
            QVERIFY(pair[u"b"_s].toInt() != 2 && pair[u"a"_s].toInt() != 2);

        const Run summary = parallaxRun(QStringList{u"compare"_s, u"--no-store"_s} + files);
        QCOMPARE(summary.exitCode, 0);
        QVERIFY2(summary.out.contains(u"2 English, 1 Chinese articles: compared within each language"_s),
                 qPrintable(summary.out));
    }

    void compareByIdUsesTheLibraryAndItsCache()
    {
        QTemporaryDir dir;
        PARALLAX_NEW_LIBRARY(lib, &dir);
        QCOMPARE(parallaxRun({u"import"_s, sampleDir, u"--library"_s, lib}).exitCode, 0);
        const Run first = parallaxRun({u"compare"_s, u"1"_s, u"2"_s, u"3"_s, u"--library"_s, lib});
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(first.out.count(u" ~ "_s), 3); // every pair of three
        const Run second = parallaxRun({u"compare"_s, u"1"_s, u"2"_s, u"3"_s, u"--library"_s, lib});
        QCOMPARE(second.out, first.out);
        const Run missing = parallaxRun({u"compare"_s, u"1"_s, u"77"_s, u"--library"_s, lib});
        QCOMPARE(missing.exitCode, int(cli::SomeInputsFailed));
        QVERIFY(missing.err.contains(u"77"_s));
    }

    void importsTheSeedsWithSensibleMetadata()
    {
        if (!QFileInfo::exists(seedsDir))
            QSKIP("the shared seed articles are not beside this checkout");
        QTemporaryDir dir;
        PARALLAX_NEW_LIBRARY(lib, &dir);
        const Run imported = parallaxRun({u"import"_s, seedsDir, u"--library"_s, lib});
        QCOMPARE(imported.exitCode, 0);
        const QJsonArray articles = json(parallaxRun({u"list"_s, u"--json"_s, u"--library"_s, lib}).out).array();
        QCOMPARE(articles.size(), 5);
        QHash<QString, QJsonObject> byFile;
        for (const QJsonValue &value : articles) {
            const QJsonObject article = value.toObject();
            byFile.insert(article[u"file"_s].toString().section(u'/', -1), article);
            qInfo().noquote() << article[u"file"_s].toString().section(u'/', -1) << "|"
                              << article[u"outlet"_s].toString(u"null"_s) << "|"
                              << article[u"published"_s].toString(u"null"_s) << "|"
                              << article[u"title"_s].toString(u"null"_s);
            QVERIFY(!article[u"title"_s].toString().isEmpty());
        }
        QCOMPARE(byFile[u"000.txt"_s][u"published"_s].toString(), u"2023-02-02"_s);
        QVERIFY(byFile[u"000.txt"_s][u"outlet"_s].toString().contains(u"South China Morning Post"_s));
        QVERIFY(byFile[u"000.txt"_s][u"title"_s].toString().startsWith(u"Amid reports Blinken will meet Xi"_s));
        QCOMPARE(byFile[u"004.txt"_s][u"published"_s].toString(), u"2023-06-19"_s);
        QVERIFY(byFile[u"001.txt"_s][u"title"_s].toString().startsWith(u"Secretary of State Blinken heads to Beijing"_s));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
