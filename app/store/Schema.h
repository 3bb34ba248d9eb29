#pragma once

#include <QSqlDatabase>
#include <QString>

namespace parallax::schema {

// The version this build writes. Bump it and add a step to the ladder in
// Schema.cpp; never edit a step that has shipped. A step runs on both
// backends: write it in SQL both read, or give it PostgreSQL statements of
// its own.
inline constexpr int currentVersion = 5;

// The version a new PostgreSQL library is created at in one step (see
// PostgresDialect.cpp); never raised, the ladder goes on from it.
inline constexpr int postgresBaseline = 4;

// Brings the library up to currentVersion, one transactional step at a time,
// in the SQL dialect of its connection.
// Returns an empty string on success, otherwise what went wrong. A library
// written by a newer Parallax is refused rather than damaged.
QString migrate(QSqlDatabase db);

int version(QSqlDatabase db);

} // namespace parallax::schema
