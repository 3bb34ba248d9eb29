#include "Commands_p.h"
#include "ingest/fetch/FetchQueue.h"

#include <QEventLoop>
#include <QNetworkAccessManager>

namespace parallax::cli {

QList<FetchOutcome> fetchLinks(const QList<QUrl> &urls)
{
    QList<FetchOutcome> outcomes(urls.size());
    if (urls.isEmpty())
        return outcomes;
    // The command line has no event loop of its own running: this one turns
    // until the last link is done.
    QNetworkAccessManager network;
    FetchQueue queue(network);
    QEventLoop loop;
    QObject::connect(&queue, &FetchQueue::pageFetched, &loop,
                     [&outcomes](int index, const FetchOutcome &outcome) { outcomes[index] = outcome; });
    QObject::connect(&queue, &FetchQueue::finished, &loop, &QEventLoop::quit);
    queue.start(urls);
    if (queue.isRunning())
        loop.exec();
    return outcomes;
}

} // namespace parallax::cli
