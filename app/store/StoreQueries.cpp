#include "StoreQueries_p.h"

#include "SqlDialect.h"

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
    query.addBindValue(storedText(name));
    query.addBindValue(nowIso());
    if (!query.exec()) {
        *error = errorText(query);
        return std::nullopt;
    }
    query.prepare(u"SELECT id FROM stories WHERE name = ?"_s);
    query.addBindValue(storedText(name));
    if (!query.exec() || !query.next()) {
        *error = errorText(query);
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QString errorText(const QSqlQuery &query)
{
    return SqlDialect::of(query.driver()).describe(query.lastError());
}

QString storedText(const QString &text)
{
    if (!text.contains(QChar(0)))
        return text;
    QString stored = text;
    stored.replace(QChar(0), QChar::ReplacementCharacter);
    return stored;
}

} // namespace parallax::store_p
