#include "ImportProgress.h"

#include "ingest/fetch/WebLink.h"
#include "service/LibraryService.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>

using namespace Qt::StringLiterals;

namespace parallax {

ImportProgress::ImportProgress(LibraryService *service, QWidget *window)
    : QObject(window)
    , m_service(service)
    , m_window(window)
{
    connect(service, &LibraryService::importProgress, this, &ImportProgress::progressed);
    connect(service, &LibraryService::importFinished, this, &ImportProgress::finished);
}

QProgressDialog *ImportProgress::dialog() const
{
    return m_dialog;
}

QMessageBox *ImportProgress::report() const
{
    return m_report;
}

void ImportProgress::begin(const QStringList &paths)
{
    const bool several = paths.size() > 1 || (paths.size() == 1 && QFileInfo(paths.first()).isDir());
    if (!several || m_dialog)
        return;
    m_dialog = new QProgressDialog(tr("Importing…"), tr("Cancel"), 0, 0, m_window);
    m_dialog->setWindowTitle(tr("Import"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setMinimumDuration(300);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QProgressDialog::canceled, this, [this] {
        m_service->cancelImport();
        m_dialog->setLabelText(tr("Stopping after the current file…"));
    });
}

void ImportProgress::progressed(int done, int total, const QString &path)
{
    if (!m_dialog)
        return;
    m_dialog->setMaximum(total);
    m_dialog->setValue(done);
    if (!m_dialog->wasCanceled())
        m_dialog->setLabelText(tr("Importing %L1 of %L2: %3").arg(done + 1).arg(total).arg(QFileInfo(path).fileName()));
}

QString ImportProgress::describeFailures(const QList<ImportOutcome> &outcomes)
{
    QStringList lines;
    for (const ImportOutcome &outcome : outcomes) {
        if (outcome.status == ImportOutcome::Status::Failed)
            lines.append(tr("%1: %2").arg(looksLikeLink(outcome.path) ? outcome.path
                                                                 : QDir::toNativeSeparators(outcome.path),
                                          outcome.message));
    }
    return lines.join(u'\n');
}

void ImportProgress::finished(const QList<ImportOutcome> &outcomes)
{
    if (m_dialog)
        m_dialog->close();
    QList<qint64> ids;
    int failures = 0;
    for (const ImportOutcome &outcome : outcomes) {
        if (outcome.status == ImportOutcome::Status::Failed)
            ++failures;
        else if (!ids.contains(outcome.articleId))
            ids.append(outcome.articleId);
    }
    if (failures > 0) {
        // One message for the whole import, never one box per file.
        if (m_report)
            m_report->close();
        // English plurals without an English translation: each form is its own numerus string.
        const int imported = int(ids.size());
        m_report = new QMessageBox(QMessageBox::Warning, tr("Import"),
                                   failures == 1 ? tr("%Ln file could not be imported.", nullptr, failures)
                                                 : tr("%Ln files could not be imported.", nullptr, failures),
                                   QMessageBox::Close, m_window);
        m_report->setTextFormat(Qt::PlainText);
        m_report->setInformativeText(imported == 1 ? tr("%Ln article was imported.", nullptr, imported)
                                                   : tr("%Ln articles were imported.", nullptr, imported));
        m_report->setDetailedText(describeFailures(outcomes));
        m_report->setAttribute(Qt::WA_DeleteOnClose);
        m_report->open();
    }
    Q_EMIT imported(ids);
}

} // namespace parallax
