#pragma once

#include "coverage/Annotation.h"

#include <QDialog>

#include <functional>
#include <optional>

class QComboBox;
class QPlainTextEdit;

namespace parallax {

// Asks for a note's label and text, showing the words it marks.
class AnnotationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationDialog)
public:
    AnnotationDialog(const Annotation &annotation, const QString &markedText, QWidget *parent = nullptr);

    // The annotation given, with the label and note as edited.
    Annotation annotation() const;

private:
    Annotation m_annotation;
    QComboBox *m_label = nullptr;
    QPlainTextEdit *m_note = nullptr;
};

// Asks a person for a note's label and text; nullopt when they cancel.
// Views take one so that tests can answer without a modal dialog.
using NoteEditor =
    std::function<std::optional<Annotation>(const Annotation &annotation, const QString &markedText, QWidget *parent)>;

// The editor that shows AnnotationDialog.
NoteEditor dialogNoteEditor();

} // namespace parallax
