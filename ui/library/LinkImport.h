#pragma once

#include "core/Article.h"
#include "ingest/Importer.h"
#include "ingest/fetch/FetchLimits.h"

#include <QObject>
#include <QPointer>

class QMessageBox;
class QNetworkAccessManager;
class QWidget;

namespace parallax {

class LibraryService;
class OpenLinksDialog;
class PageFetch;

// The window's links: File → Open URL…, a pasted link, and Refresh from URL.
// Pages are fetched on the window's event loop (never blocking it) and read
// and stored on the library's thread, like files.
class LinkImport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkImport)
public:
    LinkImport(LibraryService *service, QWidget *window);
    ~LinkImport() override;

    // Opens the dialog; given links are fetched at once.
    void openLinks(const QStringList &links = {});
    // Fetches the article's link again; a changed page becomes a new version.
    void refresh(const Article &article);
    bool isRefreshing() const;

    void setLimits(const FetchLimits &limits) { m_limits = limits; }
    OpenLinksDialog *dialog() const;
    QMessageBox *report() const;

Q_SIGNALS:
    void statusMessage(const QString &text);
    // A person asked to compare the old and new version.
    void compareRequested(const QList<qint64> &articleIds);

private:
    void onRefreshFetched();
    void onPageRefreshed(qint64 previousId, const ImportOutcome &outcome);
    void showReport(const QString &text, const QString &details = {});

    LibraryService *m_service = nullptr;
    QWidget *m_window = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    FetchLimits m_limits;
    QPointer<OpenLinksDialog> m_dialog;
    QPointer<PageFetch> m_refresh;
    qint64 m_refreshedId = 0;
    QPointer<QMessageBox> m_report;
};

} // namespace parallax
