#include "LibraryBackends.h"
#include "OlderLibrary.h"

#include "store/AnnotationStore.h"
#include "store/ArticleStore.h"
#include "store/ClaimDecisionStore.h"
#include "store/Database.h"
#include "store/Schema.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

// Two blocks: a heading of one sentence and a paragraph of two.
Article sampleArticle(const QString &outlet)
{
    const QByteArray bytes = outlet.toUtf8() + "\n\nFerry strike ends\n\nCrews voted on Monday. Services resume today.";
    Article article;
    article.encoding = u"UTF-8"_s;
    article.original = bytes;
    article.meta.outlet = outlet;
    article.contentHash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    article.blocks = {
        {u"Ferry strike ends"_s, BlockRole::Heading, false, {{0, 17}}},
        {u"Crews voted on Monday. Services resume today."_s, BlockRole::Body, false, {{0, 22}, {23, 45}}},
    };
    return article;
}

int rows(Database &db)
{
    QSqlQuery count(db.connection());
    if (!count.exec(u"SELECT COUNT(*) FROM claim_decisions"_s) || !count.next())
        return -1;
    return count.value(0).toInt();
}

} // namespace

class TestClaimDecisionStore final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { testing::addLibraryBackends(); }

    void roundTripsInOrder()
    {
        PARALLAX_NEW_LIBRARY(location, nullptr);
        Database db(location);
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        ArticleStore articles(db);
        const qint64 a = articles.add(sampleArticle(u"Harbour Gazette"_s)).id;
        const qint64 b = articles.add(sampleArticle(u"Island Times"_s)).id;
        const qint64 c = articles.add(sampleArticle(u"Coast Radio"_s)).id;
        ClaimDecisionStore store(db);
        const QList<ClaimDecision> decisions{{{a, 1, 1}, {b, 1, 0}, true},
                                             {{c, 1, 0}, {a, 1, 0}, false},
                                             {{c, 0, 0}, {b, 0, 0}, false}};
        QVERIFY2(store.add(decisions), qPrintable(store.lastError()));
        QCOMPARE(store.forArticles({a, b, c}), decisions);
        // Only decisions wholly inside the compared articles.
        QCOMPARE(store.forArticles({a, b}), QList<ClaimDecision>{decisions[0]});
        QCOMPARE(store.forArticles({b, c}), QList<ClaimDecision>{decisions[2]});
        QVERIFY(store.forArticles({a}).isEmpty());
    }

    // The last word on two sentences is the only one, whichever way round.
    void aNewDecisionReplacesTheOldOnTheSamePair()
    {
        PARALLAX_NEW_LIBRARY(location, nullptr);
        Database db(location);
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        ArticleStore articles(db);
        const qint64 a = articles.add(sampleArticle(u"Harbour Gazette"_s)).id;
        const qint64 b = articles.add(sampleArticle(u"Island Times"_s)).id;
        ClaimDecisionStore store(db);
        QVERIFY(store.add({{{a, 1, 1}, {b, 1, 0}, true}, {{a, 1, 0}, {b, 1, 0}, true}}));
        QVERIFY(store.add({{{b, 1, 0}, {a, 1, 1}, false}}));
        QCOMPARE(rows(db), 2);
        QCOMPARE(store.forArticles({a, b}),
                 (QList<ClaimDecision>{{{a, 1, 0}, {b, 1, 0}, true}, {{b, 1, 0}, {a, 1, 1}, false}}));
    }

    void refusesSentencesThatDoNotExistOrShareAnArticle()
    {
        PARALLAX_NEW_LIBRARY(location, nullptr);
        Database db(location);
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        ArticleStore articles(db);
        const qint64 a = articles.add(sampleArticle(u"Harbour Gazette"_s)).id;
        const qint64 b = articles.add(sampleArticle(u"Island Times"_s)).id;
        ClaimDecisionStore store(db);
        QVERIFY(!store.add({{{a, 0, 1}, {b, 1, 0}, true}})); // the heading has one sentence
        QVERIFY(store.lastError().contains(u"no sentence"_s));
        QVERIFY(!store.add({{{a, 2, 0}, {b, 1, 0}, true}}));
        QVERIFY(!store.add({{{a, 1, 0}, {a + b, 1, 0}, true}}));
        QVERIFY(!store.add({{{a, 1, 0}, {a, 1, 1}, true}}));
        // One bad decision of several records none of them.
        QVERIFY(!store.add({{{a, 1, 0}, {b, 1, 0}, true}, {{a, 1, 9}, {b, 1, 0}, true}}));
        QCOMPARE(rows(db), 0);
    }

    void forgettingASentenceForgetsEveryDecisionNamingIt()
    {
        PARALLAX_NEW_LIBRARY(location, nullptr);
        Database db(location);
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        ArticleStore articles(db);
        const qint64 a = articles.add(sampleArticle(u"Harbour Gazette"_s)).id;
        const qint64 b = articles.add(sampleArticle(u"Island Times"_s)).id;
        const qint64 c = articles.add(sampleArticle(u"Coast Radio"_s)).id;
        ClaimDecisionStore store(db);
        QVERIFY(store.add({{{b, 1, 0}, {a, 1, 0}, false}, {{b, 1, 0}, {c, 1, 0}, false}, {{a, 0, 0}, {c, 0, 0}, true}}));
        QCOMPARE(store.forget({{b, 1, 0}}), 2);
        QCOMPARE(store.forArticles({a, b, c}), (QList<ClaimDecision>{{{a, 0, 0}, {c, 0, 0}, true}}));
        QCOMPARE(store.forget({{c, 0, 0}, {b, 1, 1}}), 1);
        QCOMPARE(store.forget({{c, 0, 0}}), 0);
        QCOMPARE(rows(db), 0);
    }

    void goWithTheirArticles()
    {
        PARALLAX_NEW_LIBRARY(location, nullptr);
        Database db(location);
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        ArticleStore articles(db);
        const qint64 a = articles.add(sampleArticle(u"Harbour Gazette"_s)).id;
        const qint64 b = articles.add(sampleArticle(u"Island Times"_s)).id;
        ClaimDecisionStore store(db);
        QVERIFY(store.add({{{a, 1, 0}, {b, 1, 0}, true}}));
        QVERIFY(articles.remove(b));
        QCOMPARE(rows(db), 0);
    }

    // A library of the previous schema opens with its notes and articles
    // and takes decisions; they are there when it is opened again.
    void surviveReopeningAndMigrateFromVersion3()
    {
        PARALLAX_SQLITE_ONLY("the schema ladder below version 4 exists only for library files");
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        qint64 a = 0;
        qint64 b = 0;
        {
            Database db(path);
            ArticleStore articles(db);
            a = articles.add(sampleArticle(u"Harbour Gazette"_s)).id;
            b = articles.add(sampleArticle(u"Island Times"_s)).id;
            Annotation note;
            note.articleId = a;
            note.block = 1;
            note.start = 0;
            note.end = 5;
            QVERIFY(AnnotationStore(db).add(note));
            QVERIFY(testing::undoSchemaDownTo(db.connection(), 3));
            QSqlQuery query(db.connection());
            QVERIFY(!query.exec(u"SELECT COUNT(*) FROM claim_decisions"_s));
        }
        {
            Database db(path);
            QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
            QCOMPARE(schema::version(db.connection()), schema::currentVersion);
            QCOMPARE(rows(db), 0);
            QCOMPARE(AnnotationStore(db).forArticles({a}).size(), 1);
            QVERIFY(ArticleStore(db).article(b));
            QVERIFY(ClaimDecisionStore(db).add({{{a, 1, 1}, {b, 1, 1}, true}}));
        }
        Database db(path);
        QCOMPARE(ClaimDecisionStore(db).forArticles({b, a}), (QList<ClaimDecision>{{{a, 1, 1}, {b, 1, 1}, true}}));
    }
};

QTEST_GUILESS_MAIN(TestClaimDecisionStore)
#include "tst_claimdecisionstore.moc"
