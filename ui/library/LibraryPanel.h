#pragma once

#include "service/LibrarySnapshot.h"

#include <QWidget>

#include <optional>

class QLineEdit;
class QListView;
class QStackedWidget;
class QTimer;
class QTreeView;

namespace parallax {

class LibraryModel;
class SearchResultsModel;

// The library dock: a search box over the stories-and-articles tree, whose
// place a list of search hits takes while there is something to search for.
class LibraryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryPanel)
public:
    explicit LibraryPanel(QWidget *parent = nullptr);

    // Wide enough for a headline beside outlet, date and words: the dock
    // opens at this width when there is no saved layout.
    QSize sizeHint() const override;

    void setSnapshot(const LibrarySnapshot &snapshot);
    void setSearchHits(const QString &text, const QList<SearchHit> &hits);

    // The selected articles, or the articles of the selected story, in the
    // order the tree lists them.
    QList<qint64> selectedArticleIds() const;
    qint64 selectedStoryId() const; // the story of the selection, 0 for none
    void selectArticles(const QList<qint64> &ids);

    LibraryModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    QListView *results() const { return m_results; }
    QLineEdit *searchBox() const { return m_search; }

Q_SIGNALS:
    void selectionChanged();
    void searchRequested(const QString &text);
    void hitActivated(qint64 articleId, int block);

private:
    QString headerText(int column) const;
    int columnWidth(const QStringList &texts) const;
    void fitOutletColumn();
    void fitColumnsToWidth();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:

    QLineEdit *m_search = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTreeView *m_tree = nullptr;
    QListView *m_results = nullptr;
    LibraryModel *m_model = nullptr;
    SearchResultsModel *m_hits = nullptr;
    QTimer *m_searchDelay = nullptr;
    // Asked for several times for every change of selection (actions,
    // comparison, refresh), and costly when an import selected a thousand.
    mutable std::optional<QList<qint64>> m_selectedIds;
    int m_outletWidth = 0; // the width last given to the outlet column, 0 before
    // What the date and word columns take when shown (a hidden one has none).
    int m_dateWidth = 0;
    int m_wordsWidth = 0;
    int m_languageWidth = 0;
};

} // namespace parallax
