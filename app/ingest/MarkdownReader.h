#pragma once

#include "ingest/ParsedDocument.h"

#include <QStringView>

namespace parallax {

// Reads Markdown into blocks and metadata. libcmark (Debian's libcmark-dev)
// parses it, so block structure follows CommonMark exactly: headings become
// Heading blocks; paragraphs, list items, block quotes and code blocks Body;
// an image's alt text a Caption; raw HTML blocks are kept as Furniture.
// Inline markup is reduced to its text (a link keeps its words). YAML front
// matter (title, author, date, url, outlet/source/publisher) fills the
// metadata and is not a block; without a title there, the first level-one
// heading is the title.
ParsedDocument readMarkdown(QStringView markdown);

} // namespace parallax
