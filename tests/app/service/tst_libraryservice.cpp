#include "LibraryBackends.h"

#include "service/LibraryService.h"
#include "service/LibraryThread.h"

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

class TestLibraryService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { testing::addLibraryBackends(); }
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QVERIFY(m_dir.isValid());
        if (testing::onPostgres())
            PARALLAX_REQUIRE_POSTGRES();
        m_service = std::make_unique<LibraryService>();
        QSignalSpy opened(m_service.get(), &LibraryService::opened);
        m_service->open(testing::onPostgres() ? testing::newLibraryLocation(nullptr)
                                              : m_dir.filePath(u"library-%1.sqlite"_s.arg(++m_count)));
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().at(1).toString(), QString());
    }

    void cleanup() { m_service.reset(); }

    void importsFilesAndReportsFailuresTogether()
    {
        QSignalSpy finished(m_service.get(), &LibraryService::importFinished);
        QSignalSpy progress(m_service.get(), &LibraryService::importProgress);
        QSignalSpy changed(m_service.get(), &LibraryService::libraryChanged);
        m_service->importPaths({sample(u"valley-post.txt"_s), sample(u"ellery-courier.txt"_s),
                                m_dir.filePath(u"missing.txt"_s)},
                               u"Harrow Bridge"_s);
        QCOMPARE(finished.size(), 1);
        const auto outcomes = finished.first().first().value<QList<ImportOutcome>>();
        QCOMPARE(outcomes.size(), 3);
        QCOMPARE(std::count_if(outcomes.begin(), outcomes.end(),
                               [](const auto &o) { return o.status == ImportOutcome::Status::Failed; }),
                 1);
        QVERIFY(progress.size() >= 2);
        const auto snapshot = changed.last().first().value<LibrarySnapshot>();
        QCOMPARE(snapshot.articles.size(), 2);
        QCOMPARE(snapshot.stories.size(), 1);
        QCOMPARE(snapshot.stories.first().name, u"Harrow Bridge"_s);
    }

    void pastedTextBecomesAnArticle()
    {
        QSignalSpy finished(m_service.get(), &LibraryService::importFinished);
        m_service->importText(u"<html><head><title>Ferry starts</title></head><body><p>A passenger ferry "
                              "across the Tamsin estuary starts on Monday, the city said.</p></body></html>"_s,
                              true);
        const auto outcomes = finished.first().first().value<QList<ImportOutcome>>();
        QCOMPARE(outcomes.first().status, ImportOutcome::Status::Imported);
        QSignalSpy loaded(m_service.get(), &LibraryService::articlesLoaded);
        m_service->loadArticles({outcomes.first().articleId}, 42);
        QCOMPARE(loaded.first().at(0).toULongLong(), 42u);
        const auto articles = loaded.first().at(1).value<QList<Article>>();
        QVERIFY(articles.first().blocks.size() >= 1);
    }

    void editsArePersistedAndReported()
    {
        QSignalSpy finished(m_service.get(), &LibraryService::importFinished);
        m_service->importPaths({sample(u"valley-post.txt"_s)});
        const qint64 id = finished.first().first().value<QList<ImportOutcome>>().first().articleId;

        QSignalSpy changed(m_service.get(), &LibraryService::articleChanged);
        m_service->setBlockRole(id, 0, BlockRole::Furniture);
        QCOMPARE(changed.last().first().value<Article>().blocks.first().role, BlockRole::Furniture);
        QVERIFY(changed.last().first().value<Article>().blocks.first().roleOverridden);

        ArticleMetadata meta;
        meta.outlet = u"The Valley Post"_s;
        meta.title = u"Bridge closure"_s;
        m_service->setMetadata(id, meta);
        QCOMPARE(changed.last().first().value<Article>().meta.outlet, u"The Valley Post"_s);

        QCOMPARE(changed.last().first().value<Article>().language, u"en"_s);
        QSignalSpy listed(m_service.get(), &LibraryService::libraryChanged);
        m_service->setLanguage(id, u"de"_s);
        QCOMPARE(changed.last().first().value<Article>().language, u"de"_s);
        QCOMPARE(listed.size(), 1); // the library list shows languages too
    }

    void storiesAreManaged()
    {
        QSignalSpy finished(m_service.get(), &LibraryService::importFinished);
        m_service->importPaths({sample(u"valley-post.txt"_s)});
        const qint64 id = finished.first().first().value<QList<ImportOutcome>>().first().articleId;
        QSignalSpy changed(m_service.get(), &LibraryService::libraryChanged);
        m_service->createStory(u"Bridge"_s, {id});
        auto stories = changed.last().first().value<LibrarySnapshot>().stories;
        QCOMPARE(stories.size(), 1);
        QCOMPARE(stories.first().articleIds, QList<qint64>{id});
        m_service->renameStory(stories.first().id, u"Harrow Bridge"_s);
        QCOMPARE(changed.last().first().value<LibrarySnapshot>().stories.first().name, u"Harrow Bridge"_s);
        m_service->removeFromStory(stories.first().id, {id});
        QVERIFY(changed.last().first().value<LibrarySnapshot>().stories.first().articleIds.isEmpty());
        m_service->removeStory(stories.first().id);
        QVERIFY(changed.last().first().value<LibrarySnapshot>().stories.isEmpty());
        m_service->removeArticles({id});
        QVERIFY(changed.last().first().value<LibrarySnapshot>().articles.isEmpty());
    }

    void searchFindsWords()
    {
        m_service->importPaths({sample(u"valley-post.txt"_s)});
        QSignalSpy found(m_service.get(), &LibraryService::searchFinished);
        m_service->search(u"bakery"_s, 7);
        QCOMPARE(found.first().at(0).toULongLong(), 7u);
        QVERIFY(!found.first().at(1).value<QList<SearchHit>>().isEmpty());
    }

    void comparisonsAreCached()
    {
        QSignalSpy finished(m_service.get(), &LibraryService::importFinished);
        m_service->importPaths({sample(u"valley-post.txt"_s), sample(u"ellery-courier.txt"_s)});
        QList<qint64> ids;
        for (const auto &outcome : finished.first().first().value<QList<ImportOutcome>>())
            ids.append(outcome.articleId);
        QSignalSpy loaded(m_service.get(), &LibraryService::comparisonLoaded);
        m_service->loadComparison(ids, {}, 1);
        QCOMPARE(loaded.last().at(3).toBool(), false);
        const auto articles = loaded.last().at(1).value<QList<Article>>();
        QCOMPARE(articles.size(), 2);

        Comparison comparison;
        comparison.pairs = {{0, 1, 0.5, 0.4, {{0, 0, LinkKind::Near, false, 0.8, {{0, 4, 0, 4}}}}}};
        m_service->cacheComparison(articles, {}, comparison);
        m_service->loadComparison(ids, {}, 2);
        QCOMPARE(loaded.last().at(3).toBool(), true);
        QCOMPARE(loaded.last().at(2).value<Comparison>(), comparison);
        // Other settings, another result.
        AlignSettings other;
        other.minRunWords = 7;
        m_service->loadComparison(ids, other, 3);
        QCOMPARE(loaded.last().at(3).toBool(), false);
    }

    // Decisions come with the comparison, uncached or cached, and each
    // change names the articles it touched.
    void claimDecisionsComeWithTheComparison()
    {
        QSignalSpy finished(m_service.get(), &LibraryService::importFinished);
        m_service->importPaths({sample(u"valley-post.txt"_s), sample(u"ellery-courier.txt"_s)});
        QList<qint64> ids;
        for (const auto &outcome : finished.first().first().value<QList<ImportOutcome>>())
            ids.append(outcome.articleId);
        QSignalSpy changed(m_service.get(), &LibraryService::claimDecisionsChanged);
        const ClaimDecision decision{{ids[0], 1, 0}, {ids[1], 1, 0}, true};
        m_service->addClaimDecisions({decision});
        QCOMPARE(changed.size(), 1);
        auto touched = changed.last().first().value<QList<qint64>>();
        std::sort(touched.begin(), touched.end());
        QCOMPARE(touched, ids);

        QSignalSpy loaded(m_service.get(), &LibraryService::comparisonLoaded);
        m_service->loadComparison(ids, {}, 1);
        QCOMPARE(loaded.last().at(4).value<QList<ClaimDecision>>(), QList<ClaimDecision>{decision});
        QSignalSpy decisions(m_service.get(), &LibraryService::claimDecisionsLoaded);
        m_service->loadClaimDecisions({ids[0]}, 9);
        QCOMPARE(decisions.last().at(0).toULongLong(), 9u);
        QVERIFY(decisions.last().at(1).value<QList<ClaimDecision>>().isEmpty());

        // A sentence that is not there is refused, and said so.
        QSignalSpy failed(m_service.get(), &LibraryService::failed);
        m_service->addClaimDecisions({{{ids[0], 999, 0}, {ids[1], 1, 0}, true}});
        QCOMPARE(failed.size(), 1);
        QCOMPARE(changed.size(), 1);

        m_service->forgetClaimDecisions({decision.b});
        QCOMPARE(changed.size(), 2);
        m_service->loadClaimDecisions(ids, 10);
        QVERIFY(decisions.last().at(1).value<QList<ClaimDecision>>().isEmpty());
    }

    void runsOnItsOwnThreadWhenCalledFromAnother()
    {
        LibraryThread thread;
        LibraryService *service = thread.service();
        QVERIFY(service->thread() != QThread::currentThread());
        QSignalSpy changed(service, &LibraryService::libraryChanged);
        service->open(testing::onPostgres() ? testing::newLibraryLocation(nullptr) : m_dir.filePath(u"threaded.sqlite"_s));
        service->importPaths({sample(u"valley-post.txt"_s)});
        QTRY_COMPARE(changed.size(), 2);
        QCOMPARE(changed.last().first().value<LibrarySnapshot>().articles.size(), 1);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LibraryService> m_service;
    int m_count = 0;
};

QTEST_GUILESS_MAIN(TestLibraryService)
#include "tst_libraryservice.moc"
