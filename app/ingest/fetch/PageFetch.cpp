#include "PageFetch.h"

#include "ContentType_p.h"
#include "core/TranslationContexts.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

QString seconds(std::chrono::milliseconds duration)
{
    return QLocale().toString(double(duration.count()) / 1000.0, 'g', 3);
}

QString dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

QString tooLarge(qint64 limit)
{
    return IngestText::tr("too large (the limit is %1)").arg(dataSize(limit));
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

} // namespace

PageFetch::PageFetch(QNetworkAccessManager &network, const QUrl &url, const FetchLimits &limits, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_limits(limits)
{
    m_outcome.url = url;
    m_idle.setSingleShot(true);
    m_deadline.setSingleShot(true);
    // An error status already received is the better reason.
    connect(&m_idle, &QTimer::timeout, this, [this] {
        fail(!m_httpError.isEmpty()
                 ? m_httpError
                 : IngestText::tr("timed out: no data for %1 seconds").arg(seconds(m_limits.transferTimeout)));
    });
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        fail(!m_httpError.isEmpty()
                 ? m_httpError
                 : IngestText::tr("timed out: not complete after %1 seconds").arg(seconds(m_limits.deadline)));
    });
}

PageFetch::~PageFetch()
{
    dropReply();
}

bool PageFetch::isFetchableScheme(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == u"http" || scheme == u"https";
}

void PageFetch::start()
{
    const QUrl &url = m_outcome.url;
    if (!url.isValid() || url.host().isEmpty()) {
        fail(IngestText::tr("not a web address"));
        return;
    }
    if (!isFetchableScheme(url)) {
        fail(IngestText::tr("only http and https links are fetched, not %1:").arg(url.scheme()));
        return;
    }
    m_deadline.start(m_limits.deadline);
    request(url);
}

void PageFetch::cancel()
{
    fail(IngestText::tr("cancelled"));
}

void PageFetch::request(const QUrl &url)
{
    m_current = url;
    m_visited.insert(url.adjusted(QUrl::NormalizePathSegments));
    m_body.clear();
    m_tlsErrors.clear();
    m_httpError.clear();
    m_discarded = 0;
    QNetworkRequest request(url);
    // Every hop is checked here rather than left to Qt, which would follow
    // it before we could look at the scheme.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setHeader(QNetworkRequest::UserAgentHeader, u"Parallax/%1"_s.arg(QStringLiteral(PARALLAX_VERSION)));
    request.setRawHeader("Accept", "text/html, application/xhtml+xml, text/plain;q=0.9");
    m_reply = m_network.get(request);
    // Qt would otherwise buffer as fast as the server sends; we read each
    // chunk as it comes and count it against the cap.
    m_reply->setReadBufferSize(256 * 1024);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &PageFetch::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::readyRead, this, &PageFetch::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &PageFetch::onFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, &PageFetch::onSslErrors);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64, qint64) { m_idle.start(m_limits.transferTimeout); });
    m_idle.start(m_limits.transferTimeout);
}

void PageFetch::onMetaDataChanged()
{
    m_idle.start(m_limits.transferTimeout);
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (isRedirect(status)) {
        followRedirect(status);
        return;
    }
    if (status < 200 || status > 299) {
        const QString phrase = m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        // Not aborted here: Qt reports the status as an error of its own
        // once the error page is in, and a second error on the reply upsets
        // it. The page is read and dropped meanwhile, under the same limits.
        m_httpError = u"HTTP %1 %2"_s.arg(status).arg(phrase).trimmed();
        return;
    }
    const fetching::ContentType type = fetching::parseContentType(m_reply->rawHeader("Content-Type"));
    if (!fetching::isArticleType(type.mimeType)) {
        fail(IngestText::tr("not an article: the server says it is %1").arg(type.mimeType));
        return;
    }
    m_mimeType = type.mimeType;
    m_charset = type.charset;
    m_contentLanguage = QString::fromLatin1(m_reply->rawHeader("Content-Language"));
    bool known = false;
    const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
    if (known && length > m_limits.maxBytes) {
        fail(IngestText::tr("too large (%1; the limit is %2)").arg(dataSize(length), dataSize(m_limits.maxBytes)));
        return;
    }
}

void PageFetch::onReadyRead()
{
    if (!m_reply)
        return;
    m_idle.start(m_limits.transferTimeout);
    if (!m_httpError.isEmpty()) {
        m_discarded += m_reply->readAll().size();
        if (m_discarded > m_limits.maxBytes)
            fail(m_httpError);
        return;
    }
    // Read no further than one byte past the cap: that byte is proof enough,
    // and a decompressed bomb never lands in memory whole.
    m_body += m_reply->read(m_limits.maxBytes + 1 - m_body.size());
    if (m_body.size() > m_limits.maxBytes) {
        fail(tooLarge(m_limits.maxBytes));
        return;
    }
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    Q_EMIT progress(m_body.size(), length.isValid() ? length.toLongLong() : -1);
}

void PageFetch::onFinished()
{
    if (!m_reply)
        return;
    if (!m_httpError.isEmpty()) {
        fail(m_httpError);
        return;
    }
    if (m_reply->error() != QNetworkReply::NoError) {
        fail(networkError());
        return;
    }
    onReadyRead();
    if (m_finished)
        return;
    succeed();
}

void PageFetch::onSslErrors(const QList<QSslError> &errors)
{
    for (const QSslError &error : errors)
        m_tlsErrors.append(error.errorString());
}

void PageFetch::followRedirect(int status)
{
    const QUrl location = m_reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
    if (location.isEmpty()) {
        fail(IngestText::tr("HTTP %1 redirect without a Location").arg(status));
        return;
    }
    const QUrl target = m_current.resolved(location);
    if (!isFetchableScheme(target)) {
        fail(IngestText::tr("redirected to %1, which is not an http or https link")
                 .arg(target.toDisplayString()));
        return;
    }
    if (m_visited.contains(target.adjusted(QUrl::NormalizePathSegments))) {
        fail(IngestText::tr("redirects in a loop (back to %1)").arg(target.toDisplayString()));
        return;
    }
    if (++m_redirects > m_limits.maxRedirects) {
        fail(IngestText::tr("too many redirects (more than %1)").arg(m_limits.maxRedirects));
        return;
    }
    dropReply();
    request(target);
}

void PageFetch::succeed()
{
    dropReply();
    m_idle.stop();
    m_deadline.stop();
    if (m_body.isEmpty()) {
        fail(IngestText::tr("the page is empty"));
        return;
    }
    FetchedPage page;
    page.requestedUrl = m_outcome.url;
    page.finalUrl = m_current;
    page.bytes = std::move(m_body);
    page.mimeType = m_mimeType;
    page.charset = m_charset;
    page.contentLanguage = m_contentLanguage;
    page.fetchedAt = QDateTime::currentDateTimeUtc();
    m_outcome.page = std::move(page);
    m_finished = true;
    Q_EMIT finished();
}

void PageFetch::fail(const QString &reason)
{
    if (m_finished)
        return;
    dropReply();
    m_idle.stop();
    m_deadline.stop();
    m_body.clear();
    m_outcome.error = reason;
    m_finished = true;
    Q_EMIT finished();
}

void PageFetch::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply.clear();
    // Disconnected first: abort() emits finished() at once.
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

QString PageFetch::networkError() const
{
    switch (m_reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
        return IngestText::tr("connection refused");
    case QNetworkReply::HostNotFoundError:
        return IngestText::tr("no such host: %1").arg(m_current.host());
    case QNetworkReply::RemoteHostClosedError:
        return IngestText::tr("the server closed the connection");
    case QNetworkReply::TimeoutError:
        return IngestText::tr("timed out");
    case QNetworkReply::SslHandshakeFailedError:
        return IngestText::tr("TLS error: %1")
            .arg(m_tlsErrors.isEmpty() ? m_reply->errorString() : m_tlsErrors.join(u"; "_s));
    case QNetworkReply::UnknownContentError:
        // Qt's own check stops a compressed body that unpacks to many times
        // its size before our count reaches the cap.
        if (!m_reply->rawHeader("Content-Encoding").isEmpty())
            return IngestText::tr("the compressed page unpacks to far more than was sent, or is damaged");
        break;
    default:
        break;
    }
    return m_reply->errorString();
}

} // namespace parallax
