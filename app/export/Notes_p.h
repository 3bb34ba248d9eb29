#pragma once

// A person's notes on the page: a mark on each noted span and the notes
// listed beside their paragraph; private to app/export.

#include "MarkedText_p.h"

#include <QHash>
#include <QList>
#include <QString>

#include <utility>

namespace parallax {

struct Annotation;
struct Article;

namespace html {

// The innermost mark layer: a note may lie inside a shared word run.
inline constexpr int NoteLayer = 2;

class NoteIndex final
{
public:
    NoteIndex() = default;
    // Notes are matched to the compared articles by article id; notes on
    // other articles, or whose span no longer fits the text, are left out.
    NoteIndex(const QList<Article> &articles, const QList<Annotation> &annotations);

    bool isEmpty() const { return m_notes.isEmpty(); }
    QList<TextMark> marks(int article, int block) const;
    // The block's notes as an <aside>, each linking back to its span; empty
    // when the block has none.
    QString asideHtml(int article, int block) const;

private:
    struct Note {
        qint64 id = 0;
        int start = 0;
        int end = 0;
        QString label; // "to-check", ...
        QString text;
    };
    QHash<std::pair<int, int>, QList<Note>> m_notes;
};

// The page's extra styles for notes, added only when it has some, so that
// a page without notes is what it always was.
QString notesStyleSheet();

} // namespace html
} // namespace parallax
