#include "LibraryModel.h"

#include "LibraryRoles.h"
#include "core/LanguageNames.h"

#include <QLocale>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace parallax {

LibraryModel::LibraryModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void LibraryModel::setSnapshot(const LibrarySnapshot &snapshot)
{
    beginResetModel();
    m_snapshot = snapshot;
    m_allIds.clear();
    m_summaryRow.clear();
    for (int i = 0; i < m_snapshot.articles.size(); ++i) {
        m_allIds.append(m_snapshot.articles[i].id);
        m_summaryRow.insert(m_snapshot.articles[i].id, i);
    }
    // A story may name an article that is gone; it would be an empty row.
    for (Story &story : m_snapshot.stories)
        story.articleIds.removeIf([this](qint64 id) { return !m_summaryRow.contains(id); });
    endResetModel();
}

const ArticleSummary *LibraryModel::summary(qint64 articleId) const
{
    const auto row = m_summaryRow.constFind(articleId);
    return row == m_summaryRow.cend() ? nullptr : &m_snapshot.articles[*row];
}

QModelIndex LibraryModel::indexOfArticle(qint64 articleId, qint64 storyId) const
{
    for (int top = 0; top <= m_snapshot.stories.size(); ++top) {
        const bool isAll = top == m_snapshot.stories.size();
        if (storyId >= 0 && !isAll && m_snapshot.stories[top].id != storyId)
            continue;
        // "All articles" lists the snapshot's articles in order: no search.
        const int row = isAll ? m_summaryRow.value(articleId, -1) : int(articleIds(top).indexOf(articleId));
        if (row >= 0)
            return index(row, 0, index(top, 0));
    }
    return {};
}

QModelIndex LibraryModel::indexOfStory(qint64 storyId) const
{
    for (int row = 0; row < m_snapshot.stories.size(); ++row) {
        if (m_snapshot.stories[row].id == storyId)
            return index(row, 0);
    }
    return {};
}

const QList<qint64> &LibraryModel::articleIds(int topRow) const
{
    return topRow < m_snapshot.stories.size() ? m_snapshot.stories[topRow].articleIds : m_allIds;
}

QModelIndex LibraryModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : quintptr(0));
}

QModelIndex LibraryModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int LibraryModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_snapshot.stories.size()) + 1;
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(articleIds(parent.row()).size());
}

int LibraryModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

Qt::ItemFlags LibraryModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant LibraryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0)
        return storyData(index.row(), index.column(), role);
    const int top = int(index.internalId() - 1);
    const ArticleSummary *article = summary(articleIds(top).value(index.row()));
    if (!article)
        return {};
    const qint64 storyId = top < m_snapshot.stories.size() ? m_snapshot.stories[top].id : 0;
    return articleData(*article, storyId, index.column(), role);
}

QVariant LibraryModel::storyData(int row, int column, int role) const
{
    const bool isAll = row == m_snapshot.stories.size();
    const int count = int(articleIds(row).size());
    switch (role) {
    case Qt::DisplayRole:
        // The count beside the name: a row of its own under "Words" would clip it.
        if (column == TitleColumn)
            return tr("%1 (%2)").arg(storyData(row, column, Qt::EditRole).toString(), QLocale().toString(count));
        return {};
    case Qt::EditRole:
        if (column == TitleColumn)
            return isAll ? tr("All articles") : m_snapshot.stories[row].name;
        return {};
    case Qt::ToolTipRole: {
        // Names come from people and files: escaped so a tooltip never reads them as markup.
        // English plurals without an English translation: each form is its own numerus string.
        const QString articles = count == 1 ? tr("%Ln article", nullptr, count) : tr("%Ln articles", nullptr, count);
        return QString((isAll ? tr("Every article in the library") : m_snapshot.stories[row].name.toHtmlEscaped())
                       + u"<br>"_s + articles);
    }
    case NodeKindRole:
        return int(isAll ? LibraryNodeKind::AllArticles : LibraryNodeKind::Story);
    case StoryIdRole:
        return isAll ? qint64(0) : m_snapshot.stories[row].id;
    case ArticleIdRole:
        return qint64(0);
    default:
        return {};
    }
}

QVariant LibraryModel::articleData(const ArticleSummary &article, qint64 storyId, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TitleColumn:
            return article.meta.title.isEmpty() ? tr("(untitled)") : article.meta.title;
        case OutletColumn:
            return article.meta.outlet;
        case DateColumn:
            return article.meta.published.isValid() ? QLocale().toString(article.meta.published, QLocale::ShortFormat)
                                                    : QString();
        case WordsColumn:
            return QLocale().toString(article.words);
        case LanguageColumn:
            return languageName(article.language);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        return column == WordsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole: {
        QString tip = article.meta.title.toHtmlEscaped();
        if (!article.meta.outlet.isEmpty())
            tip += u"<br>"_s + article.meta.outlet.toHtmlEscaped();
        if (!article.sourcePath.isEmpty())
            tip += u"<br>"_s + article.sourcePath.toHtmlEscaped();
        // A tooltip without a tag is shown as plain text, where "&amp;"
        // would read as such: then the title alone, as it is.
        if (!Qt::mightBeRichText(tip))
            return article.meta.title;
        return tip;
    }
    case NodeKindRole:
        return int(LibraryNodeKind::Article);
    case ArticleIdRole:
        return article.id;
    case StoryIdRole:
        return storyId;
    default:
        return {};
    }
}

QVariant LibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case OutletColumn:
        return tr("Outlet");
    case DateColumn:
        return tr("Published");
    case WordsColumn:
        return tr("Words");
    case LanguageColumn:
        return tr("Language");
    default:
        return {};
    }
}

} // namespace parallax
