#pragma once

#include "coverage/Annotation.h"

#include <QByteArray>
#include <QList>

class QIODevice;

namespace parallax {

struct Article;
struct Comparison;

// What a page may add to the plain comparison.
struct HtmlExportOptions {
    // Blind mode: outlets as "Outlet A", "Outlet B"; bylines, URLs and file
    // names left out, so that readers judge the coverage, not the masthead.
    bool blind = false;
    // A person's notes, marked on their spans and listed beside their
    // paragraph; matched to the articles by id.
    QList<Annotation> annotations;
};

// The comparison as one standalone HTML5 page, UTF-8: CSS inline, no script,
// nothing fetched from anywhere, so it opens the same from a USB stick.
// Two articles stand side by side with their shared words highlighted and
// linked to each other; three or more follow one another, with a claims
// table and an overlap matrix. Every piece of article text and metadata is
// escaped, and a source URL becomes a link only when it is http or https.
// The same articles and comparison always give the same bytes.
QByteArray comparisonHtml(const QList<Article> &articles, const Comparison &comparison);
QByteArray comparisonHtml(const QList<Article> &articles, const Comparison &comparison,
                          const HtmlExportOptions &options);

// Writes comparisonHtml to a device open for writing; false when the device
// did not take every byte.
bool writeComparisonHtml(QIODevice &device, const QList<Article> &articles, const Comparison &comparison);
bool writeComparisonHtml(QIODevice &device, const QList<Article> &articles, const Comparison &comparison,
                         const HtmlExportOptions &options);

} // namespace parallax
