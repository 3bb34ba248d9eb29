#pragma once

#include "store/ArticleStore.h"
#include "store/StoryStore.h"

#include <QList>

namespace parallax {

// Everything the library panel lists, read in one go on the service thread
// and handed to the window as a value.
struct LibrarySnapshot {
    QString path;
    QList<Story> stories;
    QList<ArticleSummary> articles;
};

} // namespace parallax
