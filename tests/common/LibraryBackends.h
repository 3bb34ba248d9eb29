#pragma once

// Runs a Qt Test suite on both library backends: its initTestCase_data()
// calls addLibraryBackends(), and every test function then runs once on an
// SQLite library and once on a PostgreSQL one, each opening its library with
// PARALLAX_NEW_LIBRARY.

#include "PostgresCluster.h"

#include <QTemporaryDir>
#include <QTest>

namespace parallax::testing {

inline void addLibraryBackends()
{
    QTest::addColumn<bool>("postgres");
    QTest::newRow("sqlite") << false;
    QTest::newRow("postgresql") << true;
}

inline bool onPostgres()
{
    return *static_cast<bool *>(QTest::qGlobalData("postgres", qMetaTypeId<bool>()));
}

// A new, empty library for this row: a file in dir (empty when dir is
// null: a private in-memory one) or a fresh database on the shared server.
inline QString newLibraryLocation(const QTemporaryDir *dir)
{
    if (!onPostgres())
        return dir ? dir->filePath(QStringLiteral("library.sqlite")) : QStringLiteral(":memory:");
    PostgresCluster &cluster = PostgresCluster::shared();
    return cluster.url(cluster.newDatabase());
}

} // namespace parallax::testing

// Skips only when PostgreSQL is not installed (and says so loudly); fails
// when it is but the cluster would not start.
#define PARALLAX_REQUIRE_POSTGRES()                                                                             \
    do {                                                                                                        \
        if (parallax::testing::PostgresCluster::shared().binariesMissing()) {                                   \
            qWarning("*** PostgreSQL tests SKIPPED: %s",                                                        \
                     qPrintable(parallax::testing::PostgresCluster::shared().errorString()));                   \
            QSKIP("PostgreSQL is not installed");                                                               \
        }                                                                                                       \
        QVERIFY2(parallax::testing::PostgresCluster::shared().isRunning(),                                      \
                 qPrintable(parallax::testing::PostgresCluster::shared().errorString()));                       \
    } while (false)

// QString location = new library for the row; skips or fails as above.
#define PARALLAX_NEW_LIBRARY(location, dir)                                                                     \
    if (parallax::testing::onPostgres())                                                                        \
        PARALLAX_REQUIRE_POSTGRES();                                                                            \
    const QString location = parallax::testing::newLibraryLocation(dir);                                        \
    QVERIFY2(!location.isEmpty(), "no new library could be made")

// For what only a library file has (its schema ladder from version 1,
// PRAGMAs, backups beside it).
#define PARALLAX_SQLITE_ONLY(why)                                                                               \
    if (parallax::testing::onPostgres())                                                                        \
    QSKIP(why)
