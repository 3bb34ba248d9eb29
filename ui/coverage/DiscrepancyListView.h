#pragma once

#include "coverage/Discrepancies.h"

#include <QTreeWidget>

namespace parallax {

// Facts that differ between outlets telling one claim: the fact-checker's
// first question.
class DiscrepancyListView final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiscrepancyListView)
public:
    explicit DiscrepancyListView(QWidget *parent = nullptr);
    // positions: each claim's story position, by claim index.
    void setDiscrepancies(const QList<Discrepancy> &discrepancies, const QHash<int, int> &positions,
                          const QStringList &names);

    static QString kindTitle(DiscrepancyKind kind);

Q_SIGNALS:
    void claimActivated(int claim); // index into Comparison::claims
};

} // namespace parallax
