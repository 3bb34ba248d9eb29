#pragma once

#include <QObject>
#include <QThread>

namespace parallax {

class LibraryService;

// Runs a LibraryService on a thread of its own for the lifetime of a window.
class LibraryThread final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryThread)
public:
    explicit LibraryThread(QObject *parent = nullptr);
    // Stops any import and waits for the service's thread to close the
    // library, which must happen on the thread that opened it.
    ~LibraryThread() override;

    LibraryService *service() const { return m_service; }

private:
    QThread m_thread;
    LibraryService *m_service = nullptr;
};

} // namespace parallax
