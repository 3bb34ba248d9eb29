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
    friend bool operator==(const ParsedBlock &, const ParsedBlock &) = default;
};

struct ParsedDocument {
    QList<ParsedBlock> blocks;
    ArticleMetadata meta;
};

} // namespace parallax
