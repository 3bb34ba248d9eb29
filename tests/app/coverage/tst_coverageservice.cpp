#include "service/LibraryService.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

QString sample(const QString &name)
{
    return QStringLiteral(PARALLAX_SOURCE_DIR "/resources/sample/") + name;
}

} // namespace

// The LibraryService methods the coverage view uses: notes, story suggestions.
class TestCoverageService final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString libraryPath() const { return m_dir.filePath(u"library.sqlite"_s); }

    static LibrarySnapshot openAndImport(LibraryService &service, const QString &path)
    {
        QSignalSpy changed(&service, &LibraryService::libraryChanged);
        service.open(path);
        service.importPaths({sample(u"valley-post.txt"_s), sample(u"ellery-courier.txt"_s)}, u"Harrow Bridge"_s);
        service.importPaths({sample(u"meridian-radio.md"_s), sample(u"northshore-daily.html"_s)});
        return changed.last().first().value<LibrarySnapshot>();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void notesAreKeptAcrossRestarts()
    {
        qint64 articleId = 0;
        {
            LibraryService service;
            const LibrarySnapshot snapshot = openAndImport(service, libraryPath());
            articleId = snapshot.articles.first().id;
            QSignalSpy changed(&service, &LibraryService::annotationsChanged);
            QSignalSpy failed(&service, &LibraryService::failed);
            Annotation note;
            note.articleId = articleId;
            note.block = 0;
            note.start = 0;
            note.end = 4;
            note.note = u"Check the headline"_s;
            service.addAnnotation(note);
            QCOMPARE(failed.size(), 0);
            QCOMPARE(changed.size(), 1);
            QCOMPARE(changed.first().first().toLongLong(), articleId);
            note.end = 100000;
            service.addAnnotation(note);
            QCOMPARE(failed.size(), 1);
        }
        LibraryService service;
        service.open(libraryPath());
        QSignalSpy loaded(&service, &LibraryService::annotationsLoaded);
        service.loadAnnotations({articleId}, 7);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().first().toULongLong(), 7u);
        auto notes = loaded.first().at(1).value<QList<Annotation>>();
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.first().note, u"Check the headline"_s);

        QSignalSpy changed(&service, &LibraryService::annotationsChanged);
        notes.first().label = AnnotationLabel::Confirmed;
        service.updateAnnotation(notes.first());
        service.removeAnnotation(notes.first().id, articleId);
        QCOMPARE(changed.size(), 2);
        service.loadAnnotations({articleId}, 8);
        QVERIFY(loaded.last().at(1).value<QList<Annotation>>().isEmpty());
    }

    void suggestsStoriesAndGroupsLooseArticles()
    {
        QTemporaryDir dir;
        LibraryService service;
        const LibrarySnapshot snapshot = openAndImport(service, dir.filePath(u"suggest.sqlite"_s));
        QCOMPARE(snapshot.stories.size(), 1);
        const Story story = snapshot.stories.first();
        QList<qint64> loose;
        for (const ArticleSummary &a : snapshot.articles) {
            if (!story.articleIds.contains(a.id))
                loose.append(a.id);
        }
        QCOMPARE(loose.size(), 2);

        // The four samples are one story: the two loose ones belong to it.
        QSignalSpy suggested(&service, &LibraryService::storiesSuggested);
        service.suggestStories(loose, 3);
        QCOMPARE(suggested.size(), 1);
        const auto suggestions = suggested.first().at(1).value<QList<StorySuggestion>>();
        QCOMPARE(suggestions.size(), 2);
        for (const StorySuggestion &s : suggestions)
            QCOMPARE(s.storyId, story.id);

        QSignalSpy grouped(&service, &LibraryService::looseArticlesGrouped);
        service.groupLooseArticles(4);
        QCOMPARE(grouped.size(), 1);
        const auto groups = grouped.first().at(1).value<QList<QList<qint64>>>();
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups.first().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCoverageService)
#include "tst_coverageservice.moc"
