#pragma once

// The claim × outlet table of an N-article export; private to app/export.

#include <QList>
#include <QString>

namespace parallax {

struct Article;
struct Comparison;
namespace exporting {
class Utf8Writer;
}

namespace html {

class ClaimIndex;

// One row a claim, claims most outlets carry first; one column an article,
// each tick a link to the sentence that carries the claim there.
void writeClaimsTable(exporting::Utf8Writer &out, const QList<Article> &articles, const Comparison &comparison,
                      const ClaimIndex &claims);

} // namespace html
} // namespace parallax
