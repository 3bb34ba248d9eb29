#include "StoryGroupingPanel.h"
#include "service/LibraryService.h"

#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace parallax;
using namespace Qt::StringLiterals;

namespace {

QString sample(const QString &name)
{
    return QStringLiteral(PARALLAX_SOURCE_DIR "/resources/sample/") + name;
}

} // namespace

class TestStoryGrouping final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void groupsLooseArticlesIntoANamedStory()
    {
        QTemporaryDir dir;
        LibraryService service;
        StoryGroupingPanel panel(service);
        service.open(dir.filePath(u"library.sqlite"_s));
        service.importPaths({sample(u"valley-post.txt"_s), sample(u"ellery-courier.txt"_s),
                             sample(u"meridian-radio.md"_s)});
        panel.findGroups();
        QCOMPARE(panel.tree()->topLevelItemCount(), 1);
        QTreeWidgetItem *group = panel.tree()->topLevelItem(0);
        QCOMPARE(group->childCount(), 3);
        group->setText(0, u"Harrow Bridge"_s);
        // PARALLAX_SCREENSHOT_DIR=packaging/screenshots writes the panel.
        const QString shots = qEnvironmentVariable("PARALLAX_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            panel.resize(640, 260);
            panel.show();
            QVERIFY(panel.grab().save(QDir(shots).filePath(u"coverage-stories.png"_s)));
        }

        QSignalSpy changed(&service, &LibraryService::libraryChanged);
        panel.applyChecked();
        const auto snapshot = changed.last().first().value<LibrarySnapshot>();
        QCOMPARE(snapshot.stories.size(), 1);
        QCOMPARE(snapshot.stories.first().name, u"Harrow Bridge"_s);
        QCOMPARE(snapshot.stories.first().articleIds.size(), 3);
        QCOMPARE(panel.tree()->topLevelItemCount(), 0);
    }

    void suggestsAStoryForANewArticle()
    {
        QTemporaryDir dir;
        LibraryService service;
        StoryGroupingPanel panel(service);
        service.open(dir.filePath(u"library.sqlite"_s));
        service.importPaths({sample(u"valley-post.txt"_s), sample(u"ellery-courier.txt"_s)}, u"Harrow Bridge"_s);
        QSignalSpy imported(&service, &LibraryService::importFinished);
        service.importPaths({sample(u"northshore-daily.html"_s)});
        const qint64 newId = imported.last().first().value<QList<ImportOutcome>>().first().articleId;

        panel.suggestFor({newId});
        QCOMPARE(panel.tree()->topLevelItemCount(), 1);
        QVERIFY(panel.tree()->topLevelItem(0)->text(0).contains(u"Harrow Bridge"_s));
        QSignalSpy changed(&service, &LibraryService::libraryChanged);
        panel.applyChecked();
        const auto snapshot = changed.last().first().value<LibrarySnapshot>();
        QVERIFY(snapshot.stories.first().articleIds.contains(newId));
    }

    void untickedProposalsAreNotFiled()
    {
        QTemporaryDir dir;
        LibraryService service;
        StoryGroupingPanel panel(service);
        service.open(dir.filePath(u"library.sqlite"_s));
        service.importPaths({sample(u"valley-post.txt"_s), sample(u"ellery-courier.txt"_s)});
        panel.findGroups();
        QCOMPARE(panel.tree()->topLevelItemCount(), 1);
        panel.tree()->topLevelItem(0)->setCheckState(0, Qt::Unchecked);
        QSignalSpy changed(&service, &LibraryService::libraryChanged);
        panel.applyChecked();
        QCOMPARE(changed.size(), 0);
    }
};

QTEST_MAIN(TestStoryGrouping)
#include "tst_storygrouping.moc"
