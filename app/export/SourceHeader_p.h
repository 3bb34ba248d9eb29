#pragma once

// The head of one article in the export: outlet, title, byline, date and
// source; private to app/export.

#include <QString>

namespace parallax {

struct Article;

namespace html {

// Every field the article lacks is left out rather than shown empty.
QString sourceHeaderHtml(const Article &article, int articleIndex);

} // namespace html
} // namespace parallax
