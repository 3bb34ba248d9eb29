#pragma once

#include <QStyledItemDelegate>

namespace parallax {

// Paints a matrix cell as a glyph of how the outlet carries the claim —
// filled disc identical, half disc near-verbatim, ring paraphrase, diamond
// only this outlet — so the matrix reads without colour too, and a
// vermilion corner where the outlet's facts differ from another's.
class ClaimCellDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimCellDelegate)
public:
    explicit ClaimCellDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace parallax
