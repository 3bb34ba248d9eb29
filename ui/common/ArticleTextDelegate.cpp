#include "ArticleTextDelegate.h"

namespace parallax {

QString withOwnDirection(const QString &text)
{
    if (text.isEmpty())
        return text;
    constexpr QChar leftToRightMark(0x200E);
    constexpr QChar rightToLeftMark(0x200F);
    const QChar mark = text.isRightToLeft() ? rightToLeftMark : leftToRightMark;
    return mark + text + mark;
}

void ArticleTextDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->text = withOwnDirection(option->text);
}

} // namespace parallax
