#pragma once

// The claims only one outlet makes, and those a person grouped by hand;
// private to app/export.

#include <QList>
#include <QString>

namespace parallax {

struct Article;
struct ClaimCluster;
struct Comparison;
namespace exporting {
class Utf8Writer;
}

namespace html {

// Outlet by outlet, each claim only it makes, with the sentence elsewhere
// that comes closest and the matcher's score for the two, so that a reader
// can check the judgement; then, in a section of their own, the claims a
// person merged or split, which no longer stand out as unique. Each
// sentence links to its place in the page: its paragraph on a page of two
// articles (pair), the sentence itself on a page of more. Nothing when there
// are no such claims.
void writeUniqueClaims(exporting::Utf8Writer &out, const QList<Article> &articles, const Comparison &comparison,
                       bool pair);

// "Merged by hand", "Split by hand" tags for a claim; empty when the
// matcher's grouping stands.
QString byHandTagsHtml(const ClaimCluster &claim);

} // namespace html
} // namespace parallax
