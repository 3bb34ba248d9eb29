#pragma once

// An HTTP server inside the test, on 127.0.0.1 only, that can answer
// honestly, lie, redirect, trickle, stall or never end. It runs on the test's
// own event loop, so the fetcher under test and the server take turns.

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace parallax::testing {

struct HttpReply {
    enum class Delivery {
        Whole,   // head and body, then the connection closes
        Stall,   // head and the body, then silence with the connection open
        Trickle, // head without a length, then one byte of the body every 20 ms, for ever
        Endless, // head without a length, then bytes as fast as they go, for ever
    };
    int status = 200;
    QByteArray reason = "OK";
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Delivery delivery = Delivery::Whole;

    static HttpReply page(const QByteArray &body, const QByteArray &contentType = "text/html; charset=utf-8")
    {
        HttpReply reply;
        reply.headers = {{"Content-Type", contentType}};
        reply.body = body;
        return reply;
    }
    static HttpReply redirect(const QByteArray &location, int status = 302)
    {
        HttpReply reply;
        reply.status = status;
        reply.reason = "Found";
        reply.headers = {{"Location", location}};
        return reply;
    }
    static HttpReply error(int status, const QByteArray &reason)
    {
        HttpReply reply;
        reply.status = status;
        reply.reason = reason;
        reply.headers = {{"Content-Type", "text/html"}};
        reply.body = "<html><body><p>" + reason + "</p></body></html>";
        return reply;
    }
};

class LocalHttpServer final : public QObject
{
public:
    LocalHttpServer()
    {
        // Never any other address: the tests must not reach the network.
        m_server.listen(QHostAddress::LocalHost);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }
    ~LocalHttpServer() override
    {
        for (const QPointer<QTcpSocket> &socket : std::as_const(m_sockets)) {
            if (socket)
                socket->abort();
        }
    }

    bool isListening() const { return m_server.isListening(); }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    QByteArray urlBytes(const QString &path) const { return url(path).toEncoded(); }
    void route(const QByteArray &path, const HttpReply &reply) { m_routes.insert(path, reply); }
    // Every request line's path, in order.
    const QList<QByteArray> &requests() const { return m_requests; }
    // Headers of the last request, lower-case names.
    const QHash<QByteArray, QByteArray> &lastHeaders() const { return m_lastHeaders; }

private:
    void serve(QTcpSocket *socket)
    {
        m_sockets.append(socket);
        socket->setParent(this);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            QByteArray &pending = m_pending[socket];
            pending += socket->readAll();
            // A TLS client at a plain server: answer in plain text, as a
            // misconfigured server would, so its handshake fails.
            if (pending.startsWith('\x16')) {
                socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
                socket->disconnectFromHost();
                return;
            }
            const qsizetype end = pending.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = pending.first(end).split('\n');
            pending.remove(0, end + 4);
            const QByteArray path = lines.value(0).split(' ').value(1);
            m_requests.append(path);
            m_lastHeaders.clear();
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    m_lastHeaders.insert(lines[i].first(colon).trimmed().toLower(), lines[i].sliced(colon + 1).trimmed());
            }
            respond(socket, m_routes.value(path, HttpReply::error(404, "Not Found")));
        });
    }

    void respond(QTcpSocket *socket, const HttpReply &reply)
    {
        QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reply.reason + "\r\n";
        bool hasLength = false;
        for (const auto &[name, value] : reply.headers) {
            head += name + ": " + value + "\r\n";
            hasLength = hasLength || name.compare("Content-Length", Qt::CaseInsensitive) == 0;
        }
        const bool forEver = reply.delivery == HttpReply::Delivery::Endless || reply.delivery == HttpReply::Delivery::Trickle;
        if (!hasLength && !forEver)
            head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
        head += "Connection: close\r\n\r\n";
        socket->write(head);
        switch (reply.delivery) {
        case HttpReply::Delivery::Whole:
            socket->write(reply.body);
            socket->disconnectFromHost();
            break;
        case HttpReply::Delivery::Stall:
            socket->write(reply.body);
            break;
        case HttpReply::Delivery::Trickle: {
            auto *timer = new QTimer(socket);
            const QByteArray body = reply.body.isEmpty() ? QByteArray(1 << 20, 'x') : reply.body;
            auto sent = std::make_shared<qsizetype>(0);
            QObject::connect(timer, &QTimer::timeout, socket, [socket, body, sent] {
                socket->write(body.mid(*sent % body.size(), 1));
                ++*sent;
            });
            timer->start(20);
            break;
        }
        case HttpReply::Delivery::Endless: {
            const QByteArray chunk(64 * 1024, 'a');
            QObject::connect(socket, &QTcpSocket::bytesWritten, socket, [socket, chunk] {
                if (socket->bytesToWrite() < 4 * chunk.size())
                    socket->write(chunk);
            });
            socket->write(chunk);
            break;
        }
        }
    }

    QTcpServer m_server;
    QHash<QByteArray, HttpReply> m_routes;
    QHash<QTcpSocket *, QByteArray> m_pending;
    QList<QPointer<QTcpSocket>> m_sockets;
    QList<QByteArray> m_requests;
    QHash<QByteArray, QByteArray> m_lastHeaders;
};

} // namespace parallax::testing
