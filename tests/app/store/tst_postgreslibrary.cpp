// A library on a PostgreSQL server: what only a server library has (roles,
// passwords, TLS modes, a schema made at once). The stores' own suites run
// on both backends.

#include "CliRun.h"
#include "LibraryBackends.h"

#include "store/AnnotationStore.h"
#include "store/ArticleStore.h"
#include "store/Database.h"
#include "store/Schema.h"
#include "store/StoryStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace Qt::StringLiterals;
using namespace parallax;
using testing::PostgresCluster;

namespace {

Article sampleArticle(const QByteArray &bytes)
{
    Article article;
    article.encoding = u"UTF-8"_s;
    article.original = bytes;
    article.contentHash = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    article.meta.outlet = u"The Harbour Gazette"_s;
    article.meta.title = u"Ferry strike ends"_s;
    article.blocks = {{u"Crews voted on Monday. Services resume today."_s, BlockRole::Body, false, {{0, 22}, {23, 45}}}};
    return article;
}

// Sets an environment variable for one scope.
class ScopedEnv final
{
public:
    ScopedEnv(const char *name, const QByteArray &value)
        : m_name(name)
        , m_old(qgetenv(name))
        , m_had(qEnvironmentVariableIsSet(name))
    {
        qputenv(name, value);
    }
    ~ScopedEnv()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char *m_name;
    QByteArray m_old;
    bool m_had;
};

// A CA, a server certificate it signed for localhost, and a stranger's CA.
bool makeCertificates(const QTemporaryDir &dir)
{
    {
        QFile extensions(dir.filePath(u"server.ext"_s));
        if (!extensions.open(QIODevice::WriteOnly) || extensions.write("subjectAltName=DNS:localhost\n") < 0)
            return false;
    }
    const QStringList key = {u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s};
    const QList<QStringList> steps = {
        QStringList{u"req"_s, u"-x509"_s, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=Parallax Test CA"_s, u"-keyout"_s,
                    u"ca.key"_s, u"-out"_s, u"ca.crt"_s} + key,
        QStringList{u"req"_s, u"-x509"_s, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=Stranger CA"_s, u"-keyout"_s,
                    u"stranger.key"_s, u"-out"_s, u"stranger.crt"_s} + key,
        QStringList{u"req"_s, u"-subj"_s, u"/CN=localhost"_s, u"-keyout"_s, u"server.key"_s, u"-out"_s,
                    u"server.csr"_s} + key,
        {u"x509"_s, u"-req"_s, u"-days"_s, u"2"_s, u"-in"_s, u"server.csr"_s, u"-CA"_s, u"ca.crt"_s, u"-CAkey"_s,
         u"ca.key"_s, u"-CAcreateserial"_s, u"-extfile"_s, u"server.ext"_s, u"-out"_s, u"server.crt"_s},
    };
    for (const QStringList &arguments : steps) {
        QProcess openssl;
        openssl.setWorkingDirectory(dir.path());
        openssl.setProcessChannelMode(QProcess::MergedChannels);
        openssl.start(u"openssl"_s, arguments);
        if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
            qWarning() << "openssl" << arguments << openssl.readAll();
            return false;
        }
    }
    return true;
}

} // namespace

class TestPostgresLibrary final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        PARALLAX_REQUIRE_POSTGRES();
    }

    void newLibraryIsMadeAtOnceAtTheCurrentSchema()
    {
        PostgresCluster &cluster = PostgresCluster::shared();
        const QString url = cluster.url(cluster.newDatabase());
        {
            Database db(url);
            QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
            QVERIFY(db.isServer());
            QCOMPARE(&db.dialect(), &SqlDialect::postgresql());
            QCOMPARE(schema::version(db.connection()), schema::currentVersion);
            QSqlQuery query(db.connection());
            QVERIFY(query.exec(u"SELECT count(*) FROM pg_indexes WHERE indexname = 'blocks_search'"_s) && query.next());
            QCOMPARE(query.value(0).toInt(), 1);
            QVERIFY(ArticleStore(db).add(sampleArticle("kept")).error.isEmpty());
        }
        Database again(url);
        QVERIFY2(again.isOpen(), qPrintable(again.errorString()));
        QCOMPARE(ArticleStore(again).summaries().size(), 1);
    }

    // Several people opening a new shared library at the same moment: one
    // creates it, the others wait for the write lock and find it made.
    void manyOpeningANewLibraryAtOnceAllSucceed()
    {
        PostgresCluster &cluster = PostgresCluster::shared();
        // Four at once whatever the number of cores.
        QThreadPool pool;
        pool.setMaxThreadCount(4);
        for (int round = 0; round < 3; ++round) {
            const QString url = cluster.url(cluster.newDatabase());
            QList<QFuture<QString>> opens;
            for (int person = 0; person < 4; ++person) {
                opens.append(QtConcurrent::run(&pool, [url] {
                    const Database db(url);
                    return db.errorString();
                }));
            }
            for (QFuture<QString> &open : opens)
                QCOMPARE(open.result(), QString());
        }
    }

    // Two writers (as two machines would) import at once, 150 articles of
    // their own and the same 50, while a third reads: each article lands
    // once, none fails.
    void twoWritersAtOnceStoreEachArticleOnce()
    {
        PostgresCluster &cluster = PostgresCluster::shared();
        const QString url = cluster.url(cluster.newDatabase());
        Database(url).isOpen(); // made before the race, which the test above covers
        const auto writer = [url](const QByteArray &name) {
            Database db(url);
            ArticleStore store(db);
            QStringList errors;
            for (int i = 0; i < 200; ++i) {
                const QByteArray bytes = (i < 50 ? QByteArray("shared") : name) + ' ' + QByteArray::number(i);
                const auto added = store.add(sampleArticle(bytes), u"Ferries"_s);
                if (!added.error.isEmpty())
                    errors.append(added.error);
            }
            return errors;
        };
        // A pool of its own: the global one has a thread per core, and on two
        // cores the reader would wait for a writer to finish.
        QThreadPool pool;
        pool.setMaxThreadCount(3);
        QFuture<QStringList> one = QtConcurrent::run(&pool, writer, QByteArray("one"));
        QFuture<QStringList> two = QtConcurrent::run(&pool, writer, QByteArray("two"));
        QFuture<int> reader = QtConcurrent::run(&pool, [url, &one, &two] {
            Database db(url);
            ArticleStore store(db);
            int reads = 0;
            while (!one.isFinished() || !two.isFinished()) {
                store.summaries();
                store.search(u"crews"_s);
                ++reads;
            }
            return reads;
        });
        QCOMPARE(one.result(), QStringList());
        QCOMPARE(two.result(), QStringList());
        QVERIFY(reader.result() > 0);
        Database db(url);
        QSqlQuery query(db.connection());
        QVERIFY(query.exec(u"SELECT count(*), count(DISTINCT content_hash) FROM articles"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 350);
        QCOMPARE(query.value(1).toInt(), 350);
        QCOMPARE(StoryStore(db).story(u"ferries"_s)->articleIds.size(), 350);
    }

    void libraryFromNewerVersionIsRefused()
    {
        PostgresCluster &cluster = PostgresCluster::shared();
        const QString url = cluster.url(cluster.newDatabase());
        {
            Database db(url);
            QVERIFY(QSqlQuery(db.connection()).exec(u"UPDATE parallax_schema SET version = 99"_s));
        }
        Database db(url);
        QVERIFY(!db.isOpen());
        QVERIFY2(db.errorString().contains(u"newer Parallax"_s), qPrintable(db.errorString()));
    }

    // The password stays in the connection: not in path(), which is shown
    // and kept in the settings, nor in an error.
    void passwordIsNeverShown()
    {
        PostgresCluster &cluster = PostgresCluster::shared();
        const QString url = cluster.url(cluster.newDatabase());
        Database db(url);
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        QVERIFY(!db.path().contains(u"pass"_s));
        QVERIFY(db.path().startsWith(u"postgresql://parallax@127.0.0.1:"_s));

        Database wrong(cluster.url(u"no_such_library"_s));
        QVERIFY(!wrong.isOpen());
        QVERIFY2(!wrong.errorString().contains(u"pass"_s), qPrintable(wrong.errorString()));
        QVERIFY2(wrong.errorString().contains(u"no_such_library"_s), qPrintable(wrong.errorString()));

        const auto run = testing::parallaxRun({u"list"_s, u"--library"_s, cluster.url(u"no_such_library"_s)});
        QCOMPARE(run.exitCode, int(cli::LibraryError));
        QVERIFY2(!run.err.contains(u"pass"_s), qPrintable(run.err));
    }

    // Without a password in the URL, libpq reads PGPASSFILE (or ~/.pgpass).
    void passwordComesFromThePasswordFile()
    {
        PostgresCluster &cluster = PostgresCluster::shared();
        const QString url = cluster.url(cluster.newDatabase(), PostgresCluster::ownerRole(), {});
        QTemporaryDir dir;
        const QString passFile = dir.filePath(u"pgpass"_s);
        {
            ScopedEnv none("PGPASSFILE", QFile::encodeName(dir.filePath(u"missing"_s)));
            Database refused(url);
            QVERIFY(!refused.isOpen());
            QVERIFY2(refused.errorString().contains(u"password"_s), qPrintable(refused.errorString()));
        }
        QFile file(passFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // pgpass escapes ':' and '\' with a backslash.
        QString password = PostgresCluster::ownerPassword();
        password.replace(u'\\', u"\\\\"_s).replace(u':', u"\\:"_s);
        file.write(u"127.0.0.1:%1:*:%2:%3\n"_s.arg(cluster.port()).arg(PostgresCluster::ownerRole(), password).toUtf8());
        file.close();
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)); // libpq ignores a readable one
        ScopedEnv env("PGPASSFILE", QFile::encodeName(passFile));
        Database db(url);
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
    }

    // sslmode from the URL reaches libpq: this server has no TLS, so
    // "require" must fail where "disable" connects.
    void sslModeFromTheUrlIsHonoured()
    {
        PostgresCluster &cluster = PostgresCluster::shared();
        const QString name = cluster.newDatabase();
        Database plain(cluster.url(name, PostgresCluster::ownerRole(), PostgresCluster::ownerPassword(), u"sslmode=disable"_s));
        QVERIFY2(plain.isOpen(), qPrintable(plain.errorString()));
        Database secure(cluster.url(name, PostgresCluster::ownerRole(), PostgresCluster::ownerPassword(), u"sslmode=require"_s));
        QVERIFY(!secure.isOpen());
        QVERIFY2(secure.errorString().contains(u"SSL"_s), qPrintable(secure.errorString()));
    }

    // With TLS on the server, "require" encrypts, and "verify-full" also
    // checks the server's certificate against the CA named in the URL and
    // the host name against the certificate: our CA and "localhost" pass, a
    // stranger's CA or another name (127.0.0.1, not in the certificate) fail.
    void tlsModesAreHonouredWithASelfSignedCa()
    {
        QTemporaryDir dir;
        QVERIFY2(makeCertificates(dir), "openssl could not make the test certificates");
        PostgresCluster &cluster = PostgresCluster::shared();
        QCOMPARE(cluster.enableTls(dir.filePath(u"server.crt"_s), dir.filePath(u"server.key"_s)), QString());
        const QString name = cluster.newDatabase();
        const auto urlFor = [&](const QString &host, const QString &options) {
            return cluster.url(name, PostgresCluster::ownerRole(), PostgresCluster::ownerPassword(), options)
                .replace(u"@127.0.0.1:"_s, u'@' + host + u':');
        };
        const QString ca = dir.filePath(u"ca.crt"_s);
        const QString stranger = dir.filePath(u"stranger.crt"_s);
        {
            Database db(urlFor(u"127.0.0.1"_s, u"sslmode=require"_s));
            QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
            QSqlQuery query(db.connection());
            QVERIFY(query.exec(u"SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"_s) && query.next());
            QVERIFY(query.value(0).toBool());
        }
        {
            Database db(urlFor(u"localhost"_s, u"sslmode=verify-full&sslrootcert="_s + ca));
            QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        }
        {
            Database db(urlFor(u"localhost"_s, u"sslmode=verify-full&sslrootcert="_s + stranger));
            QVERIFY(!db.isOpen());
            QVERIFY2(db.errorString().contains(u"certificate"_s), qPrintable(db.errorString()));
        }
        {
            Database db(urlFor(u"127.0.0.1"_s, u"sslmode=verify-full&sslrootcert="_s + ca));
            QVERIFY(!db.isOpen());
            QVERIFY2(db.errorString().contains(u"127.0.0.1"_s), qPrintable(db.errorString()));
        }
    }

    // A role granted SELECT only opens and reads the library; every write
    // says, in words, that it may not change it.
    void readOnlyRoleReadsAndIsToldItCannotWrite()
    {
        PostgresCluster &cluster = PostgresCluster::shared();
        const QString name = cluster.newDatabase();
        qint64 id = 0;
        {
            Database owner(cluster.url(name));
            QVERIFY2(owner.isOpen(), qPrintable(owner.errorString()));
            id = ArticleStore(owner).add(sampleArticle("shared"), u"Ferries"_s).id;
            QVERIFY(id > 0);
        }
        QCOMPARE(cluster.exec(u"postgres"_s, u"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'reader') "
                                             "THEN CREATE ROLE reader LOGIN PASSWORD 'reader'; END IF; END $$"_s),
                 QString());
        QCOMPARE(cluster.exec(name, u"GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader"_s), QString());

        Database db(cluster.url(name, u"reader"_s, u"reader"_s));
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        ArticleStore articles(db);
        QCOMPARE(articles.summaries().size(), 1);
        QCOMPARE(articles.article(id)->meta.title, u"Ferry strike ends"_s);
        QCOMPARE(articles.search(u"crews"_s).size(), 1);
        QCOMPARE(StoryStore(db).stories().size(), 1);

        const QString readOnly = u"may read this library but not change it"_s;
        const auto added = articles.add(sampleArticle("not allowed"));
        QVERIFY2(added.error.contains(readOnly), qPrintable(added.error));
        QVERIFY(!articles.setMetadata(id, {}));
        QVERIFY2(articles.lastError().contains(readOnly), qPrintable(articles.lastError()));
        QVERIFY(!articles.setBlockRole(id, 0, BlockRole::Furniture));
        QVERIFY2(articles.lastError().contains(readOnly), qPrintable(articles.lastError()));
        QVERIFY(!articles.remove(id));
        QVERIFY2(articles.lastError().contains(readOnly), qPrintable(articles.lastError()));
        StoryStore stories(db);
        QVERIFY(!stories.create(u"Mine"_s));
        QVERIFY2(stories.lastError().contains(readOnly), qPrintable(stories.lastError()));
        AnnotationStore notes(db);
        Annotation note;
        note.articleId = id;
        note.end = 5;
        QVERIFY(!notes.add(note));
        QVERIFY2(notes.lastError().contains(readOnly), qPrintable(notes.lastError()));
        QCOMPARE(articles.summaries().size(), 1);
    }

    // The server restarts during an import: the write that meets it fails
    // with a message and leaves nothing behind, the next ones connect again
    // and go ahead.
    void serverRestartFailsOneWriteAndTheNextReconnect()
    {
        PostgresCluster &cluster = PostgresCluster::shared();
        Database db(cluster.url(cluster.newDatabase()));
        QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
        ArticleStore store(db);
        QVERIFY(store.add(sampleArticle("before")).error.isEmpty());
        QVERIFY(cluster.stop());
        const auto lost = store.add(sampleArticle("while down"));
        QVERIFY(!lost.error.isEmpty());
        QVERIFY(cluster.start());
        const auto after = store.add(sampleArticle("after"));
        QVERIFY2(after.error.isEmpty(), qPrintable(after.error));
        QVERIFY(store.add(sampleArticle("while down")).error.isEmpty());
        QCOMPARE(store.summaries().size(), 3);
        for (const ArticleSummary &summary : store.summaries())
            QCOMPARE(store.article(summary.id)->blocks.size(), 1);
    }

    void backupCommandsPointToPgDump()
    {
        PostgresCluster &cluster = PostgresCluster::shared();
        const QString url = cluster.url(cluster.newDatabase());
        for (const QString &command : {u"backup"_s, u"restore-backup"_s}) {
            const auto run = testing::parallaxRun({command, u"--library"_s, url});
            QCOMPARE(run.exitCode, int(cli::LibraryError));
            QVERIFY2(run.err.contains(u"pg_dump"_s), qPrintable(run.err));
            QVERIFY2(!run.err.contains(u"pass"_s), qPrintable(run.err));
        }
    }

    // Every command takes the URL as --library.
    void commandsWorkOnAServerLibrary()
    {
        PostgresCluster &cluster = PostgresCluster::shared();
        const QString url = cluster.url(cluster.newDatabase());
        QTemporaryDir dir;
        QFile file(dir.filePath(u"ferry.txt"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Ferry strike ends\n\nCrews voted on Monday. Services resume today.\n");
        file.close();
        auto run = testing::parallaxRun({u"import"_s, u"--library"_s, url, u"--story"_s, u"Ferries"_s, file.fileName()});
        QVERIFY2(run.exitCode == cli::Success, qPrintable(run.err));
        run = testing::parallaxRun({u"list"_s, u"--library"_s, url});
        QVERIFY2(run.exitCode == cli::Success, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"Ferry strike ends"_s), qPrintable(run.out));
        run = testing::parallaxRun({u"show"_s, u"--library"_s, url, u"1"_s});
        QVERIFY2(run.exitCode == cli::Success, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"Crews voted"_s), qPrintable(run.out));
    }
};

QTEST_GUILESS_MAIN(TestPostgresLibrary)
#include "tst_postgreslibrary.moc"
