#pragma once

// WordNet's tables kept in a file between runs; private to WordNet.

#include "WordNetTables_p.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace parallax::wordnet {

// What the tables read from dir depend on: this reader's version and each
// dictionary file's name, size and modification time. A cache written under
// another key is stale.
QByteArray sourceKey(const QString &dir);

// Reading WordNet's 30 MB of text costs a comparison of two articles several
// times over; the tables it gives are a few megabytes of arrays, read back in
// a few milliseconds. The file is replaced whole (written beside and
// renamed), so a reader never sees half of one.
bool writeCache(const QString &path, const QByteArray &key, const Tables &tables);
// Null when the file is missing, was written under another key or by
// another build, or is damaged: then the dictionary is read again.
std::unique_ptr<const Tables> readCache(const QString &path, const QByteArray &key);

} // namespace parallax::wordnet
