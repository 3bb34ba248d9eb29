#include "Backups.h"

#include "Database.h"
#include "LibraryUseLock.h"
#include "core/TranslationContexts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parallax::backups {
namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

const QString companions[] = {QString(), u"-wal"_s, u"-shm"_s};

} // namespace

QString backupPath(const QString &libraryPath, int number)
{
    return libraryPath + u".backup-"_s + QString::number(number);
}

QList<BackupFile> list(const QString &libraryPath)
{
    QList<BackupFile> found;
    for (int number = 1; number <= kept; ++number) {
        const QFileInfo info(backupPath(libraryPath, number));
        if (info.isFile())
            found.append({number, info.filePath(), info.lastModified()});
    }
    return found;
}

bool isDue(const QString &libraryPath)
{
    const QFileInfo newest(backupPath(libraryPath, 1));
    return !newest.exists() || newest.lastModified().secsTo(QDateTime::currentDateTime()) >= intervalSeconds;
}

QString make(Database &db)
{
    const QString libraryPath = db.path();
    // Two processes on one library may both find a backup due; the second
    // leaves the rotation to the first instead of racing its renames.
    QLockFile lock(libraryPath + u".backup-lock"_s);
    if (!lock.tryLock(0))
        return {};
    const QString fresh = libraryPath + u".backup-new"_s;
    QFile::remove(fresh); // left behind by a process killed while writing it
    QSqlQuery query(db.connection());
    query.prepare(u"VACUUM INTO ?"_s);
    query.addBindValue(fresh);
    if (!query.exec()) {
        const QString error = query.lastError().text();
        QFile::remove(fresh);
        return LibraryText::tr("cannot write a backup to %1: %2").arg(native(fresh), error);
    }
    QFile::remove(backupPath(libraryPath, kept));
    for (int number = kept - 1; number >= 1; --number) {
        if (QFile::exists(backupPath(libraryPath, number)))
            QFile::rename(backupPath(libraryPath, number), backupPath(libraryPath, number + 1));
    }
    if (!QFile::rename(fresh, backupPath(libraryPath, 1)))
        return LibraryText::tr("cannot name the backup %1").arg(native(backupPath(libraryPath, 1)));
    return {};
}

QString setAside(const QString &libraryPath, const QString &label, QString *error)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
    QString target = libraryPath + u'.' + label + u'-' + stamp;
    for (int n = 2; QFile::exists(target); ++n)
        target = libraryPath + u'.' + label + u'-' + stamp + u'-' + QString::number(n);
    if (!QFile::rename(libraryPath, target)) {
        *error = LibraryText::tr("cannot move %1 aside to %2").arg(native(libraryPath), native(target));
        return {};
    }
    // The write-ahead log belongs to the file it was written for: left in
    // place it would be replayed into whatever library comes next.
    for (const QString &suffix : companions) {
        if (!suffix.isEmpty() && QFile::exists(libraryPath + suffix))
            QFile::rename(libraryPath + suffix, target + suffix);
    }
    return target;
}

QStringList damagedFiles(const QString &libraryPath)
{
    const QFileInfo info(libraryPath);
    QStringList found;
    const QDir dir = info.absoluteDir();
    for (const QString &name : dir.entryList({info.fileName() + u".damaged-*"_s}, QDir::Files, QDir::Name)) {
        if (!name.endsWith(u"-wal"_s) && !name.endsWith(u"-shm"_s))
            found.append(dir.filePath(name));
    }
    std::reverse(found.begin(), found.end()); // the timestamp sorts by name
    return found;
}

QString restore(const QString &libraryPath, int number, QString *replacedPath)
{
    const QString source = backupPath(libraryPath, number);
    if (!QFileInfo(source).isFile())
        return LibraryText::tr("there is no backup %1 (%2)").arg(number).arg(native(source));
    // A window with the library open would go on writing to the file set
    // aside, and every change made there would be lost.
    LibraryUseLock alone;
    switch (alone.acquire(libraryPath, LibraryUseLock::Mode::Exclusive)) {
    case LibraryUseLock::Result::Locked:
        break;
    case LibraryUseLock::Result::Busy:
        return LibraryText::tr("the library %1 is open in Parallax (a window or a command); close it first")
            .arg(native(libraryPath));
    case LibraryUseLock::Result::Failed:
        return alone.errorString();
    }
    // Copied beside the library and renamed into place, so that a crash
    // leaves either the old state or the whole backup, never half of it.
    const QString staging = libraryPath + u".restoring"_s;
    QFile::remove(staging);
    if (!QFile::copy(source, staging))
        return LibraryText::tr("cannot copy %1 to %2").arg(native(source), native(staging));
    if (QFile::exists(libraryPath)) {
        QString error;
        *replacedPath = setAside(libraryPath, u"replaced"_s, &error);
        if (replacedPath->isEmpty()) {
            QFile::remove(staging);
            return error;
        }
    } else {
        for (const QString &suffix : companions) {
            if (!suffix.isEmpty())
                QFile::remove(libraryPath + suffix);
        }
    }
    if (!QFile::rename(staging, libraryPath))
        return LibraryText::tr("cannot move %1 into place as %2").arg(native(staging), native(libraryPath));
    return {};
}

} // namespace parallax::backups
