#pragma once

#include "service/LibrarySnapshot.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace parallax {

class LibraryService;
struct StorySuggestion;

// Filing articles into stories: suggestions for newly imported articles
// ("add this to story X?") and would-be stories made of loose articles,
// each named after its first article's title, which a person can rename,
// untick, then accept. Everything goes through the library service.
class StoryGroupingPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoryGroupingPanel)
public:
    explicit StoryGroupingPanel(LibraryService &service, QWidget *parent = nullptr);

    void setSnapshot(const LibrarySnapshot &snapshot) { m_snapshot = snapshot; }
    // Asks which stories these articles (say, just imported) belong to.
    void suggestFor(const QList<qint64> &articleIds);
    // Asks how the loose articles of the library group into stories.
    void findGroups();
    // Files what is ticked: suggested memberships and proposed stories.
    void applyChecked();

    QTreeWidget *tree() const { return m_tree; }

private:
    void showSuggestions(quint64 ticket, const QList<StorySuggestion> &suggestions);
    void showGroups(quint64 ticket, const QList<QList<qint64>> &groups);
    QString articleTitle(qint64 id) const;
    QString storyName(qint64 id) const;
    void updateState();

    LibraryService &m_service;
    LibrarySnapshot m_snapshot;
    quint64 m_ticket = 0;
    QLabel *m_status = nullptr;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_find = nullptr;
    QPushButton *m_apply = nullptr;
};

} // namespace parallax
