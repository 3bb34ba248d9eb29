#pragma once

#include "core/Article.h"

#include <QJsonObject>

#include <vector>

namespace parallax {

struct ArticleSummary;

// The article objects of the public JSON (format 1, README "JSON output"):
// unknown metadata is null, dates are YYYY-MM-DD, offsets are Unicode code
// points into the block's text. `show --json` and `compare --json` share them.
QJsonObject summaryToJson(const ArticleSummary &summary);
QJsonObject articleToJson(const Article &article);

// QString indexes UTF-16 code units; the JSON counts code points, so that
// Python, JavaScript's Array.from and friends slice the same characters.
// Built once per block, so that however many ranges point into it the text
// is walked once.
class CodePointOffsets final
{
public:
    explicit CodePointOffsets(const QString &text);
    int at(int utf16Offset) const; // clamped to the text

private:
    std::vector<int> m_offsets; // text.size() + 1 entries
};

} // namespace parallax
