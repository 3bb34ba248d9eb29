#pragma once

#include "ingest/ParsedDocument.h"

#include <QString>

namespace parallax {

// Reads decoded plain text (as scraped from a web page) into one block per
// non-empty line, trimmed. Scrapes put one paragraph on a line, so a line is
// the unit; a line is joined to the next only where a sentence was clearly
// broken across them (no closing punctuation, and the next line goes on in
// lowercase). Every non-empty line's text is kept. All blocks start as Body:
// roles are the furniture classifier's job.
ParsedDocument readPlainText(const QString &text);

} // namespace parallax
