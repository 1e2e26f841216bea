#include "providers/HttpTransport.h"

#include "providers/Logging.h"
#include "providers/Provider.h"
#include "providers/ProviderError.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QUrlQuery>

namespace herald {

HttpTransport::HttpTransport(NetworkAccess network, std::chrono::milliseconds timeout)
    : m_network(network)
    , m_timeout(timeout)
{ }

void HttpTransport::send(
    const QByteArray& verb, QNetworkRequest request, const QByteArray& body, QObject* context, Callback done) const
{
    request.setTransferTimeout(static_cast<int>(m_timeout.count()));
    // Never follow a redirect to another host: it would carry the Authorization header along.
    // Queries are never logged: they can hold a recipient's number.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    if (!body.isEmpty() && !request.header(QNetworkRequest::ContentTypeHeader).isValid())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));

    const QUrl url = request.url();
    QNetworkAccessManager* nam = m_network.next();
    Q_ASSERT(nam);
    QNetworkReply* reply = nam->sendCustomRequest(request, verb, body);
    qCDebug(lcProviders) << verb << url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);

    // Refuse oversized answers early instead of buffering them.
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [reply] {
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (length > kMaxResponseBytes)
            reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [reply] {
        if (reply->bytesAvailable() > kMaxResponseBytes)
            reply->abort();
    });

    QPointer<QObject> guard(context);
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, guard, verb, url, done = std::move(done)] {
        reply->deleteLater();
        HttpResponse response;
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.body = reply->readAll();
        response.networkError = reply->error();
        response.networkErrorText = reply->errorString();
        response.retryAfter = reply->rawHeader(QByteArrayLiteral("Retry-After"));
        // Qt reports a transfer timeout as OperationCanceledError (or TimeoutError).
        response.timedOut = response.networkError == QNetworkReply::OperationCanceledError
            || response.networkError == QNetworkReply::TimeoutError;
        if (response.status == 0 && response.networkError != QNetworkReply::NoError)
            qCWarning(lcProviders) << verb << url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)
                                   << "failed:" << response.networkErrorText;
        else
            qCDebug(lcProviders) << verb << url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery) << "->"
                                 << response.status;
        if (guard)
            done(response);
    });
}

RequestPreview HttpTransport::describe(const QByteArray& verb, const QNetworkRequest& request, const QByteArray& body)
{
    RequestPreview preview;
    preview.method = QString::fromLatin1(verb);
    preview.url = request.url();
    const QString masked = QStringLiteral("••••••••");
    for (const QByteArray& name : request.rawHeaderList()) {
        QString value = QString::fromUtf8(request.rawHeader(name));
        const QByteArray lower = name.toLower();
        if (lower == "authorization") {
            const qsizetype space = value.indexOf(QLatin1Char(' '));
            value = space > 0 ? value.left(space + 1) + masked : masked;
        } else if (lower == "api-key") {
            value = masked;
        }
        preview.headers.append({ QString::fromLatin1(name), value });
    }
    const QString contentType = request.header(QNetworkRequest::ContentTypeHeader).toString();
    if (contentType.startsWith(QLatin1String("application/x-www-form-urlencoded"))) {
        preview.headers.append({ QStringLiteral("Content-Type"), contentType });
        QStringList lines;
        for (const auto& [key, value] : QUrlQuery(QString::fromLatin1(body)).queryItems(QUrl::FullyDecoded))
            lines.append(key + QLatin1Char('=') + value);
        preview.body = lines.join(QLatin1Char('\n'));
    } else if (!body.isEmpty()) {
        preview.headers.append({ QStringLiteral("Content-Type"), QStringLiteral("application/json") });
        const QJsonDocument json = QJsonDocument::fromJson(body);
        preview.body
            = json.isNull() ? QString::fromUtf8(body) : QString::fromUtf8(json.toJson(QJsonDocument::Indented));
    }
    return preview;
}

ProviderError HttpTransport::transportError(const HttpResponse& response)
{
    ProviderError error;
    if (response.status != 0)
        return error;
    error.transportError = response.networkErrorText;
    switch (response.networkError) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProtocolUnknownError:
        // The connection never opened, so the request body never left this machine.
        error.kind = ProviderError::Kind::NotDelivered;
        break;
    default:
        error.kind = ProviderError::Kind::OutcomeUnknown;
        break;
    }
    return error;
}

} // namespace herald
