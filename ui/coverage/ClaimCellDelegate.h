#pragma once

#include "ArticleTextDelegate.h"

namespace parallax {

// Paints a matrix cell as a glyph of how the outlet carries the claim —
// filled disc identical, half disc near-verbatim, ring paraphrase, diamond
// only this outlet — so the matrix reads without colour too, and a
// vermilion corner where the outlet's facts differ from another's. The
// claim's own column is article text (ArticleTextDelegate).
class ClaimCellDelegate final : public ArticleTextDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimCellDelegate)
public:
    explicit ClaimCellDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace parallax
