#pragma once

// Block text with highlights as HTML elements; private to app/export.

#include <QList>
#include <QString>

namespace parallax::html {

// A highlighted range of a block's text, in UTF-16 code units (end exclusive).
// Layer 0 wraps layer 1, as a sentence wraps the words in it, and layer 1
// wraps layer 2, a person's notes; anything that marks text later is one
// more mark, not a new writer.
struct TextMark {
    int start = 0;
    int end = 0;
    int layer = 0;
    QString cssClass;
    QString id;   // carried by the mark's first element only
    QString href; // an <a> when set, a <span> otherwise
};

// The text, escaped, with each mark as an element. Where marks of one layer
// overlap, the one that starts first wins; a mark cut by one of the outer
// layer becomes several elements. HTML forbids a link inside a link, so the
// caller gives links to one layer only.
QString markedTextHtml(const QString &text, QList<TextMark> marks);

} // namespace parallax::html
