#pragma once

#include <QList>
#include <QString>

namespace parallax {

struct Article;

// Blind mode: outlets named by letter so that a class judges coverage
// without knowing who wrote it. "Outlet A" for the first compared article,
// "Outlet Z", then "Outlet AA".
QString blindOutletName(int index);

// The articles with every hint of who published them taken out of the
// metadata: the outlet becomes its blind name; byline, URL and file path are
// cleared; the outlet's name is cut out of the title; furniture blocks
// (mastheads, copyright lines) are emptied. Compared text and every index
// and offset are untouched, so a comparison of the originals still fits.
QList<Article> blindedArticles(const QList<Article> &articles);

} // namespace parallax
