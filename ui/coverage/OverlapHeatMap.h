#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

namespace parallax {

// Outlet × outlet: each cell the share of the row outlet's words in runs
// it shares with the column outlet, darker for more. Clicking a cell off
// the diagonal asks to open that pair side by side.
class OverlapHeatMap final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverlapHeatMap)
public:
    explicit OverlapHeatMap(QWidget *parent = nullptr);

    void setOverlap(const QList<QList<double>> &shares, const QStringList &names);
    // The cell under a point, or (-1, -1).
    std::pair<int, int> cellAt(const QPoint &point) const;
    QRect cellRect(int row, int column) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void pairActivated(int a, int b); // indexes into the compared articles

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    int labelWidth() const;
    int cellSize() const;

    QList<QList<double>> m_shares;
    QStringList m_names;
    std::pair<int, int> m_hover{-1, -1};
};

} // namespace parallax
