#pragma once

// What a parsed page says about itself; private to the HTML reader.

#include "core/Article.h"

#include <gumbo.h>

namespace parallax::htmlreader {

// The page's outlet, title, byline, date and URL, from JSON-LD, then
// OpenGraph, then other <meta> tags and the canonical link, then <title>.
ArticleMetadata collectMetadata(const GumboNode *document);

} // namespace parallax::htmlreader
