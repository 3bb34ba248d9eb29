#pragma once

#include "LibraryUseLock.h"
#include "SqlDialect.h"

#include <QSqlDatabase>
#include <QString>

namespace parallax {

// One open library: a named Qt SQL connection owned by the thread that
// opened it (Qt SQL connections must not cross threads), set up as its
// dialect asks and migrated to the current schema. A file path opens an
// SQLite library, a postgresql:// URL (LibraryLocation) a shared one.
class Database final
{
    Q_DISABLE_COPY_MOVE(Database)
public:
    // ":memory:" opens a private in-memory library (tests, --no-store).
    explicit Database(const QString &location);
    ~Database();

    bool isOpen() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    // The file path, or the server URL without its password.
    QString path() const { return m_path; }
    bool isServer() const { return m_server; }
    const SqlDialect &dialect() const { return *m_dialect; }
    // The file was found damaged, at this open or an earlier one, and moved
    // aside to setAsidePath() (empty when it could not be moved);
    // errorString() says what to do.
    bool isDamaged() const { return m_damaged; }
    QString setAsidePath() const { return m_setAside; }
    // Something that did not stop the library opening (a backup that could
    // not be written); empty when all went well.
    QString warning() const { return m_warning; }
    QSqlDatabase connection() const;

    static QString defaultPath();

private:
    bool openFile();
    bool openServer(const QString &location);
    bool setUpSession();
    // Reads every page once (PRAGMA quick_check): a truncated or scribbled
    // file shows here, not in the middle of an import. Empty when sound.
    QString damage();
    bool refuseDamaged(const QString &reason);
    void backUpIfDue();

    QString m_path;
    QString m_connectionName;
    QString m_error;
    QString m_warning;
    QString m_setAside;
    bool m_damaged = false;
    bool m_server = false;
    const SqlDialect *m_dialect = &SqlDialect::sqlite();
    LibraryUseLock m_inUse;
};

// A writing transaction, begun as the connection's dialect begins one
// (holding the library's write lock). Commits on commit(), rolls back when
// it goes out of scope without one, so that every early return of a
// multi-statement write leaves nothing behind. On a server connection that
// was lost (the server restarted), it connects again before beginning: the
// write that failed when the connection went was rolled back by the server,
// and the next one goes ahead.
class Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    bool isActive() const { return m_active; }
    bool commit();
    QString errorString() const { return m_error; }

private:
    bool begin();
    bool reconnect();

    QSqlDatabase m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace parallax
