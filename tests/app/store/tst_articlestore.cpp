#include "LibraryBackends.h"
#include "OlderLibrary.h"

#include "store/AlignmentCache.h"
#include "store/ArticleStore.h"
#include "store/Database.h"
#include "store/StoryStore.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

Article sampleArticle(const QByteArray &bytes)
{
    Article article;
    article.sourcePath = u"/tmp/sample.txt"_s;
    article.encoding = u"UTF-8"_s;
    article.original = bytes;
    article.contentHash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    article.meta.outlet = u"The Harbour Gazette"_s;
    article.meta.title = u"Ferry strike ends"_s;
    article.meta.published = QDate(2026, 3, 14);
    article.blocks = {
        {u"Ferry strike ends"_s, BlockRole::Heading, false, {{0, 17}}},
        {u"Advertisement"_s, BlockRole::Furniture, false, {}, u"line"_s},
        {u"Crews voted on Monday. Services resume today."_s, BlockRole::Body, false, {{0, 22}, {23, 45}}},
    };
    return article;
}

} // namespace

class TestArticleStore final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { testing::addLibraryBackends(); }

    // Why a block is furniture survives the library, and a library from
    // before reasons were kept opens with its blocks' reasons empty.
    void keepsWhyABlockIsFurniture()
    {
        PARALLAX_SQLITE_ONLY("the schema ladder below version 4 exists only for library files");
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        qint64 id = 0;
        {
            Database db(path);
            id = ArticleStore(db).add(sampleArticle("reasons")).id;
            QCOMPARE(ArticleStore(db).article(id)->blocks.at(1).roleReason, u"line"_s);
            QVERIFY(testing::undoSchemaDownTo(db.connection(), 2));
        }
        Database db(path);
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        const auto loaded = ArticleStore(db).article(id);
        QVERIFY(loaded);
        QCOMPARE(loaded->blocks.size(), 3);
        QCOMPARE(loaded->blocks.at(1).role, BlockRole::Furniture);
        QVERIFY(loaded->blocks.at(1).roleReason.isEmpty());
    }

    void storesAndLoadsEverything()
    {
        PARALLAX_NEW_LIBRARY(location, nullptr);
        Database db(location);
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        ArticleStore store(db);
        const Article original = sampleArticle("bytes \x01\xff of the file");
        const auto added = store.add(original, u"Ferries"_s);
        QVERIFY2(added.error.isEmpty(), qPrintable(added.error));
        QVERIFY(added.id > 0);
        QVERIFY(!added.duplicate);

        const auto loaded = store.article(added.id);
        QVERIFY(loaded);
        QCOMPARE(loaded->original, original.original);
        QCOMPARE(loaded->meta, original.meta);
        QCOMPARE(loaded->blocks, original.blocks);
        QCOMPARE(loaded->contentHash, original.contentHash);

        const auto summaries = store.summaries();
        QCOMPARE(summaries.size(), 1);
        QCOMPARE(summaries[0].words, 10);
        QCOMPARE(summaries[0].meta.outlet, u"The Harbour Gazette"_s);

        StoryStore stories(db);
        const auto story = stories.story(u"ferries"_s);
        QVERIFY(story);
        QCOMPARE(story->articleIds, QList<qint64>{added.id});
    }

    void sameBytesAreADuplicateNotANewArticle()
    {
        PARALLAX_NEW_LIBRARY(location, nullptr);
        Database db(location);
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        ArticleStore store(db);
        const auto first = store.add(sampleArticle("same"));
        const auto second = store.add(sampleArticle("same"));
        QVERIFY(second.duplicate);
        QCOMPARE(second.id, first.id);
        QCOMPARE(store.summaries().size(), 1);
    }

    void keepsWhereAFetchedPageCameFromAndItsVersions()
    {
        PARALLAX_NEW_LIBRARY(location, nullptr);
        Database db(location);
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        ArticleStore store(db);
        Article first = sampleArticle("first fetch");
        first.fetchedUrl = u"http://news.example/bridge"_s;
        first.finalUrl = u"https://news.example/2026/bridge"_s;
        first.fetchedAt = QDateTime(QDate(2026, 3, 15), QTime(9, 30), QTimeZone::utc());
        const qint64 firstId = store.add(first, u"Bridge"_s).id;
        Article second = sampleArticle("second fetch");
        second.fetchedUrl = first.fetchedUrl;
        second.previousVersion = firstId;
        const qint64 secondId = store.add(second).id;
        Article third = sampleArticle("third fetch");
        third.previousVersion = secondId;
        const qint64 thirdId = store.add(third).id;

        const auto loaded = store.article(firstId);
        QCOMPARE(loaded->fetchedUrl, first.fetchedUrl);
        QCOMPARE(loaded->finalUrl, first.finalUrl);
        QCOMPARE(loaded->fetchedAt, first.fetchedAt);
        QCOMPARE(loaded->previousVersion, qint64(0));
        QCOMPARE(store.article(secondId)->previousVersion, firstId);
        QCOMPARE(store.version(firstId).number, 1);
        QCOMPARE(store.version(thirdId).number, 3);
        QCOMPARE(store.version(thirdId).firstId, firstId);
        QCOMPARE(StoryStore(db).story(u"Bridge"_s)->articleIds, (QList<qint64>{firstId, secondId, thirdId}));

        // Deleting a version leaves the later ones, their chain shortened.
        QVERIFY(store.remove(firstId));
        QCOMPARE(store.article(secondId)->previousVersion, qint64(0));
        QCOMPARE(store.version(thirdId).number, 2);
        QCOMPARE(store.version(thirdId).firstId, secondId);
    }

    void unknownMetadataStaysNull()
    {
        PARALLAX_NEW_LIBRARY(location, nullptr);
        Database db(location);
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        ArticleStore store(db);
        Article article = sampleArticle("anonymous");
        article.meta = {};
        const auto added = store.add(article);
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(u"SELECT outlet_id IS NULL, title IS NULL, published IS NULL FROM articles"_s));
        QVERIFY(query.next());
        QVERIFY(query.value(0).toBool() && query.value(1).toBool() && query.value(2).toBool());
        QCOMPARE(store.article(added.id)->meta, ArticleMetadata{});
    }

    void removingAnArticleRemovesItsBlocksAndSentences()
    {
        PARALLAX_NEW_LIBRARY(location, nullptr);
        Database db(location);
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        ArticleStore store(db);
        const auto added = store.add(sampleArticle("to delete"), u"Ferries"_s);
        QVERIFY(store.remove(added.id));
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(u"SELECT (SELECT count(*) FROM blocks) + (SELECT count(*) FROM sentences) "
                           "+ (SELECT count(*) FROM story_articles)"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        QVERIFY(store.search(u"crews"_s).isEmpty());
    }

    void searchFindsBodyWordsByPrefixAndIgnoresSyntax()
    {
        PARALLAX_NEW_LIBRARY(location, nullptr);
        Database db(location);
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        ArticleStore store(db);
        const auto added = store.add(sampleArticle("searchable"));
        const auto hits = store.search(u"serv"_s);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits[0].articleId, added.id);
        QCOMPARE(hits[0].blockIndex, 2);
        QVERIFY(hits[0].snippet.contains(u"«Services»"_s));
        QVERIFY(store.search(u"advertisement"_s).isEmpty()); // furniture is not searched
        QCOMPARE(store.search(u"\"crews\" (voted -"_s).size(), 1); // never FTS syntax
        QVERIFY(store.search(u"crews NEAR"_s).isEmpty()); // every word must match, NEAR too
        QVERIFY(store.search(u"*** ()"_s).isEmpty());
    }

    void personsCorrectionsPersist()
    {
        PARALLAX_NEW_LIBRARY(location, nullptr);
        Database db(location);
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        ArticleStore store(db);
        const auto added = store.add(sampleArticle("corrected"));
        QVERIFY(store.setBlockRole(added.id, 1, BlockRole::Body));
        ArticleMetadata meta;
        meta.outlet = u"Coast Wire"_s;
        meta.byline = u"By R. Ames"_s;
        QVERIFY(store.setMetadata(added.id, meta));
        const auto loaded = store.article(added.id);
        QCOMPARE(loaded->blocks[1].role, BlockRole::Body);
        QVERIFY(loaded->blocks[1].roleOverridden);
        QCOMPARE(loaded->meta, meta);
    }

    // Text that would break SQL pasted together round-trips as text: every
    // value is bound, never spliced. NUL, which PostgreSQL text cannot hold,
    // becomes U+FFFD on both backends.
    void hostileTextRoundTripsAsText()
    {
        PARALLAX_NEW_LIBRARY(location, nullptr);
        Database db(location);
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        ArticleStore store(db);
        StoryStore stories(db);
        const QStringList corpus = {
            u"Robert'); DROP TABLE articles;--"_s,
            u"$$; DELETE FROM blocks; $$"_s,
            u"$tag$ \\ back\\slash \\' \\x00"_s,
            u"\"quoted\" ; 'single' ? :name $1 %_"_s,
            u"before"_s + QChar(0) + u"after"_s,
        };
        int n = 0;
        for (const QString &text : corpus) {
            QString expected = text;
            expected.replace(QChar(0), QChar::ReplacementCharacter);
            Article article = sampleArticle("hostile " + QByteArray::number(++n));
            article.meta.title = text;
            article.meta.outlet = text;
            article.meta.byline = text;
            article.blocks[2].text = u"Crews said "_s + text;
            const auto added = store.add(article, text);
            QVERIFY2(added.error.isEmpty(), qPrintable(added.error));
            const auto loaded = store.article(added.id);
            QVERIFY(loaded);
            QCOMPARE(loaded->meta.title, expected);
            QCOMPARE(loaded->meta.outlet, expected);
            QCOMPARE(loaded->meta.byline, expected);
            QCOMPARE(loaded->blocks[2].text, u"Crews said "_s + expected);
            const auto story = stories.story(expected);
            QVERIFY2(story, qPrintable(expected));
            QCOMPARE(story->articleIds, QList<qint64>{added.id});
            QVERIFY(stories.rename(story->id, text + u" (2)"_s));
            QVERIFY(stories.story(expected + u" (2)"_s));
            // As a search term: no error, no harm, the words still found.
            store.search(text);
        }
        QCOMPARE(store.summaries().size(), corpus.size());
        QCOMPARE(store.search(u"robert drop"_s).size(), 1);
        QCOMPARE(store.search(u"backslash"_s).size(), 0); // "back\slash" is two words
        QCOMPARE(store.search(u"slash"_s).size(), 1);
    }

    void languageIsStoredAndAPersonMayChangeIt()
    {
        Database db(u":memory:"_s);
        ArticleStore store(db);
        Article article = sampleArticle("language");
        article.language = u"en"_s;
        const auto added = store.add(article);
        QCOMPARE(store.article(added.id)->language, u"en"_s);
        QCOMPARE(store.summaries().constFirst().language, u"en"_s);

        // A comparison cached with the old language is read the old way.
        const auto other = store.add(sampleArticle("other"));
        AlignmentCache cache(db);
        QVERIFY(cache.store("key", 1, "result", {added.id, other.id}));
        QVERIFY(store.setLanguage(added.id, u"de"_s));
        QCOMPARE(store.article(added.id)->language, u"de"_s);
        QVERIFY(!cache.find("key", 1));
        QCOMPARE(store.article(other.id)->language, QString());

        QVERIFY(store.setLanguage(added.id, QString())); // unknown, as a person says
        QCOMPARE(store.article(added.id)->language, QString());
        QVERIFY(!store.setLanguage(9999, u"fr"_s));
    }

    void outletLinesComeFromTheSameOutletOnly()
    {
        PARALLAX_NEW_LIBRARY(location, nullptr);
        Database db(location);
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        ArticleStore store(db);
        store.add(sampleArticle("one"));
        Article other = sampleArticle("two");
        other.meta.outlet = u"Elsewhere"_s;
        other.blocks[1].text = u"Subscribe now"_s;
        store.add(other);
        const auto lines = store.outletLines(u"The Harbour Gazette"_s);
        QVERIFY(lines.contains(u"Advertisement"_s));
        QVERIFY(!lines.contains(u"Subscribe now"_s));
    }
};

QTEST_GUILESS_MAIN(TestArticleStore)
#include "tst_articlestore.moc"
