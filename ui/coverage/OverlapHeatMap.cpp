#include "OverlapHeatMap.h"

#include "CoverageColours.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

constexpr int MaxLabelChars = 22;
constexpr int Margin = 6;

QString letter(int index)
{
    return QString(QChar(u'A' + index % 26));
}

// "B  Secretary of State Bl…": the letter the column heads use, then the name.
QString rowLabel(int index, const QString &name)
{
    const QString shown = name.size() > MaxLabelChars ? name.left(MaxLabelChars - 1) + QChar(u'…') : name;
    return letter(index) + u"  "_s + shown;
}

} // namespace

OverlapHeatMap::OverlapHeatMap(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setAccessibleName(tr("Overlap between outlets"));
}

void OverlapHeatMap::setOverlap(const QList<QList<double>> &shares, const QStringList &names)
{
    m_shares = shares;
    m_names = names;
    updateGeometry();
    update();
}

int OverlapHeatMap::labelWidth() const
{
    int width = 0;
    for (int i = 0; i < m_names.size(); ++i)
        width = std::max(width, fontMetrics().horizontalAdvance(rowLabel(i, m_names[i])));
    return width + 2 * Margin;
}

int OverlapHeatMap::cellSize() const
{
    const int n = int(m_shares.size());
    if (n == 0)
        return 0;
    const int room = std::min(width() - labelWidth(), height() - fontMetrics().height() * 4 - Margin) - Margin;
    return std::clamp(room / n, fontMetrics().height() + 4, fontMetrics().height() * 4);
}

QRect OverlapHeatMap::cellRect(int row, int column) const
{
    const int size = cellSize();
    const int top = fontMetrics().height() * 3;
    return {labelWidth() + column * size, top + row * size, size, size};
}

std::pair<int, int> OverlapHeatMap::cellAt(const QPoint &point) const
{
    for (int r = 0; r < m_shares.size(); ++r) {
        for (int c = 0; c < m_shares.size(); ++c) {
            if (cellRect(r, c).contains(point))
                return {r, c};
        }
    }
    return {-1, -1};
}

QSize OverlapHeatMap::sizeHint() const
{
    const int n = int(m_shares.size());
    const int cell = fontMetrics().height() * 3;
    return {labelWidth() + n * cell + Margin, fontMetrics().height() * 5 + n * cell + Margin};
}

QSize OverlapHeatMap::minimumSizeHint() const
{
    const int n = int(m_shares.size());
    const int cell = fontMetrics().height() + 4;
    return {labelWidth() + n * cell + Margin, fontMetrics().height() * 5 + n * cell + Margin};
}

void OverlapHeatMap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    const int n = int(m_shares.size());
    if (n == 0) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter, tr("No overlap to show yet."));
        return;
    }
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(QRect(Margin, 0, width() - 2 * Margin, fontMetrics().height() * 2),
                     Qt::AlignLeft | Qt::TextWordWrap,
                     tr("Share of the row outlet's words in runs it shares with the column outlet. "
                        "Click a cell to compare the two side by side."));
    for (int c = 0; c < n; ++c) {
        // Column heads are letters: names would not fit above narrow cells.
        painter.drawText(cellRect(0, c).translated(0, -fontMetrics().height()), Qt::AlignHCenter | Qt::AlignTop,
                         letter(c));
    }
    for (int r = 0; r < n; ++r) {
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QRect(Margin, cellRect(r, 0).top(), labelWidth() - Margin, cellSize()),
                         Qt::AlignVCenter | Qt::AlignLeft, rowLabel(r, m_names.value(r)));
        for (int c = 0; c < n; ++c) {
            const QRect cell = cellRect(r, c).adjusted(1, 1, -1, -1);
            const double share = m_shares[r].value(c);
            if (r == c) {
                painter.fillRect(cell, palette().color(QPalette::AlternateBase));
                continue;
            }
            const QColor fill = coverage_ui::wash(coverage_ui::identicalHue, palette(), 0.1 + 0.9 * share);
            painter.fillRect(cell, fill);
            painter.setPen(fill.lightnessF() < 0.55 ? Qt::white : Qt::black);
            if (cell.width() >= fontMetrics().horizontalAdvance(QStringLiteral("100%")) + 2)
                painter.drawText(cell, Qt::AlignCenter, QString::number(qRound(share * 100)) + QChar(u'%'));
            if (m_hover == std::pair{r, c}) {
                painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
                painter.drawRect(cell);
            }
        }
    }
}

void OverlapHeatMap::mouseMoveEvent(QMouseEvent *event)
{
    const auto hover = cellAt(event->position().toPoint());
    if (hover != m_hover) {
        m_hover = hover;
        setCursor(hover.first >= 0 && hover.first != hover.second ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
}

void OverlapHeatMap::mouseReleaseEvent(QMouseEvent *event)
{
    const auto [r, c] = cellAt(event->position().toPoint());
    if (event->button() == Qt::LeftButton && r >= 0 && r != c)
        Q_EMIT pairActivated(r, c);
}

bool OverlapHeatMap::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const auto [r, c] = cellAt(help->pos());
        if (r >= 0 && r != c) {
            QToolTip::showText(help->globalPos(),
                               tr("%L1% of %2's words are in runs shared with %3. Click to compare them side by side.")
                                   .arg(qRound(m_shares[r].value(c) * 100))
                                   .arg(m_names.value(r), m_names.value(c)),
                               this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace parallax
