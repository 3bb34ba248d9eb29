#pragma once

#include "core/Article.h"
#include "coverage/Annotation.h"

#include <QColor>
#include <QHash>
#include <QTextBlock>
#include <QTextBrowser>

#include <functional>

namespace parallax {

// One article as read-only text, one paragraph of the document for each
// shown block, inserted as plain text: markup in an article is never
// interpreted and nothing it names is ever loaded.
class ArticlePane final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticlePane)
public:
    struct Highlight {
        int block = 0; // index into Article::blocks
        int start = 0; // UTF-16 range of the block's text, end exclusive
        int end = 0;
        QColor colour;
    };

    explicit ArticlePane(QWidget *parent = nullptr);

    // An article's text is data: nothing it names is ever fetched.
    QVariant loadResource(int type, const QUrl &name) override;

    // Furniture is left out unless shown, and is then greyed. Decorations
    // given here cost one layout, not a second one in setDecorations().
    void setArticle(const Article &article, bool showFurniture, const QHash<int, QColor> &paragraphs = {},
                    const QList<Highlight> &spans = {});
    void clearArticle();
    const Article &article() const { return m_article; }
    bool showsFurniture() const { return m_showFurniture; }

    void setDecorations(const QHash<int, QColor> &paragraphs, const QList<Highlight> &spans);

    // A person's notes: those on this article are underlined in their
    // label's colour with a bar in the margin beside their lines, and
    // hovering one shows it. Notes on other articles are kept, not shown.
    void setNotes(const QList<Annotation> &notes);
    // The lines a range of a block's text covers, in viewport coordinates.
    QList<QRectF> rangeRects(int block, int start, int end) const;

    // Plain text for the tooltip at a place in the article, empty for none.
    // The pane escapes it: article text never reaches a tooltip as markup.
    using ToolTipSource = std::function<QString(int block, int offset)>;
    void setToolTipSource(ToolTipSource source) { m_toolTipSource = std::move(source); }

    // The frame drawn around the paragraph of the current difference and
    // the dashed one around the counterpart of what the mouse is over.
    void setCurrentBlock(int block);
    int currentBlock() const { return m_current; }
    void setCounterpartBlock(int block);
    int counterpartBlock() const { return m_counterpart; }

    bool isShown(int block) const;
    QTextBlock textBlock(int block) const; // invalid when not shown
    // In document coordinates; empty for a block that is not shown.
    QRectF blockRect(int block) const;
    // In the pane's viewport coordinates.
    QRect blockViewportRect(int block) const;
    int blockAt(QPoint viewportPos, int *offset = nullptr) const;
    // The selected text as a UTF-16 range of one article block's text;
    // false when nothing is selected or the selection spans blocks.
    bool selectedRange(int *block, int *start, int *end) const;
    int documentHeight() const;
    int scrollOffset() const;
    void setScrollOffset(int y);
    // Scrolls so the block's top sits viewportY pixels below the viewport's top.
    void placeBlock(int block, int viewportY);

Q_SIGNALS:
    void blockClicked(int block, int offset);
    void blockHovered(int block, int offset); // -1 when over no block
    void blockMenuRequested(int block, const QPoint &globalPos);
    void scrolled();
    void geometryChanged();

protected:
    bool viewportEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void render();
    void paintNotes(QPainter &painter) const;
    QString notesAt(int block, int offset) const;
    QString roleNote(int block) const;
    int documentBlockNumber(int block) const;

    Article m_article;
    bool m_showFurniture = false;
    QList<int> m_documentBlock; // article block → document block number, or -1
    QList<int> m_articleBlock;  // document block number → article block
    QHash<int, QColor> m_paragraphColours;
    QList<Highlight> m_spans;
    QList<Annotation> m_notes;
    int m_current = -1;
    int m_counterpart = -1;
    QPoint m_pressPos;
    int m_hoverBlock = -1;
    ToolTipSource m_toolTipSource;
};

} // namespace parallax
