#include "LibraryPanel.h"

#include "ArticleTextDelegate.h"
#include "LibraryModel.h"
#include "LibraryRoles.h"
#include "core/LanguageNames.h"
#include "SearchResultsModel.h"

#include <QDate>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QSet>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

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
    // Titles, story names and outlets; dates and counts keep the window's.
    m_tree->setItemDelegateForColumn(LibraryModel::TitleColumn, new ArticleTextDelegate(m_tree));
    m_tree->setItemDelegateForColumn(LibraryModel::OutletColumn, new ArticleTextDelegate(m_tree));
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setTextElideMode(Qt::ElideRight);
    // The title takes what the other columns leave. Those are sized from
    // the font, not from their contents: sizing to contents measures every
    // row after each refresh, which stalls the window with a large library.
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(LibraryModel::TitleColumn, QHeaderView::Stretch);
    const QString sampleDate = QLocale().toString(QDate(2026, 12, 28), QLocale::ShortFormat);
    m_dateWidth = columnWidth({sampleDate, headerText(LibraryModel::DateColumn)});
    m_wordsWidth = columnWidth({QLocale().toString(99999), headerText(LibraryModel::WordsColumn)});
    header->resizeSection(LibraryModel::DateColumn, m_dateWidth);
    header->resizeSection(LibraryModel::WordsColumn, m_wordsWidth);
    QStringList languageNames{headerText(LibraryModel::LanguageColumn)};
    for (const QString &code : {u"en"_s, u"de"_s, u"fr"_s, u"es"_s, u"zh"_s, u"ar"_s})
        languageNames.append(languageName(code));
    m_languageWidth = columnWidth(languageNames);
    header->resizeSection(LibraryModel::LanguageColumn, m_languageWidth);
    fitOutletColumn();
    m_tree->viewport()->installEventFilter(this);
    m_results->setObjectName(u"searchResults"_s);
    m_results->setModel(m_hits);
    m_results->setItemDelegate(new ArticleTextDelegate(m_results));
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
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_selectedIds.reset();
        Q_EMIT selectionChanged();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_selectedIds.reset(); });
    connect(m_results, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT hitActivated(index.data(ArticleIdRole).toLongLong(), index.data(BlockIndexRole).toInt());
    });
    connect(m_results, &QListView::clicked, m_results, &QListView::activated);
}

QString LibraryPanel::headerText(int column) const
{
    return m_model->headerData(column, Qt::Horizontal).toString();
}

// Wide enough for the widest text, in a cell or in the header.
int LibraryPanel::columnWidth(const QStringList &texts) const
{
    const QFontMetrics metrics = fontMetrics();
    const int cellMargins = 2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_tree) + 1);
    const int headerMargins = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, m_tree->header());
    int width = 0;
    for (const QString &text : texts)
        width = std::max(width, metrics.horizontalAdvance(text));
    return width + std::max(cellMargins, headerMargins) + metrics.averageCharWidth() / 2;
}

// Outlets are few however large the library: the column fits the longest,
// up to a limit, unless a person has set its width by hand.
void LibraryPanel::fitOutletColumn()
{
    QHeaderView *header = m_tree->header();
    if (m_outletWidth > 0 && header->sectionSize(LibraryModel::OutletColumn) != m_outletWidth)
        return;
    QSet<QString> outlets{headerText(LibraryModel::OutletColumn)};
    for (const ArticleSummary &article : m_model->snapshot().articles)
        outlets.insert(article.meta.outlet);
    const int widest = fontMetrics().averageCharWidth() * 22;
    m_outletWidth = std::min(columnWidth(QStringList(outlets.cbegin(), outlets.cend())), widest);
    header->resizeSection(LibraryModel::OutletColumn, m_outletWidth);
    fitColumnsToWidth();
}

// A narrow library keeps its headlines readable: the languages, then the
// word counts, then the dates, make way before the title column falls under two fifths of the
// width, and come back when there is room.
void LibraryPanel::fitColumnsToWidth()
{
    const int width = m_tree->viewport()->width();
    if (width <= 0)
        return;
    const int wanted = width * 2 / 5 + m_tree->indentation();
    const int beside = m_tree->header()->sectionSize(LibraryModel::OutletColumn);
    m_tree->setColumnHidden(LibraryModel::DateColumn, width - beside - m_dateWidth < wanted);
    m_tree->setColumnHidden(LibraryModel::WordsColumn, width - beside - m_dateWidth - m_wordsWidth < wanted);
    m_tree->setColumnHidden(LibraryModel::LanguageColumn,
                            width - beside - m_dateWidth - m_wordsWidth - m_languageWidth < wanted);
}

bool LibraryPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize)
        fitColumnsToWidth();
    return QWidget::eventFilter(watched, event);
}

QSize LibraryPanel::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 88, QWidget::sizeHint().height()};
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
    m_selectedIds.reset(); // the blocker kept the selection model from saying it changed
    fitOutletColumn();
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
    if (m_selectedIds)
        return *m_selectedIds;
    QList<qint64> ids;
    QSet<qint64> seen;
    const auto add = [&](const QModelIndex &row) {
        const qint64 id = row.data(ArticleIdRole).toLongLong();
        if (!seen.contains(id)) {
            seen.insert(id);
            ids.append(id);
        }
    };
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        if (row.data(NodeKindRole).toInt() == int(LibraryNodeKind::Article)) {
            add(row);
            continue;
        }
        for (int i = 0; i < m_model->rowCount(row); ++i)
            add(m_model->index(i, 0, row));
    }
    m_selectedIds = ids;
    return ids;
}

qint64 LibraryPanel::selectedStoryId() const
{
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(StoryIdRole).toLongLong();
}

void LibraryPanel::selectArticles(const QList<qint64> &ids)
{
    // Neighbouring rows go into one range: an import selects hundreds of
    // rows that sit together, and the selection model's cost grows with
    // the number of ranges, not of rows.
    QList<QModelIndex> indexes;
    indexes.reserve(ids.size());
    for (qint64 id : ids) {
        const QModelIndex index = m_model->indexOfArticle(id);
        if (index.isValid())
            indexes.append(index);
    }
    const QModelIndex first = indexes.value(0);
    std::sort(indexes.begin(), indexes.end(), [](const QModelIndex &a, const QModelIndex &b) {
        return a.parent().row() != b.parent().row() ? a.parent().row() < b.parent().row() : a.row() < b.row();
    });
    QItemSelection selection;
    for (qsizetype start = 0; start < indexes.size();) {
        qsizetype end = start + 1;
        while (end < indexes.size() && indexes[end].parent() == indexes[start].parent()
               && indexes[end].row() <= indexes[end - 1].row() + 1)
            ++end;
        const QModelIndex top = indexes[start];
        const QModelIndex bottom = indexes[end - 1].siblingAtColumn(LibraryModel::ColumnCount - 1);
        selection.append(QItemSelectionRange(top, bottom));
        start = end;
    }
    m_tree->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    if (first.isValid()) {
        m_tree->selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        m_tree->scrollTo(first);
    }
}

} // namespace parallax
