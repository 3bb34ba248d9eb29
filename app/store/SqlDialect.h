#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <span>

class QSqlDriver;
class QSqlError;

namespace parallax {

// Everything the library's SQL says differently on its two backends, in one
// place per backend: SQLite for a personal library file, PostgreSQL for a
// library a team shares. The stores write the statements both understand
// (ON CONFLICT, RETURNING, CAST, quoted "end") and ask the dialect for the
// rest.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    // The dialect of an open connection, by its Qt driver.
    static const SqlDialect &of(const QSqlDatabase &db);
    static const SqlDialect &of(const QSqlDriver *driver);
    static const SqlDialect &sqlite();
    static const SqlDialect &postgresql();

    virtual QString driverName() const = 0;
    // Run once on every new connection, before the schema is looked at.
    virtual QStringList sessionSetUp(const QSqlDatabase &db) const = 0;
    // Starts a transaction that writes: it holds the library's write lock
    // from its first statement, so that a read-then-write (is this article
    // already here? then insert it) never races another writer.
    virtual QStringList beginWrite() const = 0;

    // The schema version written in the library; 0 for an empty one, -1
    // when it cannot be read.
    virtual int schemaVersion(QSqlDatabase db) const = 0;
    virtual QString setSchemaVersion(int version) const = 0;
    // A new library on this backend is created at baselineVersion() by
    // baseline() in one step; the ladder's later steps then run as on any
    // backend. 0 with no statements: the whole ladder runs.
    virtual int baselineVersion() const = 0;
    virtual std::span<const char16_t *const> baseline() const = 0;

    // Full-text search over block text. The statement binds
    // searchParameter() and then the row limit, and returns article_id,
    // position and a plain-text snippet with the matched words in «»,
    // best match first. Each word is matched as a prefix; nothing a person
    // types is read as query syntax.
    virtual QString searchStatement() const = 0;
    virtual QString searchParameter(const QStringList &words) const = 0;

    // After rows were written with their ids given (a library copy), so
    // that the next generated id follows them. Empty when nothing is needed.
    virtual QStringList afterExplicitIds(const QString &table) const = 0;
    // Columns the backend computes from the others (never written, never
    // copied).
    virtual QStringList derivedColumns(const QString &table) const = 0;

    // A server connection can be lost (the server restarted) and opened
    // again; a file cannot.
    virtual bool reconnects() const = 0;

    // What a person should read for a failed statement: a write refused
    // because the library is read-only for them says so in words.
    virtual QString describe(const QSqlError &error) const = 0;
};

} // namespace parallax
