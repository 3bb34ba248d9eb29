#pragma once

// Statements shared by more than one store class; private to app/store.

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace parallax::store_p {

// The id of the story with this name, creating it when there is none.
// Runs inside the caller's transaction, if any.
std::optional<qint64> ensureStory(QSqlDatabase db, const QString &name, QString *error);

QString nowIso();

} // namespace parallax::store_p
