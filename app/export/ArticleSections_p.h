#pragma once

// Three or more articles, one after another; private to app/export.

#include <QList>
#include <QString>

namespace parallax {

struct Article;
namespace exporting {
class Utf8Writer;
}
struct Comparison;

namespace html {

class ClaimIndex;
class NoteIndex;

// "a2-b7-c3": the anchor of a sentence, where the claims table points.
QString sentenceId(int article, int block, int sentence);
// "claim-12": the claims table row of the claim with that id.
QString claimId(int claimId);

// Each article as a section with its header and text. Every sentence that
// belongs to a claim is a link to the claim's row in the claims table,
// marked as shared with other outlets or found only in this one.
// A person's notes mark their spans and follow their paragraph.
void writeArticleSections(exporting::Utf8Writer &out, const QList<Article> &articles, const Comparison &comparison,
                          const ClaimIndex &claims, const NoteIndex &notes);

} // namespace html
} // namespace parallax
