#include "Database.h"

#include "Backups.h"
#include "LibraryLocation.h"
#include "Schema.h"
#include "core/TranslationContexts.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"parallax-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// SQLITE_CORRUPT and SQLITE_NOTADB, with or without an extended code.
bool isDamageError(const QSqlError &error)
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == 11 || code == 26;
}

bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArrayView("SQLite format 3\0", 16);
}

} // namespace

Database::Database(const QString &location)
    : m_path(location)
    , m_connectionName(uniqueConnectionName())
    , m_server(LibraryLocation::looksLikeServer(location))
{
    if (!(m_server ? openServer(location) : openFile())) {
        QSqlDatabase::database(m_connectionName, false).close();
        m_inUse.discard();
    }
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    // Only after every handle to the connection is gone.
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

// ~/.local/share/parallax/library.sqlite. Qt's AppDataLocation would put the
// organisation's folder above the application's (parallax/parallax).
QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u'/'
        + QCoreApplication::applicationName() + u"/library.sqlite"_s;
}

bool Database::openServer(const QString &location)
{
    const LibraryLocation where(location);
    m_path = where.displayText();
    m_dialect = &SqlDialect::postgresql();
    if (!where.isValid()) {
        m_error = where.errorString();
        return false;
    }
    if (!QSqlDatabase::isDriverAvailable(m_dialect->driverName())) {
        m_error = LibraryText::tr("the Qt PostgreSQL driver is missing (install libqt6sql6-psql)");
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect->driverName(), m_connectionName);
    db.setHostName(where.host());
    db.setPort(where.port());
    db.setDatabaseName(where.databaseName());
    db.setUserName(where.userName());
    // Kept by the connection only, never in m_path, settings or messages.
    db.setPassword(where.password());
    db.setConnectOptions((QStringList{u"application_name=parallax"_s} + where.connectOptions()).join(u';'));
    if (!db.open()) {
        m_error = LibraryText::tr("cannot connect to %1: %2").arg(m_path, db.lastError().text());
        return false;
    }
    if (!setUpSession())
        return false;
    const QString migrationError = schema::migrate(db);
    if (!migrationError.isEmpty()) {
        m_error = LibraryText::tr("%1: %2").arg(m_path, migrationError);
        return false;
    }
    return true;
}

bool Database::setUpSession()
{
    QSqlDatabase db = connection();
    for (const QString &statement : m_dialect->sessionSetUp(db)) {
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            const QSqlError error = query.lastError();
            query.finish();
            if (!m_server && m_path != u":memory:"_s && isDamageError(error) && hasSqliteHeader(m_path))
                return refuseDamaged(error.databaseText());
            m_error = LibraryText::tr("%1 is not a usable library: %2").arg(native(m_path), error.text());
            return false;
        }
    }
    return true;
}

bool Database::openFile()
{
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s)) {
        m_error = LibraryText::tr("the Qt SQLite driver is missing (install libqt6sql6-sqlite)");
        return false;
    }
    const bool inMemory = m_path == u":memory:"_s;
    if (!inMemory) {
        const QFileInfo info(m_path);
        if (!QDir().mkpath(info.absolutePath())) {
            m_error = LibraryText::tr("cannot create the folder %1").arg(native(info.absolutePath()));
            return false;
        }
        // Held while open, so that no restore replaces the file under this
        // connection. Without a lock file (a read-only folder) only that
        // guard is lost.
        if (m_inUse.acquire(m_path, LibraryUseLock::Mode::Shared) == LibraryUseLock::Result::Busy) {
            m_error = LibraryText::tr("the library %1 is being replaced by a backup; open it again in a moment")
                          .arg(native(m_path));
            return false;
        }
        // A library set aside as damaged is not silently replaced by a new,
        // empty one: the person decides between the backup and a fresh start.
        if (!info.exists()) {
            const QStringList damaged = backups::damagedFiles(m_path);
            if (!damaged.isEmpty()) {
                m_damaged = true;
                m_setAside = damaged.first();
                m_error = LibraryText::tr("the library %1 was found damaged and set aside as %2. %3")
                              .arg(native(m_path), native(damaged.first()),
                                   backups::list(m_path).isEmpty()
                                       ? LibraryText::tr("There is no backup of it. Move %1 elsewhere to start a new, empty "
                                            "library.")
                                             .arg(native(damaged.first()))
                                       : LibraryText::tr("Restore its latest backup with `parallax restore-backup --library "
                                            "%1`, or move %2 elsewhere to start a new, empty library.")
                                             .arg(native(m_path), native(damaged.first())));
                return false;
            }
        } else if (!backups::list(m_path).isEmpty() && (info.size() == 0 || !hasSqliteHeader(m_path))) {
            // SQLite takes an empty file for a new library; with backups
            // beside it, it was a library, and lost its contents.
            return refuseDamaged(info.size() == 0 ? LibraryText::tr("the file is empty") : LibraryText::tr("it is no longer an SQLite file"));
        }
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(m_path);
    // The busy timeout lets a second process (the command line beside the
    // window) wait for a write lock instead of failing at once.
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        m_error = db.lastError().text();
        return false;
    }
    if (!setUpSession())
        return false;
    if (!inMemory) {
        const QString problem = damage();
        if (!problem.isEmpty())
            return refuseDamaged(problem);
        backUpIfDue();
    }
    const QString migrationError = schema::migrate(db);
    if (!migrationError.isEmpty()) {
        m_error = LibraryText::tr("%1: %2").arg(native(m_path), migrationError);
        return false;
    }
    return true;
}

QString Database::damage()
{
    QSqlQuery query(connection());
    // One problem is enough to know; listing them all costs more time.
    if (!query.exec(u"PRAGMA quick_check(1)"_s))
        return isDamageError(query.lastError()) ? query.lastError().databaseText() : QString();
    if (!query.next())
        return LibraryText::tr("it cannot be checked");
    const QString result = query.value(0).toString();
    return result == u"ok"_s ? QString() : result;
}

bool Database::refuseDamaged(const QString &reason)
{
    connection().close();
    m_damaged = true;
    QString moveError;
    m_setAside = backups::setAside(m_path, u"damaged"_s, &moveError);
    const QList<backups::BackupFile> available = backups::list(m_path);
    QString advice;
    if (m_setAside.isEmpty())
        advice = moveError + u". "_s;
    else
        advice = LibraryText::tr("It was moved aside, unchanged, to %1. ").arg(native(m_setAside));
    if (available.isEmpty()) {
        advice += LibraryText::tr("There is no backup of it; the sqlite3 shell's .recover command may rescue part of it.");
    } else {
        advice += LibraryText::tr("Its latest backup, from %1, can be restored with `parallax restore-backup --library %2`.")
                      .arg(QLocale().toString(available.first().modified, QLocale::ShortFormat), native(m_path));
    }
    m_error = LibraryText::tr("the library %1 is damaged (%2). %3").arg(native(m_path), reason, advice);
    return false;
}

// Only a library with articles in it is worth a copy; a failed copy is
// reported but does not keep the person from their library.
void Database::backUpIfDue()
{
    if (!backups::isDue(m_path) || schema::version(connection()) < 1)
        return;
    {
        QSqlQuery query(connection());
        if (!query.exec(u"SELECT EXISTS (SELECT 1 FROM articles)"_s) || !query.next() || !query.value(0).toBool())
            return;
    }
    m_warning = backups::make(*this);
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    if (!begin() && SqlDialect::of(m_db).reconnects() && reconnect())
        begin();
}

bool Transaction::begin()
{
    const SqlDialect &dialect = SqlDialect::of(m_db);
    QSqlQuery query(m_db);
    for (const QString &statement : dialect.beginWrite()) {
        if (!query.exec(statement)) {
            m_error = dialect.describe(query.lastError());
            if (m_active)
                QSqlQuery(m_db).exec(u"ROLLBACK"_s);
            m_active = false;
            return false;
        }
        m_active = true;
    }
    m_error.clear();
    return true;
}

// Only when the connection is really gone: a statement that fails on a live
// one keeps its own error.
bool Transaction::reconnect()
{
    if (QSqlQuery(m_db).exec(u"SELECT 1"_s))
        return false;
    m_db.close();
    if (!m_db.open()) {
        m_error = LibraryText::tr("the connection to the server was lost and cannot be made again: %1")
                      .arg(m_db.lastError().text());
        return false;
    }
    for (const QString &statement : SqlDialect::of(m_db).sessionSetUp(m_db))
        QSqlQuery(m_db).exec(statement);
    return true;
}

Transaction::~Transaction()
{
    if (m_active)
        QSqlQuery(m_db).exec(u"ROLLBACK"_s);
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    QSqlQuery query(m_db);
    if (query.exec(u"COMMIT"_s))
        return true;
    m_error = SqlDialect::of(m_db).describe(query.lastError());
    QSqlQuery(m_db).exec(u"ROLLBACK"_s);
    return false;
}

} // namespace parallax
