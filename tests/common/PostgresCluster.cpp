#include "PostgresCluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QUrl>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace parallax::testing {
namespace {

constexpr auto binaries = "/usr/lib/postgresql/15/bin"_L1;

int freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

void stopShared()
{
    PostgresCluster::shared().stop();
}

} // namespace

PostgresCluster &PostgresCluster::shared()
{
    static PostgresCluster cluster;
    return cluster;
}

PostgresCluster::PostgresCluster()
    : m_bin(binaries)
{
    if (!QFileInfo::exists(m_bin + u"/initdb"_s) || !QFileInfo::exists(m_bin + u"/pg_ctl"_s)) {
        m_binariesMissing = true;
        m_error = u"PostgreSQL 15 is not installed (%1/initdb is missing); packaging/install-deps.sh installs "
                  "postgresql-15"_s.arg(m_bin);
        return;
    }
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
        m_error = u"the Qt PostgreSQL driver is missing; packaging/install-deps.sh installs libqt6sql6-psql"_s;
        return;
    }
    if (initialise()) {
        m_running = true;
        qAddPostRoutine(stopShared);
    }
}

PostgresCluster::~PostgresCluster()
{
    stop();
}

bool PostgresCluster::initialise()
{
    if (!m_dir.isValid()) {
        m_error = u"no temporary folder: "_s + m_dir.errorString();
        return false;
    }
    // initdb will not run as root; the cluster then belongs to nobody.
    m_asNobody = ::geteuid() == 0;
    if (m_asNobody) {
        const passwd *nobody = ::getpwnam("nobody");
        if (!nobody || ::chown(QFile::encodeName(m_dir.path()).constData(), nobody->pw_uid, nobody->pw_gid) != 0) {
            m_error = u"cannot hand %1 to the user nobody"_s.arg(m_dir.path());
            return false;
        }
    }
    const QString passwordFile = m_dir.filePath(u"password"_s);
    {
        QFile file(passwordFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(ownerPassword().toUtf8() + '\n') < 0) {
            m_error = u"cannot write "_s + passwordFile;
            return false;
        }
    }
    if (m_asNobody)
        QFile::setPermissions(passwordFile, QFile::ReadOwner | QFile::ReadOther);
    QString output = run(u"initdb"_s, {u"-D"_s, m_dir.filePath(u"data"_s), u"-U"_s, superuser(), u"--pwfile"_s,
                                       passwordFile, u"--auth-local=trust"_s, u"--auth-host=scram-sha-256"_s,
                                       u"-E"_s, u"UTF8"_s, u"--locale=C.UTF-8"_s, u"--no-sync"_s});
    QFile::remove(passwordFile);
    if (!output.isEmpty()) {
        m_error = u"initdb failed: "_s + output;
        return false;
    }
    m_port = freePort();
    if (m_port == 0 || !start())
        return false;
    const QString setUp = exec(u"postgres"_s, u"CREATE ROLE %1 LOGIN PASSWORD '%2'"_s.arg(
                                                  ownerRole(), ownerPassword().replace(u'\'', u"''"_s)));
    if (!setUp.isEmpty()) {
        m_error = setUp;
        return false;
    }
    return true;
}

bool PostgresCluster::start()
{
    // Durability is not what the tests are about; speed is.
    const QString options = u"-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off "
                            "-c full_page_writes=off -c max_connections=60"_s.arg(m_port)
                                .arg(m_dir.path());
    const QString output = run(u"pg_ctl"_s, {u"-D"_s, m_dir.filePath(u"data"_s), u"-o"_s, options, u"-w"_s, u"-l"_s,
                                             m_dir.filePath(u"server.log"_s), u"start"_s});
    if (!output.isEmpty()) {
        QFile log(m_dir.filePath(u"server.log"_s));
        log.open(QIODevice::ReadOnly);
        m_error = u"pg_ctl start failed: "_s + output + u'\n' + QString::fromUtf8(log.readAll());
        return false;
    }
    m_running = true;
    return true;
}

bool PostgresCluster::stop()
{
    if (!m_running)
        return true;
    m_running = false;
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (name.startsWith(u"postgres-cluster-"_s))
            QSqlDatabase::removeDatabase(name);
    }
    return run(u"pg_ctl"_s, {u"-D"_s, m_dir.filePath(u"data"_s), u"-m"_s, u"fast"_s, u"-w"_s, u"stop"_s}).isEmpty();
}

QString PostgresCluster::run(const QString &binary, const QStringList &arguments) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_dir.path());
    if (m_asNobody)
        process.start(u"runuser"_s, QStringList{u"-u"_s, u"nobody"_s, u"--"_s, m_bin + u'/' + binary} + arguments);
    else
        process.start(m_bin + u'/' + binary, arguments);
    if (!process.waitForFinished(120000))
        return binary + u" did not finish: "_s + process.errorString();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QString::fromUtf8(process.readAll()).trimmed() + u" (exit code %1)"_s.arg(process.exitCode());
    return {};
}

bool PostgresCluster::giveToServer(const QString &path) const
{
    if (!m_asNobody)
        return true;
    const passwd *nobody = ::getpwnam("nobody");
    return nobody && ::chown(QFile::encodeName(path).constData(), nobody->pw_uid, nobody->pw_gid) == 0;
}

QString PostgresCluster::enableTls(const QString &certificate, const QString &key)
{
    const QString data = m_dir.filePath(u"data"_s);
    for (const auto &[from, to] : {std::pair{certificate, u"server.crt"_s}, std::pair{key, u"server.key"_s}}) {
        const QString target = data + u'/' + to;
        QFile::remove(target);
        if (!QFile::copy(from, target) || !QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner)
            || !giveToServer(target))
            return u"cannot put %1 in the cluster"_s.arg(from);
    }
    // ssl_cert_file and ssl_key_file default to these names in the data folder.
    for (const QString &sql : {u"ALTER SYSTEM SET ssl = on"_s, u"SELECT pg_reload_conf()"_s}) {
        const QString error = exec(u"postgres"_s, sql);
        if (!error.isEmpty())
            return error;
    }
    return {};
}

QString PostgresCluster::newDatabase()
{
    const QString name = u"library_%1"_s.arg(++m_databases);
    const QString error = exec(u"postgres"_s, u"CREATE DATABASE %1 OWNER %2"_s.arg(name, ownerRole()));
    return error.isEmpty() ? name : QString();
}

QString PostgresCluster::url(const QString &database, const QString &role, const QString &password,
                             const QString &options) const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_port);
    url.setUserName(role);
    if (!password.isEmpty())
        url.setPassword(password);
    url.setPath(u'/' + database);
    if (!options.isEmpty())
        url.setQuery(options);
    return url.toString(QUrl::FullyEncoded);
}

QString PostgresCluster::exec(const QString &database, const QString &sql) const
{
    const QString name = u"postgres-cluster-"_s + database;
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name, false)
                                                   : QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    if (!db.isOpen()) {
        db.setHostName(m_dir.path()); // the Unix socket, where the superuser is trusted
        db.setPort(m_port);
        db.setDatabaseName(database);
        db.setUserName(superuser());
        if (!db.open())
            return db.lastError().text();
    }
    QSqlQuery query(db);
    if (!query.exec(sql))
        return query.lastError().text();
    return {};
}

} // namespace parallax::testing
