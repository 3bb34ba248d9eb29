#pragma once

// A parsed page's text as blocks, each with the element that holds it;
// private to the HTML reader.

#include "ingest/ParsedDocument.h"

#include <gumbo.h>

#include <vector>

namespace parallax::htmlreader {

// A block of the page and where it stands. Whether it belongs to the article
// is decided afterwards, by ArticleFinder, from what the page holds.
struct PageBlock {
    ParsedBlock block;            // role is Heading or Caption where the element says so
    const GumboNode *owner = nullptr; // the innermost element the text sits in
    int linkChars = 0;            // characters of the text inside links
    bool hidden = false;          // hidden from readers (hidden, aria-hidden, display:none)
};

// The blocks of the page in reading order. Scripts, styles and embedded
// documents are dropped; everything else a reader could see is kept.
std::vector<PageBlock> collectBlocks(const GumboNode *document);

} // namespace parallax::htmlreader
