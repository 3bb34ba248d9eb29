#include "LinkGutter.h"

#include "ArticlePane.h"

#include <QMouseEvent>
#include <QPainter>

namespace parallax {

LinkGutter::LinkGutter(ArticlePane *left, ArticlePane *right, QWidget *parent)
    : QWidget(parent)
    , m_left(left)
    , m_right(right)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    for (ArticlePane *pane : {left, right}) {
        connect(pane, &ArticlePane::scrolled, this, qOverload<>(&QWidget::update));
        connect(pane, &ArticlePane::geometryChanged, this, qOverload<>(&QWidget::update));
    }
}

QSize LinkGutter::sizeHint() const
{
    return {fontMetrics().horizontalAdvance(QLatin1Char('M')) * 5, 100};
}

void LinkGutter::setLinks(const QList<BlockLink> &links, const HighlightPalette &palette)
{
    m_links = links;
    m_palette = palette;
    m_current = -1;
    update();
}

void LinkGutter::setCurrentLink(int link)
{
    m_current = link;
    update();
}

int LinkGutter::bandCount() const
{
    int count = 0;
    for (const BlockLink &link : m_links)
        count += m_left->isShown(link.aBlock) && m_right->isShown(link.bBlock) ? 1 : 0;
    return count;
}

int LinkGutter::paneY(const ArticlePane *pane, int viewportY) const
{
    return mapFrom(window(), pane->viewport()->mapTo(window(), QPoint(0, viewportY))).y();
}

// A Meld-style band: straight along each edge, an S-curve across the middle.
// Right to left, the layout puts the first pane on the right, so the band
// starts from that edge.
QPainterPath LinkGutter::bandPath(int index) const
{
    const BlockLink &link = m_links.value(index);
    if (index < 0 || index >= m_links.size() || !m_left->isShown(link.aBlock) || !m_right->isShown(link.bBlock))
        return {};
    const QRect a = m_left->blockViewportRect(link.aBlock);
    const QRect b = m_right->blockViewportRect(link.bBlock);
    const double aTop = paneY(m_left, a.top());
    const double aBottom = paneY(m_left, a.bottom());
    const double bTop = paneY(m_right, b.top());
    const double bBottom = paneY(m_right, b.bottom());
    const double mid = width() / 2.0;
    const double aX = isRightToLeft() ? width() : 0;
    const double bX = width() - aX;
    QPainterPath path;
    path.moveTo(aX, aTop);
    path.cubicTo(mid, aTop, mid, bTop, bX, bTop);
    path.lineTo(bX, bBottom);
    path.cubicTo(mid, bBottom, mid, aBottom, aX, aBottom);
    path.closeSubpath();
    return path;
}

int LinkGutter::linkAt(QPointF pos) const
{
    for (int i = 0; i < m_links.size(); ++i) {
        if (bandPath(i).contains(pos))
            return i;
    }
    return -1;
}

void LinkGutter::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), palette().color(QPalette::Window));
    const QRectF visible = rect();
    for (int i = 0; i < m_links.size(); ++i) {
        const QPainterPath path = bandPath(i);
        if (path.isEmpty() || !path.boundingRect().intersects(visible))
            continue;
        const BlockLink &link = m_links[i];
        const auto mark = HighlightPalette::markFor(link.kind);
        QPen pen(m_palette.hue(mark), i == m_current ? 2.5 : 1.2);
        // Moved links are the ones a reader must look for: dashed, as in Meld.
        if (link.moved)
            pen.setStyle(Qt::DashLine);
        painter.setPen(pen);
        QColor fill = m_palette.band(mark);
        if (link.moved)
            fill.setAlphaF(0.55f);
        painter.setBrush(fill);
        painter.drawPath(path);
    }
}

void LinkGutter::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const int link = linkAt(event->position());
    if (link >= 0)
        Q_EMIT linkClicked(link);
}

void LinkGutter::mouseMoveEvent(QMouseEvent *event)
{
    setCursor(linkAt(event->position()) >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

} // namespace parallax
