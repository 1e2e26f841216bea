#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

namespace herald::test {

/**
 * A tiny HTTP/1.1 server on 127.0.0.1 for tests that fetch files: each path answers with a fixed
 * status, type and body, or never answers at all. Counts the requests per path.
 */
class LoopbackHttpServer : public QTcpServer
{
public:
    struct Route
    {
        int status = 200;
        QByteArray contentType {};
        QByteArray body {};
        bool silent = false; ///< accept the request and never answer (a server that hangs)
        bool withoutLength = false; ///< no Content-Length: the body ends when the connection closes
        QByteArray location {}; ///< for redirects
    };

    explicit LoopbackHttpServer(QObject* parent = nullptr)
        : QTcpServer(parent)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
                connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                    m_buffers.remove(socket);
                    socket->deleteLater();
                });
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }

    void route(const QByteArray& path, Route answer) { m_routes.insert(path, std::move(answer)); }
    QUrl url(const QString& path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path));
    }
    int requests(const QByteArray& path) const { return m_requests.value(path); }

private:
    void serve(QTcpSocket* socket)
    {
        QByteArray& pending = m_buffers[socket];
        pending += socket->readAll();
        const qsizetype end = pending.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> requestLine = pending.left(pending.indexOf("\r\n")).split(' ');
        pending.clear();
        const QByteArray path = requestLine.value(1);
        ++m_requests[path];
        const auto found = m_routes.constFind(path);
        const Route answer = found != m_routes.constEnd() ? *found : Route { 404, "text/plain", "not here" };
        if (answer.silent)
            return;
        QByteArray head = "HTTP/1.1 " + QByteArray::number(answer.status) + " " + reason(answer.status) + "\r\n";
        if (!answer.contentType.isEmpty())
            head += "Content-Type: " + answer.contentType + "\r\n";
        if (!answer.location.isEmpty())
            head += "Location: " + answer.location + "\r\n";
        if (answer.withoutLength)
            head += "Connection: close\r\n";
        else
            head += "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n";
        socket->write(head + "\r\n");
        socket->write(answer.body);
        if (answer.withoutLength)
            socket->disconnectFromHost();
    }

    static QByteArray reason(int status)
    {
        switch (status) {
        case 200:
            return "OK";
        case 302:
            return "Found";
        case 404:
            return "Not Found";
        case 500:
            return "Internal Server Error";
        default:
            return "Status";
        }
    }

    QHash<QByteArray, Route> m_routes;
    QHash<QByteArray, int> m_requests;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

} // namespace herald::test
