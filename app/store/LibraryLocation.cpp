#include "LibraryLocation.h"

#include "core/TranslationContexts.h"

#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

// libpq options a URL may carry; anything else is refused rather than
// passed on, so that a typing mistake is not silently ignored.
const QStringList knownOptions = {
    u"sslmode"_s, u"sslrootcert"_s, u"sslcert"_s, u"sslkey"_s, u"sslcrl"_s, u"connect_timeout"_s,
    u"application_name"_s, u"options"_s, u"target_session_attrs"_s, u"host"_s, u"hostaddr"_s,
};

} // namespace

bool LibraryLocation::looksLikeServer(const QString &text)
{
    return text.startsWith(u"postgresql://"_s, Qt::CaseInsensitive)
        || text.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

LibraryLocation::LibraryLocation(const QString &text)
    : m_server(looksLikeServer(text))
    , m_display(text)
{
    if (!m_server)
        return;
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        m_error = LibraryText::tr("the library URL cannot be read: %1").arg(url.errorString());
        m_display = text.section(u'@', -1); // never echo what may be a password
        return;
    }
    m_password = url.password(QUrl::FullyDecoded);
    url.setPassword({});
    m_display = url.toString();
    m_host = url.host(QUrl::FullyDecoded);
    m_port = url.port(5432);
    m_user = url.userName(QUrl::FullyDecoded);
    m_database = url.path(QUrl::FullyDecoded).mid(1);
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!knownOptions.contains(key)) {
            m_error = LibraryText::tr("the library URL has an option PostgreSQL does not know: %1").arg(key);
            return;
        }
        if (value.contains(u';')) {
            m_error = LibraryText::tr("the library URL option %1 may not contain ';'").arg(key);
            return;
        }
        m_options.append(key + u'=' + value);
    }
    if (m_database.isEmpty())
        m_error = LibraryText::tr("the library URL names no database (postgresql://user@host:5432/database)");
    else if (m_host.isEmpty() && !query.hasQueryItem(u"host"_s))
        m_error = LibraryText::tr("the library URL names no server (postgresql://user@host:5432/database)");
}

} // namespace parallax
