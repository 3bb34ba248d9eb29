#pragma once

#include <QList>
#include <QPointF>

namespace parallax {

// A monotone piecewise-linear map between the document heights of two panes,
// through the tops and bottoms of linked paragraphs: scrolling one pane by
// it keeps linked paragraphs level and stretches the text between them.
class ScrollMap final
{
public:
    // x is a left-pane document y, y the matching right-pane one. Anchors
    // that would run backwards (moved paragraphs) are left out.
    void setAnchors(QList<QPointF> anchors, double leftHeight, double rightHeight);

    double toRight(double leftY) const;
    double toLeft(double rightY) const;

private:
    static double through(const QList<QPointF> &points, double value, bool forward);

    QList<QPointF> m_points{{0, 0}};
};

} // namespace parallax
