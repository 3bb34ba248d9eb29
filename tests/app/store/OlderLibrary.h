#pragma once

// Turns a library back into what an older Parallax left, to test that the
// migration ladder brings it forward: the steps undone newest first.

#include <QSqlQuery>
#include <QString>

namespace parallax::testing {

inline bool undoSchemaDownTo(QSqlDatabase db, int version)
{
    using namespace Qt::StringLiterals;
    QSqlQuery query(db);
    QStringList statements;
    if (version < 5)
        statements << u"ALTER TABLE articles DROP COLUMN language"_s;
    if (version < 4)
        statements << u"DROP TABLE claim_decisions"_s;
    if (version < 3) {
        statements << u"ALTER TABLE blocks DROP COLUMN role_reason"_s
                   << u"DROP INDEX articles_previous_version"_s;
        for (const QString &column : {u"fetched_url"_s, u"final_url"_s, u"fetched_at"_s, u"previous_version"_s})
            statements << u"ALTER TABLE articles DROP COLUMN "_s + column;
    }
    if (version < 2)
        statements << u"DROP TABLE annotations"_s;
    statements << u"PRAGMA user_version = %1"_s.arg(version);
    for (const QString &statement : std::as_const(statements)) {
        if (!query.exec(statement))
            return false;
    }
    return true;
}

} // namespace parallax::testing
