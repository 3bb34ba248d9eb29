#pragma once

// What a parsed page says about itself; private to the HTML reader.

#include "core/Article.h"

#include <gumbo.h>

namespace parallax::htmlreader {

// The page's outlet, title, byline, date and URL, from JSON-LD, then Dublin
// Core, then OpenGraph, then other <meta> tags and the canonical link, then
// <title>; pageUrl (where it was fetched from) when it names no URL, and the
// URL's site when it names no outlet.
ArticleMetadata collectMetadata(const GumboNode *document, const QString &pageUrl);

// Letters and digits only, case folded: how two titles are compared.
QString comparableTitle(const QString &title);

} // namespace parallax::htmlreader
