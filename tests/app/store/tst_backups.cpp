// A damaged library is detected at open, set aside and never silently
// replaced; rotating backups are made with VACUUM INTO and can be restored,
// from the engine and from `parallax restore-backup`.

#include "cli/CommandLine.h"
#include "ingest/Importer.h"
#include "store/ArticleStore.h"
#include "store/Backups.h"
#include "store/Database.h"
#include "store/LibraryUseLock.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

const QString sampleDir = QStringLiteral(PARALLAX_SOURCE_DIR "/resources/sample");

int articleCount(const QString &path)
{
    Database db(path);
    if (!db.isOpen())
        return -1;
    QSqlQuery query(db.connection());
    if (!query.exec(u"SELECT count(*) FROM articles"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

// A library with the sample story in it, closed (its log folded back in).
void makeLibrary(const QString &path, int files = 4)
{
    Database db(path);
    QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
    ArticleStore store(db);
    Importer importer(store);
    QStringList paths = QDir(sampleDir).entryList(QDir::Files, QDir::Name);
    for (int i = 0; i < files && i < paths.size(); ++i)
        importer.importFile(sampleDir + u'/' + paths[i], {});
}

// Two articles in backup-1, four in the library since.
void makeBackedUpLibrary(const QString &path)
{
    makeLibrary(path, 2);
    {
        Database db(path);
        QCOMPARE(backups::make(db), QString());
    }
    makeLibrary(path, 4);
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files, QDir::Name);
}

int runCli(const QStringList &arguments, QString *out, QString *err)
{
    QTextStream outStream(out);
    QTextStream errStream(err);
    return cli::run(QStringList{u"parallax"_s} + arguments, {outStream, errStream});
}

} // namespace

class TestBackups final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void damage_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("truncated to half") << u"truncate"_s;
        QTest::newRow("pages scribbled over") << u"scribble"_s;
        QTest::newRow("header overwritten, backups beside it") << u"header"_s;
        QTest::newRow("emptied, backups beside it") << u"empty"_s;
    }

    void damage()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        makeLibrary(path);
        {
            Database db(path);
            QCOMPARE(backups::make(db), QString());
        }
        const QByteArray original = [&] {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        QVERIFY(original.size() > 8 * 4096);
        QByteArray damaged = original;
        if (kind == u"truncate") {
            damaged.truncate(original.size() / 2);
        } else if (kind == u"scribble") {
            QRandomGenerator generator(7);
            for (qsizetype i = 4096; i < damaged.size(); ++i)
                damaged[i] = char(generator.bounded(256));
        } else if (kind == u"header") {
            damaged.replace(0, 100, QByteArray(100, 'x'));
        } else {
            damaged.clear();
        }
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(damaged);
        }

        Database db(path);
        QVERIFY(!db.isOpen());
        QVERIFY(db.isDamaged());
        QVERIFY2(db.errorString().contains(u"damaged"_s), qPrintable(db.errorString()));
        QVERIFY2(db.errorString().contains(u"restore-backup"_s), qPrintable(db.errorString()));
        // Set aside unchanged, and no new library in its place.
        QVERIFY(!QFile::exists(path));
        QVERIFY(db.setAsidePath().startsWith(path + u".damaged-"_s));
        QVERIFY(db.errorString().contains(QDir::toNativeSeparators(db.setAsidePath())));
        QFile aside(db.setAsidePath());
        QVERIFY(aside.open(QIODevice::ReadOnly));
        QCOMPARE(aside.readAll(), damaged);
    }

    void aDamagedLibraryIsNotSilentlyReplacedByAnEmptyOne()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        makeLibrary(path);
        QFile::resize(path, QFileInfo(path).size() / 2);
        QVERIFY(!Database(path).isOpen());
        QVERIFY(!QFile::exists(path));

        // Opened again, it still refuses and names the damaged file.
        Database again(path);
        QVERIFY(!again.isOpen());
        QVERIFY2(again.errorString().contains(u".damaged-"_s), qPrintable(again.errorString()));
        QVERIFY(!QFile::exists(path));
        QVERIFY(again.isDamaged());
        QVERIFY(again.setAsidePath().startsWith(path + u".damaged-"_s));
    }

    void aFileThatWasNeverALibraryIsLeftWhereItIs()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"notes.sqlite"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        Database db(path);
        QVERIFY(!db.isOpen());
        QVERIFY(!db.isDamaged());
        QCOMPARE(filesIn(dir.path()), QStringList{u"notes.sqlite"_s});
    }

    void backupsRotateKeepingThree()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        {
            Database db(path);
            QVERIFY(backups::list(path).isEmpty());
            QVERIFY(backups::isDue(path));
        }
        const QStringList samples = QDir(sampleDir).entryList(QDir::Files, QDir::Name);
        QCOMPARE(samples.size(), 4);
        for (int i = 0; i < 4; ++i) {
            Database db(path);
            ArticleStore store(db);
            QCOMPARE(Importer(store).importFile(sampleDir + u'/' + samples[i], {}).status,
                     ImportOutcome::Status::Imported);
            QCOMPARE(backups::make(db), QString());
        }
        const auto list = backups::list(path);
        QCOMPARE(list.size(), backups::kept);
        QVERIFY(!backups::isDue(path));
        // Newest first: backup-1 holds all four articles, backup-3 two.
        QCOMPARE(articleCount(list[0].path), 4);
        QCOMPARE(articleCount(list[1].path), 3);
        QCOMPARE(articleCount(list[2].path), 2);
        QVERIFY(!QFile::exists(path + u".backup-4"_s));
        QVERIFY(!QFile::exists(path + u".backup-new"_s));
    }

    void openingMakesADailyBackupOfALibraryWithArticles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        { Database db(path); } // new and empty: nothing worth a copy
        QVERIFY(backups::list(path).isEmpty());
        makeLibrary(path, 1);
        QVERIFY(backups::list(path).isEmpty()); // it was empty when opened
        { Database db(path); }
        QCOMPARE(backups::list(path).size(), 1);
        { Database db(path); } // not due again for a day
        QCOMPARE(backups::list(path).size(), 1);
    }

    void restorePutsTheBackupInPlaceAndKeepsWhatWasThere()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        makeBackedUpLibrary(path);
        QCOMPARE(articleCount(path), 4);
        QString replaced;
        QCOMPARE(backups::restore(path, 1, &replaced), QString());
        QVERIFY(replaced.startsWith(path + u".replaced-"_s));
        QCOMPARE(articleCount(path), 2);
        QCOMPARE(articleCount(replaced), 4);
        QVERIFY(!backups::restore(path, 3, &replaced).isEmpty()); // there is no third
    }

    // Replacing the file under an open library would send its writes to the
    // copy set aside: a restore waits until no process has it open.
    void restoreRefusesALibraryThatIsOpen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        makeBackedUpLibrary(path);
        QString replaced;
        {
            Database window(path);
            QVERIFY(window.isOpen());
            const QString error = backups::restore(path, 1, &replaced);
            QVERIFY2(error.contains(u"is open in Parallax"_s) && error.contains(u"close it first"_s), qPrintable(error));
            QVERIFY(replaced.isEmpty());
            QCOMPARE(filesIn(dir.path()).filter(u".replaced-"_s), QStringList());
        }
        QCOMPARE(articleCount(path), 4);

        // Another process holding the library open, as a second window does:
        // one Python process (flock(1) would leave a forked child holding
        // the lock for a moment after it is killed).
        QProcess other;
        other.start(u"python3"_s, {u"-c"_s, u"import fcntl, sys, time\n"
                                           "f = open(sys.argv[1], 'a')\n"
                                           "fcntl.flock(f, fcntl.LOCK_SH)\n"
                                           "print('held', flush=True)\n"
                                           "time.sleep(60)\n"_s,
                                   LibraryUseLock::lockPath(path)});
        QVERIFY(other.waitForReadyRead(10000));
        QCOMPARE(other.readAllStandardOutput().trimmed(), QByteArray("held"));
        QVERIFY(backups::restore(path, 1, &replaced).contains(u"close it first"_s));
        QCOMPARE(articleCount(path), 4);
        // Killed, it holds nothing any more.
        other.kill();
        QVERIFY(other.waitForFinished());
        QCOMPARE(backups::restore(path, 1, &replaced), QString());
        QCOMPARE(articleCount(path), 2);
    }

    void aLibraryBeingRestoredDoesNotOpen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        makeLibrary(path, 1);
        LibraryUseLock restoring;
        QCOMPARE(restoring.acquire(path, LibraryUseLock::Mode::Exclusive), LibraryUseLock::Result::Locked);
        Database db(path);
        QVERIFY(!db.isOpen());
        QVERIFY2(db.errorString().contains(u"being replaced by a backup"_s), qPrintable(db.errorString()));
        restoring.release();
        QCOMPARE(articleCount(path), 1);
    }

    void commandLineReportsDamageAndRestores()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        makeLibrary(path, 3);
        QString out, err;
        QCOMPARE(runCli({u"backup"_s, u"--library"_s, path}, &out, &err), 0);
        QVERIFY2(out.contains(u"backup-1"_s), qPrintable(out + err));
        QFile::resize(path, QFileInfo(path).size() / 3);

        out.clear();
        err.clear();
        QCOMPARE(runCli({u"list"_s, u"--library"_s, path}, &out, &err), 3);
        QVERIFY2(err.contains(u"damaged"_s) && err.contains(u"parallax restore-backup --library"_s), qPrintable(err));
        QCOMPARE(runCli({u"import"_s, sampleDir, u"--library"_s, path}, &out, &err), 3);
        QVERIFY(!QFile::exists(path));

        out.clear();
        err.clear();
        QCOMPARE(runCli({u"restore-backup"_s, u"--list"_s, u"--library"_s, path}, &out, &err), 0);
        QVERIFY2(out.startsWith(u"1 "_s), qPrintable(out));
        QCOMPARE(runCli({u"restore-backup"_s, u"7"_s, u"--library"_s, path}, &out, &err), 2);
        QCOMPARE(runCli({u"restore-backup"_s, u"--library"_s, path}, &out, &err), 0);
        QCOMPARE(articleCount(path), 3);
    }
};

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
