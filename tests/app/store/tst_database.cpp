#include "OlderLibrary.h"

#include "store/ArticleStore.h"
#include "store/Database.h"
#include "store/Schema.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

class TestDatabase final : public QObject
{
    Q_OBJECT
private slots:
    void newLibraryHasCurrentSchemaAndPragmas()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(u"sub/folder/library.sqlite"_s));
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        QCOMPARE(schema::version(db.connection()), schema::currentVersion);
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(u"PRAGMA foreign_keys"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"wal"_s);
        QVERIFY(query.exec(u"SELECT count(*) FROM sqlite_master WHERE name = 'blocks_fts'"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }

    void reopeningKeepsDataAndDoesNotMigrateAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        {
            Database db(path);
            QVERIFY(db.isOpen());
            QSqlQuery query(db.connection());
            QVERIFY(query.exec(u"INSERT INTO stories (name, created_at) VALUES ('kept', 'now')"_s));
        }
        Database db(path);
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(u"SELECT name FROM stories"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"kept"_s);
    }

    void libraryFromNewerVersionIsRefusedUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        {
            Database db(path);
            QSqlQuery(db.connection()).exec(u"PRAGMA user_version = 99"_s);
        }
        Database db(path);
        QVERIFY(!db.isOpen());
        QVERIFY2(db.errorString().contains(u"newer Parallax"_s), qPrintable(db.errorString()));
    }

    void fileThatIsNotALibraryIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"notes.sqlite"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        Database db(path);
        QVERIFY(!db.isOpen());
        QVERIFY(db.errorString().contains(u"notes.sqlite"_s));
    }

    void version4LibraryLearnsTheLanguagesOfItsArticles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"library.sqlite"_s);
        const auto block = [](const QString &text, BlockRole role = BlockRole::Body) {
            Block made;
            made.text = text;
            made.role = role;
            return made;
        };
        const auto add = [](ArticleStore &store, const QString &hash, const QList<Block> &blocks) {
            Article article;
            article.contentHash = hash.toLatin1();
            article.encoding = u"UTF-8"_s;
            article.blocks = blocks;
            return store.add(article).id;
        };
        qint64 german = 0, chinese = 0, furnitureOnly = 0, tooShort = 0;
        {
            Database db(path);
            ArticleStore store(db);
            german = add(store, u"de"_s,
                         {block(u"Die Stadtwerke haben am Dienstag angekündigt, die Preise für Fernwärme im "
                                "kommenden Jahr um acht Prozent zu erhöhen."_s)});
            chinese = add(store, u"zh"_s, {block(u"杭州市政府周二宣布，明年集中供暖价格将上涨百分之八。"_s)});
            // English furniture around a German line too short to tell: unknown.
            furnitureOnly = add(store, u"furniture"_s,
                                {block(u"Subscribe to our newsletter and read every story of the week for free"_s,
                                       BlockRole::Furniture),
                                 block(u"Merkel sagte"_s)});
            tooShort = add(store, u"short"_s, {block(u"Berlin"_s)});
            QVERIFY(testing::undoSchemaDownTo(db.connection(), 4));
        }
        Database db(path);
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        QCOMPARE(schema::version(db.connection()), schema::currentVersion);
        const ArticleStore store(db);
        QCOMPARE(store.article(german)->language, u"de"_s);
        QCOMPARE(store.article(chinese)->language, u"zh"_s);
        QCOMPARE(store.article(furnitureOnly)->language, QString());
        QCOMPARE(store.article(tooShort)->language, QString());
    }

    void transactionRollsBackWithoutCommit()
    {
        Database db(u":memory:"_s);
        {
            Transaction transaction(db.connection());
            QVERIFY(transaction.isActive());
            QSqlQuery(db.connection()).exec(u"INSERT INTO stories (name, created_at) VALUES ('gone', 'now')"_s);
        }
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(u"SELECT count(*) FROM stories"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
