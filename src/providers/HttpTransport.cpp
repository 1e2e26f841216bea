#include "providers/HttpTransport.h"

#include "providers/AnswerLater.h"
#include "providers/Logging.h"
#include "providers/Provider.h"
#include "providers/ProviderError.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSslError>
#include <QUrlQuery>
#include <algorithm>
#include <cstring>
#include <memory>

namespace herald {

namespace {

/**
 * A request body that can be read once and never rewound. Qt 6.4 sends a request again, on its
 * own, when the server closes the connection before answering, whatever the method; for a POST
 * that the provider may already have processed, that is a silent second message. With a body
 * it cannot rewind, Qt gives up with ContentReSendError instead, which Herald journals as an
 * outcome it does not know, to be re-sent only when the operator says so.
 */
class OneShotBody final : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data)
        : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_offset + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 n = std::min(maxSize, m_data.size() - m_offset);
        std::memcpy(data, m_data.constData() + m_offset, static_cast<size_t>(n));
        m_offset += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_offset = 0;
};

/// Whether a request changes something at the provider, so sending it twice could do it twice.
bool changesState(const QByteArray& verb)
{
    return verb == "POST" || verb == "PATCH";
}

} // namespace

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
    const QString shown = url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    if (url.scheme() != QLatin1String("https") && !mayUsePlainHttp(url)) {
        // Checked here too, not only when a profile is saved: a profile from an older Herald may hold one.
        HttpResponse refused;
        refused.networkError = QNetworkReply::ProtocolUnknownError;
        refused.refusal = tr("%1 is not a secure (https) address, and Herald sends credentials only over https to "
                             "another machine; nothing was sent")
                              .arg(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery));
        qCWarning(lcProviders) << verb << "refused: plain http to" << url.host();
        answerLater(context, std::move(done), std::move(refused));
        return;
    }

    QNetworkAccessManager* nam = m_network.next();
    Q_ASSERT(nam);
    QNetworkReply* reply = nullptr;
    if (changesState(verb)) {
        request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto* device = new OneShotBody(body);
        reply = nam->sendCustomRequest(request, verb, device);
        device->setParent(reply); // read while the reply lives, gone with it
    } else {
        reply = nam->sendCustomRequest(request, verb, body);
    }
    qCDebug(lcProviders) << verb << shown;

    // Why Herald broke the exchange off, if it did; shared by the handlers below, gone with the reply.
    auto refusal = std::make_shared<QString>();
    // Refuse oversized answers early instead of buffering them.
    const auto refuseIfTooLarge = [reply, refusal](qint64 size) {
        if (size <= kMaxResponseBytes || !refusal->isEmpty())
            return;
        *refusal = tr("The answer was larger than %1 MB, so Herald stopped reading it")
                       .arg(kMaxResponseBytes / (1024 * 1024));
        reply->abort();
    };
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, refuseIfTooLarge] {
        refuseIfTooLarge(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong());
    });
    QObject::connect(reply, &QNetworkReply::readyRead, reply,
        [reply, refuseIfTooLarge] { refuseIfTooLarge(reply->bytesAvailable()); });
    // Certificate problems are never ignored: the reply fails, and the operator reads why.
    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [refusal](const QList<QSslError>& errors) {
        QStringList why;
        for (const QSslError& error : errors)
            why.append(error.errorString());
        why.removeDuplicates();
        *refusal = tr("The server's certificate cannot be trusted (%1), so Herald did not connect and nothing was "
                      "sent")
                       .arg(why.join(QLatin1String("; ")));
    });

    QPointer<QObject> guard(context);
    QObject::connect(
        reply, &QNetworkReply::finished, reply, [reply, guard, verb, url, shown, refusal, done = std::move(done)] {
            reply->deleteLater();
            HttpResponse response;
            response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            response.networkError = reply->error();
            response.networkErrorText = reply->errorString();
            response.refusal = *refusal;
            if (response.networkError == QNetworkReply::InsecureRedirectError
                || response.networkError == QNetworkReply::TooManyRedirectsError) {
                const QUrl target = QUrl::fromEncoded(reply->rawHeader(QByteArrayLiteral("Location")));
                response.refusal = tr("The server sent Herald on to another address (%1); Herald does not follow "
                                      "it, so the credentials were not sent there")
                                       .arg(url.resolved(target).toDisplayString(
                                           QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery));
            }
            if (response.refusal.isEmpty())
                response.body = reply->readAll();
            response.retryAfter = reply->rawHeader(QByteArrayLiteral("Retry-After"));
            // Qt reports a transfer timeout as OperationCanceledError (or TimeoutError); an abort of
            // Herald's own (the size cap) is not one.
            response.timedOut = response.refusal.isEmpty()
                && (response.networkError == QNetworkReply::OperationCanceledError
                    || response.networkError == QNetworkReply::TimeoutError);
            if (!response.refusal.isEmpty()) {
                response.status = 0;
                qCWarning(lcProviders) << verb << shown << "refused:" << response.refusal;
            } else if (response.status == 0 && response.networkError != QNetworkReply::NoError) {
                qCWarning(lcProviders) << verb << shown << "failed:" << response.networkErrorText;
            } else {
                qCDebug(lcProviders) << verb << shown << "->" << response.status;
            }
            if (guard)
                done(response);
        });
}

bool HttpTransport::mayUsePlainHttp(const QUrl& url)
{
    const QString host = url.host().toLower();
    if (host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost")))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
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
    error.refusal = response.refusal;
    if (response.networkError == QNetworkReply::SslHandshakeFailedError && response.refusal.isEmpty())
        error.refusal
            = tr("A secure connection could not be made (%1), so nothing was sent").arg(response.networkErrorText);
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
