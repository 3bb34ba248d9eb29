#include "WebLink.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace parallax {

bool looksLikeLink(const QString &text)
{
    static const QRegularExpression scheme(u"^[A-Za-z][A-Za-z0-9+.-]*://\\S+$"_s);
    return scheme.match(text.trimmed()).hasMatch();
}

std::optional<QUrl> webLinkFromText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (!looksLikeLink(trimmed))
        return std::nullopt;
    const QUrl url(trimmed, QUrl::TolerantMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"http" && scheme != u"https"))
        return std::nullopt;
    return url;
}

} // namespace parallax
