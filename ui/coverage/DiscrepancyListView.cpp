#include "DiscrepancyListView.h"

#include "ArticleTextDelegate.h"

#include <QHeaderView>

namespace parallax {
namespace {

constexpr int ClaimRole = Qt::UserRole + 1;

} // namespace

DiscrepancyListView::DiscrepancyListView(QWidget *parent)
    : QTreeWidget(parent)
{
    setHeaderLabels({tr("Claim"), tr("Differs in"), tr("One outlet"), tr("Another outlet")});
    setItemDelegate(new ArticleTextDelegate(this));
    setRootIsDecorated(false);
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(this, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { Q_EMIT claimActivated(item->data(0, ClaimRole).toInt()); });
}

QString DiscrepancyListView::kindTitle(DiscrepancyKind kind)
{
    switch (kind) {
    case DiscrepancyKind::Number:
        return tr("Figure");
    case DiscrepancyKind::Date:
        return tr("Date");
    case DiscrepancyKind::Name:
        return tr("Name");
    case DiscrepancyKind::Opposite:
        return tr("Opposite word");
    case DiscrepancyKind::Negation:
        return tr("Denial");
    case DiscrepancyKind::Title:
        break;
    }
    return tr("Title");
}

void DiscrepancyListView::setDiscrepancies(const QList<Discrepancy> &discrepancies, const QHash<int, int> &positions,
                                           const QStringList &names)
{
    clear();
    for (const Discrepancy &d : discrepancies) {
        auto *item = new QTreeWidgetItem(this, {QString::number(positions.value(d.claim) + 1), kindTitle(d.kind),
                                                tr("%1: “%2”").arg(names.value(d.a.article), d.aText),
                                                tr("%1: “%2”").arg(names.value(d.b.article), d.bText)});
        item->setData(0, ClaimRole, d.claim);
    }
    if (discrepancies.isEmpty()) {
        auto *none = new QTreeWidgetItem(this, {QString(), tr("No differing figures, dates, names or titles found.")});
        none->setFlags(Qt::ItemIsEnabled);
        none->setFirstColumnSpanned(true);
        none->setText(0, none->text(1));
    }
}

} // namespace parallax
