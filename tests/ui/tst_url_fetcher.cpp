// UrlFetcher against a local HTTP server: each way a URL import can go, reported per URL.
#include "LocalHttpServer.h"
#include "net/UrlFetcher.h"

#include <QSignalSpy>
#include <QtTest/QTest>

using namespace ct::ui;

class TestUrlFetcher : public QObject {
    Q_OBJECT
  private:
    LocalHttpServer m_server;

  private slots:
    void initTestCase() {
        QVERIFY(m_server.isListening());
        m_server.setResponse(
            "/article.html",
            LocalHttpServer::ok("text/html; charset=utf-8", "<html><body><p>Hi</p></body></html>"));
        m_server.setResponse("/moved", "HTTP/1.1 302 Found\r\nLocation: /article.html\r\n"
                                       "Content-Length: 0\r\nConnection: close\r\n\r\n");
        m_server.setResponse("/loop", "HTTP/1.1 302 Found\r\nLocation: /loop\r\n"
                                      "Content-Length: 0\r\nConnection: close\r\n\r\n");
        m_server.setResponse("/big", LocalHttpServer::ok("text/html", QByteArray(5000, 'x')));
        m_server.setResponse("/big-unannounced",
                             "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close"
                             "\r\n\r\n" +
                                 QByteArray(5000, 'x'));
        m_server.setResponse("/photo.png", LocalHttpServer::ok("image/png", "\x89PNG...."));
        m_server.setResponse("/report.pdf", LocalHttpServer::ok("application/pdf", "%PDF-1.4"));
    }

    void reportsEachUrl_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("error");     // part of the error; empty = fetched
        QTest::addColumn<QString>("finalPath"); // where it ended up
        QTest::newRow("HTML page") << "/article.html"
                                   << ""
                                   << "/article.html";
        QTest::newRow("PDF") << "/report.pdf"
                             << ""
                             << "/report.pdf";
        QTest::newRow("redirect followed") << "/moved"
                                           << ""
                                           << "/article.html";
        QTest::newRow("redirect loop") << "/loop"
                                       << "too many redirects"
                                       << "";
        QTest::newRow("404") << "/nowhere"
                             << "HTTP error 404"
                             << "";
        QTest::newRow("timeout") << "/slow"
                                 << "timed out"
                                 << "";
        QTest::newRow("too large (Content-Length)") << "/big"
                                                    << "too large"
                                                    << "";
        QTest::newRow("too large (no Content-Length)") << "/big-unannounced"
                                                       << "too large"
                                                       << "";
        QTest::newRow("not an article") << "/photo.png"
                                        << "not an article (content type image/png)"
                                        << "";
    }
    void reportsEachUrl() {
        QFETCH(QString, path);
        QFETCH(QString, error);
        QFETCH(QString, finalPath);
        UrlFetcher fetcher;
        fetcher.setTimeout(500);
        fetcher.setMaxBytes(1000);
        fetcher.setMaxRedirects(3);
        QSignalSpy fetched(&fetcher, &UrlFetcher::fetched);
        QSignalSpy finished(&fetcher, &UrlFetcher::finished);
        fetcher.fetch({QUrl(m_server.url(path))});
        QVERIFY(finished.wait(20'000));
        QCOMPARE(fetched.count(), 1);
        const auto result = fetched.at(0).at(1).value<FetchResult>();
        if (error.isEmpty()) {
            QVERIFY2(result.ok(), qPrintable(result.error));
            QVERIFY(!result.body.isEmpty());
            QCOMPARE(result.finalUrl.path(), finalPath);
        } else {
            QVERIFY2(result.error.contains(error), qPrintable(result.error));
            QVERIFY(result.body.isEmpty());
        }
    }

    void severalUrlsReportedInOrder() {
        UrlFetcher fetcher;
        QSignalSpy fetched(&fetcher, &UrlFetcher::fetched);
        QSignalSpy finished(&fetcher, &UrlFetcher::finished);
        fetcher.fetch({QUrl(m_server.url("/nowhere")), QUrl("ftp://example.org/a"),
                       QUrl(m_server.url("/article.html"))});
        QVERIFY(finished.wait(20'000));
        QCOMPARE(fetched.count(), 3);
        QCOMPARE(fetched.at(0).at(0).toInt(), 0);
        QVERIFY(!fetched.at(0).at(1).value<FetchResult>().ok());
        QVERIFY(fetched.at(1).at(1).value<FetchResult>().error.contains("not a web address"));
        QVERIFY(fetched.at(2).at(1).value<FetchResult>().ok());
    }

    void fetchNowForTheCommandLine() {
        UrlFetcher fetcher;
        const FetchResult result = fetcher.fetchNow(QUrl(m_server.url("/moved")));
        QVERIFY(result.ok());
        QCOMPARE(result.contentType, QStringLiteral("text/html"));
        QVERIFY(result.body.contains("<p>Hi</p>"));
    }
};

QTEST_GUILESS_MAIN(TestUrlFetcher)
#include "tst_url_fetcher.moc"
