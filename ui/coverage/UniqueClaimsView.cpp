#include "UniqueClaimsView.h"

#include "ArticleTextDelegate.h"
#include "ToolTipText.h"

#include <QHeaderView>
#include <QLocale>
#include <QScrollBar>

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

constexpr int ClaimRole = Qt::UserRole + 1;
constexpr int NearestRole = Qt::UserRole + 2; // article, block, sentence of the closest sentence
// A closest sentence is cut short here in the list; the claim's detail
// shows it whole.
constexpr int ListedLength = 90;

QString shortened(const QString &text, int maxLength)
{
    if (maxLength <= 0 || text.size() <= maxLength)
        return text;
    QString cut = text.left(maxLength);
    const qsizetype space = cut.lastIndexOf(u' ');
    if (space > maxLength / 2)
        cut.truncate(space);
    return cut.trimmed() + u'…';
}

} // namespace

UniqueClaimsView::UniqueClaimsView(QWidget *parent)
    : QTreeWidget(parent)
{
    setHeaderLabels({tr("Only this outlet reports")});
    setItemDelegate(new ArticleTextDelegate(this));
    setWordWrap(true);
    setUniformRowHeights(false);
    setContextMenuPolicy(Qt::CustomContextMenu);
    // A double click goes to the claim; its closest line stays in view.
    setExpandsOnDoubleClick(false);
    header()->setStretchLastSection(true);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QVariant nearest = item->data(0, NearestRole);
        if (nearest.isValid()) {
            const QList<int> at = nearest.value<QList<int>>();
            Q_EMIT sentenceActivated(at.value(0), at.value(1), at.value(2));
        } else if (item->data(0, ClaimRole).isValid()) {
            Q_EMIT claimActivated(item->data(0, ClaimRole).toInt());
        }
    });
}

QString UniqueClaimsView::closestText(const QList<Article> &articles, const ClaimRow &row, const QStringList &names,
                                      int maxLength)
{
    if (row.nearest.isValid()) {
        // One pass, so that a "%2" in an outlet's name stays as it is.
        return tr("Closest elsewhere: %1, %2 — “%3”")
            .arg(names.value(row.nearest.article), QLocale().toString(row.nearest.score, 'f', 2),
                 shortened(nearestText(articles, row.nearest), maxLength));
    }
    if (row.splitByHand)
        return tr("Split by hand: you said it is not the claim the matcher put it in.");
    return tr("Nothing elsewhere comes close.");
}

void UniqueClaimsView::setClaims(const QList<Article> &articles, const QList<ClaimRow> &rows,
                                 const QStringList &names)
{
    // Set again after every change a person makes: they stay where they were.
    const int scrolled = verticalScrollBar()->value();
    clear();
    const QBrush muted = palette().brush(QPalette::PlaceholderText);
    for (int a = 0; a < articles.size(); ++a) {
        auto *outlet = new QTreeWidgetItem(this);
        int count = 0;
        for (const ClaimRow &row : rows) {
            if (row.carriers != 1 || row.cells[a].carriage == Carriage::Absent)
                continue;
            auto *item = new QTreeWidgetItem(outlet, {cellText(articles, a, row.cells[a])});
            item->setToolTip(0, plainToolTip(item->text(0)));
            item->setData(0, ClaimRole, row.claim);
            auto *closest = new QTreeWidgetItem(item, {closestText(articles, row, names, ListedLength)});
            closest->setData(0, ClaimRole, row.claim);
            closest->setForeground(0, muted);
            if (row.nearest.isValid()) {
                closest->setData(0, NearestRole,
                                 QVariant::fromValue(QList<int>{row.nearest.article, row.nearest.block,
                                                                row.nearest.sentence}));
                closest->setToolTip(0, plainToolTip(closestText(articles, row, names, 0) + u"\n\n"_s
                                                    + tr("Activate to read that sentence's claim.")));
            }
            item->setExpanded(true);
            ++count;
        }
        outlet->setText(0, tr("%1 — %Ln claim(s) no other outlet makes", nullptr, count).arg(names.value(a)));
        outlet->setExpanded(true);
    }
    verticalScrollBar()->setValue(scrolled);
}

int UniqueClaimsView::claimAt(const QPoint &pos) const
{
    const QTreeWidgetItem *item = itemAt(pos);
    return item && item->data(0, ClaimRole).isValid() ? item->data(0, ClaimRole).toInt() : -1;
}

QTreeWidgetItem *UniqueClaimsView::claimItem(int claim) const
{
    for (int o = 0; o < topLevelItemCount(); ++o) {
        QTreeWidgetItem *outlet = topLevelItem(o);
        for (int c = 0; c < outlet->childCount(); ++c) {
            if (outlet->child(c)->data(0, ClaimRole).toInt() == claim)
                return outlet->child(c);
        }
    }
    return nullptr;
}

QTreeWidgetItem *UniqueClaimsView::closestItem(int claim) const
{
    QTreeWidgetItem *item = claimItem(claim);
    return item && item->childCount() > 0 ? item->child(0) : nullptr;
}

} // namespace parallax
