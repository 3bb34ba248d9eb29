#pragma once

// Reads WordNet's files into the tables WordNet answers from; private to
// WordNet.

#include "WordNetTables_p.h"

#include <memory>

class QString;

namespace parallax::wordnet {

// The tables are cached between runs (WordNetCache_p.h): a change to what
// this reads, or to the tables' layout, must raise ReaderVersion there, or
// users keep the tables of the old reading until the dictionary changes.
//
// Null when an index or data file is missing, is not a regular file, is
// larger than any WordNet file (64 MB), holds no lemma, or would make
// more links than a real dictionary by far. Lines that do not follow the
// format are left out, so a damaged file gives a partial dictionary.
std::unique_ptr<const Tables> readTables(const QString &dir);

} // namespace parallax::wordnet
