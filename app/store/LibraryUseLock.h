#pragma once

#include <QString>

namespace parallax {

// Says which processes have a library open, so that replacing its file (a
// restored backup) never happens under a window still writing to the old
// one. Every open library holds a shared flock(2) on "<library>.inuse";
// replacing it takes the exclusive lock, which fails while any other open
// holds a shared one, in this process or another. The kernel drops a lock
// with its process, so a crash or a kill never leaves a library locked.
class LibraryUseLock final
{
    Q_DISABLE_COPY_MOVE(LibraryUseLock)
public:
    enum class Mode { Shared, Exclusive };
    // Busy: another open holds the lock in a way that excludes this one.
    // Failed: the lock file cannot be made or locked; errorString() says why.
    enum class Result { Locked, Busy, Failed };

    LibraryUseLock() = default;
    ~LibraryUseLock();

    // Never waits.
    Result acquire(const QString &libraryPath, Mode mode);
    void release();
    // Releases the lock and removes the lock file if acquire() made it: for
    // a file that turned out to be no library, nothing is left beside it.
    void discard();
    QString errorString() const { return m_error; }

    static QString lockPath(const QString &libraryPath);

private:
    int m_fd = -1;
    QString m_createdPath; // the lock file, when acquire() created it
    QString m_error;
};

} // namespace parallax
