#pragma once

#include "store/Backups.h"

#include <QObject>

class QMessageBox;
class QWidget;

namespace parallax {

class LibraryService;

// When the library turns out damaged, offers its newest backup in a window-
// modal message box; the service restores and reopens it off the UI thread.
// Without a backup the status line's message (what to move where) is all
// there is to say.
class DamagedLibraryPrompt final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DamagedLibraryPrompt)
public:
    DamagedLibraryPrompt(LibraryService &service, QWidget *window);

    // The box on screen, or null.
    QMessageBox *box() const { return m_box; }

private:
    void offer(const QString &path, const QString &setAsidePath, const QList<backups::BackupFile> &available);

    LibraryService &m_service;
    QWidget *m_window = nullptr;
    QMessageBox *m_box = nullptr;
};

} // namespace parallax
