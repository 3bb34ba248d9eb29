#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace parallax {

// The link in text a person typed, pasted or named on the command line:
// one http or https address with a host and nothing else around it. Text
// that is anything else (a path, an id, a paragraph) is not a link.
std::optional<QUrl> webLinkFromText(const QString &text);

// True for text that is meant as a link, fetchable or not ("ftp://…"
// too), so that it is reported as a link rather than as a missing file.
bool looksLikeLink(const QString &text);

} // namespace parallax
