#pragma once

#include "store/ArticleStore.h"

#include <QAbstractListModel>

namespace parallax {

class LibraryModel;

// Full-text search hits, each shown as its article's title and the matching
// passage. Titles are looked up in the library model the hits arrived for.
class SearchResultsModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultsModel)
public:
    explicit SearchResultsModel(const LibraryModel *library, QObject *parent = nullptr);

    void setHits(const QList<SearchHit> &hits);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QString title(qint64 articleId) const;

    const LibraryModel *m_library = nullptr;
    QList<SearchHit> m_hits;
};

} // namespace parallax
