#include "LibraryCopy.h"

#include "Database.h"
#include "StoreQueries_p.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

// Parents before children, so that every foreign key finds its row; each
// table in the order of its key, which puts an article's earlier version
// before it.
struct TableOrder {
    const char16_t *table;
    const char16_t *orderBy;
};
constexpr TableOrder tables[] = {
    {u"outlets", u"id"},
    {u"articles", u"id"},
    {u"blocks", u"id"},
    {u"sentences", u"block_id, position"},
    {u"stories", u"id"},
    {u"story_articles", u"story_id, article_id"},
    {u"alignment_cache", u"cache_key"},
    {u"alignment_cache_articles", u"cache_key, article_id"},
    {u"annotations", u"id"},
    {u"claim_decisions", u"id"},
};

constexpr int batchRows = 500;

QString quoted(const QString &column)
{
    return u'"' + column + u'"';
}

// One row's values in a form both backends give alike: a number read from
// SQLite as qlonglong and from PostgreSQL as int hashes the same.
QByteArray rowBytes(const QSqlQuery &query, int columns)
{
    QByteArray bytes;
    for (int i = 0; i < columns; ++i) {
        const QVariant value = query.value(i);
        if (value.isNull())
            bytes += "\x01N";
        else if (value.metaType() == QMetaType::fromType<QByteArray>())
            bytes += "\x01B" + QByteArray::number(value.toByteArray().size()) + ':' + value.toByteArray();
        else
            bytes += "\x01T" + value.toString().toUtf8();
    }
    return bytes;
}

// The rows of a table as a count and a sum of their hashes: the sum does not
// depend on the order the rows come in, which each backend's collation may
// change for text keys.
struct TableDigest {
    qint64 rows = 0;
    quint64 sum = 0;
};

std::optional<TableDigest> digest(Database &db, const QString &table, const QStringList &columns)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    QStringList selected;
    for (const QString &column : columns)
        selected.append(quoted(column));
    if (!query.exec(u"SELECT %1 FROM %2"_s.arg(selected.join(u", "_s), table)))
        return std::nullopt;
    TableDigest result;
    while (query.next()) {
        const QByteArray hash = QCryptographicHash::hash(rowBytes(query, int(columns.size())), QCryptographicHash::Sha256);
        quint64 part = 0;
        for (int i = 0; i < 8; ++i)
            part = (part << 8) | quint8(hash[i]);
        result.sum += part;
        ++result.rows;
    }
    return result;
}

} // namespace

LibraryCopy::LibraryCopy(Database &source, Database &target)
    : m_source(source)
    , m_target(target)
{
}

// The columns both libraries have, less the ones a backend derives itself
// (PostgreSQL's search vector): a column added by a later schema is copied
// without a change here.
QStringList LibraryCopy::sharedColumns(const QString &table) const
{
    const QSqlRecord from = m_source.connection().record(table);
    const QSqlRecord to = m_target.connection().record(table);
    QStringList columns;
    for (int i = 0; i < from.count(); ++i) {
        const QString name = from.fieldName(i);
        if (to.contains(name) && !m_source.dialect().derivedColumns(table).contains(name)
            && !m_target.dialect().derivedColumns(table).contains(name))
            columns.append(name);
    }
    return columns;
}

QString LibraryCopy::run(const Progress &progress)
{
    m_results.clear();
    for (const TableOrder &order : tables) {
        const QString table = QString::fromUtf16(order.table);
        TableResult result;
        result.table = table;
        QString error = copyTable(table, QString::fromUtf16(order.orderBy), &result);
        if (error.isEmpty())
            error = compareTable(table, &result);
        m_results.append(result);
        if (!error.isEmpty())
            return table + u": "_s + error;
        if (progress)
            progress(result);
    }
    return {};
}

bool LibraryCopy::verified() const
{
    if (m_results.size() != qsizetype(std::size(tables)))
        return false;
    for (const TableResult &result : m_results) {
        if (!result.hashesMatch || result.sourceRows != result.targetRows)
            return false;
    }
    return true;
}

QString LibraryCopy::copyTable(const QString &table, const QString &orderBy, TableResult *result)
{
    const QStringList columns = sharedColumns(table);
    if (columns.isEmpty())
        return u"the table is missing"_s;
    QStringList quotedColumns;
    for (const QString &column : columns)
        quotedColumns.append(quoted(column));
    QSqlQuery read(m_source.connection());
    read.setForwardOnly(true);
    if (!read.exec(u"SELECT %1 FROM %2 ORDER BY %3"_s.arg(quotedColumns.join(u", "_s), table, orderBy)))
        return store_p::errorText(read);

    const QString insertSql = u"INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT DO NOTHING"_s.arg(
        table, quotedColumns.join(u", "_s), QStringList(columns.size(), u"?"_s).join(u", "_s));
    bool more = read.next();
    while (more) {
        Transaction transaction(m_target.connection());
        if (!transaction.isActive())
            return transaction.errorString();
        QSqlQuery insert(m_target.connection());
        insert.prepare(insertSql);
        for (int n = 0; more && n < batchRows; ++n, more = read.next()) {
            for (int i = 0; i < columns.size(); ++i)
                insert.addBindValue(read.value(i));
            if (!insert.exec())
                return store_p::errorText(insert);
            result->copied += insert.numRowsAffected();
        }
        if (!transaction.commit())
            return transaction.errorString();
    }
    if (columns.contains(u"id"_s)) {
        for (const QString &statement : m_target.dialect().afterExplicitIds(table)) {
            QSqlQuery query(m_target.connection());
            if (!query.exec(statement))
                return store_p::errorText(query);
        }
    }
    return {};
}

QString LibraryCopy::compareTable(const QString &table, TableResult *result)
{
    const QStringList columns = sharedColumns(table);
    const auto from = digest(m_source, table, columns);
    const auto to = digest(m_target, table, columns);
    if (!from || !to)
        return u"cannot be read to compare"_s;
    result->sourceRows = from->rows;
    result->targetRows = to->rows;
    result->hashesMatch = from->sum == to->sum && from->rows == to->rows;
    return {};
}

} // namespace parallax
