#include "LegendBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>

namespace parallax {
namespace {

using Mark = HighlightPalette::Mark;
constexpr Mark marks[] = {Mark::Identical, Mark::Near, Mark::Paraphrase, Mark::Unique};

QPixmap swatch(const QColor &fill, const QColor &stroke, bool dashed, int size, qreal dpr)
{
    QPixmap pixmap(QSize(size * 2, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(stroke, 1.5, dashed ? Qt::DashLine : Qt::SolidLine));
    painter.setBrush(fill);
    painter.drawRoundedRect(QRectF(1, 1, size * 2 - 2, size - 2), 2, 2);
    return pixmap;
}

} // namespace

LegendBar::LegendBar(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    for (Mark mark : marks) {
        auto *icon = new QLabel(this);
        auto *text = new QLabel(HighlightPalette::markTitle(mark), this);
        text->setTextFormat(Qt::PlainText);
        layout->addWidget(icon);
        layout->addWidget(text);
        layout->addSpacing(12);
        m_swatches.append(icon);
    }
    m_moved = new QLabel(this);
    auto *movedText = new QLabel(tr("Moved (dashed)"), this);
    movedText->setTextFormat(Qt::PlainText);
    layout->addWidget(m_moved);
    layout->addWidget(movedText);
    layout->addStretch();
    setPalette(HighlightPalette(HighlightPalette::Scheme::OkabeIto, QWidget::palette()));
}

void LegendBar::setPalette(const HighlightPalette &palette)
{
    const int size = fontMetrics().height() * 3 / 4;
    const qreal dpr = devicePixelRatioF();
    for (int i = 0; i < m_swatches.size(); ++i)
        m_swatches[i]->setPixmap(swatch(palette.span(marks[i]), palette.hue(marks[i]), false, size, dpr));
    m_moved->setPixmap(swatch(Qt::transparent, palette.hue(Mark::Paraphrase), true, size, dpr));
}

} // namespace parallax
