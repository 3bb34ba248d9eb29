#pragma once

#include "service/LibrarySnapshot.h"

#include <QAbstractItemModel>
#include <QHash>

namespace parallax {

// Stories and their articles, then every article under "All articles".
// A thin tree over a LibrarySnapshot; it never asks the library anything.
class LibraryModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryModel)
public:
    enum Column { TitleColumn, OutletColumn, DateColumn, WordsColumn, LanguageColumn, ColumnCount };

    explicit LibraryModel(QObject *parent = nullptr);

    void setSnapshot(const LibrarySnapshot &snapshot);
    const LibrarySnapshot &snapshot() const { return m_snapshot; }
    const ArticleSummary *summary(qint64 articleId) const;
    // The first row showing the article: under its story when it has one.
    QModelIndex indexOfArticle(qint64 articleId, qint64 storyId = -1) const;
    QModelIndex indexOfStory(qint64 storyId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    // Top-level rows are the stories, then "All articles"; a child's
    // internal id is its parent's row + 1, a top-level row's is 0.
    const QList<qint64> &articleIds(int topRow) const;
    QVariant storyData(int row, int column, int role) const;
    QVariant articleData(const ArticleSummary &article, qint64 storyId, int column, int role) const;

    LibrarySnapshot m_snapshot;
    QList<qint64> m_allIds;
    QHash<qint64, int> m_summaryRow;
};

} // namespace parallax
