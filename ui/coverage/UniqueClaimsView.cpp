#include "UniqueClaimsView.h"

#include "ArticleTextDelegate.h"

#include <QHeaderView>

namespace parallax {

UniqueClaimsView::UniqueClaimsView(QWidget *parent)
    : QTreeWidget(parent)
{
    setHeaderLabels({tr("Only this outlet reports")});
    setItemDelegate(new ArticleTextDelegate(this));
    setWordWrap(true);
    setUniformRowHeights(false);
    header()->setStretchLastSection(true);
}

void UniqueClaimsView::setClaims(const QList<Article> &articles, const QList<ClaimRow> &rows,
                                 const QStringList &names)
{
    clear();
    for (int a = 0; a < articles.size(); ++a) {
        auto *outlet = new QTreeWidgetItem(this);
        int count = 0;
        for (const ClaimRow &row : rows) {
            if (row.carriers != 1 || row.cells[a].carriage == Carriage::Absent)
                continue;
            auto *item = new QTreeWidgetItem(outlet, {cellText(articles, a, row.cells[a])});
            item->setToolTip(0, item->text(0));
            ++count;
        }
        outlet->setText(0, tr("%1 — %Ln claim(s) no other outlet makes", nullptr, count).arg(names.value(a)));
        outlet->setExpanded(true);
    }
}

} // namespace parallax
