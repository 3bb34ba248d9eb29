#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace parallax {

class Database;

// Rotating copies of a library file beside it: library.sqlite.backup-1 is
// the newest, library.sqlite.backup-3 the oldest. Each is a complete,
// consistent SQLite file written by VACUUM INTO, so a copy made while another
// process writes is never torn.
namespace backups {

inline constexpr int kept = 3;
// Made automatically when the library is opened and the newest copy is
// older than this; `parallax backup` makes one at any time.
inline constexpr qint64 intervalSeconds = 24 * 60 * 60;

struct BackupFile {
    int number = 0; // 1 is the newest
    QString path;
    QDateTime modified;
};

QString backupPath(const QString &libraryPath, int number);
// The backups that exist, newest first.
QList<BackupFile> list(const QString &libraryPath);
bool isDue(const QString &libraryPath);

// Writes a new backup-1 and shifts the others down, dropping the oldest.
// Returns an empty string or what went wrong; the existing backups are left
// as they were when the new copy cannot be written. Another process making
// a backup at the same moment makes this one a no-op.
QString make(Database &db);

// Moves a library file and its -wal and -shm companions aside as
// "<path>.<label>-<UTC timestamp>" and returns the new path of the main file
// (empty when it could not be moved; *error says why).
QString setAside(const QString &libraryPath, const QString &label, QString *error);

// Files set aside as damaged beside the library, newest first.
QStringList damagedFiles(const QString &libraryPath);

// Copies backup `number` into place as the library. A library already there
// is set aside as "replaced" first, never overwritten; none is replaced
// while it is open anywhere (LibraryUseLock). Returns an empty
// string or what went wrong; *replacedPath names what was set aside.
QString restore(const QString &libraryPath, int number, QString *replacedPath);

} // namespace backups
} // namespace parallax
