#pragma once

#include "core/Article.h"

#include <QJsonObject>

namespace parallax {

struct ArticleSummary;

// The article objects of the public JSON (format 1, README "JSON output"):
// unknown metadata is null, dates are YYYY-MM-DD, offsets are Unicode code
// points into the block's text.
QJsonObject summaryToJson(const ArticleSummary &summary);
QJsonObject articleToJson(const Article &article);

// QString indexes UTF-16 code units; the JSON counts code points, so that
// Python, JavaScript's Array.from and friends slice the same characters.
int codePointOffset(const QString &text, int utf16Offset);

} // namespace parallax
