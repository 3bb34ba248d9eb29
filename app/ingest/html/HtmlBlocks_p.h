#pragma once

// A parsed page's text as blocks; private to the HTML reader.

#include "ingest/ParsedDocument.h"

#include <gumbo.h>

namespace parallax::htmlreader {

// The blocks of the page in reading order, with the roles its elements give
// them (headings, captions, furniture by element, class, id or role).
QList<ParsedBlock> collectBlocks(const GumboNode *document);

} // namespace parallax::htmlreader
