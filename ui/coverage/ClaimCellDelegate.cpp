#include "ClaimCellDelegate.h"

#include "CoverageColours.h"
#include "CoverageRoles.h"
#include "coverage/ClaimMatrix.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace parallax {

using namespace coverage_ui;

ClaimCellDelegate::ClaimCellDelegate(QObject *parent)
    : ArticleTextDelegate(parent)
{
}

void ClaimCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() == 0) {
        ArticleTextDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem base = option;
    initStyleOption(&base, index);
    base.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &base, painter, base.widget);

    const auto carriage = Carriage(index.data(CarriageRole).toInt());
    const int side = std::min(option.rect.width(), option.rect.height()) * 5 / 10;
    const QRectF glyph(option.rect.center().x() - side / 2.0, option.rect.center().y() - side / 2.0, side, side);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    switch (carriage) {
    case Carriage::Identical:
        painter->setPen(QPen(identicalHue, 1.5));
        painter->setBrush(identicalHue);
        painter->drawEllipse(glyph);
        break;
    case Carriage::Near: {
        painter->setPen(QPen(nearHue, 1.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(glyph);
        QPainterPath half;
        half.moveTo(glyph.center());
        half.arcTo(glyph, 90, 180);
        half.closeSubpath();
        painter->fillPath(half, nearHue);
        break;
    }
    case Carriage::Paraphrase:
        painter->setPen(QPen(paraphraseHue, 2.0));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(glyph.adjusted(1, 1, -1, -1));
        break;
    case Carriage::Sole: {
        QPolygonF diamond{{glyph.center().x(), glyph.top()},
                          {glyph.right(), glyph.center().y()},
                          {glyph.center().x(), glyph.bottom()},
                          {glyph.left(), glyph.center().y()}};
        painter->setPen(QPen(soleHue, 1.5));
        painter->setBrush(soleHue);
        painter->drawPolygon(diamond);
        break;
    }
    case Carriage::Absent:
        break;
    }
    if (index.data(DiscrepancyRole).toBool()) {
        const QRect r = option.rect;
        const int corner = std::max(6, r.height() / 3);
        painter->setPen(Qt::NoPen);
        painter->setBrush(discrepancyHue);
        painter->drawPolygon(QPolygon{{r.right() - corner, r.top()}, {r.right(), r.top()}, {r.right(), r.top() + corner}});
    }
    painter->restore();
}

QSize ClaimCellDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() == 0)
        return ArticleTextDelegate::sizeHint(option, index);
    const int h = option.fontMetrics.height() + 8;
    return {h + 8, h};
}

} // namespace parallax
