#pragma once

#include "ingest/ParsedDocument.h"

#include <QStringView>

namespace parallax {

// Reads a decoded HTML page into blocks in reading order and its metadata.
//
// Paragraphs, headings, list items, quotes, preformatted text, captions and
// text set directly in <div>s and table cells become blocks of plain text.
// Scripts, styles and embedded documents are dropped. Navigation, asides,
// footers, the page header, forms, elements whose class or id names an ad,
// a promotion, related links, a newsletter, cookies or sharing, and, when the
// page has a <main> or an <article>, everything outside it, are kept as
// Furniture. Metadata comes from JSON-LD, then OpenGraph, then other <meta>
// tags and the canonical link, then <title>; the language it declares from
// <html lang>, then Content-Language, og:locale and other <meta> tags.
//
// Hostile pages are safe: nesting deeper than 512 levels is flattened and
// attributes past the 256th of an element are dropped before parsing.
// pageUrl, where the page was fetched from, stands in for a canonical URL
// the page does not name (and so names the outlet of a page that does not).
ParsedDocument readHtml(QStringView html, const QString &pageUrl = {});

} // namespace parallax
