#include "Notes_p.h"

#include "ExportText_p.h"
#include "HtmlEscape_p.h"
#include "core/Article.h"
#include "core/TranslationContexts.h"
#include "coverage/Annotation.h"

using namespace Qt::StringLiterals;

namespace parallax::html {
namespace {

QString noteId(qint64 id)
{
    return u"note-%1"_s.arg(id);
}

QString labelTitle(const QString &label)
{
    AnnotationLabel value = AnnotationLabel::ToCheck;
    annotationLabelFromName(label, &value);
    switch (value) {
    case AnnotationLabel::ToCheck:
        return ExportText::tr("To check");
    case AnnotationLabel::Confirmed:
        return ExportText::tr("Confirmed");
    case AnnotationLabel::Disputed:
        return ExportText::tr("Disputed");
    case AnnotationLabel::Context:
        break;
    }
    return ExportText::tr("Context");
}

} // namespace

NoteIndex::NoteIndex(const QList<Article> &articles, const QList<Annotation> &annotations)
{
    for (const Annotation &a : annotations) {
        for (int i = 0; i < articles.size(); ++i) {
            if (articles[i].id == 0 || articles[i].id != a.articleId || a.block < 0
                || a.block >= articles[i].blocks.size() || a.start < 0 || a.end <= a.start
                || a.end > articles[i].blocks[a.block].text.size())
                continue;
            m_notes[{i, a.block}].append({a.id, a.start, a.end, annotationLabelName(a.label), a.note});
        }
    }
}

QList<TextMark> NoteIndex::marks(int article, int block) const
{
    QList<TextMark> result;
    for (const Note &note : m_notes.value({article, block}))
        result.append({note.start, note.end, NoteLayer, u"note-mark n-"_s + note.label, noteId(note.id), {}});
    return result;
}

QString NoteIndex::asideHtml(int article, int block) const
{
    const QList<Note> notes = m_notes.value({article, block});
    if (notes.isEmpty())
        return {};
    QString out = u"<aside class=\"notes\" aria-label=\""_s + escaped(ExportText::tr("Notes")) + u"\">\n<ul>\n"_s;
    for (const Note &note : notes) {
        out += u"<li class=\"n-"_s + note.label + u"\"><a href=\"#"_s + noteId(note.id) + u"\">"_s
            + escaped(labelTitle(note.label)) + u"</a> "_s + escaped(note.text) + u"</li>\n"_s;
    }
    return out + u"</ul>\n</aside>\n"_s;
}

QString notesStyleSheet()
{
    // Washes from the Okabe–Ito palette, as the window's highlights.
    return u".note-mark { background: rgba(240, 228, 66, 0.35); border-bottom: 2px solid #b8a900; }\n"
           ".note-mark.n-disputed { background: rgba(213, 94, 0, 0.18); border-bottom-color: #d55e00; }\n"
           ".note-mark.n-confirmed { background: rgba(0, 158, 115, 0.18); border-bottom-color: #009e73; }\n"
           ".note-mark.n-context { background: rgba(86, 180, 233, 0.2); border-bottom-color: #56b4e9; }\n"
           "aside.notes { border-inline-start: 3px solid #b8a900; margin: 0 0 1em; padding: 0.2em 0.8em; "
           "font-size: 0.9em; }\n"
           "aside.notes ul { list-style: none; margin: 0; padding: 0; }\n"
           "aside.notes a { font-weight: bold; margin-inline-end: 0.4em; }\n"
           "@media print { .note-mark { background: none; text-decoration: underline dotted; } }\n"_s;
}

} // namespace parallax::html
