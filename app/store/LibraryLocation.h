#pragma once

#include <QString>
#include <QStringList>

namespace parallax {

// Where a library lives, as a person names it: a file path (SQLite, the
// default) or a postgresql://user[:password]@host[:port]/database[?options]
// URL for a shared library on a PostgreSQL server.
class LibraryLocation final
{
public:
    explicit LibraryLocation(const QString &text);

    bool isServer() const { return m_server; }
    // Only for a server URL that could not be read; errorString() says why.
    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    // The file path, or the URL with any password left out: what may be
    // shown, logged or kept in the settings.
    QString displayText() const { return m_display; }

    // The parts of a server URL. An empty password leaves libpq to find one
    // in PGPASSFILE or ~/.pgpass.
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString databaseName() const { return m_database; }
    QString userName() const { return m_user; }
    QString password() const { return m_password; }
    // libpq connection options from the URL's query (sslmode=require,
    // sslrootcert=…, connect_timeout=…), as QPSQL takes them.
    QStringList connectOptions() const { return m_options; }

    // Text that names a server library rather than a file.
    static bool looksLikeServer(const QString &text);

private:
    bool m_server = false;
    QString m_error;
    QString m_display;
    QString m_host;
    int m_port = 5432;
    QString m_database;
    QString m_user;
    QString m_password;
    QStringList m_options;
};

} // namespace parallax
