#include "ClaimMatrixModel.h"

#include "CoverageRoles.h"
#include "ToolTipText.h"

using namespace Qt::StringLiterals;

namespace parallax {

using namespace coverage_ui;

ClaimMatrixModel::ClaimMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ClaimMatrixModel::setMatrix(const QList<Article> &articles, const QList<ClaimRow> &rows,
                                 const QList<Discrepancy> &discrepancies)
{
    beginResetModel();
    m_articles = articles;
    m_rows = rows;
    m_discrepancies = discrepancies;
    m_differing.clear();
    for (const Discrepancy &d : discrepancies) {
        m_differing.insert({d.claim, d.a.article});
        m_differing.insert({d.claim, d.b.article});
    }
    if (m_names.size() != articles.size()) {
        m_names.clear();
        for (int a = 0; a < articles.size(); ++a)
            m_names << tr("Article %L1").arg(a + 1);
    }
    endResetModel();
}

void ClaimMatrixModel::setOutletNames(const QStringList &names)
{
    m_names = names;
    if (columnCount() > 1)
        Q_EMIT headerDataChanged(Qt::Horizontal, 1, columnCount() - 1);
}

QList<Discrepancy> ClaimMatrixModel::discrepancies(int row) const
{
    QList<Discrepancy> result;
    for (const Discrepancy &d : m_discrepancies) {
        if (row >= 0 && row < m_rows.size() && d.claim == m_rows[row].claim)
            result.append(d);
    }
    return result;
}

int ClaimMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClaimMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_articles.size()) + 1;
}

QString ClaimMatrixModel::carriageTitle(Carriage carriage)
{
    switch (carriage) {
    case Carriage::Identical:
        return tr("Identical");
    case Carriage::Near:
        return tr("Near-verbatim");
    case Carriage::Paraphrase:
        return tr("Paraphrase");
    case Carriage::Sole:
        return tr("Only this outlet");
    case Carriage::Absent:
        break;
    }
    return tr("Not carried");
}

QString ClaimMatrixModel::firstWording(int row) const
{
    const ClaimRow &r = m_rows[row];
    for (int a = 0; a < r.cells.size(); ++a) {
        if (r.cells[a].carriage != Carriage::Absent)
            return cellText(m_articles, a, r.cells[a]);
    }
    return {};
}

QVariant ClaimMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ClaimRow &row = m_rows[index.row()];
    switch (role) {
    case CarriersRole:
        return row.carriers;
    case PositionRole:
        return row.position;
    case QuoteRole:
        return row.quote;
    case NumberRole:
        return row.number;
    case ClaimIndexRole:
        return index.row();
    default:
        break;
    }
    if (index.column() == 0) {
        if (role == Qt::DisplayRole)
            return firstWording(index.row());
        if (role == Qt::ToolTipRole) {
            QString tip = tr("Carried by %Ln outlet(s)", nullptr, row.carriers);
            if (row.mergedByHand)
                tip += u"\n"_s + tr("Merged by hand");
            if (row.splitByHand)
                tip += u"\n"_s + tr("Split by hand");
            return tip;
        }
        if (role == DiscrepancyRole) {
            for (const Discrepancy &d : m_discrepancies) {
                if (d.claim == row.claim)
                    return true;
            }
            return false;
        }
        return {};
    }
    const int article = index.column() - 1;
    const ClaimCell &cell = row.cells[article];
    switch (role) {
    case CarriageRole:
        return int(cell.carriage);
    case DiscrepancyRole:
        return m_differing.contains({row.claim, article});
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole: {
        QString tip = m_names.value(article) + u": "_s + carriageTitle(cell.carriage);
        if (m_differing.contains({row.claim, article}))
            tip += u"\n"_s + tr("States a figure, date, name or title that differs from another outlet's.");
        if (cell.carriage != Carriage::Absent && role == Qt::ToolTipRole)
            tip += u"\n\n"_s + cellText(m_articles, article, cell);
        return role == Qt::ToolTipRole ? plainToolTip(tip) : tip;
    }
    default:
        return {};
    }
}

QVariant ClaimMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_rows.size())
            return {};
        const ClaimRow &row = m_rows[section];
        // A claim a person grouped is marked where its number is, as the legend says.
        if (role == Qt::DisplayRole)
            return row.byHand() ? QVariant(u"%1 ✎"_s.arg(row.position + 1)) : QVariant(row.position + 1);
        if (role == Qt::ToolTipRole && row.byHand())
            return row.mergedByHand ? tr("Merged by hand") : tr("Split by hand");
        return {};
    }
    if (section == 0)
        return role == Qt::DisplayRole ? QVariant(tr("Claim")) : QVariant();
    // Letters, as in the heat map and the legend: outlet names do not fit
    // above a column of glyphs.
    if (role == Qt::DisplayRole)
        return QString(QChar(u'A' + (section - 1) % 26));
    if (role == Qt::ToolTipRole)
        return plainToolTip(m_names.value(section - 1));
    if (role == Qt::AccessibleTextRole)
        return m_names.value(section - 1);
    return {};
}

} // namespace parallax
