#pragma once

#include <QString>

namespace parallax {

struct Article;

// What names an article in a matrix column or a list: its outlet, else its
// title, else its file name, else "Article N" (N counting from 1).
QString articleName(const Article &article, int index);

} // namespace parallax
