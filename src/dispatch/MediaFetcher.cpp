#include "dispatch/MediaFetcher.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace herald {

namespace {

Q_LOGGING_CATEGORY(lcMedia, "herald.dispatch.media")

// Cached bodies together may take this much memory; the oldest go first.
constexpr int kCacheBytes = 64 * 1024 * 1024;

bool isWebScheme(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("http") || scheme == QLatin1String("https");
}

// Signed links carry their secret in the query or the user info: the log gets neither.
QString forLog(const QUrl& url)
{
    return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
}

QString describe(QNetworkReply::NetworkError error, const QString& fallback)
{
    switch (error) {
    case QNetworkReply::HostNotFoundError:
        return MediaFetcher::tr("host not found");
    case QNetworkReply::ConnectionRefusedError:
        return MediaFetcher::tr("the server refused the connection");
    case QNetworkReply::RemoteHostClosedError:
        return MediaFetcher::tr("the server closed the connection");
    case QNetworkReply::TimeoutError:
        return MediaFetcher::tr("the server stopped answering");
    case QNetworkReply::SslHandshakeFailedError:
        return MediaFetcher::tr("the secure connection could not be set up");
    case QNetworkReply::TooManyRedirectsError:
        return MediaFetcher::tr("too many redirects");
    case QNetworkReply::ProtocolUnknownError: // only a redirect can get here: fetch() checks the link itself
        return MediaFetcher::tr("the link redirects to something other than a web address");
    case QNetworkReply::InsecureRedirectError:
        return MediaFetcher::tr("the link redirects from https to http");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return MediaFetcher::tr("the network is not available");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return MediaFetcher::tr("the proxy could not be used");
    default:
        return fallback;
    }
}

// A transfer that failed for a reason that may pass (a timeout, a network hiccup) is not kept, so
// the operator can try the same link again.
bool worthKeeping(const MediaResult& result, int httpStatus)
{
    return result.ok() || httpStatus >= 400;
}

} // namespace

MediaFetcher::MediaFetcher(QNetworkAccessManager& network, MediaLimits limits, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_limits(limits)
    , m_cache(kCacheBytes)
{ }

MediaFetcher::~MediaFetcher()
{
    // Nobody is left to tell: stop what is still on its way without announcing it.
    const QList<QNetworkReply*> replies = m_pending.keys();
    m_pending.clear();
    for (QNetworkReply* reply : replies) {
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

void MediaFetcher::fetch(const QUrl& url)
{
    if (const MediaResult* kept = m_cache.object(url)) {
        deliverLater(*kept);
        return;
    }
    for (const Transfer& transfer : std::as_const(m_pending))
        if (transfer.url == url)
            return;
    if (!url.isValid() || !isWebScheme(url) || url.host().isEmpty()) {
        deliverLater({ url, {}, {}, tr("only http and https links can be fetched") });
        return;
    }
    start(url);
}

std::optional<MediaResult> MediaFetcher::cached(const QUrl& url) const
{
    if (const MediaResult* kept = m_cache.object(url))
        return *kept;
    return std::nullopt;
}

void MediaFetcher::start(const QUrl& url)
{
    QNetworkRequest request(url);
    // Each redirect is checked here, so a link cannot lead anywhere but to another web address.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
    request.setMaximumRedirectsAllowed(5);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Herald preview"));
    QNetworkReply* reply = m_network.get(request);
    m_pending.insert(reply, { url, {}, {} });
    qCDebug(lcMedia) << "fetching" << forLog(url);

    auto* deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, this, [this, reply] {
        stop(reply,
            tr("no answer within %1 seconds").arg(QLocale().toString(m_limits.timeout.count() / 1000.0, 'g', 3)));
    });
    deadline->start(m_limits.timeout);

    connect(reply, &QNetworkReply::redirected, this, [this, reply](const QUrl& target) {
        if (isWebScheme(target))
            Q_EMIT reply->redirectAllowed();
        else
            stop(reply, tr("the link redirects to something other than a web address"));
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid() && length.toLongLong() > m_limits.maxBytes)
            stop(reply,
                tr("the file is %1, more than the %2 allowed")
                    .arg(QLocale().formattedDataSize(length.toLongLong(), 1, QLocale::DataSizeTraditionalFormat),
                        QLocale().formattedDataSize(m_limits.maxBytes, 0, QLocale::DataSizeTraditionalFormat)));
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { receive(reply); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finish(reply); });
}

void MediaFetcher::receive(QNetworkReply* reply)
{
    const auto transfer = m_pending.find(reply);
    if (transfer == m_pending.end() || !transfer->failure.isEmpty())
        return;
    transfer->body += reply->readAll();
    // A server that does not say the length up front is cut off as soon as it goes over.
    if (transfer->body.size() > m_limits.maxBytes)
        stop(reply,
            tr("the file is larger than the %1 allowed")
                .arg(QLocale().formattedDataSize(m_limits.maxBytes, 0, QLocale::DataSizeTraditionalFormat)));
}

void MediaFetcher::stop(QNetworkReply* reply, const QString& why)
{
    const auto transfer = m_pending.find(reply);
    if (transfer == m_pending.end() || !transfer->failure.isEmpty())
        return;
    transfer->failure = why;
    transfer->body.clear();
    reply->abort(); // finished() follows and reports the failure
}

void MediaFetcher::finish(QNetworkReply* reply)
{
    reply->deleteLater();
    if (!m_pending.contains(reply))
        return;
    receive(reply);
    const Transfer transfer = m_pending.take(reply);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    MediaResult result { transfer.url, {}, reply->header(QNetworkRequest::ContentTypeHeader).toString(), {} };
    const auto answered = [reply, status] {
        const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        return reason.isEmpty() ? tr("the server answered %1").arg(status)
                                : tr("the server answered %1 %2").arg(QString::number(status), reason);
    };
    if (!transfer.failure.isEmpty()) {
        result.error = transfer.failure;
    } else if (status >= 400) {
        result.error = answered();
    } else if (reply->error() != QNetworkReply::NoError) {
        result.error = describe(reply->error(), reply->errorString());
    } else if (status >= 300) {
        result.error = answered(); // a redirect without a target to follow
    } else if (transfer.body.isEmpty()) {
        result.error = tr("the server sent an empty file");
    } else {
        result.data = transfer.body;
    }
    qCDebug(lcMedia) << "fetched" << forLog(result.url) << status << result.data.size() << "bytes" << result.error;

    if (worthKeeping(result, status))
        m_cache.insert(
            result.url, new MediaResult(result), static_cast<qsizetype>(std::max<qsizetype>(1, result.data.size())));
    Q_EMIT fetched(result);
}

void MediaFetcher::deliverLater(MediaResult result)
{
    QMetaObject::invokeMethod(
        this, [this, result = std::move(result)] { Q_EMIT fetched(result); }, Qt::QueuedConnection);
}

} // namespace herald
