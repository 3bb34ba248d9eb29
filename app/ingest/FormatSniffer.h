#pragma once

#include "core/Article.h"

#include <QStringView>

namespace parallax {

// Which reader a decoded file needs. The extension decides unless the text
// clearly says otherwise: a .txt that is an HTML page, an .html that holds no
// markup at all, a file without extension whose lines are Markdown.
DocumentFormat sniffFormat(const QString &fileName, QStringView text);

} // namespace parallax
