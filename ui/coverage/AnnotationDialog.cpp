#include "AnnotationDialog.h"

#include "AnnotationsModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace parallax {

AnnotationDialog::AnnotationDialog(const Annotation &annotation, const QString &markedText, QWidget *parent)
    : QDialog(parent)
    , m_annotation(annotation)
{
    setWindowTitle(annotation.id == 0 ? tr("Add Note") : tr("Edit Note"));
    auto *marked = new QLabel(u"“"_s + markedText.left(300).toHtmlEscaped() + u"”"_s);
    marked->setWordWrap(true);
    marked->setTextFormat(Qt::RichText);
    m_label = new QComboBox;
    for (const AnnotationLabel label : {AnnotationLabel::ToCheck, AnnotationLabel::Confirmed,
                                        AnnotationLabel::Disputed, AnnotationLabel::Context})
        m_label->addItem(AnnotationsModel::labelTitle(label), int(label));
    m_label->setCurrentIndex(m_label->findData(int(annotation.label)));
    m_note = new QPlainTextEdit(annotation.note);
    m_note->setTabChangesFocus(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Marked text:"), marked);
    form->addRow(tr("&Label:"), m_label);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(buttons);
}

Annotation AnnotationDialog::annotation() const
{
    Annotation result = m_annotation;
    result.label = AnnotationLabel(m_label->currentData().toInt());
    result.note = m_note->toPlainText();
    return result;
}

} // namespace parallax

namespace parallax {

NoteEditor dialogNoteEditor()
{
    return [](const Annotation &annotation, const QString &markedText, QWidget *parent) -> std::optional<Annotation> {
        AnnotationDialog dialog(annotation, markedText, parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.annotation();
    };
}

} // namespace parallax
