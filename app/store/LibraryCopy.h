#pragma once

#include <QList>
#include <QString>

#include <functional>

namespace parallax {

class Database;

// Copies a whole library into another, on either backend: every table, ids
// kept, articles with their original bytes. Rows already in the target are
// left as they are, so that a copy cut short goes on where it stopped when
// run again. Each batch of rows is one transaction in the target.
class LibraryCopy final
{
public:
    struct TableResult {
        QString table;
        qint64 sourceRows = 0;
        qint64 targetRows = 0;
        qint64 copied = 0;      // by this run
        bool hashesMatch = false;
    };

    LibraryCopy(Database &source, Database &target);

    // Told each table as it is done.
    using Progress = std::function<void(const TableResult &)>;
    // Empty on success; otherwise what went wrong. results() then holds the
    // tables done so far.
    QString run(const Progress &progress = {});
    // Counts and hashes of every table compared, after run().
    bool verified() const;
    QList<TableResult> results() const { return m_results; }

private:
    QString copyTable(const QString &table, const QString &orderBy, TableResult *result);
    QString compareTable(const QString &table, TableResult *result);
    QStringList sharedColumns(const QString &table) const;

    Database &m_source;
    Database &m_target;
    QList<TableResult> m_results;
};

} // namespace parallax
