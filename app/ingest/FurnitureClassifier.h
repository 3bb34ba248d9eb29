#pragma once

#include "ingest/ParsedDocument.h"

#include <QSet>
#include <QString>
#include <QStringView>

#include <utility>

namespace parallax {

// Marks the page furniture of a scraped article: blocks that are not the
// article's text become Furniture or Caption, the headline becomes Heading.
// Nothing is removed. Blocks whose role came from the format's structure
// (roleFromStructure) are never changed.
//
// Three kinds of evidence, in order: what a line says by itself (see
// LineFurnitureRules.h, and lines the caller knows recur in other articles
// of the same outlet); where it stands (before the headline, between
// paragraphs, after the last paragraph, under a "Related" heading); and its
// shape (prose or a bare headline, see LineShape.h). A line that reads as
// prose is never marked by position or shape alone.
class FurnitureClassifier final
{
public:
    // Lines known to occur in other articles of the same outlet, each passed
    // through normaliseLine(). Such lines are furniture unless they read as
    // long prose: outlets reuse background paragraphs in follow-up stories.
    void setOutletLines(QSet<QString> normalisedLines) { m_outletLines = std::move(normalisedLines); }

    // The form in which lines are compared across articles: case folded,
    // whitespace collapsed, digit runs replaced by "0" (so "5 min read" and
    // "7 min read", or two dated logo lines, count as the same line).
    static QString normaliseLine(QStringView line);

    void classify(ParsedDocument &document) const;

private:
    QSet<QString> m_outletLines;
};

} // namespace parallax
