#include "LibraryBackends.h"

#include "ingest/Importer.h"
#include "store/ArticleStore.h"
#include "store/Database.h"
#include "store/StoryStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

namespace {

const QString sampleDir = QStringLiteral(PARALLAX_SOURCE_DIR "/resources/sample");

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

int count(Database &db, const QString &table)
{
    QSqlQuery query(db.connection());
    if (!query.exec(u"SELECT count(*) FROM "_s + table) || !query.next())
        return -1;
    return query.value(0).toInt();
}

// A server checks its own pages; what a test can see there is that every
// block still has its article, which the foreign keys keep.
QString integrity(Database &db)
{
    QSqlQuery query(db.connection());
    if (db.isServer()) {
        if (!query.exec(u"SELECT count(*) FROM blocks b LEFT JOIN articles a ON a.id = b.article_id "
                        "WHERE a.id IS NULL"_s) || !query.next())
            return u"no answer"_s;
        return query.value(0).toInt() == 0 ? u"ok"_s : u"orphaned blocks"_s;
    }
    if (!query.exec(u"PRAGMA integrity_check"_s) || !query.next())
        return u"no answer"_s;
    return query.value(0).toString();
}

} // namespace

class TestImporter final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase_data() { testing::addLibraryBackends(); }

    void importsTheSampleStoryWithMetadata()
    {
        QTemporaryDir dir;
        PARALLAX_NEW_LIBRARY(location, &dir);
        Database db(location);
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        ArticleStore store(db);
        Importer importer(store);
        const auto outcomes = importer.importPaths({sampleDir}, {u"Harrow Bridge"_s, {}});
        QCOMPARE(outcomes.size(), 4);
        for (const ImportOutcome &outcome : outcomes)
            QVERIFY2(outcome.status == ImportOutcome::Status::Imported, qPrintable(outcome.message));

        QHash<QString, ArticleSummary> byFile;
        for (const ArticleSummary &summary : store.summaries())
            byFile.insert(summary.sourcePath.section(u'/', -1), summary);
        QCOMPARE(byFile.size(), 4);
        const ArticleSummary html = byFile.value(u"northshore-daily.html"_s);
        QCOMPARE(html.meta.outlet, u"Northshore Daily"_s);
        QCOMPARE(html.meta.title, u"Cracks shut Harrow Bridge as commuters face long detours"_s);
        QCOMPARE(html.meta.published, QDate(2026, 3, 14));
        QCOMPARE(html.format, DocumentFormat::Html);
        QCOMPARE(html.encoding, u"windows-1252"_s);
        const ArticleSummary markdown = byFile.value(u"meridian-radio.md"_s);
        QCOMPARE(markdown.meta.outlet, u"Meridian Radio News"_s);
        QCOMPARE(markdown.meta.published, QDate(2026, 3, 15));
        QCOMPARE(markdown.format, DocumentFormat::Markdown);
        for (const ArticleSummary &summary : std::as_const(byFile))
            QCOMPARE(summary.language, u"en"_s);
        const ArticleSummary courier = byFile.value(u"ellery-courier.txt"_s);
        QCOMPARE(courier.meta.title, u"Harrow Bridge closed indefinitely after engineers find cracks in main span"_s);
        QCOMPARE(courier.meta.published, QDate(2026, 3, 14));
        QVERIFY2(courier.meta.outlet.contains(u"Ellery Courier"_s), qPrintable(courier.meta.outlet));

        const auto story = StoryStore(db).story(u"Harrow Bridge"_s);
        QVERIFY(story);
        QCOMPARE(story->articleIds.size(), 4);
    }

    void furnitureIsMarkedNotLost()
    {
        PARALLAX_NEW_LIBRARY(location, nullptr);
        Database db(location);
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        ArticleStore store(db);
        const auto outcome = Importer(store).importFile(sampleDir + u"/ellery-courier.txt"_s, {});
        const auto article = store.article(outcome.articleId);
        QVERIFY(article);
        QHash<QString, BlockRole> roles;
        for (const Block &block : article->blocks)
            roles.insert(block.text, block.role);
        QCOMPARE(roles.value(u"Advertisement"_s), BlockRole::Furniture);
        QCOMPARE(roles.value(u"Read more:"_s), BlockRole::Furniture);
        QCOMPARE(roles.value(u"Traffic queues on the approach to Harrow Bridge on Friday morning. Photo: Courier/Jon Pell"_s),
                 BlockRole::Caption);
        QCOMPARE(roles.value(u"The authority said a temporary passenger ferry would start on Monday, running every 20 "
                             "minutes between 6 a.m. and 10 p.m."_s),
                 BlockRole::Body);
        QFile file(sampleDir + u"/ellery-courier.txt"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(article->original, file.readAll());
    }

    // The language is the article's words', not its furniture's nor a
    // template's; the page is believed where the words are too few.
    void languageComesFromTheArticlesWords_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("language");
        const QByteArray german = "Die Stadtwerke von Kassel haben am Dienstag angek\xc3\xbcndigt, die Preise f\xc3\xbcr "
                                  "Fernw\xc3\xa4rme im kommenden Jahr um acht Prozent zu erh\xc3\xb6hen.";
        QTest::newRow("plain text") << u"a.txt"_s << german << u"de"_s;
        QTest::newRow("template says English")
            << u"a.html"_s << "<html lang=en><body><article><p>" + german + "</p></article></body></html>" << u"de"_s;
        QTest::newRow("English furniture around German")
            << u"a.html"_s
            << "<html><body><nav><p>Subscribe to our newsletter, read the latest news, sign in to your account, "
               "and follow us on every platform you use today.</p></nav><article><p>"
                   + german + "</p></article></body></html>"
            << u"de"_s;
        QTest::newRow("too short, page believed")
            << u"a.html"_s << QByteArray("<html lang=fr-FR><body><p>Paris, lundi.</p></body></html>") << u"fr"_s;
        QTest::newRow("too short, nothing declared")
            << u"a.txt"_s << QByteArray("Paris, Montag.") << QString();
    }
    void languageComesFromTheArticlesWords()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, language);
        QTemporaryDir dir;
        writeFile(dir.filePath(fileName), bytes);
        Database db(u":memory:"_s);
        ArticleStore store(db);
        const auto outcome = Importer(store).importFile(dir.filePath(fileName), {});
        QVERIFY2(outcome.status == ImportOutcome::Status::Imported, qPrintable(outcome.message));
        QCOMPARE(store.article(outcome.articleId)->language, language);
    }

    void reimportingTheSameBytesAddsNothing()
    {
        PARALLAX_NEW_LIBRARY(location, nullptr);
        Database db(location);
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        ArticleStore store(db);
        Importer importer(store);
        importer.importPaths({sampleDir}, {});
        const int blocks = count(db, u"blocks"_s);
        const auto again = importer.importPaths({sampleDir}, {});
        QCOMPARE(again.size(), 4);
        for (const ImportOutcome &outcome : again)
            QCOMPARE(outcome.status, ImportOutcome::Status::Duplicate);
        QCOMPARE(count(db, u"articles"_s), 4);
        QCOMPARE(count(db, u"blocks"_s), blocks);
    }

    void badFilesAreRefusedAloneAndLeaveTheLibraryUntouched_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QByteArray() << u"empty"_s;
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << u"PNG"_s;
        QTest::newRow("elf") << QByteArray("\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0", 16) << u"binary"_s;
        QTest::newRow("whitespace only") << QByteArray(" \n\t\n  \n") << u"no text"_s;
    }

    void badFilesAreRefusedAloneAndLeaveTheLibraryUntouched()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        PARALLAX_NEW_LIBRARY(location, &dir);
        Database db(location);
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        ArticleStore store(db);
        Importer importer(store);
        importer.importFile(sampleDir + u"/valley-post.txt"_s, {});
        const int before = count(db, u"blocks"_s);

        const QString bad = dir.filePath(u"bad.txt"_s);
        writeFile(bad, bytes);
        const auto outcomes = importer.importPaths({bad, sampleDir + u"/meridian-radio.md"_s}, {});
        QCOMPARE(outcomes.size(), 2);
        QCOMPARE(outcomes[0].status, ImportOutcome::Status::Failed);
        QVERIFY2(outcomes[0].message.contains(reason, Qt::CaseInsensitive), qPrintable(outcomes[0].message));
        QCOMPARE(outcomes[0].path, bad);
        QCOMPARE(outcomes[1].status, ImportOutcome::Status::Imported);
        QCOMPARE(count(db, u"articles"_s), 2);
        QVERIFY(count(db, u"blocks"_s) > before);
        QCOMPARE(integrity(db), u"ok"_s);
    }

    void oversizedFileIsRefusedWithoutReadingIt()
    {
        QTemporaryDir dir;
        const QString huge = dir.filePath(u"huge.txt"_s);
        QFile file(huge);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(Importer::maxFileBytes + 1)); // sparse: nothing to read in a second
        file.close();
        PARALLAX_NEW_LIBRARY(location, nullptr);
        Database db(location);
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        ArticleStore store(db);
        QElapsedTimer timer;
        timer.start();
        const auto outcome = Importer(store).importFile(huge, {});
        QCOMPARE(outcome.status, ImportOutcome::Status::Failed);
        QVERIFY2(outcome.message.contains(u"too large"_s), qPrintable(outcome.message));
        QVERIFY(timer.elapsed() < 1000);
        QCOMPARE(count(db, u"articles"_s), 0);
    }

    void missingPathsAreReported()
    {
        PARALLAX_NEW_LIBRARY(location, nullptr);
        Database db(location);
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        ArticleStore store(db);
        const auto outcomes = Importer(store).importPaths({u"/nonexistent/parallax/file.txt"_s}, {});
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes[0].status, ImportOutcome::Status::Failed);
        QVERIFY(outcomes[0].message.contains(u"no such"_s));
    }

    void givenOutletWinsOverTheText()
    {
        PARALLAX_NEW_LIBRARY(location, nullptr);
        Database db(location);
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        ArticleStore store(db);
        const auto outcome = Importer(store).importFile(sampleDir + u"/valley-post.txt"_s, {{}, u"Valley Post Online"_s});
        QCOMPARE(store.article(outcome.articleId)->meta.outlet, u"Valley Post Online"_s);
    }

    void progressAndCancellation()
    {
        PARALLAX_NEW_LIBRARY(location, nullptr);
        Database db(location);
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        ArticleStore store(db);
        Importer importer(store);
        std::atomic_bool cancelled = false;
        QList<int> done;
        const auto outcomes = importer.importPaths(
            {sampleDir}, {},
            [&](int finished, int total, const QString &) {
                QCOMPARE(total, 4);
                done.append(finished);
                if (finished == 2)
                    cancelled = true;
            },
            &cancelled);
        QCOMPARE(outcomes.size(), 2);
        QCOMPARE(done, (QList<int>{1, 2}));
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
