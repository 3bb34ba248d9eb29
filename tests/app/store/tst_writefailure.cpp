// A failing disk during an import: a shim over SQLite's own file layer fails
// the Nth write (as a full or broken disk would) for every N an import
// makes. The import must fail with a message a person can read, the command
// line must say so, and the library must hold exactly what it held before.
//
// Qt's SQLite driver on Debian uses the system libsqlite3, the same library
// this test links, so a VFS registered here as the default is the one the
// driver's connections use; the test checks that it really is.

#include "cli/CommandLine.h"
#include "ingest/Importer.h"
#include "store/ArticleStore.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <cstring>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

const QString sampleDir = QStringLiteral(PARALLAX_SOURCE_DIR "/resources/sample");

// The shim's state; the test runs on one thread.
struct Faults {
    sqlite3_vfs *real = nullptr;
    int writes = 0;       // writes seen since arm()
    int failAt = 0;       // 0: never fail; otherwise fail this write and every later one
    int failCode = SQLITE_IOERR_WRITE;
    int injected = 0;     // writes failed so far, over the whole test
};
Faults faults;

void arm(int failAt, int code)
{
    faults.writes = 0;
    faults.failAt = failAt;
    faults.failCode = code;
}

void disarm()
{
    faults.failAt = 0;
}

// The real file follows our header in the same allocation (szOsFile).
struct ShimFile {
    sqlite3_file base;
    sqlite3_file *real() { return reinterpret_cast<sqlite3_file *>(this + 1); }
};

ShimFile *shim(sqlite3_file *file)
{
    return reinterpret_cast<ShimFile *>(file);
}

bool failing()
{
    ++faults.writes;
    if (faults.failAt > 0 && faults.writes >= faults.failAt) {
        ++faults.injected;
        return true;
    }
    return false;
}

int shimClose(sqlite3_file *f)
{
    const int rc = shim(f)->real()->pMethods ? shim(f)->real()->pMethods->xClose(shim(f)->real()) : SQLITE_OK;
    return rc;
}
int shimRead(sqlite3_file *f, void *buffer, int amount, sqlite3_int64 offset)
{
    return shim(f)->real()->pMethods->xRead(shim(f)->real(), buffer, amount, offset);
}
int shimWrite(sqlite3_file *f, const void *buffer, int amount, sqlite3_int64 offset)
{
    if (failing())
        return faults.failCode;
    return shim(f)->real()->pMethods->xWrite(shim(f)->real(), buffer, amount, offset);
}
int shimTruncate(sqlite3_file *f, sqlite3_int64 size)
{
    if (failing())
        return SQLITE_IOERR_TRUNCATE;
    return shim(f)->real()->pMethods->xTruncate(shim(f)->real(), size);
}
int shimSync(sqlite3_file *f, int flags)
{
    return shim(f)->real()->pMethods->xSync(shim(f)->real(), flags);
}
int shimFileSize(sqlite3_file *f, sqlite3_int64 *size)
{
    return shim(f)->real()->pMethods->xFileSize(shim(f)->real(), size);
}
int shimLock(sqlite3_file *f, int level)
{
    return shim(f)->real()->pMethods->xLock(shim(f)->real(), level);
}
int shimUnlock(sqlite3_file *f, int level)
{
    return shim(f)->real()->pMethods->xUnlock(shim(f)->real(), level);
}
int shimCheckReservedLock(sqlite3_file *f, int *out)
{
    return shim(f)->real()->pMethods->xCheckReservedLock(shim(f)->real(), out);
}
int shimFileControl(sqlite3_file *f, int op, void *arg)
{
    return shim(f)->real()->pMethods->xFileControl(shim(f)->real(), op, arg);
}
int shimSectorSize(sqlite3_file *f)
{
    return shim(f)->real()->pMethods->xSectorSize(shim(f)->real());
}
int shimDeviceCharacteristics(sqlite3_file *f)
{
    return shim(f)->real()->pMethods->xDeviceCharacteristics(shim(f)->real());
}
int shimShmMap(sqlite3_file *f, int page, int size, int extend, void volatile **out)
{
    return shim(f)->real()->pMethods->xShmMap(shim(f)->real(), page, size, extend, out);
}
int shimShmLock(sqlite3_file *f, int offset, int n, int flags)
{
    return shim(f)->real()->pMethods->xShmLock(shim(f)->real(), offset, n, flags);
}
void shimShmBarrier(sqlite3_file *f)
{
    shim(f)->real()->pMethods->xShmBarrier(shim(f)->real());
}
int shimShmUnmap(sqlite3_file *f, int deleteFlag)
{
    return shim(f)->real()->pMethods->xShmUnmap(shim(f)->real(), deleteFlag);
}

// Version 2: shared memory for WAL, no memory mapping (version 3), so that
// every page write goes through xWrite where the shim can fail it.
const sqlite3_io_methods shimMethods = {
    2, shimClose, shimRead, shimWrite, shimTruncate, shimSync, shimFileSize, shimLock, shimUnlock,
    shimCheckReservedLock, shimFileControl, shimSectorSize, shimDeviceCharacteristics, shimShmMap, shimShmLock,
    shimShmBarrier, shimShmUnmap, nullptr, nullptr,
};

int shimOpen(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
{
    ShimFile *f = shim(file);
    std::memset(f->real(), 0, size_t(faults.real->szOsFile));
    f->base.pMethods = nullptr;
    const int rc = faults.real->xOpen(faults.real, name, f->real(), flags, outFlags);
    if (f->real()->pMethods)
        f->base.pMethods = &shimMethods;
    return rc;
}

sqlite3_vfs shimVfs;

bool registerShim()
{
    faults.real = sqlite3_vfs_find(nullptr);
    if (!faults.real)
        return false;
    shimVfs = *faults.real;
    shimVfs.zName = "parallax-faults";
    shimVfs.szOsFile = int(sizeof(ShimFile)) + faults.real->szOsFile;
    shimVfs.xOpen = shimOpen;
    shimVfs.pNext = nullptr;
    return sqlite3_vfs_register(&shimVfs, 1) == SQLITE_OK;
}

// What a person would call the library's contents.
QStringList contents(Database &db)
{
    QStringList rows;
    QSqlQuery query(db.connection());
    query.exec(u"SELECT a.content_hash, a.title, (SELECT count(*) FROM blocks b WHERE b.article_id = a.id), "
               "(SELECT count(*) FROM sentences s JOIN blocks b ON s.block_id = b.id WHERE b.article_id = a.id), "
               "(SELECT group_concat(story_id) FROM story_articles WHERE article_id = a.id) "
               "FROM articles a ORDER BY a.id"_s);
    while (query.next())
        rows.append(QStringList{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                                query.value(3).toString(), query.value(4).toString()}
                        .join(u'|'));
    QSqlQuery stories(db.connection());
    stories.exec(u"SELECT name FROM stories ORDER BY id"_s);
    while (stories.next())
        rows.append(u"story "_s + stories.value(0).toString());
    return rows;
}

QString integrity(Database &db)
{
    QSqlQuery query(db.connection());
    return query.exec(u"PRAGMA integrity_check"_s) && query.next() ? query.value(0).toString() : u"no answer"_s;
}

} // namespace

class TestWriteFailure final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY(registerShim());
        QVERIFY(m_dir.isValid());
        m_library = m_dir.filePath(u"library.sqlite"_s);
        Database db(m_library);
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        ArticleStore store(db);
        QCOMPARE(Importer(store).importFile(sampleDir + u"/valley-post.txt"_s, {u"Bridge"_s, {}}).status,
                 ImportOutcome::Status::Imported);
        m_before = contents(db);
        QCOMPARE(m_before.size(), 2);
        // The driver's connections go through the shim.
        arm(1, SQLITE_FULL);
        QSqlQuery query(db.connection());
        QVERIFY(!query.exec(u"INSERT INTO stories (name, created_at) VALUES ('probe', 'now')"_s)
                || !QSqlQuery(db.connection()).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        disarm();
        QVERIFY(faults.injected > 0);
    }

    void cleanupTestCase()
    {
        disarm();
        qInfo("faults injected: %d", faults.injected);
    }

    // Every write of an import, in turn, fails; each time with the disk full
    // and with a write error.
    void importOnAFailingDisk_data()
    {
        QTest::addColumn<int>("failAt");
        QTest::addColumn<int>("code");
        // Counted here, where the library is closed and its log folded in.
        const int writes = writesOfACleanImport();
        QVERIFY(writes > 0);
        for (int n = 1; n <= writes; ++n) {
            QTest::addRow("write %d fails: disk full", n) << n << SQLITE_FULL;
            QTest::addRow("write %d fails: I/O error", n) << n << SQLITE_IOERR_WRITE;
        }
    }

    void importOnAFailingDisk()
    {
        QFETCH(int, failAt);
        QFETCH(int, code);
        {
            Database db(m_library);
            QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
            QCOMPARE(contents(db), m_before);
            ArticleStore store(db);
            arm(failAt, code);
            const ImportOutcome outcome =
                Importer(store).importFile(sampleDir + u"/northshore-daily.html"_s, {u"Bridge"_s, {}});
            const int writes = faults.writes;
            disarm();
            if (writes < failAt)
                QSKIP("the import made fewer writes than that");
            QCOMPARE(outcome.status, ImportOutcome::Status::Failed);
            QVERIFY2(outcome.message.contains(u"could not store"_s), qPrintable(outcome.message));
        }
        Database db(m_library);
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        QCOMPARE(integrity(db), u"ok"_s);
        QCOMPARE(contents(db), m_before);
    }

    void commandLineReportsAFullDisk()
    {
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        arm(1, SQLITE_FULL);
        const int exitCode = cli::run({u"parallax"_s, u"import"_s, sampleDir + u"/meridian-radio.md"_s,
                                       u"--library"_s, m_library},
                                      {outStream, errStream});
        disarm();
        errStream.flush();
        QVERIFY2(exitCode == cli::SomeInputsFailed || exitCode == cli::LibraryError, qPrintable(err));
        QVERIFY2(err.contains(u"full"_s, Qt::CaseInsensitive), qPrintable(err));
        Database db(m_library);
        QCOMPARE(integrity(db), u"ok"_s);
        QCOMPARE(contents(db), m_before);
    }

private:
    // How many writes the import below makes on a copy of the library.
    int writesOfACleanImport()
    {
        const QString copy = m_dir.filePath(u"count.sqlite"_s);
        if (!QFile::copy(m_library, copy))
            return 0;
        Database db(copy);
        ArticleStore store(db);
        arm(0, SQLITE_OK);
        Importer(store).importFile(sampleDir + u"/northshore-daily.html"_s, {u"Bridge"_s, {}});
        return faults.writes;
    }

    QTemporaryDir m_dir;
    QString m_library;
    QStringList m_before;
};

QTEST_GUILESS_MAIN(TestWriteFailure)
#include "tst_writefailure.moc"
