#include "store/LibraryLocation.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace parallax;

class TestLibraryLocation final : public QObject
{
    Q_OBJECT
private slots:
    void aPathIsAFile()
    {
        const LibraryLocation where(u"/home/ann/library.sqlite"_s);
        QVERIFY(!where.isServer());
        QVERIFY(where.isValid());
        QCOMPARE(where.displayText(), u"/home/ann/library.sqlite"_s);
    }

    void aUrlNamesTheServerAndLeavesThePasswordOutOfSight()
    {
        const LibraryLocation where(u"postgresql://desk:s%40cr%3At@db.example:6543/news?sslmode=verify-full"_s);
        QVERIFY(where.isServer());
        QVERIFY2(where.isValid(), qPrintable(where.errorString()));
        QCOMPARE(where.host(), u"db.example"_s);
        QCOMPARE(where.port(), 6543);
        QCOMPARE(where.userName(), u"desk"_s);
        QCOMPARE(where.password(), u"s@cr:t"_s);
        QCOMPARE(where.databaseName(), u"news"_s);
        QCOMPARE(where.connectOptions(), QStringList{u"sslmode=verify-full"_s});
        QCOMPARE(where.displayText(), u"postgresql://desk@db.example:6543/news?sslmode=verify-full"_s);
    }

    void defaultsAndTheShortScheme()
    {
        const LibraryLocation where(u"postgres://desk@db.example/news"_s);
        QVERIFY(where.isServer());
        QVERIFY(where.isValid());
        QCOMPARE(where.port(), 5432);
        QVERIFY(where.password().isEmpty()); // libpq then reads ~/.pgpass
    }

    void whatCannotBeUsedIsRefused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no database") << u"postgresql://desk:pw@db.example:5432/"_s << u"no database"_s;
        QTest::newRow("unknown option") << u"postgresql://desk:pw@db.example/news?sslmod=require"_s << u"sslmod"_s;
        QTest::newRow("option smuggling") << u"postgresql://desk:pw@db.example/news?options=a%3Bpassword%3Dx"_s
                                          << u"';'"_s;
        QTest::newRow("no server") << u"postgresql:///news"_s << u"no server"_s;
    }

    void whatCannotBeUsedIsRefused()
    {
        QFETCH(QString, url);
        QFETCH(QString, reason);
        const LibraryLocation where(url);
        QVERIFY(where.isServer());
        QVERIFY(!where.isValid());
        QVERIFY2(where.errorString().contains(reason), qPrintable(where.errorString()));
        QVERIFY(!where.displayText().contains(u"pw"_s));
        QVERIFY(!where.errorString().contains(u"pw"_s));
    }
};

QTEST_GUILESS_MAIN(TestLibraryLocation)
#include "tst_librarylocation.moc"
