#pragma once

// What a server's Content-Type header says; private to the fetcher.

#include <QByteArray>
#include <QString>

namespace parallax::fetching {

struct ContentType {
    QString mimeType;   // "text/html", lower case; empty when none was sent
    QByteArray charset; // the charset parameter, unquoted; may be empty
};

ContentType parseContentType(const QByteArray &header);

// HTML, XHTML and plain text are articles; a missing type is left to the
// bytes (the decoder refuses binary ones). Everything else is refused.
bool isArticleType(const QString &mimeType);

} // namespace parallax::fetching
