#include "AnnotationStore.h"

#include "Database.h"
#include "StoreQueries_p.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

const QString columns = u"id, article_id, block, start, \"end\", label, note, created_at, updated_at"_s;

Annotation fromRow(const QSqlQuery &query)
{
    Annotation a;
    a.id = query.value(0).toLongLong();
    a.articleId = query.value(1).toLongLong();
    a.block = query.value(2).toInt();
    a.start = query.value(3).toInt();
    a.end = query.value(4).toInt();
    annotationLabelFromName(query.value(5).toString(), &a.label);
    a.note = query.value(6).toString();
    a.created = QDateTime::fromString(query.value(7).toString(), Qt::ISODate);
    a.updated = QDateTime::fromString(query.value(8).toString(), Qt::ISODate);
    return a;
}

// A null QString binds as SQL NULL; an empty note is an empty string.
QString noteText(const Annotation &annotation)
{
    return annotation.note.isNull() ? u""_s : annotation.note;
}

} // namespace

AnnotationStore::AnnotationStore(Database &db)
    : m_db(db)
{
}

bool AnnotationStore::fits(const Annotation &annotation)
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT text FROM blocks WHERE article_id = ? AND position = ?"_s);
    query.addBindValue(annotation.articleId);
    query.addBindValue(annotation.block);
    if (!query.exec() || !query.next()) {
        m_lastError = query.lastError().isValid() ? store_p::errorText(query) : u"no such block"_s;
        return false;
    }
    // UTF-16 offsets, as QString counts them; SQLite's length() counts code points.
    const qsizetype size = query.value(0).toString().size();
    if (annotation.start < 0 || annotation.end <= annotation.start || annotation.end > size) {
        m_lastError = u"the span lies outside the block's text"_s;
        return false;
    }
    return true;
}

std::optional<Annotation> AnnotationStore::add(const Annotation &annotation)
{
    if (!fits(annotation))
        return std::nullopt;
    const QString now = store_p::nowIso();
    QSqlQuery query(m_db.connection());
    query.prepare(u"INSERT INTO annotations (article_id, block, start, \"end\", label, note, created_at, updated_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    query.addBindValue(annotation.articleId);
    query.addBindValue(annotation.block);
    query.addBindValue(annotation.start);
    query.addBindValue(annotation.end);
    query.addBindValue(annotationLabelName(annotation.label));
    query.addBindValue(store_p::storedText(noteText(annotation)));
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec() || !query.next()) {
        m_lastError = store_p::errorText(query);
        return std::nullopt;
    }
    return this->annotation(query.value(0).toLongLong());
}

std::optional<Annotation> AnnotationStore::update(const Annotation &annotation)
{
    if (!fits(annotation))
        return std::nullopt;
    QSqlQuery query(m_db.connection());
    query.prepare(u"UPDATE annotations SET block = ?, start = ?, \"end\" = ?, label = ?, note = ?, updated_at = ? "
                  "WHERE id = ? AND article_id = ?"_s);
    query.addBindValue(annotation.block);
    query.addBindValue(annotation.start);
    query.addBindValue(annotation.end);
    query.addBindValue(annotationLabelName(annotation.label));
    query.addBindValue(store_p::storedText(noteText(annotation)));
    query.addBindValue(store_p::nowIso());
    query.addBindValue(annotation.id);
    query.addBindValue(annotation.articleId);
    if (!query.exec()) {
        m_lastError = store_p::errorText(query);
        return std::nullopt;
    }
    if (query.numRowsAffected() == 0) {
        m_lastError = u"no such note"_s;
        return std::nullopt;
    }
    return this->annotation(annotation.id);
}

bool AnnotationStore::remove(qint64 id)
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"DELETE FROM annotations WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec()) {
        m_lastError = store_p::errorText(query);
        return false;
    }
    return query.numRowsAffected() > 0;
}

std::optional<Annotation> AnnotationStore::annotation(qint64 id) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT "_s + columns + u" FROM annotations WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return fromRow(query);
}

QList<Annotation> AnnotationStore::forArticles(const QList<qint64> &articleIds) const
{
    QList<Annotation> result;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT "_s + columns + u" FROM annotations WHERE article_id = ? ORDER BY block, start, id"_s);
    for (const qint64 id : articleIds) {
        query.addBindValue(id);
        if (!query.exec())
            continue;
        while (query.next())
            result.append(fromRow(query));
    }
    return result;
}

} // namespace parallax
