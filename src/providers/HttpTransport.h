#pragma once

#include "providers/NetworkPool.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QString>
#include <chrono>
#include <functional>

namespace herald {

struct ProviderError;
struct RequestPreview;

/// What came back from one HTTP exchange.
struct HttpResponse
{
    int status = 0; ///< 0 when no HTTP answer arrived
    QByteArray body;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorText;
    bool timedOut = false;
    QByteArray retryAfter; ///< the Retry-After header, if any
    /// Why Herald itself broke the exchange off, in words (an answer over the size cap, an untrusted
    /// certificate, a redirect to another origin, plain HTTP to another machine); empty otherwise.
    QString refusal;
};

/**
 * The thin HTTP part shared by providers: a timeout on every request, a cap on the answer's size,
 * and logging that never includes headers, so the Authorization value cannot leak. Each request
 * takes the manager NetworkAccess::next() gives, so a NetworkPool spreads requests over its managers.
 */
class HttpTransport
{
    Q_DECLARE_TR_FUNCTIONS(herald::HttpTransport)

public:
    using Callback = std::function<void(const HttpResponse&)>;

    static constexpr std::chrono::milliseconds kDefaultTimeout { 30000 };
    static constexpr qint64 kMaxResponseBytes = 4 * 1024 * 1024;

    explicit HttpTransport(NetworkAccess network, std::chrono::milliseconds timeout = kDefaultTimeout);

    void send(
        const QByteArray& verb, QNetworkRequest request, const QByteArray& body, QObject* context, Callback done) const;

    /**
     * @p request and @p body as the operator may read them: credentials in Authorization and
     * api-key headers replaced by dots (keeping the scheme word), JSON indented, form fields one per line.
     */
    static RequestPreview describe(const QByteArray& verb, const QNetworkRequest& request, const QByteArray& body);

    /// The transport-level failure in @p response as a typed error, or Kind::None for an HTTP answer.
    static ProviderError transportError(const HttpResponse& response);

    /**
     * Whether @p url may be used without TLS: only when it names this machine (localhost, 127.0.0.0/8,
     * ::1), as the built-in sandbox does. Everything else carries credentials and must be https.
     */
    static bool mayUsePlainHttp(const QUrl& url);

private:
    NetworkAccess m_network;
    std::chrono::milliseconds m_timeout;
};

} // namespace herald
