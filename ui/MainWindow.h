#pragma once

#include "align/AlignTypes.h"
#include "align/ClaimDecisions.h"
#include "core/Article.h"
#include "palette/HighlightPalette.h"

#include <QElapsedTimer>
#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QTabWidget;

namespace parallax {

class AddNoteAction;
class AnnotationsPanel;
class ArticlePane;
class ComparisonJob;
class ComparisonView;
class CoverageView;
class ExportActions;
class ImportProgress;
class LibraryPanel;
class LibraryService;
class LibraryThread;
class LinkImport;
class ReaderView;
class StoryGroupingPanel;
struct LibrarySnapshot;

// The window a person lives in: the library dock, the reader and the
// side-by-side comparison. It never opens the database or aligns text
// itself: the library runs on its own thread and comparisons on the pool.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // An empty path opens the last library, or the default one.
    void openLibrary(const QString &path = {});
    // Imports files and folders; the articles they hold are then selected,
    // so that two or more are compared at once.
    void importPaths(const QStringList &paths);
    void pasteArticle();

    LibraryService *service() const;
    LibraryPanel *libraryPanel() const { return m_panel; }
    ReaderView *readerView() const { return m_reader; }
    ComparisonView *comparisonView() const { return m_comparison; }
    ImportProgress *importProgress() const { return m_import; }
    LinkImport *linkImport() const { return m_links; }
    QAction *action(const QString &name) const;
    AlignSettings alignSettings() const { return m_settings; }
    void setAlignSettings(const AlignSettings &settings);

Q_SIGNALS:
    // A comparison is on screen; elapsedMs runs from the selection that asked for it.
    void comparisonShown(qint64 elapsedMs);
    void articleShown(qint64 articleId);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void restoreSettings();
    void saveSettings() const;
    void addRecentFiles(const QStringList &paths);
    void fillRecentMenu();
    void fillStoryMenu();
    void updateActions();
    void updateTitle();

    void onSelectionChanged();
    void onSnapshot(const LibrarySnapshot &snapshot);
    void onArticleChanged(const Article &article);
    // comparison is the matcher's; the person's claim decisions are applied
    // to it here. A refresh (after a decision) keeps the tab on show.
    void showComparison(const QList<Article> &articles, const Comparison &comparison, bool refresh = false);
    void connectClaimDecisions();
    void createCoverageViews();
    void aimNoteAt(const ArticlePane *pane, int block);
    void requestComparison(const QList<qint64> &ids);

    void openFiles();
    void importFolder();
    void openLibraryFile();
    void newStory();
    void renameStory();
    void deleteStory();
    void removeFromStory();
    void deleteArticles();
    void editDetails();
    void showPreferences();

    LibraryThread *m_library = nullptr;
    ComparisonJob *m_job = nullptr;
    LibraryPanel *m_panel = nullptr;
    QDockWidget *m_dock = nullptr;
    QTabWidget *m_tabs = nullptr;
    ReaderView *m_reader = nullptr;
    ComparisonView *m_comparison = nullptr;
    ImportProgress *m_import = nullptr;
    LinkImport *m_links = nullptr;
    QLabel *m_status = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_addToStoryMenu = nullptr;
    ExportActions *m_export = nullptr;
    CoverageView *m_coverage = nullptr;
    AnnotationsPanel *m_notes = nullptr;
    QDockWidget *m_notesDock = nullptr;
    AddNoteAction *m_addNote = nullptr;
    StoryGroupingPanel *m_grouping = nullptr;
    QDockWidget *m_groupingDock = nullptr;
    bool m_blind = false; // outlets hidden everywhere, the export included

    AlignSettings m_settings;
    HighlightPalette::Scheme m_scheme = HighlightPalette::Scheme::OkabeIto;
    QString m_libraryPath;
    QStringList m_recentFiles;
    QList<qint64> m_comparedIds;
    // The comparison on show as the matcher made it, and the person's
    // decisions on its claims, so that a new decision is shown without
    // aligning or loading the articles again.
    Comparison m_matched;
    QList<ClaimDecision> m_decisions;
    quint64 m_decisionTicket = 0;
    QList<qint64> m_selectAfterImport;
    bool m_selectPending = false;
    // Answers from the library carry the ticket of their question; only the
    // latest question's answer is used.
    quint64 m_ticket = 0;
    quint64 m_searchTicket = 0;
    QString m_searchText;
    QElapsedTimer m_selectionClock;
};

} // namespace parallax
