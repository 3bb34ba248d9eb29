#pragma once

#include "AnnotationDialog.h"

#include <QAction>

namespace parallax {

class LibraryService;

// "Add Note…" for a reading or comparison pane's context menu: the window
// tells it what is selected (article, block and UTF-16 range of the
// block's text); triggering asks for the label and note and stores it
// through the service. Disabled while nothing is selected.
class AddNoteAction final : public QAction
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddNoteAction)
public:
    AddNoteAction(LibraryService &service, QWidget *dialogParent);

    void setSelection(qint64 articleId, int block, int start, int end, const QString &selectedText);
    void clearSelection();
    void setEditor(NoteEditor editor) { m_editor = std::move(editor); }

private:
    void addNote();

    LibraryService &m_service;
    QWidget *m_dialogParent = nullptr;
    NoteEditor m_editor = dialogNoteEditor();
    Annotation m_selection;
    QString m_selectedText;
};

} // namespace parallax
