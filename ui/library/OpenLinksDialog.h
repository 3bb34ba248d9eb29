#pragma once

#include "ingest/fetch/FetchLimits.h"
#include "ingest/fetch/FetchedPage.h"

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QNetworkAccessManager;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace parallax {

class FetchQueue;

// File → Open URL…: links, one a line, fetched a few at a time on the
// window's event loop with progress and Cancel; each link's line says how it
// went, naming it. The pages fetched are handed on by pagesFetched() for the
// library's thread to read and store. The dialog closes by itself when every
// link was fetched, and stays open to show what failed otherwise.
class OpenLinksDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpenLinksDialog)
public:
    explicit OpenLinksDialog(QWidget *parent = nullptr, const FetchLimits &limits = {});
    ~OpenLinksDialog() override;

    void setLinks(const QStringList &links);
    // Fetches the links in the text box.
    void fetch();
    bool isFetching() const;

    QPlainTextEdit *linksEdit() const { return m_links; }
    QListWidget *resultList() const { return m_results; }
    QPushButton *fetchButton() const { return m_fetch; }
    QPushButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    void pagesFetched(const QList<parallax::FetchedPage> &pages);

protected:
    void reject() override;

private:
    void onPageFetched(int index, const FetchOutcome &outcome);
    void onFinished();
    void setFetching(bool fetching);

    const FetchLimits m_limits;
    QNetworkAccessManager *m_network = nullptr;
    FetchQueue *m_queue = nullptr;
    QPlainTextEdit *m_links = nullptr;
    QListWidget *m_results = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_fetch = nullptr;
    QPushButton *m_cancel = nullptr;
    QList<int> m_rowOfLink; // result row of each link given to the queue
    QList<FetchedPage> m_pages;
    int m_failures = 0;
};

} // namespace parallax
