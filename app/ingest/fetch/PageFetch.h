#pragma once

#include "FetchLimits.h"
#include "FetchedPage.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QSslError;

namespace parallax {

// Fetches one page: one request chain, redirects followed by hand so that
// each hop is checked (http and https only, a bounded count, no loops), the
// size capped while the bytes stream in, the type checked before the body is
// read. Nothing the page names is ever requested. Runs on the thread of the
// network manager's event loop and reports by signal.
class PageFetch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageFetch)
public:
    PageFetch(QNetworkAccessManager &network, const QUrl &url, const FetchLimits &limits,
              QObject *parent = nullptr);
    ~PageFetch() override;

    void start();
    // Ends the fetch at once; finished() follows with the reason "cancelled".
    void cancel();

    QUrl url() const { return m_outcome.url; }
    bool isFinished() const { return m_finished; }
    // Complete once finished() was emitted.
    const FetchOutcome &outcome() const { return m_outcome; }

    // Only http and https are fetched, at the start and after every redirect.
    static bool isFetchableScheme(const QUrl &url);

Q_SIGNALS:
    // total is -1 while the size is unknown.
    void progress(qint64 received, qint64 total);
    void finished();

private:
    void request(const QUrl &url);
    void onMetaDataChanged();
    void onReadyRead();
    void onFinished();
    void onSslErrors(const QList<QSslError> &errors);
    void followRedirect(int status);
    void succeed();
    void fail(const QString &reason);
    void dropReply();
    QString networkError() const;

    QNetworkAccessManager &m_network;
    const FetchLimits m_limits;
    QPointer<QNetworkReply> m_reply;
    QUrl m_current;
    QSet<QUrl> m_visited;
    int m_redirects = 0;
    QByteArray m_body;
    QString m_mimeType;
    QByteArray m_charset;
    QString m_contentLanguage;
    QStringList m_tlsErrors;
    QString m_httpError; // the status the server answered with, when not a success
    qint64 m_discarded = 0; // bytes of the error page read and dropped
    QTimer m_idle;
    QTimer m_deadline;
    FetchOutcome m_outcome;
    bool m_finished = false;
};

} // namespace parallax
