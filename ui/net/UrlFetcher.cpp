#include "net/UrlFetcher.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace ct::ui {

UrlFetcher::UrlFetcher(QObject* parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this)), m_deadline(new QTimer(this)) {
    qRegisterMetaType<FetchResult>();
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        finishCurrent(tr("timed out after %n second(s)", nullptr, (m_timeoutMs + 999) / 1000));
    });
}

UrlFetcher::~UrlFetcher() {
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

bool UrlFetcher::looksLikeUrl(const QString& text) {
    return text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
           text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

bool UrlFetcher::isArticleType(const QString& contentType) {
    // What the readers read. An unlabelled or generic binary body is let through: the readers
    // sniff the content and refuse what they do not recognise.
    static const QStringList kTypes = {
        QStringLiteral("text/html"),
        QStringLiteral("application/xhtml+xml"),
        QStringLiteral("text/plain"),
        QStringLiteral("application/pdf"),
        QStringLiteral("message/rfc822"),
        QStringLiteral("multipart/related"), // MHTML
        QStringLiteral("application/x-mimearchive"),
        QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        QStringLiteral("application/vnd.oasis.opendocument.text"),
        QStringLiteral("application/octet-stream"),
        QString()};
    return kTypes.contains(contentType);
}

void UrlFetcher::fetch(const QList<QUrl>& urls) {
    m_queue = urls;
    m_index = -1;
    startNext();
}

void UrlFetcher::cancel() {
    if (!m_reply)
        return;
    m_queue = m_queue.mid(0, m_index + 1); // nothing after the current one
    finishCurrent(tr("cancelled"));
}

void UrlFetcher::startNext() {
    ++m_index;
    if (m_index >= m_queue.size()) {
        emit finished();
        return;
    }
    const QUrl url = m_queue.at(m_index);
    m_current = FetchResult{};
    m_current.requested = url;
    m_current.finalUrl = url;
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        m_current.error = tr("not a web address (only http:// and https:// are fetched)");
        const FetchResult result = m_current;
        emit fetched(m_index, result);
        QTimer::singleShot(0, this, &UrlFetcher::startNext);
        return;
    }
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(m_maxRedirects);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("CrisisTimeline/0.1 (article import)"));
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &UrlFetcher::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &UrlFetcher::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &UrlFetcher::onFinished);
    m_deadline->start(m_timeoutMs);
}

void UrlFetcher::onMetaData() {
    if (!m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 300 && status < 400)
        return; // a redirect being followed; the final response's headers count
    const qint64 length = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    if (status < 400 && length > m_maxBytes) {
        finishCurrent(tr("too large: %1 bytes, over the limit of %2 MiB")
                          .arg(length)
                          .arg(m_maxBytes / (1024 * 1024)));
        return;
    }
    const QString type = m_reply->header(QNetworkRequest::ContentTypeHeader)
                             .toString()
                             .section(QLatin1Char(';'), 0, 0)
                             .trimmed()
                             .toLower();
    if (status < 400 && !isArticleType(type))
        finishCurrent(tr("not an article (content type %1)").arg(type));
}

void UrlFetcher::onReadyRead() {
    if (!m_reply)
        return;
    m_current.body += m_reply->readAll();
    if (m_current.body.size() > m_maxBytes)
        finishCurrent(tr("too large: over the limit of %1 MiB").arg(m_maxBytes / (1024 * 1024)));
}

void UrlFetcher::onFinished() {
    if (!m_reply)
        return;
    m_current.body += m_reply->readAll();
    m_current.finalUrl = m_reply->url();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_current.contentType = m_reply->header(QNetworkRequest::ContentTypeHeader)
                                .toString()
                                .section(QLatin1Char(';'), 0, 0)
                                .trimmed()
                                .toLower();
    QString error;
    if (status >= 400) {
        const QString reason =
            m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        error = tr("HTTP error %1 %2").arg(status).arg(reason).trimmed();
    } else if (m_reply->error() == QNetworkReply::TooManyRedirectsError) {
        error = tr("too many redirects (more than %1)").arg(m_maxRedirects);
    } else if (m_reply->error() != QNetworkReply::NoError) {
        error = m_reply->errorString();
    } else if (m_current.body.isEmpty()) {
        error = tr("the server sent an empty page");
    }
    finishCurrent(error);
}

void UrlFetcher::finishCurrent(QString error) {
    m_deadline->stop();
    if (m_reply) {
        QNetworkReply* reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_current.error = std::move(error);
    if (!m_current.ok())
        m_current.body.clear();
    const FetchResult result = m_current;
    emit fetched(m_index, result);
    // Next from the event loop: the receiver may start a new fetch or delete this fetcher.
    QTimer::singleShot(0, this, &UrlFetcher::startNext);
}

FetchResult UrlFetcher::fetchNow(const QUrl& url) {
    FetchResult out;
    QEventLoop loop;
    const auto got = connect(this, &UrlFetcher::fetched, &loop,
                             [&](int, const FetchResult& result) { out = result; });
    const auto done = connect(this, &UrlFetcher::finished, &loop, &QEventLoop::quit);
    fetch({url});
    loop.exec();
    disconnect(got);
    disconnect(done);
    return out;
}

} // namespace ct::ui
