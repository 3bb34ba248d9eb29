#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace parallax {

class Database;

struct Story {
    qint64 id = 0;
    QString name;
    QList<qint64> articleIds; // in order of publication, then import
};

// Named groups of articles. An article may belong to several stories.
class StoryStore final
{
    Q_DISABLE_COPY_MOVE(StoryStore)
public:
    explicit StoryStore(Database &db);

    QList<Story> stories() const;
    std::optional<Story> story(const QString &name) const;
    std::optional<qint64> create(const QString &name); // the existing one when the name is taken
    bool rename(qint64 id, const QString &name);
    bool remove(qint64 id); // the articles stay in the library
    bool addArticle(qint64 storyId, qint64 articleId);
    bool removeArticle(qint64 storyId, qint64 articleId);

    QString lastError() const { return m_lastError; }

private:
    Database &m_db;
    QString m_lastError;
};

} // namespace parallax
