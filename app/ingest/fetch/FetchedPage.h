#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

namespace parallax {

// One page as the server sent it, the bytes untouched.
struct FetchedPage {
    QUrl requestedUrl;  // the link a person gave
    QUrl finalUrl;      // where the redirects ended
    QByteArray bytes;   // the body, decompressed, otherwise exactly as sent
    QString mimeType;   // from Content-Type, lower case; empty when the server sent none
    QByteArray charset; // from Content-Type; a hint the bytes may overrule
    QString contentLanguage; // the Content-Language header; a claim the words may overrule
    QDateTime fetchedAt;
};

// What became of one link: the page, or why there is none in plain words
// (the caller names the link beside it, as with files).
struct FetchOutcome {
    QUrl url;
    std::optional<FetchedPage> page;
    QString error;

    bool ok() const { return page.has_value(); }
    // "https://example.org/a: HTTP 404 Not Found", as a person reads it.
    QString message() const { return url.toDisplayString() + QStringLiteral(": ") + error; }
};

} // namespace parallax

Q_DECLARE_METATYPE(parallax::FetchOutcome)
