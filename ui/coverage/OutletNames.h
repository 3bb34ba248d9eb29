#pragma once

#include <QList>
#include <QStringList>

namespace parallax {

struct Article;

// The names the coverage views show for the compared articles: the outlet
// (or title, or file), or "Outlet A", "Outlet B" in blind mode.
QStringList outletNames(const QList<Article> &articles, bool blind);

} // namespace parallax
