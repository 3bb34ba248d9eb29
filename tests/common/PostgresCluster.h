#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace parallax::testing {

// A throwaway PostgreSQL 15 server for the tests of one executable: initdb
// into a temporary folder (as the unprivileged user nobody when the tests
// run as root, since initdb refuses root), pg_ctl start on a free port of
// 127.0.0.1, stopped and removed when the executable ends. Started on first
// use and shared by every test function, since a cluster takes seconds.
class PostgresCluster final
{
    Q_DISABLE_COPY_MOVE(PostgresCluster)
public:
    static PostgresCluster &shared();
    ~PostgresCluster();

    // The server binaries are not installed: the only reason to skip.
    bool binariesMissing() const { return m_binariesMissing; }
    bool isRunning() const { return m_running; }
    QString errorString() const { return m_error; }

    // The login role that owns the libraries the tests make, its password,
    // and the superuser's name (whose password is the same).
    static QString ownerRole() { return QStringLiteral("parallax"); }
    static QString superuser() { return QStringLiteral("parallax_admin"); }
    static QString ownerPassword() { return QStringLiteral("a'quoted;pass$word"); }
    int port() const { return m_port; }

    // A new, empty database owned by ownerRole(); its name.
    QString newDatabase();
    // postgresql://ROLE:PASSWORD@127.0.0.1:PORT/DATABASE[?options];
    // an empty password leaves it out of the URL.
    QString url(const QString &database, const QString &role = ownerRole(), const QString &password = ownerPassword(),
                const QString &options = {}) const;
    // Runs SQL as the superuser in the database; empty or the error.
    QString exec(const QString &database, const QString &sql) const;

    // Turns TLS on with this certificate and key (copied into the cluster,
    // readable by its owner only, as the server demands); empty or the error.
    QString enableTls(const QString &certificate, const QString &key);

    bool stop();
    bool start();

private:
    PostgresCluster();
    bool initialise();
    // Hands a file in the cluster's folder to the user the server runs as.
    bool giveToServer(const QString &path) const;
    // Runs a server binary as the cluster's owner; empty or its output on failure.
    QString run(const QString &binary, const QStringList &arguments) const;

    QTemporaryDir m_dir;
    QString m_bin;
    bool m_binariesMissing = false;
    bool m_running = false;
    bool m_asNobody = false;
    int m_port = 0;
    int m_databases = 0;
    QString m_error;
};

} // namespace parallax::testing
