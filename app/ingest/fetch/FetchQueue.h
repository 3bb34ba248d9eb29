#pragma once

#include "FetchLimits.h"
#include "FetchedPage.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace parallax {

class PageFetch;

// Fetches a batch of links a few at a time (FetchLimits::parallel), so that
// a long list neither floods one server nor waits on one slow page. Every
// link ends in pageFetched(), cancelled ones too; then finished().
class FetchQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FetchQueue)
public:
    explicit FetchQueue(QNetworkAccessManager &network, const FetchLimits &limits = {}, QObject *parent = nullptr);
    ~FetchQueue() override;

    // Starts fetching the links; call once.
    void start(const QList<QUrl> &urls);
    // Stops every fetch under way and every one still waiting.
    void cancel();

    int total() const { return int(m_urls.size()); }
    int done() const { return m_done; }
    bool isRunning() const { return m_started && m_done < total(); }

Q_SIGNALS:
    // index is the link's place in the list given to start().
    void pageFetched(int index, const parallax::FetchOutcome &outcome);
    // Bytes received so far by the fetches under way, and links done.
    void progress(int done, int total, qint64 bytes);
    void finished();

private:
    void startNext();
    void onFetchFinished(int index, PageFetch *fetch);
    void reportProgress();

    QNetworkAccessManager &m_network;
    const FetchLimits m_limits;
    QList<QUrl> m_urls;
    QList<PageFetch *> m_running;
    QHash<PageFetch *, qint64> m_received;
    int m_next = 0;
    int m_done = 0;
    bool m_started = false;
    bool m_cancelled = false;
};

} // namespace parallax
