#pragma once

// Escaping for the HTML export; private to app/export.

#include <QString>
#include <QStringView>

namespace parallax::html {

// Text for element content and double-quoted attribute values alike: the
// five markup characters become entities, and code points HTML forbids
// (controls other than tab and line breaks, noncharacters, lone surrogates)
// become U+FFFD. No article text can then open a tag, end an attribute or
// make the page invalid. Stricter than QString::toHtmlEscaped, which leaves
// forbidden code points alone.
QString escaped(QStringView text);

// The URL re-encoded when it is an absolute http or https URL with a host,
// empty otherwise: javascript:, data: and relative URLs never become links.
QString httpUrl(const QString &url);

} // namespace parallax::html
