#pragma once

#include <QList>

#include <memory>

class QIODevice;
class QTextDocument;

namespace parallax {

struct Article;
struct Comparison;

// The comparison as a QTextDocument made from the exported HTML page, ready
// to print or to write as PDF. Needs a QGuiApplication (fonts).
std::unique_ptr<QTextDocument> comparisonDocument(const QList<Article> &articles, const Comparison &comparison);

// The same comparison as an A4 PDF written to a device open for writing.
// Needs a QGuiApplication; false when the device did not take the file.
bool writeComparisonPdf(QIODevice &device, const QList<Article> &articles, const Comparison &comparison);

} // namespace parallax
