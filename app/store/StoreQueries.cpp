#include "StoreQueries_p.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace parallax::store_p {

std::optional<qint64> ensureStory(QSqlDatabase db, const QString &name, QString *error)
{
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO stories (name, created_at) VALUES (?, ?) ON CONFLICT (name) DO NOTHING"_s);
    query.addBindValue(name);
    query.addBindValue(nowIso());
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    query.prepare(u"SELECT id FROM stories WHERE name = ?"_s);
    query.addBindValue(name);
    if (!query.exec() || !query.next()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace parallax::store_p
