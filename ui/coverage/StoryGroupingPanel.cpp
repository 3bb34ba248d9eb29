#include "StoryGroupingPanel.h"

#include "ArticleTextDelegate.h"
#include "service/LibraryService.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>

namespace parallax {
namespace {

// What a top-level item proposes, and the ids it files.
enum ItemRole { KindRole = Qt::UserRole + 1, StoryRole, ArticlesRole };
enum Kind { Suggestion, Group };

} // namespace

StoryGroupingPanel::StoryGroupingPanel(LibraryService &service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
{
    m_status = new QLabel(tr("Find stories among the articles that are in none, or check where new articles belong."));
    m_status->setWordWrap(true);
    m_tree = new QTreeWidget;
    m_tree->setHeaderLabels({tr("Proposal")});
    m_tree->setItemDelegate(new ArticleTextDelegate(m_tree));
    m_tree->header()->setStretchLastSection(true);
    m_tree->setAccessibleName(tr("Story proposals"));
    m_find = new QPushButton(tr("&Find Stories"));
    m_apply = new QPushButton(tr("&File Ticked Articles"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_find);
    buttons->addStretch(1);
    buttons->addWidget(m_apply);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);

    connect(m_find, &QPushButton::clicked, this, &StoryGroupingPanel::findGroups);
    connect(m_apply, &QPushButton::clicked, this, &StoryGroupingPanel::applyChecked);
    connect(m_tree, &QTreeWidget::itemChanged, this, &StoryGroupingPanel::updateState);
    connect(&m_service, &LibraryService::libraryChanged, this, &StoryGroupingPanel::setSnapshot);
    connect(&m_service, &LibraryService::storiesSuggested, this, &StoryGroupingPanel::showSuggestions);
    connect(&m_service, &LibraryService::looseArticlesGrouped, this, &StoryGroupingPanel::showGroups);
    updateState();
}

QString StoryGroupingPanel::articleTitle(qint64 id) const
{
    for (const ArticleSummary &a : m_snapshot.articles) {
        if (a.id != id)
            continue;
        if (!a.meta.title.trimmed().isEmpty())
            return a.meta.title.trimmed();
        return QFileInfo(a.sourcePath).fileName();
    }
    return tr("Article %1").arg(id);
}

QString StoryGroupingPanel::storyName(qint64 id) const
{
    for (const Story &story : m_snapshot.stories) {
        if (story.id == id)
            return story.name;
    }
    return tr("Story %1").arg(id);
}

void StoryGroupingPanel::suggestFor(const QList<qint64> &articleIds)
{
    m_status->setText(tr("Looking for the stories these articles belong to…"));
    m_service.suggestStories(articleIds, ++m_ticket);
}

void StoryGroupingPanel::findGroups()
{
    m_status->setText(tr("Grouping the articles that are in no story…"));
    m_service.groupLooseArticles(++m_ticket);
}

void StoryGroupingPanel::showSuggestions(quint64 ticket, const QList<StorySuggestion> &suggestions)
{
    if (ticket != m_ticket)
        return;
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    for (const StorySuggestion &s : suggestions) {
        auto *item = new QTreeWidgetItem(
            m_tree, {tr("Add “%1” to the story “%2” (%L3% alike)")
                         .arg(articleTitle(s.articleId), storyName(s.storyId))
                         .arg(qRound(s.score * 100))});
        item->setData(0, KindRole, Suggestion);
        item->setData(0, StoryRole, s.storyId);
        item->setData(0, ArticlesRole, QVariant::fromValue(QList<qint64>{s.articleId}));
        item->setCheckState(0, Qt::Checked);
    }
    m_status->setText(suggestions.isEmpty() ? tr("No story in the library looks like these articles.")
                                            : tr("Untick what is wrong, then file the rest."));
    updateState();
}

void StoryGroupingPanel::showGroups(quint64 ticket, const QList<QList<qint64>> &groups)
{
    if (ticket != m_ticket)
        return;
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    for (const QList<qint64> &group : groups) {
        auto *item = new QTreeWidgetItem(m_tree, {articleTitle(group.first())});
        item->setToolTip(0, tr("The new story's name; double-click to change it."));
        item->setFlags(item->flags() | Qt::ItemIsEditable | Qt::ItemIsUserCheckable);
        item->setData(0, KindRole, Group);
        item->setData(0, ArticlesRole, QVariant::fromValue(group));
        item->setCheckState(0, Qt::Checked);
        for (const qint64 id : group)
            new QTreeWidgetItem(item, {articleTitle(id)});
        item->setExpanded(true);
    }
    m_status->setText(groups.isEmpty() ? tr("The loose articles do not group into stories.")
                                       : tr("Stories proposed: %Ln. Rename or untick them, then file the rest.",
                                            nullptr, int(groups.size())));
    updateState();
}

void StoryGroupingPanel::applyChecked()
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->checkState(0) != Qt::Checked)
            continue;
        const auto ids = item->data(0, ArticlesRole).value<QList<qint64>>();
        if (item->data(0, KindRole).toInt() == Suggestion)
            m_service.addToStory(item->data(0, StoryRole).toLongLong(), ids);
        else
            m_service.createStory(item->text(0).trimmed(), ids);
    }
    m_tree->clear();
    m_status->setText(tr("Filed."));
    updateState();
}

void StoryGroupingPanel::updateState()
{
    bool any = false;
    for (int i = 0; i < m_tree->topLevelItemCount() && !any; ++i)
        any = m_tree->topLevelItem(i)->checkState(0) == Qt::Checked;
    m_apply->setEnabled(any);
}

} // namespace parallax
