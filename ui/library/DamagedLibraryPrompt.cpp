#include "DamagedLibraryPrompt.h"

#include "service/LibraryService.h"

#include <QDir>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace parallax {

DamagedLibraryPrompt::DamagedLibraryPrompt(LibraryService &service, QWidget *window)
    : QObject(window)
    , m_service(service)
    , m_window(window)
{
    connect(&service, &LibraryService::damaged, this, &DamagedLibraryPrompt::offer);
}

void DamagedLibraryPrompt::offer(const QString &path, const QString &setAsidePath,
                                 const QList<backups::BackupFile> &available)
{
    if (available.isEmpty() || m_box)
        return;
    m_box = new QMessageBox(QMessageBox::Warning, tr("Damaged Library"),
                            tr("The library %1 is damaged. Parallax has set it aside, unchanged, as %2.")
                                .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(setAsidePath)),
                            QMessageBox::NoButton, m_window);
    m_box->setObjectName(QStringLiteral("damagedLibraryBox"));
    // Paths are shown as they are, never as markup.
    m_box->setTextFormat(Qt::PlainText);
    m_box->setInformativeText(
        tr("Restore its newest backup, made %1? What changed since then stays only in the damaged file.")
            .arg(QLocale().toString(available.first().modified.toLocalTime(), QLocale::LongFormat)));
    QPushButton *restore = m_box->addButton(tr("&Restore Backup"), QMessageBox::AcceptRole);
    m_box->addButton(tr("&Not Now"), QMessageBox::RejectRole);
    m_box->setDefaultButton(restore);
    m_box->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_box, &QMessageBox::buttonClicked, this, [this, restore, path, number = available.first().number](
                                                          QAbstractButton *clicked) {
        if (clicked == restore)
            m_service.restoreBackup(path, number);
    });
    connect(m_box, &QObject::destroyed, this, [this] { m_box = nullptr; });
    m_box->open();
}

} // namespace parallax
