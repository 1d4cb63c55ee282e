#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

class QTimer;

namespace ct::ui {

// One fetched URL: the body (on success) or the reason it was not fetched.
struct FetchResult {
    QUrl requested;
    QUrl finalUrl; // after redirects
    QByteArray body;
    QString contentType; // without parameters, lower case
    QString error;       // empty = fetched
    bool ok() const { return error.isEmpty(); }
};

// Fetches article URLs over HTTP(S), one after the other, with the limits a user's import
// needs: a bounded number of redirects, a timeout for the whole transfer, a size limit checked
// against Content-Length before and the bytes while downloading, and only content types that
// are articles (web pages, text, PDF, Word/ODT, e-mail). Each URL's outcome is reported apart.
class UrlFetcher : public QObject {
    Q_OBJECT
  public:
    static constexpr int kDefaultTimeoutMs = 30'000;
    static constexpr qint64 kDefaultMaxBytes = 32 * 1024 * 1024;
    static constexpr int kDefaultMaxRedirects = 5;

    explicit UrlFetcher(QObject* parent = nullptr);
    ~UrlFetcher() override;

    void setTimeout(int ms) { m_timeoutMs = ms; }
    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    void setMaxRedirects(int count) { m_maxRedirects = count; }

    // Starts fetching; emits fetched() per URL in order, then finished().
    void fetch(const QList<QUrl>& urls);
    void cancel();
    bool isRunning() const { return m_reply != nullptr; }

    // For the command line: fetches one URL, running a local event loop until done.
    FetchResult fetchNow(const QUrl& url);

    // "https://…" or "http://…" typed by a user; anything else is not a URL to fetch.
    static bool looksLikeUrl(const QString& text);
    static bool isArticleType(const QString& contentType);

  signals:
    void fetched(int index, const ct::ui::FetchResult& result);
    void finished();

  private:
    void startNext();
    void finishCurrent(QString error);
    void onMetaData();
    void onReadyRead();
    void onFinished();

    QNetworkAccessManager* m_network;
    QTimer* m_deadline;
    QList<QUrl> m_queue;
    int m_index = -1;
    QPointer<QNetworkReply> m_reply;
    FetchResult m_current;
    int m_timeoutMs = kDefaultTimeoutMs;
    qint64 m_maxBytes = kDefaultMaxBytes;
    int m_maxRedirects = kDefaultMaxRedirects;
};

} // namespace ct::ui

Q_DECLARE_METATYPE(ct::ui::FetchResult)
