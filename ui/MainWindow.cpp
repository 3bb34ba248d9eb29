#include "MainWindow.h"

#include "compare/ComparisonView.h"
#include "compare/ArticlePane.h"
#include "compare/SideHeader.h"
#include "coverage/AddNoteAction.h"
#include "coverage/AnnotationsPanel.h"
#include "coverage/AnnotationsModel.h"
#include "coverage/CoverageView.h"
#include "coverage/StoryGroupingPanel.h"
#include "export/ExportActions.h"
#include "library/DamagedLibraryPrompt.h"
#include "library/ImportProgress.h"
#include "library/LinkImport.h"
#include "library/LibraryModel.h"
#include "library/LibraryPanel.h"
#include "reader/ReaderView.h"
#include "service/ComparisonJob.h"
#include "service/LibraryService.h"
#include "service/LibraryThread.h"
#include "ingest/fetch/WebLink.h"
#include "store/Database.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

// More than this many articles at once is a story to browse, not a page to read.
constexpr int maxCompared = 16;

QStringList localPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_library(new LibraryThread(this))
    , m_job(new ComparisonJob(ComparisonJob::engineComparer(), this))
    , m_panel(new LibraryPanel(this))
    , m_dock(new QDockWidget(tr("Library"), this))
    , m_tabs(new QTabWidget(this))
    , m_reader(new ReaderView(this))
    , m_comparison(new ComparisonView(this))
    , m_import(new ImportProgress(m_library->service(), this))
    , m_links(new LinkImport(m_library->service(), this))
    , m_status(new QLabel(this))
    , m_export(new ExportActions(this, [this]() -> std::optional<ExportSubject> {
        if (!m_comparison->hasComparison())
            return std::nullopt;
        return ExportSubject{m_comparison->articles(), m_comparison->comparison(),
                             HtmlExportOptions{m_blind, m_notes->model()->annotations()}};
    }))
{
    setObjectName(u"MainWindow"_s);
    setAcceptDrops(true);
    m_dock->setObjectName(u"libraryDock"_s);
    m_dock->setWidget(m_panel);
    m_dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    // A first start has no saved layout: the dock takes the panel's size
    // hint, which leaves room for titles.
    addDockWidget(Qt::LeftDockWidgetArea, m_dock);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_comparison, tr("&Comparison"));
    m_tabs->addTab(m_reader, tr("&Reader"));
    setCentralWidget(m_tabs);
    m_status->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_status, 1);

    LibraryService *library = service();
    new DamagedLibraryPrompt(*library, this);
    connect(library, &LibraryService::opened, this, [this](const QString &path, const QString &error) {
        if (error.isEmpty()) {
            m_libraryPath = path;
            m_status->setText(tr("Library: %1").arg(QDir::toNativeSeparators(path)));
        } else {
            m_status->setText(tr("Cannot open the library %1: %2").arg(QDir::toNativeSeparators(path), error));
        }
        updateTitle();
    });
    connect(library, &LibraryService::libraryChanged, this, &MainWindow::onSnapshot);
    connect(library, &LibraryService::articlesLoaded, this, [this](quint64 ticket, const QList<Article> &articles) {
        if (ticket != m_ticket || articles.isEmpty())
            return;
        m_reader->setArticle(articles.first());
        m_notes->setArticles({articles.first()});
        m_tabs->setCurrentWidget(m_reader);
        updateTitle();
        updateActions();
        Q_EMIT articleShown(articles.first().id);
    });
    connect(library, &LibraryService::comparisonLoaded, this,
            [this](quint64 ticket, const QList<Article> &articles, const Comparison &comparison, bool cached,
                   const QList<ClaimDecision> &decisions) {
                if (ticket != m_ticket)
                    return;
                m_decisions = decisions;
                if (cached) {
                    showComparison(articles, comparison);
                } else {
                    m_status->setText(tr("Comparing %Ln articles…", nullptr, int(articles.size())));
                    m_job->start(articles, m_settings);
                }
            });
    connect(library, &LibraryService::searchFinished, this, [this](quint64 ticket, const QList<SearchHit> &hits) {
        if (ticket == m_searchTicket)
            m_panel->setSearchHits(m_searchText, hits);
    });
    connect(library, &LibraryService::articleChanged, this, &MainWindow::onArticleChanged);
    connect(library, &LibraryService::failed, this, [this](const QString &message) { m_status->setText(message); });

    connect(m_job, &ComparisonJob::finished, this,
            [this](const QList<Article> &articles, const Comparison &comparison, qint64 elapsedMs) {
                service()->cacheComparison(articles, m_settings, comparison);
                showComparison(articles, comparison);
                m_status->setText(tr("Aligned in %L1 ms").arg(elapsedMs));
            });
    connect(m_job, &ComparisonJob::progress, this, [this](int done, int total) {
        m_status->setText(tr("Comparing: %L1 of %L2 pairs").arg(done).arg(total));
    });

    connect(m_panel, &LibraryPanel::selectionChanged, this, &MainWindow::onSelectionChanged);
    connect(m_panel, &LibraryPanel::searchRequested, this, [this](const QString &text) {
        m_searchText = text;
        service()->search(text, ++m_searchTicket);
    });
    connect(m_panel, &LibraryPanel::hitActivated, this, [this](qint64 articleId, int block) {
        const quint64 ticket = ++m_ticket;
        service()->loadArticles({articleId}, ticket);
        // Once shown, the matching paragraph is brought into view.
        auto *once = new QObject(this);
        connect(this, &MainWindow::articleShown, once, [this, once, articleId, block](qint64 shown) {
            if (shown == articleId)
                m_reader->revealBlock(block);
            once->deleteLater();
        });
    });
    connect(m_links, &LinkImport::statusMessage, this, [this](const QString &text) {
        m_status->setText(text);
        updateActions(); // a refresh started or ended
    });
    connect(m_links, &LinkImport::compareRequested, m_panel, &LibraryPanel::selectArticles);
    connect(m_import, &ImportProgress::imported, this, [this](const QList<qint64> &ids) {
        // The library's new snapshot follows the import's result; select then.
        m_selectAfterImport = ids;
        m_selectPending = !ids.isEmpty();
        m_grouping->suggestFor(ids);
    });
    connect(m_reader, &ReaderView::blockRoleChangeRequested, this,
            [this](qint64 articleId, int block, BlockRole role) { service()->setBlockRole(articleId, block, role); });
    connect(m_reader, &ReaderView::editDetailsRequested, this, &MainWindow::editDetails);
    connect(m_comparison, &ComparisonView::pairChanged, this, &MainWindow::updateTitle);
    connect(m_comparison, &ComparisonView::stopChanged, this, [this](int stop, int count) {
        if (stop >= 0)
            m_status->setText(tr("Difference %L1 of %L2").arg(stop + 1).arg(count));
        updateActions();
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        updateTitle();
        updateActions();
    });

    createCoverageViews();
    createActions();
    createMenus();
    restoreSettings();
    updateActions();
    updateTitle();
}

// The library thread is stopped by its owner, a child of this window.
MainWindow::~MainWindow() = default;

LibraryService *MainWindow::service() const
{
    return m_library->service();
}

void MainWindow::openLibrary(const QString &path)
{
    QString target = path;
    if (target.isEmpty())
        target = QSettings().value(u"library/path"_s).toString();
    if (target.isEmpty())
        target = Database::defaultPath();
    m_comparison->clear();
    m_reader->clear();
    service()->open(target);
}

void MainWindow::importPaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    m_import->begin(paths);
    addRecentFiles(paths);
    service()->importPaths(paths);
}

void MainWindow::pasteArticle()
{
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    // A copied link means its page, not the address as an article.
    if (mime && mime->hasText() && webLinkFromText(mime->text()))
        m_links->openLinks({mime->text().trimmed()});
    else if (mime && mime->hasHtml())
        service()->importText(mime->html(), true);
    else if (mime && mime->hasText() && !mime->text().trimmed().isEmpty())
        service()->importText(mime->text(), false);
    else
        m_status->setText(tr("The clipboard holds no text to import."));
}

void MainWindow::onSnapshot(const LibrarySnapshot &snapshot)
{
    m_panel->setSnapshot(snapshot);
    m_grouping->setSnapshot(snapshot);
    if (m_selectPending) {
        m_selectPending = false;
        m_panel->selectArticles(m_selectAfterImport);
    }
    updateActions();
}

void MainWindow::onSelectionChanged()
{
    updateActions();
    QList<qint64> ids = m_panel->selectedArticleIds();
    if (ids.isEmpty())
        return;
    m_selectionClock.start();
    if (ids.size() == 1) {
        service()->loadArticles(ids, ++m_ticket);
        return;
    }
    if (ids.size() > maxCompared)
        ids.resize(maxCompared);
    requestComparison(ids);
}

void MainWindow::requestComparison(const QList<qint64> &ids)
{
    m_job->cancel();
    ++m_decisionTicket; // decisions asked for before are for what was shown then
    m_comparedIds = ids;
    service()->loadComparison(ids, m_settings, ++m_ticket);
}

// Coverage of every compared article, a person's notes on them, and story
// suggestions for what was just imported.
void MainWindow::createCoverageViews()
{
    m_coverage = new CoverageView(this);
    m_tabs->addTab(m_coverage, tr("Co&verage"));
    connect(m_coverage, &CoverageView::comparePairRequested, this, [this](qint64 a, qint64 b) {
        m_tabs->setCurrentWidget(m_comparison);
        requestComparison({a, b});
    });

    m_notes = new AnnotationsPanel(*service(), this);
    m_notesDock = new QDockWidget(tr("Notes"), this);
    m_notesDock->setObjectName(u"notesDock"_s);
    m_notesDock->setWidget(m_notes);
    addDockWidget(Qt::RightDockWidgetArea, m_notesDock);
    m_notesDock->hide();
    // The panes mark the notes the panel lists, refreshed with it after
    // every change the library reports.
    connect(m_notes->model(), &QAbstractItemModel::modelReset, this, [this] {
        m_reader->setNotes(m_notes->model()->annotations());
        m_comparison->setNotes(m_notes->model()->annotations());
    });
    connect(m_notes, &AnnotationsPanel::noteActivated, this, [this](qint64 articleId, int block) {
        if (m_reader->hasArticle() && m_reader->article().id == articleId)
            m_reader->revealBlock(block);
    });
    connect(m_coverage, &CoverageView::blindChanged, this, [this](bool blind) {
        m_blind = blind;
        m_notes->setBlind(blind);
    });

    m_addNote = new AddNoteAction(*service(), this);
    m_reader->addBlockMenuAction(m_addNote);
    m_comparison->addBlockMenuAction(m_addNote);
    connect(m_reader, &ReaderView::blockMenuAboutToShow, this, &MainWindow::aimNoteAt);
    connect(m_comparison, &ComparisonView::blockMenuAboutToShow, this, &MainWindow::aimNoteAt);

    connectClaimDecisions();

    m_grouping = new StoryGroupingPanel(*service(), this);
    m_groupingDock = new QDockWidget(tr("Story Suggestions"), this);
    m_groupingDock->setObjectName(u"storySuggestionsDock"_s);
    m_groupingDock->setWidget(m_grouping);
    addDockWidget(Qt::RightDockWidgetArea, m_groupingDock);
    tabifyDockWidget(m_notesDock, m_groupingDock);
    m_groupingDock->hide();
}

// A person's word on claims goes to the library; once it is there, the
// comparison on show is shown again with it, on the tab the person is on.
void MainWindow::connectClaimDecisions()
{
    LibraryService *library = service();
    connect(m_coverage, &CoverageView::claimDecisionsRequested, library, &LibraryService::addClaimDecisions);
    connect(m_coverage, &CoverageView::claimDecisionsForgotten, library, &LibraryService::forgetClaimDecisions);
    connect(library, &LibraryService::claimDecisionsChanged, this, [this](const QList<qint64> &articleIds) {
        const bool shown = std::any_of(articleIds.cbegin(), articleIds.cend(),
                                       [this](qint64 id) { return m_comparedIds.contains(id); });
        if (shown && m_comparison->hasComparison())
            service()->loadClaimDecisions(m_comparedIds, ++m_decisionTicket);
    });
    connect(library, &LibraryService::claimDecisionsLoaded, this,
            [this](quint64 ticket, const QList<ClaimDecision> &decisions) {
                if (ticket != m_decisionTicket || !m_comparison->hasComparison())
                    return;
                m_decisions = decisions;
                showComparison(m_comparison->articles(), m_matched, true);
            });
}

// The note covers the selected words when they lie in the paragraph the
// menu was opened on, otherwise the whole paragraph.
void MainWindow::aimNoteAt(const ArticlePane *pane, int block)
{
    const Article &article = pane->article();
    const QString text = article.blocks.value(block).text;
    int selectedBlock = -1;
    int start = 0;
    int end = int(text.size());
    if (!pane->selectedRange(&selectedBlock, &start, &end) || selectedBlock != block) {
        start = 0;
        end = int(text.size());
    }
    m_addNote->setSelection(article.id, block, start, end, text.mid(start, end - start));
}

void MainWindow::showComparison(const QList<Article> &articles, const Comparison &comparison, bool refresh)
{
    m_matched = comparison;
    // The cache and the job give the matcher's claims; the person's word
    // goes over them here, a pass over the claims, with nothing to wait for.
    Comparison decided = comparison;
    const qsizetype refused = applyClaimDecisions(decided, articles, m_decisions).size();
    m_comparison->setComparison(articles, decided);
    m_coverage->setStory(articles, decided);
    if (refused > 0) {
        m_status->setText(tr("Left out %n of your decisions on claims: they would put two sentences of one "
                             "outlet in one claim.", nullptr, int(refused)));
    }
    if (refresh)
        return;
    m_notes->setArticles(articles);
    m_tabs->setCurrentWidget(m_comparison);
    updateTitle();
    updateActions();
    Q_EMIT comparisonShown(m_selectionClock.isValid() ? m_selectionClock.elapsed() : 0);
}

void MainWindow::onArticleChanged(const Article &article)
{
    if (m_reader->hasArticle() && m_reader->article().id == article.id)
        m_reader->setArticle(article);
    if (m_comparedIds.contains(article.id))
        requestComparison(m_comparedIds);
}

void MainWindow::setAlignSettings(const AlignSettings &settings)
{
    if (settings == m_settings)
        return;
    m_settings = settings;
    // The comparison on screen is aligned again in the background.
    if (m_comparison->hasComparison())
        requestComparison(m_comparedIds);
}

void MainWindow::updateTitle()
{
    QString subject;
    if (m_tabs->currentWidget() == m_comparison && m_comparison->hasComparison()) {
        const auto &articles = m_comparison->articles();
        subject = tr("%1 vs %2").arg(SideHeader::outletOrFile(articles[m_comparison->side(ComparisonView::Side::Left)]),
                                     SideHeader::outletOrFile(articles[m_comparison->side(ComparisonView::Side::Right)]));
    } else if (m_tabs->currentWidget() == m_reader && m_reader->hasArticle()) {
        subject = m_reader->titleText();
    }
    // "[*]" in a title is Qt's modified-marker placeholder; article text
    // must not be able to trigger it.
    subject.replace(u"[*]"_s, u"[*][*]"_s);
    setWindowTitle(subject.isEmpty() ? tr("Parallax") : tr("%1 — Parallax").arg(subject));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    m_job->cancel();
    service()->cancelImport();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importPaths(paths);
}

} // namespace parallax
