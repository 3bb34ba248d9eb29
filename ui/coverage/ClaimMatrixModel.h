#pragma once

#include "core/Article.h"
#include "coverage/ClaimMatrix.h"
#include "coverage/Discrepancies.h"

#include <QAbstractTableModel>
#include <QSet>

namespace parallax {

// The claims matrix: one row a claim (story order), column 0 the claim's
// first wording, then one column an article saying whether and how it
// carries the claim. Cells whose article states a differing fact are
// flagged (DiscrepancyRole).
class ClaimMatrixModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimMatrixModel)
public:
    explicit ClaimMatrixModel(QObject *parent = nullptr);

    void setMatrix(const QList<Article> &articles, const QList<ClaimRow> &rows,
                   const QList<Discrepancy> &discrepancies);
    void setOutletNames(const QStringList &names);

    const QList<Article> &articles() const { return m_articles; }
    const ClaimRow &claimRow(int row) const { return m_rows[row]; }
    QList<Discrepancy> discrepancies(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString carriageTitle(Carriage carriage);

private:
    QString firstWording(int row) const;

    QList<Article> m_articles;
    QList<ClaimRow> m_rows;
    QList<Discrepancy> m_discrepancies;
    QSet<std::pair<int, int>> m_differing; // (claim, article)
    QStringList m_names;
};

} // namespace parallax
