#include "Database.h"

#include "Schema.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
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

} // namespace

Database::Database(const QString &path)
    : m_path(path)
    , m_connectionName(uniqueConnectionName())
{
    if (!open()) {
        QSqlDatabase::database(m_connectionName, false).close();
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

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/library.sqlite"_s;
}

bool Database::open()
{
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s)) {
        m_error = QCoreApplication::translate("Database",
            "the Qt SQLite driver is missing (install libqt6sql6-sqlite)");
        return false;
    }
    const bool inMemory = m_path == u":memory:"_s;
    if (!inMemory) {
        const QFileInfo info(m_path);
        if (!QDir().mkpath(info.absolutePath())) {
            m_error = QCoreApplication::translate("Database", "cannot create the folder %1")
                          .arg(QDir::toNativeSeparators(info.absolutePath()));
            return false;
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
    QSqlQuery query(db);
    const QString pragmas[] = {
        u"PRAGMA foreign_keys = ON"_s,
        inMemory ? u"PRAGMA journal_mode = MEMORY"_s : u"PRAGMA journal_mode = WAL"_s,
        // NORMAL is durable across application crashes in WAL mode; only a
        // power cut can lose the last commits, never corrupt the file.
        u"PRAGMA synchronous = NORMAL"_s,
    };
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma)) {
            m_error = QCoreApplication::translate("Database", "%1 is not a usable library: %2")
                          .arg(QDir::toNativeSeparators(m_path), query.lastError().text());
            return false;
        }
    }
    const QString migrationError = schema::migrate(db);
    if (!migrationError.isEmpty()) {
        m_error = QCoreApplication::translate("Database", "%1: %2")
                      .arg(QDir::toNativeSeparators(m_path), migrationError);
        return false;
    }
    return true;
}

// BEGIN IMMEDIATE takes the write lock up front: a deferred transaction that
// reads first and writes later can meet another writer in a way SQLite can
// only answer with SQLITE_BUSY, however long the busy timeout.
Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    QSqlQuery query(m_db);
    m_active = query.exec(u"BEGIN IMMEDIATE"_s);
    if (!m_active)
        m_error = query.lastError().text();
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
    m_error = query.lastError().text();
    QSqlQuery(m_db).exec(u"ROLLBACK"_s);
    return false;
}

} // namespace parallax
