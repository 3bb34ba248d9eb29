#pragma once

#include "coverage/Annotation.h"

#include <QList>
#include <QString>

#include <optional>

namespace parallax {

class Database;

// A person's notes on spans of article text. A note must fit its block:
// the block exists and the span lies inside its text.
class AnnotationStore final
{
    Q_DISABLE_COPY_MOVE(AnnotationStore)
public:
    explicit AnnotationStore(Database &db);

    // Stores a new note (its id and times are ignored and set); the stored
    // note, or nullopt with lastError set.
    std::optional<Annotation> add(const Annotation &annotation);
    // Changes the span, label and note of a stored one; updated becomes now.
    std::optional<Annotation> update(const Annotation &annotation);
    bool remove(qint64 id);

    std::optional<Annotation> annotation(qint64 id) const;
    // By article, block and start.
    QList<Annotation> forArticles(const QList<qint64> &articleIds) const;

    QString lastError() const { return m_lastError; }

private:
    bool fits(const Annotation &annotation);

    Database &m_db;
    QString m_lastError;
};

} // namespace parallax
