#pragma once

#include <QColor>
#include <QWidget>

namespace parallax {

class ArticlePane;

// A narrow strip beside a pane showing where in the whole article the
// shared and unique paragraphs are, and which part is in view. A click
// scrolls the pane there.
class OverviewRuler final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewRuler)
public:
    struct Mark {
        int block = 0;
        QColor colour;
    };

    explicit OverviewRuler(ArticlePane *pane, QWidget *parent = nullptr);

    void setMarks(const QList<Mark> &marks);
    const QList<Mark> &marks() const { return m_marks; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    double scale() const;
    void scrollTo(double y);

    ArticlePane *m_pane = nullptr;
    QList<Mark> m_marks;
};

} // namespace parallax
