#include "LibraryPanel.h"

#include "LibraryModel.h"
#include "LibraryRoles.h"
#include "SearchResultsModel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListView>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parallax {

LibraryPanel::LibraryPanel(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_stack(new QStackedWidget(this))
    , m_tree(new QTreeView(this))
    , m_results(new QListView(this))
    , m_model(new LibraryModel(this))
    , m_hits(new SearchResultsModel(m_model, this))
    , m_searchDelay(new QTimer(this))
{
    m_search->setPlaceholderText(tr("Search the library"));
    m_search->setClearButtonEnabled(true);
    m_tree->setObjectName(u"libraryTree"_s);
    m_tree->setModel(m_model);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(LibraryModel::TitleColumn, QHeaderView::Stretch);
    for (int column : {LibraryModel::OutletColumn, LibraryModel::DateColumn, LibraryModel::WordsColumn})
        m_tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_results->setObjectName(u"searchResults"_s);
    m_results->setModel(m_hits);
    m_results->setWordWrap(true);
    m_results->setAlternatingRowColors(true);
    m_stack->addWidget(m_tree);
    m_stack->addWidget(m_results);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_stack, 1);

    // Results as one types, without a query for every keystroke.
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed().isEmpty()) {
            m_searchDelay->stop();
            m_hits->setHits({});
            m_stack->setCurrentWidget(m_tree);
        } else {
            m_searchDelay->start();
        }
    });
    connect(m_searchDelay, &QTimer::timeout, this, [this] { Q_EMIT searchRequested(m_search->text().trimmed()); });
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LibraryPanel::selectionChanged);
    connect(m_results, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT hitActivated(index.data(ArticleIdRole).toLongLong(), index.data(BlockIndexRole).toInt());
    });
    connect(m_results, &QListView::clicked, m_results, &QListView::activated);
}

void LibraryPanel::setSnapshot(const LibrarySnapshot &snapshot)
{
    const QList<qint64> selected = selectedArticleIds();
    const qint64 story = selectedStoryId();
    const bool storyRow = m_tree->currentIndex().data(NodeKindRole).toInt() != int(LibraryNodeKind::Article);
    {
        // The same articles stay selected across a refresh: no new comparison.
        const QSignalBlocker blocker(m_tree->selectionModel());
        m_model->setSnapshot(snapshot);
        m_tree->expandAll();
        if (storyRow && story > 0 && m_model->indexOfStory(story).isValid())
            m_tree->setCurrentIndex(m_model->indexOfStory(story));
        else
            selectArticles(selected);
    }
    if (selectedArticleIds() != selected)
        Q_EMIT selectionChanged();
}

void LibraryPanel::setSearchHits(const QString &text, const QList<SearchHit> &hits)
{
    if (text != m_search->text().trimmed())
        return; // an answer to a question no longer asked
    m_hits->setHits(hits);
    m_stack->setCurrentWidget(m_results);
}

QList<qint64> LibraryPanel::selectedArticleIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        if (row.data(NodeKindRole).toInt() == int(LibraryNodeKind::Article)) {
            const qint64 id = row.data(ArticleIdRole).toLongLong();
            if (!ids.contains(id))
                ids.append(id);
            continue;
        }
        for (int i = 0; i < m_model->rowCount(row); ++i) {
            const qint64 id = m_model->index(i, 0, row).data(ArticleIdRole).toLongLong();
            if (!ids.contains(id))
                ids.append(id);
        }
    }
    return ids;
}

qint64 LibraryPanel::selectedStoryId() const
{
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(StoryIdRole).toLongLong();
}

void LibraryPanel::selectArticles(const QList<qint64> &ids)
{
    QItemSelection selection;
    QModelIndex first;
    for (qint64 id : ids) {
        const QModelIndex index = m_model->indexOfArticle(id);
        if (!index.isValid())
            continue;
        if (!first.isValid())
            first = index;
        selection.select(index, index.siblingAtColumn(LibraryModel::ColumnCount - 1));
    }
    m_tree->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (first.isValid()) {
        m_tree->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        m_tree->scrollTo(first);
    }
}

} // namespace parallax
