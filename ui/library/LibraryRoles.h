#pragma once

#include <Qt>

namespace parallax {

// Item data roles of Parallax's models, in one place so views, delegates
// and tests agree on them.
enum LibraryRole {
    NodeKindRole = Qt::UserRole + 1, // a LibraryNodeKind
    ArticleIdRole,                   // qint64, 0 for a story row
    StoryIdRole,                     // qint64 of the row's story, 0 for "All articles"
    BlockIndexRole,                  // int, search hits: the block that matched
};

enum class LibraryNodeKind { Story, AllArticles, Article };

} // namespace parallax
