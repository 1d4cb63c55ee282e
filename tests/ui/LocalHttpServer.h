#pragma once

// A tiny HTTP/1.1 server on 127.0.0.1 for tests that fetch URLs: each path answers with a
// canned response; "/slow" never answers (for timeouts).
#include <QByteArray>
#include <QHash>
#include <QTcpServer>
#include <QTcpSocket>

class LocalHttpServer : public QTcpServer {
  public:
    LocalHttpServer() {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { serve(socket); });
            }
        });
        listen(QHostAddress::LocalHost, 0);
    }

    QString url(const QString& path) const {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(serverPort()).arg(path);
    }

    void setResponse(const QByteArray& path, const QByteArray& response) {
        m_responses[path] = response;
    }

    static QByteArray ok(const QByteArray& type, const QByteArray& body) {
        return "HTTP/1.1 200 OK\r\nContent-Type: " + type +
               "\r\nContent-Length: " + QByteArray::number(body.size()) +
               "\r\nConnection: close\r\n\r\n" + body;
    }

  private:
    void serve(QTcpSocket* socket) {
        QByteArray& request = m_pending[socket];
        request += socket->readAll();
        if (!request.contains("\r\n\r\n"))
            return;
        const QByteArray path = request.split(' ').value(1);
        m_pending.remove(socket);
        if (path == "/slow")
            return; // keep the connection open, say nothing
        const QByteArray response =
            m_responses.value(path, "HTTP/1.1 404 Not Found\r\nContent-Length: 9\r\n"
                                    "Connection: close\r\n\r\nnot found");
        socket->write(response);
        socket->disconnectFromHost();
    }

    QHash<QByteArray, QByteArray> m_responses;
    QHash<QTcpSocket*, QByteArray> m_pending;
};
