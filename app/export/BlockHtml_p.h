#pragma once

// One block of an article as HTML, and the furniture set aside; private to
// app/export.

#include "MarkedText_p.h"

#include <QList>
#include <QString>

namespace parallax {

struct Article;
struct Block;

namespace html {

// A small link or label put before a block's text: the kind of match and
// where its counterpart is.
struct BlockLabel {
    QString text;
    QString cssClass;
    QString href;  // a link when set
    QString title; // what the link leads to, for a tooltip and screen readers
};

// "a2-b7": the anchor of block 7 of the third article.
QString blockId(int article, int block);

// A heading, paragraph or caption, by the block's role.
QString blockHtml(const Block &block, const QString &id, const QString &cssClass, const QList<BlockLabel> &labels,
                  const QList<TextMark> &marks);

// The article's furniture (ads, navigation, link lists) folded away in one
// <details> after the text, so that it is there but never read as part of
// the story; empty when the article has none.
QString furnitureHtml(const Article &article, int articleIndex);

} // namespace html
} // namespace parallax
