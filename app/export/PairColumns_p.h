#pragma once

// Two articles side by side; private to app/export.

#include <QList>
#include <QString>

namespace parallax {

struct Article;
struct Comparison;
enum class LinkKind;

namespace html {

class ClaimIndex;
class NoteIndex;

// The CSS class of a link kind's highlight: "k-identical", "k-near", ...
QString kindClass(LinkKind kind);

// A table of two columns whose rows follow the in-order links, so that
// matching paragraphs sit level with each other; moved paragraphs stay in
// their own article's order and link across. Each shared word run is a link
// to the same run in the other column, and sentences only one article
// carries are marked. Uses the first two articles and the pair between them.
// A person's notes mark their spans and follow their paragraph.
QString pairColumnsHtml(const QList<Article> &articles, const Comparison &comparison, const ClaimIndex &claims,
                        const NoteIndex &notes);

} // namespace html
} // namespace parallax
