#pragma once

#include "coverage/ClaimMatrix.h"

#include <QSortFilterProxyModel>

namespace parallax {

// The claims matrix filtered (unique only, shared by at least k, quotes
// only, figures only) and sorted: the claim column by story order, an
// outlet's column by how it carries the claim; the claim column in the
// chosen order (story order, most or fewest carriers first).
class ClaimFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimFilterProxy)
public:
    explicit ClaimFilterProxy(QObject *parent = nullptr);

    void setFilter(const ClaimFilter &filter);
    ClaimFilter filter() const { return m_filter; }
    // Sorts by the claim column in this order.
    void setOrder(ClaimOrder order);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    ClaimFilter m_filter;
    ClaimOrder m_order = ClaimOrder::Story;
};

} // namespace parallax
