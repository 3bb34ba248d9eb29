// The window's menus, actions, dialogs and settings.

#include "MainWindow.h"

#include "compare/ComparisonView.h"
#include "coverage/StoryGroupingPanel.h"
#include "dialogs/MetadataDialog.h"
#include "dialogs/PreferencesDialog.h"
#include "export/ExportActions.h"
#include "library/LibraryModel.h"
#include "library/LibraryPanel.h"
#include "library/LinkImport.h"
#include "reader/ReaderView.h"
#include "service/LibraryService.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace parallax {
namespace {

constexpr int maxRecentFiles = 10;

QAction *makeAction(QObject *parent, const QString &name, const QString &text, const QList<QKeySequence> &keys = {})
{
    auto *action = new QAction(text, parent);
    action->setObjectName(name);
    action->setShortcuts(keys);
    return action;
}

} // namespace

QAction *MainWindow::action(const QString &name) const
{
    return findChild<QAction *>(name);
}

void MainWindow::createActions()
{
    auto add = [this](const QString &name, const QString &text, const QList<QKeySequence> &keys, auto slot) {
        QAction *created = makeAction(this, name, text, keys);
        connect(created, &QAction::triggered, this, slot);
        addAction(created); // shortcuts work whichever widget has focus
        return created;
    };
    add(u"open"_s, tr("&Open…"), QKeySequence::keyBindings(QKeySequence::Open), &MainWindow::openFiles);
    add(u"importFolder"_s, tr("Import &Folder…"), {}, &MainWindow::importFolder);
    add(u"paste"_s, tr("&Paste Article"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V)}, &MainWindow::pasteArticle);
    add(u"openUrl"_s, tr("Open &URL…"), {QKeySequence(Qt::CTRL | Qt::Key_L)}, [this] { m_links->openLinks(); });
    // In the reader's paragraph menu: it acts on the article shown there.
    m_reader->addBlockMenuAction(add(u"refreshFromUrl"_s, tr("&Refresh from URL"), {}, [this] {
        if (m_reader->hasArticle())
            m_links->refresh(m_reader->article());
    }));
    add(u"openLibrary"_s, tr("Open &Library…"), {}, &MainWindow::openLibraryFile);
    add(u"quit"_s, tr("&Quit"), QKeySequence::keyBindings(QKeySequence::Quit), &QWidget::close);
    add(u"suggestStories"_s, tr("Suggest S&tories for Loose Articles"), {}, [this] {
        m_groupingDock->show();
        m_groupingDock->raise();
        m_grouping->findGroups();
    });

    add(u"editDetails"_s, tr("Edit Article &Details…"), {QKeySequence(Qt::CTRL | Qt::Key_E)}, &MainWindow::editDetails);
    add(u"deleteArticle"_s, tr("&Delete Article…"), QKeySequence::keyBindings(QKeySequence::Delete),
        &MainWindow::deleteArticles);
    add(u"preferences"_s, tr("Pre&ferences…"), QKeySequence::keyBindings(QKeySequence::Preferences),
        &MainWindow::showPreferences);
    action(u"preferences"_s)->setMenuRole(QAction::PreferencesRole);

    add(u"newStory"_s, tr("&New Story from Selection…"), {QKeySequence(Qt::CTRL | Qt::Key_N)}, &MainWindow::newStory);
    add(u"renameStory"_s, tr("&Rename Story…"), {QKeySequence(Qt::Key_F2)}, &MainWindow::renameStory);
    add(u"deleteStory"_s, tr("De&lete Story…"), {}, &MainWindow::deleteStory);
    add(u"removeFromStory"_s, tr("Remove from &Story"), {}, &MainWindow::removeFromStory);

    // Meld's keys: F7 and Alt+Down for the next difference.
    add(u"nextDifference"_s, tr("&Next Difference"), {QKeySequence(Qt::Key_F7), QKeySequence(Qt::ALT | Qt::Key_Down)},
        [this] { m_comparison->nextDifference(); });
    add(u"previousDifference"_s, tr("&Previous Difference"),
        {QKeySequence(Qt::SHIFT | Qt::Key_F7), QKeySequence(Qt::ALT | Qt::Key_Up)},
        [this] { m_comparison->previousDifference(); });
    add(u"nextUnique"_s, tr("Next &Unique Claim"), {QKeySequence(Qt::Key_F8)}, [this] { m_comparison->nextUnique(); });
    add(u"previousUnique"_s, tr("Previous U&nique Claim"), {QKeySequence(Qt::SHIFT | Qt::Key_F8)},
        [this] { m_comparison->previousUnique(); });
    add(u"swapSides"_s, tr("&Swap Sides"), {QKeySequence(Qt::CTRL | Qt::Key_Backslash)},
        [this] { m_comparison->swapSides(); });

    QAction *furniture = add(u"showFurniture"_s, tr("Show &Furniture"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)},
                             [this](bool show) {
                                 m_reader->setShowFurniture(show);
                                 m_comparison->setShowFurniture(show);
                             });
    furniture->setCheckable(true);
    furniture->setStatusTip(tr("Show ads, navigation and captions, greyed"));
    QAction *sync = add(u"syncScrolling"_s, tr("S&ynchronised Scrolling"), {},
                        [this](bool on) { m_comparison->setSyncScrolling(on); });
    sync->setCheckable(true);
    sync->setChecked(true);

    QAction *about = add(u"about"_s, tr("&About Parallax"), {}, [this] {
        QMessageBox::about(this, tr("About Parallax"),
                           tr("Parallax %1\nCompare how news outlets cover the same story.")
                               .arg(QCoreApplication::applicationVersion()));
    });
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(u"open"_s));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addAction(action(u"importFolder"_s));
    file->addAction(action(u"openUrl"_s));
    file->addAction(action(u"paste"_s));
    file->addSeparator();
    file->addAction(m_export->exportAction());
    file->addAction(m_export->printPreviewAction());
    file->addAction(m_export->printAction());
    file->addSeparator();
    file->addAction(action(u"openLibrary"_s));
    file->addSeparator();
    file->addAction(action(u"quit"_s));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(action(u"editDetails"_s));
    edit->addAction(action(u"refreshFromUrl"_s));
    edit->addAction(action(u"deleteArticle"_s));
    edit->addSeparator();
    edit->addAction(action(u"preferences"_s));

    QMenu *story = menuBar()->addMenu(tr("&Story"));
    story->addAction(action(u"newStory"_s));
    m_addToStoryMenu = story->addMenu(tr("&Add to Story"));
    connect(m_addToStoryMenu, &QMenu::aboutToShow, this, &MainWindow::fillStoryMenu);
    story->addAction(action(u"removeFromStory"_s));
    story->addSeparator();
    story->addAction(action(u"suggestStories"_s));
    story->addSeparator();
    story->addAction(action(u"renameStory"_s));
    story->addAction(action(u"deleteStory"_s));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_dock->toggleViewAction());
    view->addAction(m_notesDock->toggleViewAction());
    view->addAction(m_groupingDock->toggleViewAction());
    view->addAction(action(u"showFurniture"_s));
    view->addAction(action(u"syncScrolling"_s));

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    for (const QString &name : {u"nextDifference"_s, u"previousDifference"_s, u"nextUnique"_s, u"previousUnique"_s})
        go->addAction(action(name));
    go->addSeparator();
    go->addAction(action(u"swapSides"_s));

    menuBar()->addMenu(tr("&Help"))->addAction(action(u"about"_s));

    QToolBar *tools = addToolBar(tr("Main"));
    tools->setObjectName(u"mainToolBar"_s);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->addAction(action(u"open"_s));
    tools->addAction(action(u"paste"_s));
    tools->addSeparator();
    tools->addAction(action(u"previousDifference"_s));
    tools->addAction(action(u"nextDifference"_s));
    tools->addAction(action(u"swapSides"_s));
    tools->addSeparator();
    tools->addAction(action(u"showFurniture"_s));

    QTreeView *tree = m_panel->tree();
    tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    tree->addAction(action(u"newStory"_s));
    tree->addAction(m_addToStoryMenu->menuAction());
    tree->addAction(action(u"removeFromStory"_s));
    tree->addAction(action(u"renameStory"_s));
    tree->addAction(action(u"deleteStory"_s));
    tree->addAction(action(u"editDetails"_s));
    tree->addAction(action(u"deleteArticle"_s));
}

void MainWindow::updateActions()
{
    const bool comparing = m_tabs->currentWidget() == m_comparison && m_comparison->hasComparison();
    m_export->setAvailable(m_comparison->hasComparison());
    for (const QString &name : {u"nextDifference"_s, u"previousDifference"_s, u"nextUnique"_s, u"previousUnique"_s,
                                u"swapSides"_s})
        action(name)->setEnabled(comparing);
    const bool articles = !m_panel->selectedArticleIds().isEmpty();
    const bool story = m_panel->selectedStoryId() > 0;
    action(u"newStory"_s)->setEnabled(articles);
    action(u"deleteArticle"_s)->setEnabled(articles);
    m_addToStoryMenu->setEnabled(articles);
    action(u"removeFromStory"_s)->setEnabled(articles && story);
    action(u"renameStory"_s)->setEnabled(story);
    action(u"deleteStory"_s)->setEnabled(story);
    action(u"editDetails"_s)->setEnabled(m_reader->hasArticle() || m_panel->selectedArticleIds().size() == 1);
    action(u"refreshFromUrl"_s)
        ->setEnabled(m_reader->hasArticle() && !m_reader->article().fetchedUrl.isEmpty() && !m_links->isRefreshing());
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
    m_tabs->setCurrentIndex(settings.value(u"window/tab"_s, 0).toInt());
    m_recentFiles = settings.value(u"recentFiles"_s).toStringList();
    const bool furniture = settings.value(u"view/showFurniture"_s, false).toBool();
    action(u"showFurniture"_s)->setChecked(furniture);
    m_reader->setShowFurniture(furniture);
    m_comparison->setShowFurniture(furniture);
    m_scheme = HighlightPalette::schemeFromName(settings.value(u"view/colours"_s).toString());
    m_comparison->setScheme(m_scheme);
    const AlignSettings defaults;
    m_settings.minRunWords = settings.value(u"align/minRunWords"_s, defaults.minRunWords).toInt();
    m_settings.linkThreshold = settings.value(u"align/linkThreshold"_s, defaults.linkThreshold).toDouble();
    m_settings.moveThreshold = settings.value(u"align/moveThreshold"_s, defaults.moveThreshold).toDouble();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/tab"_s, m_tabs->currentIndex());
    settings.setValue(u"recentFiles"_s, m_recentFiles);
    if (!m_libraryPath.isEmpty())
        settings.setValue(u"library/path"_s, m_libraryPath);
    settings.setValue(u"view/showFurniture"_s, action(u"showFurniture"_s)->isChecked());
    settings.setValue(u"view/colours"_s, HighlightPalette::schemeName(m_scheme));
    settings.setValue(u"align/minRunWords"_s, m_settings.minRunWords);
    settings.setValue(u"align/linkThreshold"_s, m_settings.linkThreshold);
    settings.setValue(u"align/moveThreshold"_s, m_settings.moveThreshold);
}

void MainWindow::addRecentFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        m_recentFiles.removeAll(absolute);
        m_recentFiles.prepend(absolute);
    }
    while (m_recentFiles.size() > maxRecentFiles)
        m_recentFiles.removeLast();
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    for (int i = 0; i < m_recentFiles.size(); ++i) {
        const QString path = m_recentFiles[i];
        // An & in a file name would otherwise become a mnemonic.
        QString label = QFileInfo(path).fileName();
        label.replace(u'&', u"&&"_s);
        QAction *entry = m_recentMenu->addAction(i < 9 ? u"&%1 %2"_s.arg(i + 1).arg(label) : label);
        entry->setToolTip(QDir::toNativeSeparators(path));
        connect(entry, &QAction::triggered, this, [this, path] { importPaths({path}); });
    }
    if (m_recentFiles.isEmpty())
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
}

void MainWindow::fillStoryMenu()
{
    m_addToStoryMenu->clear();
    const auto &stories = m_panel->model()->snapshot().stories;
    for (const Story &story : stories) {
        QString label = story.name;
        label.replace(u'&', u"&&"_s);
        const qint64 id = story.id;
        connect(m_addToStoryMenu->addAction(label), &QAction::triggered, this,
                [this, id] { service()->addToStory(id, m_panel->selectedArticleIds()); });
    }
    if (stories.isEmpty())
        m_addToStoryMenu->addAction(tr("No stories yet"))->setEnabled(false);
}

void MainWindow::openFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Open Articles"), {},
        tr("Articles (*.txt *.html *.htm *.xhtml *.md *.markdown);;All files (*)"));
    importPaths(paths);
}

void MainWindow::importFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import Folder"));
    if (!folder.isEmpty())
        importPaths({folder});
}

void MainWindow::openLibraryFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Open or Create Library"), m_libraryPath,
                                                      tr("Parallax libraries (*.sqlite *.db);;All files (*)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        openLibrary(path);
}

void MainWindow::newStory()
{
    const QList<qint64> ids = m_panel->selectedArticleIds();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New Story"), tr("Name of the story:"), QLineEdit::Normal, {}, &ok);
    if (ok && !name.trimmed().isEmpty())
        service()->createStory(name.trimmed(), ids);
}

void MainWindow::renameStory()
{
    const qint64 id = m_panel->selectedStoryId();
    const QModelIndex index = m_panel->model()->indexOfStory(id);
    if (!index.isValid())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Story"), tr("New name:"), QLineEdit::Normal,
                                               index.data(Qt::EditRole).toString(), &ok);
    if (ok && !name.trimmed().isEmpty())
        service()->renameStory(id, name.trimmed());
}

void MainWindow::deleteStory()
{
    const qint64 id = m_panel->selectedStoryId();
    if (id <= 0)
        return;
    const auto answer = QMessageBox::question(this, tr("Delete Story"),
                                              tr("Delete this story? Its articles stay in the library."));
    if (answer == QMessageBox::Yes)
        service()->removeStory(id);
}

void MainWindow::removeFromStory()
{
    const qint64 id = m_panel->selectedStoryId();
    if (id > 0)
        service()->removeFromStory(id, m_panel->selectedArticleIds());
}

void MainWindow::deleteArticles()
{
    const QList<qint64> ids = m_panel->selectedArticleIds();
    if (ids.isEmpty())
        return;
    // English plurals without an English translation: each form is its own numerus string.
    const int count = int(ids.size());
    const auto answer = QMessageBox::question(
        this, tr("Delete Articles"),
        count == 1 ? tr("Delete %Ln article from the library? This cannot be undone.", nullptr, count)
                   : tr("Delete %Ln articles from the library? This cannot be undone.", nullptr, count));
    if (answer != QMessageBox::Yes)
        return;
    m_reader->clear();
    m_comparison->clear();
    service()->removeArticles(ids);
}

void MainWindow::editDetails()
{
    if (!m_reader->hasArticle())
        return;
    const Article article = m_reader->article();
    auto *dialog = new MetadataDialog(article.meta, article.language, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, article] {
        if (dialog->metadata() != article.meta)
            service()->setMetadata(article.id, dialog->metadata());
        // A new language drops the article's cached comparisons: only then.
        if (dialog->language() != article.language)
            service()->setLanguage(article.id, dialog->language());
    });
    dialog->open();
}

void MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(m_settings, m_scheme, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_scheme = dialog->scheme();
        m_comparison->setScheme(m_scheme);
        setAlignSettings(dialog->settings());
        saveSettings();
    });
    dialog->open();
}

} // namespace parallax
