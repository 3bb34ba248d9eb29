#pragma once

#include "AnnotationDialog.h"
#include "core/Article.h"

#include <QWidget>

class QPushButton;
class QTableView;

namespace parallax {

class AnnotationsModel;
class LibraryService;

// The notes on the shown articles: listed, edited and deleted through the
// library service, reloaded whenever the service reports a change, so the
// panel never touches the library itself.
class AnnotationsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationsPanel)
public:
    explicit AnnotationsPanel(LibraryService &service, QWidget *parent = nullptr);

    void setArticles(const QList<Article> &articles);
    void setBlind(bool blind);
    void setEditor(NoteEditor editor) { m_editor = std::move(editor); }

    QTableView *view() const { return m_view; }
    AnnotationsModel *model() const { return m_model; }

    void editCurrent();
    void deleteCurrent();

Q_SIGNALS:
    // A note was activated: show its words.
    void noteActivated(qint64 articleId, int block, int start, int end);

private:
    void reload();
    void updateButtons();

    LibraryService &m_service;
    NoteEditor m_editor = dialogNoteEditor();
    QList<Article> m_articles;
    bool m_blind = false;
    quint64 m_ticket = 0;
    AnnotationsModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace parallax
