#pragma once

#include <QSqlDatabase>
#include <QString>

namespace parallax::schema {

// The version this build writes. Bump it and add a step to the ladder in
// Schema.cpp; never edit a step that has shipped.
inline constexpr int currentVersion = 5;

// Brings the library up to currentVersion, one transactional step at a time.
// Returns an empty string on success, otherwise what went wrong. A library
// written by a newer Parallax is refused rather than damaged.
QString migrate(QSqlDatabase db);

int version(QSqlDatabase db);

} // namespace parallax::schema
