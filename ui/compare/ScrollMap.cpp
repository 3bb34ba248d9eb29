#include "ScrollMap.h"

#include <algorithm>

namespace parallax {

void ScrollMap::setAnchors(QList<QPointF> anchors, double leftHeight, double rightHeight)
{
    std::sort(anchors.begin(), anchors.end(),
              [](const QPointF &a, const QPointF &b) { return a.x() < b.x() || (a.x() == b.x() && a.y() < b.y()); });
    m_points = {{0, 0}};
    for (const QPointF &anchor : std::as_const(anchors)) {
        if (anchor.x() >= m_points.last().x() && anchor.y() >= m_points.last().y())
            m_points.append(anchor);
    }
    if (leftHeight >= m_points.last().x() && rightHeight >= m_points.last().y())
        m_points.append({leftHeight, rightHeight});
}

double ScrollMap::toRight(double leftY) const
{
    return through(m_points, leftY, true);
}

double ScrollMap::toLeft(double rightY) const
{
    return through(m_points, rightY, false);
}

double ScrollMap::through(const QList<QPointF> &points, double value, bool forward)
{
    const auto from = [forward](const QPointF &p) { return forward ? p.x() : p.y(); };
    const auto to = [forward](const QPointF &p) { return forward ? p.y() : p.x(); };
    if (value <= from(points.first()))
        return to(points.first()) + value - from(points.first());
    for (int i = 1; i < points.size(); ++i) {
        const QPointF &a = points[i - 1];
        const QPointF &b = points[i];
        if (value > from(b))
            continue;
        const double span = from(b) - from(a);
        if (span <= 0)
            return to(b);
        return to(a) + (value - from(a)) / span * (to(b) - to(a));
    }
    // Past the last anchor both sides run on at the same pace.
    return to(points.last()) + value - from(points.last());
}

} // namespace parallax
