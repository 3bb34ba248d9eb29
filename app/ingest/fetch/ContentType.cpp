#include "ContentType_p.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace parallax::fetching {

ContentType parseContentType(const QByteArray &header)
{
    ContentType type;
    const QList<QByteArray> parts = header.split(';');
    type.mimeType = QString::fromLatin1(parts.value(0).trimmed().toLower());
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArray parameter = parts[i].trimmed();
        const qsizetype equals = parameter.indexOf('=');
        if (equals < 0 || parameter.first(equals).trimmed().toLower() != "charset")
            continue;
        QByteArray value = parameter.sliced(equals + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.sliced(1, value.size() - 2);
        type.charset = value.trimmed();
        break;
    }
    return type;
}

bool isArticleType(const QString &mimeType)
{
    return mimeType.isEmpty() || mimeType == u"text/html" || mimeType == u"application/xhtml+xml"
        || mimeType == u"text/plain";
}

} // namespace parallax::fetching
