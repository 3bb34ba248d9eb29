#include "AddNoteAction.h"

#include "service/LibraryService.h"

namespace parallax {

AddNoteAction::AddNoteAction(LibraryService &service, QWidget *dialogParent)
    : QAction(tr("Add &Note…"), dialogParent)
    , m_service(service)
    , m_dialogParent(dialogParent)
{
    setStatusTip(tr("Note something about the selected words: to check, confirmed, disputed or context"));
    setEnabled(false);
    connect(this, &QAction::triggered, this, &AddNoteAction::addNote);
}

void AddNoteAction::setSelection(qint64 articleId, int block, int start, int end, const QString &selectedText)
{
    m_selection = {};
    m_selection.articleId = articleId;
    m_selection.block = block;
    m_selection.start = start;
    m_selection.end = end;
    m_selectedText = selectedText;
    // Only stored articles can carry notes, and only a real span.
    setEnabled(articleId != 0 && end > start);
}

void AddNoteAction::clearSelection()
{
    m_selection = {};
    m_selectedText.clear();
    setEnabled(false);
}

void AddNoteAction::addNote()
{
    if (!isEnabled())
        return;
    if (const auto note = m_editor(m_selection, m_selectedText, m_dialogParent))
        m_service.addAnnotation(*note);
}

} // namespace parallax
