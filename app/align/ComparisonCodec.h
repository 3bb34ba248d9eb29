#pragma once

#include "AlignTypes.h"

#include <QByteArray>

#include <optional>

namespace parallax {

struct Article;

// A compact binary (CBOR) form of a Comparison for the library's cache.
// Offsets stay in UTF-16 units, as in memory; this is not the public JSON.
QByteArray encodeComparison(const Comparison &comparison);
// nullopt when the bytes are not a comparison this version wrote.
std::optional<Comparison> decodeComparison(const QByteArray &bytes);

// SHA-256 of everything a comparison's result depends on: the algorithm
// version, the settings, and each article's blocks (text, role, sentences) in
// order. Re-marking a block as furniture changes it; re-importing the same
// text does not.
QByteArray comparisonKey(const QList<Article> &articles, const AlignSettings &settings);

} // namespace parallax
