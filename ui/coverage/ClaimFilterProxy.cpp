#include "ClaimFilterProxy.h"

#include "CoverageRoles.h"

namespace parallax {

using namespace coverage_ui;

ClaimFilterProxy::ClaimFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void ClaimFilterProxy::setFilter(const ClaimFilter &filter)
{
    m_filter = filter;
    invalidateRowsFilter();
}

void ClaimFilterProxy::setOrder(ClaimOrder order)
{
    m_order = order;
    invalidate();
    sort(0, Qt::AscendingOrder);
}

bool ClaimFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    ClaimRow row;
    row.carriers = index.data(CarriersRole).toInt();
    row.quote = index.data(QuoteRole).toBool();
    row.number = index.data(NumberRole).toBool();
    return acceptsRow(m_filter, row);
}

bool ClaimFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int leftPosition = left.data(PositionRole).toInt();
    const int rightPosition = right.data(PositionRole).toInt();
    if (left.column() == 0) {
        const int l = left.data(CarriersRole).toInt();
        const int r = right.data(CarriersRole).toInt();
        if (m_order == ClaimOrder::MostCarried && l != r)
            return l > r;
        if (m_order == ClaimOrder::LeastCarried && l != r)
            return l < r;
        return leftPosition < rightPosition;
    }
    const int l = left.data(CarriageRole).toInt();
    const int r = right.data(CarriageRole).toInt();
    if (l != r)
        return l < r;
    return leftPosition < rightPosition;
}

} // namespace parallax
