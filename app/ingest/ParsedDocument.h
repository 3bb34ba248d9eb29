#pragma once

#include "core/Article.h"

namespace parallax {

// What a format reader makes of a decoded text: blocks in reading order with
// the role the format itself tells (an HTML <figcaption>, a Markdown heading),
// and whatever metadata the format carries. Furniture rules run afterwards.
struct ParsedBlock {
    QString text;
    BlockRole role = BlockRole::Body;
    bool roleFromStructure = false; // the format said so (e.g. <nav>); rules should not undo it
    QString reason; // why it is furniture, as a code (see furnitureReasonText()); empty if unknown
    friend bool operator==(const ParsedBlock &, const ParsedBlock &) = default;
};

struct ParsedDocument {
    QList<ParsedBlock> blocks;
    // The format itself told where the article stands (an HTML page scored
    // by content): where a line stands then says nothing more about it.
    bool articleLocated = false;
    ArticleMetadata meta;
    // The language the document says it is in, as a primary subtag ("de");
    // a claim its words may overrule. Empty when it says nothing.
    QString declaredLanguage;
};

} // namespace parallax
