#include "FetchQueue.h"

#include "PageFetch.h"
#include "core/TranslationContexts.h"

namespace parallax {

FetchQueue::FetchQueue(QNetworkAccessManager &network, const FetchLimits &limits, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_limits(limits)
{
}

FetchQueue::~FetchQueue() = default;

void FetchQueue::start(const QList<QUrl> &urls)
{
    Q_ASSERT(!m_started);
    m_started = true;
    m_urls = urls;
    if (m_urls.isEmpty()) {
        Q_EMIT finished();
        return;
    }
    for (int i = 0; i < std::max(1, m_limits.parallel) && m_next < total(); ++i)
        startNext();
}

void FetchQueue::cancel()
{
    if (!isRunning() || m_cancelled)
        return;
    m_cancelled = true;
    // The links never started are reported first, in order; each fetch
    // under way then reports as it stops, the last one with finished().
    while (m_next < total()) {
        const int index = m_next++;
        FetchOutcome outcome;
        outcome.url = m_urls[index];
        outcome.error = IngestText::tr("cancelled");
        ++m_done;
        Q_EMIT pageFetched(index, outcome);
    }
    const QList<PageFetch *> running = m_running;
    for (PageFetch *fetch : running)
        fetch->cancel();
}

void FetchQueue::startNext()
{
    const int index = m_next++;
    auto *fetch = new PageFetch(m_network, m_urls[index], m_limits, this);
    m_running.append(fetch);
    connect(fetch, &PageFetch::progress, this, [this, fetch](qint64 received, qint64) {
        m_received.insert(fetch, received);
        reportProgress();
    });
    connect(fetch, &PageFetch::finished, this, [this, index, fetch] { onFetchFinished(index, fetch); });
    fetch->start();
}

void FetchQueue::onFetchFinished(int index, PageFetch *fetch)
{
    m_running.removeOne(fetch);
    m_received.remove(fetch);
    ++m_done;
    const FetchOutcome outcome = fetch->outcome();
    fetch->deleteLater();
    Q_EMIT pageFetched(index, outcome);
    reportProgress();
    if (!m_cancelled && m_next < total())
        startNext();
    else if (m_done == total() && m_running.isEmpty())
        Q_EMIT finished();
}

void FetchQueue::reportProgress()
{
    qint64 bytes = 0;
    for (const qint64 received : std::as_const(m_received))
        bytes += received;
    Q_EMIT progress(m_done, total(), bytes);
}

} // namespace parallax
