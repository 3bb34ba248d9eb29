// A whole library copied between backends (file to server, server to
// file), resumed after being cut short, and compared table by table.

#include "CliRun.h"
#include "PostgresCluster.h"

#include "store/AlignmentCache.h"
#include "store/AnnotationStore.h"
#include "store/ArticleStore.h"
#include "store/ClaimDecisionStore.h"
#include "store/Database.h"
#include "store/LibraryCopy.h"
#include "store/StoryStore.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;
using testing::PostgresCluster;

namespace {

Article sampleArticle(int n)
{
    // Bytes no text encoding would keep: the copy must carry them as they are.
    const QByteArray bytes = "article " + QByteArray::number(n) + QByteArray("\x00\xff\xfe\x01 end", 8);
    Article article;
    article.encoding = u"windows-1252"_s;
    article.original = bytes;
    article.contentHash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    article.meta.outlet = n % 2 ? u"Harbour Gazette"_s : u"Island Times"_s;
    article.meta.title = u"Ferry strike, day %1"_s.arg(n);
    article.meta.published = QDate(2026, 3, 1 + n % 28);
    article.blocks = {
        {u"Ferry strike ends"_s, BlockRole::Heading, false, {{0, 17}}},
        {u"Advertisement"_s, BlockRole::Furniture, false, {}, u"line"_s},
        {u"Crews voted on Monday. Services resume today."_s, BlockRole::Body, true, {{0, 22}, {23, 45}}},
    };
    return article;
}

// Articles in two stories, a later version, a note, a claim decision and a
// cached comparison.
void fill(Database &db, int articles)
{
    ArticleStore store(db);
    QList<qint64> ids;
    for (int n = 1; n <= articles; ++n) {
        Article article = sampleArticle(n);
        if (n == articles)
            article.previousVersion = ids.first();
        const auto added = store.add(article, n % 3 ? u"Ferries"_s : u"Strikes"_s);
        QVERIFY2(added.error.isEmpty(), qPrintable(added.error));
        ids.append(added.id);
    }
    Annotation note;
    note.articleId = ids.at(0);
    note.block = 2;
    note.start = 0;
    note.end = 5;
    note.label = AnnotationLabel::Disputed;
    note.note = u"Which crews?"_s;
    QVERIFY(AnnotationStore(db).add(note));
    QVERIFY(ClaimDecisionStore(db).add({{{ids.at(0), 2, 0}, {ids.at(1), 2, 1}, true}}));
    QVERIFY(AlignmentCache(db).store("key-1", 3, QByteArray("\x00\x01" "cached", 8), {ids.at(0), ids.at(1)}));
}

int count(Database &db, const QString &table)
{
    QSqlQuery query(db.connection());
    if (!query.exec(u"SELECT count(*) FROM "_s + table) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

class TestLibraryCopy final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (PostgresCluster::shared().binariesMissing()) {
            qWarning("*** PostgreSQL tests SKIPPED: %s", qPrintable(PostgresCluster::shared().errorString()));
            QSKIP("PostgreSQL is not installed");
        }
        QVERIFY2(PostgresCluster::shared().isRunning(), qPrintable(PostgresCluster::shared().errorString()));
    }

    // File → server → file: everything arrives, byte for byte, and the
    // server library goes on numbering after the copied ids.
    void copiesAWholeLibraryBetweenBackends()
    {
        QTemporaryDir dir;
        PostgresCluster &cluster = PostgresCluster::shared();
        const QString server = cluster.url(cluster.newDatabase());
        Database file(dir.filePath(u"personal.sqlite"_s));
        fill(file, 12);
        Database shared(server);
        QVERIFY2(shared.isOpen(), qPrintable(shared.errorString()));

        LibraryCopy toServer(file, shared);
        QCOMPARE(toServer.run(), QString());
        QVERIFY(toServer.verified());
        for (const auto &table : toServer.results())
            QVERIFY2(table.sourceRows == table.copied, qPrintable(table.table));

        ArticleStore copied(shared);
        const auto first = ArticleStore(file).article(1);
        QCOMPARE(copied.article(1)->original, first->original);
        QCOMPARE(copied.article(1)->blocks, first->blocks);
        QCOMPARE(copied.article(12)->previousVersion, qint64(1));
        QCOMPARE(StoryStore(shared).stories().size(), 2);
        QCOMPARE(AnnotationStore(shared).forArticles({1}).first().note, u"Which crews?"_s);
        QCOMPARE(ClaimDecisionStore(shared).forArticles({1, 2}).size(), 1);
        QCOMPARE(AlignmentCache(shared).find("key-1", 3), std::optional<QByteArray>(QByteArray("\x00\x01" "cached", 8)));
        QCOMPARE(copied.search(u"crews"_s).size(), 12);
        const auto added = copied.add(sampleArticle(99));
        QVERIFY2(added.error.isEmpty(), qPrintable(added.error));
        QCOMPARE(added.id, qint64(13));

        Database back(dir.filePath(u"back.sqlite"_s));
        LibraryCopy toFile(shared, back);
        QCOMPARE(toFile.run(), QString());
        QVERIFY(toFile.verified());
        QCOMPARE(count(back, u"articles"_s), 13);
        QCOMPARE(ArticleStore(back).article(13)->meta.title, u"Ferry strike, day 99"_s);
        QCOMPARE(ArticleStore(back).search(u"crews"_s).size(), 13);
    }

    // A copy cut short (here: rows lost from the target) goes on when run
    // again, copying only what is missing.
    void resumesWhereItStopped()
    {
        QTemporaryDir dir;
        PostgresCluster &cluster = PostgresCluster::shared();
        Database file(dir.filePath(u"personal.sqlite"_s));
        fill(file, 6);
        Database shared(cluster.url(cluster.newDatabase()));
        QCOMPARE(LibraryCopy(file, shared).run(), QString());
        QVERIFY(QSqlQuery(shared.connection()).exec(u"DELETE FROM articles WHERE id > 3"_s));
        QCOMPARE(count(shared, u"articles"_s), 3);

        LibraryCopy again(file, shared);
        QCOMPARE(again.run(), QString());
        QVERIFY(again.verified());
        QCOMPARE(again.results().at(1).table, u"articles"_s);
        QCOMPARE(again.results().at(1).copied, 3);
        QCOMPARE(count(shared, u"articles"_s), 6);
        QCOMPARE(count(shared, u"annotations"_s), 1);
    }

    // A target that held other rows is not called a copy.
    void aTargetWithOtherRowsFailsTheComparison()
    {
        QTemporaryDir dir;
        Database file(dir.filePath(u"one.sqlite"_s));
        fill(file, 3);
        Database other(dir.filePath(u"other.sqlite"_s));
        QVERIFY(StoryStore(other).create(u"Unrelated"_s));
        LibraryCopy copy(file, other);
        QCOMPARE(copy.run(), QString());
        QVERIFY(!copy.verified());
    }

    void commandLineCopiesAndSaysSo()
    {
        QTemporaryDir dir;
        PostgresCluster &cluster = PostgresCluster::shared();
        const QString path = dir.filePath(u"personal.sqlite"_s);
        {
            Database file(path);
            fill(file, 4);
        }
        const QString server = cluster.url(cluster.newDatabase());
        auto run = testing::parallaxRun({u"library"_s, u"copy"_s, path, server});
        QVERIFY2(run.exitCode == cli::Success, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"same rows and hashes"_s), qPrintable(run.out));
        QVERIFY2(!run.out.contains(PostgresCluster::ownerPassword()), qPrintable(run.out));
        run = testing::parallaxRun({u"library"_s, u"copy"_s, path, server});
        QVERIFY2(run.exitCode == cli::Success, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"4 rows, 0 copied now"_s), qPrintable(run.out));
        run = testing::parallaxRun({u"library"_s, u"move"_s, path, server});
        QCOMPARE(run.exitCode, int(cli::UsageError));
    }
};

QTEST_GUILESS_MAIN(TestLibraryCopy)
#include "tst_librarycopy.moc"
