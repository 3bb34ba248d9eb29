#pragma once

#include <QStyledItemDelegate>

namespace parallax {

// Text from an article between two marks of its own direction (U+200E, or
// U+200F when its first strong letter is right to left), so that it keeps
// that direction whatever the widget's. Marks rather than isolates (U+2068
// … U+2069), which common fonts lack: a fallback font for them would make
// every line taller.
QString withOwnDirection(const QString &text);

// For cells that show text from articles: lays the text out in the direction
// of its own first strong letter instead of the window's, so in an Arabic
// window an English sentence keeps its full stop and quotation marks where
// they belong, and an Arabic headline in an English window reads right to
// left. Where the cell sits and how it is aligned still follow the window.
class ArticleTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleTextDelegate)
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace parallax
