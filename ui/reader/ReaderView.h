#pragma once

#include "core/Article.h"
#include "coverage/Annotation.h"

#include <QWidget>

class QAction;
class QLabel;

namespace parallax {

class ArticlePane;

// One article with its metadata. A person can re-mark a paragraph as body
// or furniture from its context menu; the window persists the change.
class ReaderView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderView)
public:
    explicit ReaderView(QWidget *parent = nullptr);

    void setArticle(const Article &article);
    void clear();
    bool hasArticle() const { return m_hasArticle; }
    const Article &article() const;
    void setShowFurniture(bool show);
    // A person's notes, marked where they stand in the article shown.
    void setNotes(const QList<Annotation> &notes);
    // Shows the block a search found.
    void revealBlock(int block);

    ArticlePane *pane() const { return m_pane; }
    // Offered below the re-marking actions in a block's context menu.
    void addBlockMenuAction(QAction *action) { m_blockActions.append(action); }
    QString titleText() const;

Q_SIGNALS:
    void blockRoleChangeRequested(qint64 articleId, int block, parallax::BlockRole role);
    void editDetailsRequested();
    // Just before a block's context menu opens, so its actions can be aimed.
    void blockMenuAboutToShow(const parallax::ArticlePane *pane, int block);

private:
    void showBlockMenu(int block, const QPoint &globalPos);

    ArticlePane *m_pane = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_details = nullptr;
    bool m_hasArticle = false;
    QList<QAction *> m_blockActions;
    bool m_showFurniture = false;
};

} // namespace parallax
