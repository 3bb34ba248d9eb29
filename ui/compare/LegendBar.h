#pragma once

#include "palette/HighlightPalette.h"

#include <QWidget>

class QLabel;

namespace parallax {

// The key to the colours, always on screen under the comparison.
class LegendBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LegendBar)
public:
    explicit LegendBar(QWidget *parent = nullptr);

    void setPalette(const HighlightPalette &palette);

private:
    QList<QLabel *> m_swatches;
    QLabel *m_moved = nullptr;
};

} // namespace parallax
