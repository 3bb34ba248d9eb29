#include "LinkImport.h"

#include "OpenLinksDialog.h"
#include "ingest/fetch/PageFetch.h"
#include "service/LibraryService.h"

#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QWidget>

namespace parallax {

LinkImport::LinkImport(LibraryService *service, QWidget *window)
    : QObject(window)
    , m_service(service)
    , m_window(window)
    , m_network(new QNetworkAccessManager(this))
{
    connect(service, &LibraryService::pageRefreshed, this, &LinkImport::onPageRefreshed);
}

LinkImport::~LinkImport() = default;

OpenLinksDialog *LinkImport::dialog() const
{
    return m_dialog;
}

QMessageBox *LinkImport::report() const
{
    return m_report;
}

void LinkImport::openLinks(const QStringList &links)
{
    if (!m_dialog) {
        m_dialog = new OpenLinksDialog(m_window, m_limits);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dialog, &OpenLinksDialog::pagesFetched, this,
                [this](const QList<FetchedPage> &pages) { m_service->importPages(pages); });
    }
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    if (!links.isEmpty() && !m_dialog->isFetching()) {
        m_dialog->setLinks(links);
        m_dialog->fetch();
    }
}

bool LinkImport::isRefreshing() const
{
    return m_refresh != nullptr;
}

void LinkImport::refresh(const Article &article)
{
    if (isRefreshing() || article.fetchedUrl.isEmpty())
        return;
    m_refreshedId = article.id;
    m_refresh = new PageFetch(*m_network, QUrl(article.fetchedUrl), m_limits, this);
    connect(m_refresh, &PageFetch::finished, this, &LinkImport::onRefreshFetched);
    Q_EMIT statusMessage(tr("Fetching %1 again…").arg(m_refresh->url().toDisplayString()));
    m_refresh->start();
}

void LinkImport::onRefreshFetched()
{
    PageFetch *fetch = m_refresh;
    m_refresh.clear();
    fetch->deleteLater();
    const FetchOutcome &outcome = fetch->outcome();
    if (!outcome.ok()) {
        Q_EMIT statusMessage({});
        showReport(tr("The article could not be refreshed."), outcome.message());
        return;
    }
    m_service->importRefreshedPage(*outcome.page, m_refreshedId);
}

void LinkImport::onPageRefreshed(qint64 previousId, const ImportOutcome &outcome)
{
    switch (outcome.status) {
    case ImportOutcome::Status::Failed:
        Q_EMIT statusMessage({});
        showReport(tr("The article could not be refreshed."), tr("%1: %2").arg(outcome.path, outcome.message));
        return;
    case ImportOutcome::Status::Duplicate:
        if (outcome.articleId == previousId)
            Q_EMIT statusMessage(tr("The page is unchanged."));
        else
            Q_EMIT statusMessage(tr("The page is now the same as article %1.").arg(outcome.articleId));
        return;
    case ImportOutcome::Status::Imported:
        break;
    }
    Q_EMIT statusMessage(tr("The page has changed: stored as a new version."));
    delete m_report;
    m_report = new QMessageBox(QMessageBox::Question, tr("Refresh from URL"),
                               tr("The page at %1 has changed since it was fetched. The new page is kept as the "
                                  "next version of the article, beside the old one.")
                                   .arg(outcome.path),
                               QMessageBox::NoButton, m_window);
    QPushButton *compare = m_report->addButton(tr("&Compare Versions"), QMessageBox::AcceptRole);
    m_report->addButton(QMessageBox::Close);
    m_report->setDefaultButton(compare);
    m_report->setAttribute(Qt::WA_DeleteOnClose);
    const QList<qint64> ids{previousId, outcome.articleId};
    connect(compare, &QPushButton::clicked, this, [this, ids] { Q_EMIT compareRequested(ids); });
    m_report->open();
}

void LinkImport::showReport(const QString &text, const QString &details)
{
    delete m_report;
    m_report = new QMessageBox(QMessageBox::Warning, tr("Refresh from URL"), text, QMessageBox::Close, m_window);
    m_report->setInformativeText(details);
    m_report->setAttribute(Qt::WA_DeleteOnClose);
    m_report->open();
}

} // namespace parallax
