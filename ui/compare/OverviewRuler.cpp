#include "OverviewRuler.h"

#include "ArticlePane.h"

#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

namespace parallax {

OverviewRuler::OverviewRuler(ArticlePane *pane, QWidget *parent)
    : QWidget(parent)
    , m_pane(pane)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Where this article shares text and where it stands alone; click to go there"));
    connect(pane, &ArticlePane::scrolled, this, qOverload<>(&QWidget::update));
    connect(pane, &ArticlePane::geometryChanged, this, qOverload<>(&QWidget::update));
}

QSize OverviewRuler::sizeHint() const
{
    return {fontMetrics().height() * 3 / 4, 100};
}

void OverviewRuler::setMarks(const QList<Mark> &marks)
{
    m_marks = marks;
    update();
}

double OverviewRuler::scale() const
{
    // A short article fills only its share of the strip, as it does of the pane.
    const int total = std::max({m_pane->documentHeight(), m_pane->viewport()->height(), 1});
    return double(height()) / total;
}

void OverviewRuler::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    const double s = scale();
    for (const Mark &mark : std::as_const(m_marks)) {
        const QRectF block = m_pane->blockRect(mark.block);
        if (block.isNull())
            continue;
        // At least two pixels, or a short paragraph in a long article vanishes.
        const QRectF bar(1, block.top() * s, width() - 2, std::max(2.0, block.height() * s - 1));
        painter.fillRect(bar, mark.colour);
    }
    const double top = m_pane->scrollOffset() * s;
    const double visible = m_pane->viewport()->height() * s;
    QColor frame = palette().color(QPalette::Text);
    painter.setPen(QPen(frame, 1));
    frame.setAlphaF(0.12f);
    painter.setBrush(frame);
    painter.drawRect(QRectF(0.5, top + 0.5, width() - 1.0, std::min(visible, height() - top) - 1.0));
}

void OverviewRuler::scrollTo(double y)
{
    m_pane->setScrollOffset(int(y / scale() - m_pane->viewport()->height() / 2.0));
}

void OverviewRuler::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        scrollTo(event->position().y());
}

void OverviewRuler::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        scrollTo(event->position().y());
}

} // namespace parallax
