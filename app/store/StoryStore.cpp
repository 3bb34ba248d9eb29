#include "StoryStore.h"

#include "Database.h"
#include "StoreQueries_p.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace parallax {

StoryStore::StoryStore(Database &db)
    : m_db(db)
{
}

QList<Story> StoryStore::stories() const
{
    QList<Story> result;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    // Articles without a date sort after dated ones, then by import.
    if (!query.exec(u"SELECT s.id, s.name, m.article_id FROM stories s "
                    "LEFT JOIN story_articles m ON m.story_id = s.id "
                    "LEFT JOIN articles a ON a.id = m.article_id "
                    "ORDER BY s.name COLLATE NOCASE, s.id, a.published IS NULL, a.published, a.id"_s))
        return result;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (result.isEmpty() || result.last().id != id)
            result.append({id, query.value(1).toString(), {}});
        if (!query.value(2).isNull())
            result.last().articleIds.append(query.value(2).toLongLong());
    }
    return result;
}

std::optional<Story> StoryStore::story(const QString &name) const
{
    for (Story &candidate : stories()) {
        if (candidate.name.compare(name, Qt::CaseInsensitive) == 0)
            return std::move(candidate);
    }
    return std::nullopt;
}

std::optional<qint64> StoryStore::create(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        m_lastError = u"a story needs a name"_s;
        return std::nullopt;
    }
    return store_p::ensureStory(m_db.connection(), trimmed, &m_lastError);
}

bool StoryStore::rename(qint64 id, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        m_lastError = u"a story needs a name"_s;
        return false;
    }
    QSqlQuery query(m_db.connection());
    query.prepare(u"UPDATE stories SET name = ? WHERE id = ?"_s);
    query.addBindValue(store_p::storedText(trimmed));
    query.addBindValue(id);
    if (!query.exec()) {
        m_lastError = store_p::errorText(query);
        return false;
    }
    return query.numRowsAffected() > 0;
}

bool StoryStore::remove(qint64 id)
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"DELETE FROM stories WHERE id = ?"_s);
    query.addBindValue(id);
    if (!query.exec()) {
        m_lastError = store_p::errorText(query);
        return false;
    }
    return query.numRowsAffected() > 0;
}

bool StoryStore::addArticle(qint64 storyId, qint64 articleId)
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"INSERT INTO story_articles (story_id, article_id) VALUES (?, ?) "
                  "ON CONFLICT DO NOTHING"_s);
    query.addBindValue(storyId);
    query.addBindValue(articleId);
    if (!query.exec()) {
        m_lastError = store_p::errorText(query);
        return false;
    }
    return true;
}

bool StoryStore::removeArticle(qint64 storyId, qint64 articleId)
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"DELETE FROM story_articles WHERE story_id = ? AND article_id = ?"_s);
    query.addBindValue(storyId);
    query.addBindValue(articleId);
    if (!query.exec()) {
        m_lastError = store_p::errorText(query);
        return false;
    }
    return query.numRowsAffected() > 0;
}

} // namespace parallax
