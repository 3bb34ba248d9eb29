#include "SearchResultsModel.h"

#include "LibraryModel.h"
#include "LibraryRoles.h"

using namespace Qt::StringLiterals;

namespace parallax {

SearchResultsModel::SearchResultsModel(const LibraryModel *library, QObject *parent)
    : QAbstractListModel(parent)
    , m_library(library)
{
}

void SearchResultsModel::setHits(const QList<SearchHit> &hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QString SearchResultsModel::title(qint64 articleId) const
{
    const ArticleSummary *summary = m_library->summary(articleId);
    if (!summary || summary->meta.title.isEmpty())
        return tr("(untitled)");
    return summary->meta.outlet.isEmpty() ? summary->meta.title
                                          : tr("%1 — %2").arg(summary->meta.outlet, summary->meta.title);
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_hits[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return QString(title(hit.articleId) + u'\n' + hit.snippet);
    case Qt::ToolTipRole:
        // "<qt>" makes it rich text even without a tag, so "&amp;" reads "&".
        return QString(u"<qt>"_s + hit.snippet.toHtmlEscaped());
    case NodeKindRole:
        return int(LibraryNodeKind::Article);
    case ArticleIdRole:
        return hit.articleId;
    case BlockIndexRole:
        return hit.blockIndex;
    default:
        return {};
    }
}

} // namespace parallax
