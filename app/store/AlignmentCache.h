#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

namespace parallax {

class Database;

// Serialised alignment results, keyed by a digest of everything the result
// depends on (the articles' aligned text and roles, the settings and the
// algorithm version). A row disappears with any of its articles.
class AlignmentCache final
{
    Q_DISABLE_COPY_MOVE(AlignmentCache)
public:
    explicit AlignmentCache(Database &db);

    std::optional<QByteArray> find(const QByteArray &key, int algorithmVersion) const;
    bool store(const QByteArray &key, int algorithmVersion, const QByteArray &result,
               const QList<qint64> &articleIds);

private:
    Database &m_db;
};

} // namespace parallax
