#include "LibraryBackends.h"
#include "OlderLibrary.h"

#include "store/AnnotationStore.h"
#include "store/ArticleStore.h"
#include "store/Database.h"
#include "store/Schema.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

Article sampleArticle()
{
    const QByteArray bytes = "Ferry strike ends\n\nCrews voted on Monday. Services resume today.";
    Article article;
    article.encoding = u"UTF-8"_s;
    article.original = bytes;
    article.contentHash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    article.blocks = {
        {u"Ferry strike ends"_s, BlockRole::Heading, false, {{0, 17}}},
        {u"Crews voted on Monday. Services resume today."_s, BlockRole::Body, false, {{0, 22}, {23, 45}}},
    };
    return article;
}

Annotation note(qint64 articleId, int start, int end, AnnotationLabel label, const QString &text)
{
    Annotation a;
    a.articleId = articleId;
    a.block = 1;
    a.start = start;
    a.end = end;
    a.label = label;
    a.note = text;
    return a;
}

} // namespace

class TestAnnotationStore final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data() { testing::addLibraryBackends(); }

    void addsEditsAndRemoves()
    {
        PARALLAX_NEW_LIBRARY(location, nullptr);
        Database db(location);
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        QVERIFY(db.isOpen());
        const qint64 article = ArticleStore(db).add(sampleArticle()).id;
        AnnotationStore store(db);
        const auto added = store.add(note(article, 15, 21, AnnotationLabel::ToCheck, u"Which Monday?"_s));
        QVERIFY2(added, qPrintable(store.lastError()));
        QVERIFY(added->id > 0);
        QVERIFY(added->created.isValid());
        QCOMPARE(added->note, u"Which Monday?"_s);

        Annotation changed = *added;
        changed.label = AnnotationLabel::Confirmed;
        changed.note = u"Monday 9 March, per the union."_s;
        const auto updated = store.update(changed);
        QVERIFY(updated);
        QCOMPARE(updated->label, AnnotationLabel::Confirmed);
        QCOMPARE(updated->created, added->created);
        QCOMPARE(store.forArticles({article}).size(), 1);

        QVERIFY(store.remove(added->id));
        QVERIFY(!store.remove(added->id));
        QVERIFY(store.forArticles({article}).isEmpty());
    }

    void spansMustFitTheirBlock()
    {
        PARALLAX_NEW_LIBRARY(location, nullptr);
        Database db(location);
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        const qint64 article = ArticleStore(db).add(sampleArticle()).id;
        AnnotationStore store(db);
        QVERIFY(!store.add(note(article, 40, 99, AnnotationLabel::Context, {})));
        QVERIFY(!store.add(note(article, 5, 5, AnnotationLabel::Context, {})));
        Annotation wrongBlock = note(article, 0, 3, AnnotationLabel::Context, {});
        wrongBlock.block = 7;
        QVERIFY(!store.add(wrongBlock));
        QVERIFY(!store.add(note(article + 1, 0, 3, AnnotationLabel::Context, {})));
    }

    void goWithTheirArticle()
    {
        PARALLAX_NEW_LIBRARY(location, nullptr);
        Database db(location);
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        ArticleStore articles(db);
        const qint64 article = articles.add(sampleArticle()).id;
        AnnotationStore store(db);
        QVERIFY2(store.add(note(article, 0, 5, AnnotationLabel::Disputed, {})), qPrintable(store.lastError()));
        // A person re-marking a block, or the alignment being redone, keeps notes.
        QVERIFY(articles.setBlockRole(article, 1, BlockRole::Caption));
        QCOMPARE(store.forArticles({article}).size(), 1);
        QVERIFY(articles.remove(article));
        QSqlQuery count(db.connection());
        QVERIFY(count.exec(u"SELECT COUNT(*) FROM annotations"_s) && count.next());
        QCOMPARE(count.value(0).toInt(), 0);
    }

    void surviveReopeningAndMigrateFromVersion1()
    {
        PARALLAX_SQLITE_ONLY("the schema ladder below version 4 exists only for library files");
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        qint64 article = 0;
        {
            Database db(path);
            article = ArticleStore(db).add(sampleArticle()).id;
            QVERIFY(testing::undoSchemaDownTo(db.connection(), 1));
        }
        {
            Database db(path);
            QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
            QCOMPARE(schema::version(db.connection()), schema::currentVersion);
            QVERIFY(AnnotationStore(db).add(note(article, 6, 11, AnnotationLabel::Context, u"Crew of 40"_s)));
        }
        Database db(path);
        const QList<Annotation> kept = AnnotationStore(db).forArticles({article});
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().note, u"Crew of 40"_s);
        QCOMPARE(kept.first().start, 6);
    }
};

QTEST_GUILESS_MAIN(TestAnnotationStore)
#include "tst_annotationstore.moc"
