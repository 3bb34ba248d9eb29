#include "LibraryUseLock.h"

#include "core/TranslationContexts.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace parallax {

LibraryUseLock::~LibraryUseLock()
{
    release();
}

QString LibraryUseLock::lockPath(const QString &libraryPath)
{
    return libraryPath + u".inuse"_s;
}

LibraryUseLock::Result LibraryUseLock::acquire(const QString &libraryPath, Mode mode)
{
    release();
    const QString path = lockPath(libraryPath);
    const QByteArray name = QFile::encodeName(path);
    m_fd = ::open(name.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    m_createdPath = m_fd >= 0 ? path : QString();
    if (m_fd < 0 && errno == EEXIST)
        m_fd = ::open(name.constData(), O_RDWR | O_CLOEXEC);
    if (m_fd < 0) {
        m_error = LibraryText::tr("cannot open %1: %2")
                      .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(errno)));
        return Result::Failed;
    }
    if (::flock(m_fd, (mode == Mode::Shared ? LOCK_SH : LOCK_EX) | LOCK_NB) != 0) {
        const int error = errno;
        release();
        if (error == EWOULDBLOCK)
            return Result::Busy;
        m_error = LibraryText::tr("cannot lock %1: %2")
                      .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(error)));
        return Result::Failed;
    }
    m_error.clear();
    return Result::Locked;
}

void LibraryUseLock::release()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

void LibraryUseLock::discard()
{
    release();
    if (!m_createdPath.isEmpty())
        QFile::remove(m_createdPath);
    m_createdPath.clear();
}

} // namespace parallax
