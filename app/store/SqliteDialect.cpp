#include "SqlDialect.h"

#include "core/TranslationContexts.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

// SQLITE_READONLY, with or without an extended code.
bool isReadOnlyError(const QSqlError &error)
{
    return (error.nativeErrorCode().toInt() & 0xff) == 8;
}

class SqliteDialect final : public SqlDialect
{
public:
    QString driverName() const override { return u"QSQLITE"_s; }

    QStringList sessionSetUp(const QSqlDatabase &db) const override
    {
        return {
            u"PRAGMA foreign_keys = ON"_s,
            db.databaseName() == u":memory:"_s ? u"PRAGMA journal_mode = MEMORY"_s : u"PRAGMA journal_mode = WAL"_s,
            // NORMAL is durable across application crashes in WAL mode; only a
            // power cut can lose the last commits, never corrupt the file.
            u"PRAGMA synchronous = NORMAL"_s,
        };
    }

    // BEGIN IMMEDIATE takes the write lock up front: a deferred transaction
    // that reads first and writes later can meet another writer in a way
    // SQLite can only answer with SQLITE_BUSY, however long the busy timeout.
    QStringList beginWrite() const override { return {u"BEGIN IMMEDIATE"_s}; }

    int schemaVersion(QSqlDatabase db) const override
    {
        QSqlQuery query(db);
        if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
            return -1;
        return query.value(0).toInt();
    }

    // PRAGMA takes no bound parameters; the number is ours, not user text.
    QString setSchemaVersion(int version) const override { return u"PRAGMA user_version = %1"_s.arg(version); }

    int baselineVersion() const override { return 0; }
    std::span<const char16_t *const> baseline() const override { return {}; }

    QString searchStatement() const override
    {
        return u"SELECT b.article_id, b.position, snippet(blocks_fts, 0, '«', '»', '…', 12) "
               "FROM blocks_fts JOIN blocks b ON b.id = blocks_fts.rowid "
               "WHERE blocks_fts MATCH ? AND b.role IN ('body', 'heading') "
               "ORDER BY rank LIMIT ?"_s;
    }

    // Each word a quoted FTS5 prefix term, so that nothing a person types
    // (quotes, AND, NEAR, column filters) is read as query syntax.
    QString searchParameter(const QStringList &words) const override
    {
        QStringList terms;
        for (const QString &word : words)
            terms.append(u'"' + word + u"\"*"_s);
        return terms.join(u' ');
    }

    // An INTEGER PRIMARY KEY takes the largest id so far plus one.
    QStringList afterExplicitIds(const QString &) const override { return {}; }
    // The FTS5 index is a table of its own, kept by triggers.
    QStringList derivedColumns(const QString &) const override { return {}; }

    bool reconnects() const override { return false; }

    QString describe(const QSqlError &error) const override
    {
        if (isReadOnlyError(error))
            return LibraryText::tr("the library file is read-only; nothing can be changed in it (%1)")
                .arg(error.databaseText());
        return error.text();
    }
};

} // namespace

const SqlDialect &SqlDialect::sqlite()
{
    static const SqliteDialect dialect;
    return dialect;
}

} // namespace parallax
