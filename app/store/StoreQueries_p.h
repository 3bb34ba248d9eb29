#pragma once

// Statements shared by more than one store class; private to app/store.

#include <QSqlDatabase>
#include <QString>

class QSqlQuery;

#include <optional>

namespace parallax::store_p {

// The id of the story with this name, creating it when there is none.
// Runs inside the caller's transaction, if any.
std::optional<qint64> ensureStory(QSqlDatabase db, const QString &name, QString *error);

QString nowIso();

// Why the query failed, in the words of its dialect (a read-only library
// says so).
QString errorText(const QSqlQuery &query);

// A person's text as the library keeps it: NUL, which PostgreSQL cannot
// store in text and no reader shows, becomes U+FFFD, so that the text stays
// the same length and the sentence offsets into it stay right.
QString storedText(const QString &text);

} // namespace parallax::store_p
