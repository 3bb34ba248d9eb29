#include "AlignmentCache.h"

#include "Database.h"
#include "StoreQueries_p.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace parallax {

AlignmentCache::AlignmentCache(Database &db)
    : m_db(db)
{
}

std::optional<QByteArray> AlignmentCache::find(const QByteArray &key, int algorithmVersion) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT result FROM alignment_cache WHERE cache_key = ? AND algorithm_version = ?"_s);
    query.addBindValue(QString::fromLatin1(key));
    query.addBindValue(algorithmVersion);
    if (query.exec() && query.next())
        return query.value(0).toByteArray();
    return std::nullopt;
}

bool AlignmentCache::store(const QByteArray &key, int algorithmVersion, const QByteArray &result,
                           const QList<qint64> &articleIds)
{
    Transaction transaction(m_db.connection());
    if (!transaction.isActive())
        return false;
    QSqlQuery query(m_db.connection());
    query.prepare(u"INSERT INTO alignment_cache (cache_key, algorithm_version, result, created_at) "
                  "VALUES (?, ?, ?, ?) ON CONFLICT (cache_key) DO UPDATE SET "
                  "algorithm_version = excluded.algorithm_version, result = excluded.result, "
                  "created_at = excluded.created_at"_s);
    query.addBindValue(QString::fromLatin1(key));
    query.addBindValue(algorithmVersion);
    query.addBindValue(result);
    query.addBindValue(store_p::nowIso());
    if (!query.exec())
        return false;
    query.prepare(u"INSERT INTO alignment_cache_articles (cache_key, article_id) VALUES (?, ?) "
                  "ON CONFLICT DO NOTHING"_s);
    for (qint64 id : articleIds) {
        query.addBindValue(QString::fromLatin1(key));
        query.addBindValue(id);
        if (!query.exec())
            return false;
    }
    return transaction.commit();
}

} // namespace parallax
