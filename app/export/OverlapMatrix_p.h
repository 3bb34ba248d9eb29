#pragma once

// How much each article shares with each other one; private to app/export.

#include <QList>
#include <QString>

namespace parallax {

struct Article;
struct Comparison;
namespace exporting {
class Utf8Writer;
}

namespace html {

// A square table: the share of the row article's words that it shares
// with the column article; a dash where the pair was not aligned.
void writeOverlapMatrix(exporting::Utf8Writer &out, const QList<Article> &articles, const Comparison &comparison);

} // namespace html
} // namespace parallax
