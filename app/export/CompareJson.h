#pragma once

#include <QJsonObject>
#include <QList>

namespace parallax {

struct Article;
struct Comparison;

// The public `compare --json` output, format 1 (documented in the README):
// the articles with their blocks and sentences, the pairs with their links
// and spans, and the claim clusters. Offsets are Unicode code points into the
// block text, end exclusive; metadata that is not known is null.
QJsonObject comparisonToJson(const QList<Article> &articles, const Comparison &comparison);

} // namespace parallax
