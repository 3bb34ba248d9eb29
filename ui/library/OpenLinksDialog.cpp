#include "OpenLinksDialog.h"

#include "ingest/fetch/FetchQueue.h"
#include "ingest/fetch/WebLink.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parallax {

OpenLinksDialog::OpenLinksDialog(QWidget *parent, const FetchLimits &limits)
    : QDialog(parent)
    , m_limits(limits)
    , m_network(new QNetworkAccessManager(this))
    , m_links(new QPlainTextEdit(this))
    , m_results(new QListWidget(this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Open URL"));
    auto *prompt = new QLabel(tr("&Links to fetch, one a line (http or https). Only the page itself is "
                                 "fetched, never the images, styles or scripts it names."),
                              this);
    prompt->setWordWrap(true);
    prompt->setBuddy(m_links);
    m_links->setPlaceholderText(u"https://"_s);
    m_links->setTabChangesFocus(true);
    m_results->setWordWrap(true);
    m_results->setSelectionMode(QAbstractItemView::NoSelection);
    m_results->setAccessibleName(tr("Fetch results"));
    m_results->hide();
    m_progress->hide();
    m_summary->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_fetch = buttons->addButton(tr("&Fetch"), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_fetch->setDefault(true);
    connect(m_fetch, &QPushButton::clicked, this, &OpenLinksDialog::fetch);
    connect(m_cancel, &QPushButton::clicked, this, &OpenLinksDialog::reject);
    connect(m_links, &QPlainTextEdit::textChanged, this,
            [this] { m_fetch->setEnabled(!isFetching() && !m_links->toPlainText().trimmed().isEmpty()); });
    m_fetch->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(prompt);
    layout->addWidget(m_links, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(560, 380);
}

OpenLinksDialog::~OpenLinksDialog() = default;

void OpenLinksDialog::setLinks(const QStringList &links)
{
    m_links->setPlainText(links.join(u'\n'));
}

bool OpenLinksDialog::isFetching() const
{
    return m_queue && m_queue->isRunning();
}

void OpenLinksDialog::fetch()
{
    if (isFetching())
        return;
    m_results->clear();
    m_pages.clear();
    m_rowOfLink.clear();
    m_failures = 0;
    m_summary->clear();
    QList<QUrl> urls;
    const QStringList lines = m_links->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QString text = line.trimmed();
        if (text.isEmpty())
            continue;
        auto *item = new QListWidgetItem(m_results);
        if (const std::optional<QUrl> url = webLinkFromText(text)) {
            item->setText(tr("%1: fetching…").arg(url->toDisplayString()));
            m_rowOfLink.append(m_results->row(item));
            urls.append(*url);
        } else {
            item->setText(tr("%1: not an http or https link").arg(text));
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            ++m_failures;
        }
    }
    m_results->show();
    if (urls.isEmpty()) {
        m_summary->setText(tr("Nothing to fetch."));
        return;
    }
    delete m_queue;
    m_queue = new FetchQueue(*m_network, m_limits, this);
    connect(m_queue, &FetchQueue::pageFetched, this, &OpenLinksDialog::onPageFetched);
    connect(m_queue, &FetchQueue::finished, this, &OpenLinksDialog::onFinished);
    connect(m_queue, &FetchQueue::progress, this, [this](int done, int total, qint64 bytes) {
        m_progress->setValue(done);
        m_progress->setFormat(tr("%1 of %2 links, %3").arg(done).arg(total).arg(QLocale().formattedDataSize(bytes)));
    });
    m_progress->setRange(0, int(urls.size()));
    m_progress->setValue(0);
    m_progress->setFormat(tr("%1 of %2 links").arg(0).arg(urls.size()));
    m_progress->show();
    setFetching(true);
    m_queue->start(urls);
}

void OpenLinksDialog::onPageFetched(int index, const FetchOutcome &outcome)
{
    QListWidgetItem *item = m_results->item(m_rowOfLink.value(index));
    if (outcome.ok()) {
        m_pages.append(*outcome.page);
        if (item) {
            item->setText(tr("%1: fetched (%2)")
                              .arg(outcome.url.toDisplayString(), QLocale().formattedDataSize(outcome.page->bytes.size())));
            item->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
        }
    } else {
        ++m_failures;
        if (item) {
            item->setText(outcome.message());
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        }
    }
}

void OpenLinksDialog::onFinished()
{
    setFetching(false);
    m_progress->hide();
    if (!m_pages.isEmpty())
        Q_EMIT pagesFetched(m_pages);
    if (m_failures == 0) {
        accept();
        return;
    }
    // English plurals without an English translation: each form is its own numerus string.
    m_summary->setText(m_failures == 1 ? tr("%Ln link could not be fetched.", nullptr, m_failures)
                                       : tr("%Ln links could not be fetched.", nullptr, m_failures));
    m_cancel->setText(tr("&Close"));
}

void OpenLinksDialog::reject()
{
    // Cancel while fetching stops the fetching; the pages already fetched
    // are still handed on, and the dialog stays to show what happened.
    if (isFetching()) {
        m_queue->cancel();
        return;
    }
    QDialog::reject();
}

void OpenLinksDialog::setFetching(bool fetching)
{
    m_links->setReadOnly(fetching);
    m_fetch->setEnabled(!fetching && !m_links->toPlainText().trimmed().isEmpty());
    m_cancel->setText(fetching ? tr("&Cancel") : tr("&Close"));
}

} // namespace parallax
