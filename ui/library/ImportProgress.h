#pragma once

#include "ingest/Importer.h"

#include <QObject>
#include <QPointer>

class QMessageBox;
class QProgressDialog;
class QWidget;

namespace parallax {

class LibraryService;

// Shows an import under way: a cancellable progress dialog when there is
// more than one file, and at the end every failure together in one message.
class ImportProgress final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportProgress)
public:
    ImportProgress(LibraryService *service, QWidget *window);

    // Call before asking the service to import; several files or a folder
    // get the progress dialog.
    void begin(const QStringList &paths);

    QProgressDialog *dialog() const;
    QMessageBox *report() const;
    static QString describeFailures(const QList<ImportOutcome> &outcomes);

Q_SIGNALS:
    // The articles that are now in the library, new or already there.
    void imported(const QList<qint64> &articleIds);

private:
    void progressed(int done, int total, const QString &path);
    void finished(const QList<ImportOutcome> &outcomes);

    LibraryService *m_service = nullptr;
    QWidget *m_window = nullptr;
    QPointer<QProgressDialog> m_dialog;
    QPointer<QMessageBox> m_report;
};

} // namespace parallax
