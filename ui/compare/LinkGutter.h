#pragma once

#include "align/AlignTypes.h"
#include "palette/HighlightPalette.h"

#include <QPainterPath>
#include <QWidget>

namespace parallax {

class ArticlePane;

// The strip between the panes: one band for each link, from the left
// paragraph to its counterpart, filled by kind and dashed when moved.
class LinkGutter final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkGutter)
public:
    LinkGutter(ArticlePane *left, ArticlePane *right, QWidget *parent = nullptr);

    void setLinks(const QList<BlockLink> &links, const HighlightPalette &palette);
    void setCurrentLink(int link);

    // Links whose paragraphs are both shown; the bands that can be drawn.
    int bandCount() const;
    QPainterPath bandPath(int link) const; // empty when it cannot be drawn
    int linkAt(QPointF pos) const;

    QSize sizeHint() const override;

Q_SIGNALS:
    void linkClicked(int link);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    int paneY(const ArticlePane *pane, int viewportY) const;

    ArticlePane *m_left = nullptr;
    ArticlePane *m_right = nullptr;
    QList<BlockLink> m_links;
    HighlightPalette m_palette;
    int m_current = -1;
};

} // namespace parallax
