#include "providers/MessenteProvider.h"

#include "providers/MessenteProtocol.h"

#include <QJsonDocument>
#include <QPointer>

namespace herald {

MessenteProvider::MessenteProvider(
    QNetworkAccessManager* nam, MessenteCredentials credentials, std::chrono::milliseconds timeout)
    : m_transport(nam, timeout)
    , m_credentials(std::move(credentials))
    , m_authorization(
          "Basic " + (m_credentials.username + QLatin1Char(':') + m_credentials.password).toUtf8().toBase64())
{ }

MessenteProvider::~MessenteProvider()
{
    // Do not leave the secret in freed memory longer than needed.
    m_authorization.fill('\0');
    m_credentials.password.fill(QLatin1Char('\0'));
}

QNetworkRequest MessenteProvider::request(const QString& path) const
{
    QUrl url = m_credentials.baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    QNetworkRequest request(url);
    request.setRawHeader(QByteArrayLiteral("Authorization"), m_authorization);
    return request;
}

void MessenteProvider::send(const OutgoingMessage& message, QObject* context, SendCallback done)
{
    const QByteArray body
        = QJsonDocument(messente::buildOmnimessage(message, m_credentials.sender)).toJson(QJsonDocument::Compact);
    m_transport.send(QByteArrayLiteral("POST"), request(QStringLiteral("/omnimessage")), body, context,
        [done = std::move(done)](const HttpResponse& response) {
            SendResult result;
            result.error = HttpTransport::transportError(response);
            if (!result.error.isError())
                result = messente::parseSendResponse(response.status, response.body);
            done(result);
        });
}

RequestPreview MessenteProvider::describeSend(const OutgoingMessage& message) const
{
    const QByteArray body
        = QJsonDocument(messente::buildOmnimessage(message, m_credentials.sender)).toJson(QJsonDocument::Compact);
    return HttpTransport::describe(QByteArrayLiteral("POST"), request(QStringLiteral("/omnimessage")), body);
}

void MessenteProvider::fetchStatus(const QString& providerMessageId, QObject* context, StatusCallback done)
{
    const QString path
        = QStringLiteral("/omnimessage/%1/status").arg(QString::fromLatin1(QUrl::toPercentEncoding(providerMessageId)));
    m_transport.send(
        QByteArrayLiteral("GET"), request(path), {}, context, [done = std::move(done)](const HttpResponse& response) {
            StatusResult result;
            result.error = HttpTransport::transportError(response);
            if (!result.error.isError())
                result = messente::parseStatusResponse(response.status, response.body);
            done(result);
        });
}

void MessenteProvider::cancel(const QString& providerMessageId, QObject* context, ErrorCallback done)
{
    const QString path
        = QStringLiteral("/omnimessage/%1").arg(QString::fromLatin1(QUrl::toPercentEncoding(providerMessageId)));
    m_transport.send(QByteArrayLiteral("DELETE"), request(path), {}, context,
        [done = std::move(done)](const HttpResponse& response) {
            ProviderError error = HttpTransport::transportError(response);
            // 202 with {} cancels; 404 means already sent or unknown (Messente docs).
            if (!error.isError() && response.status != 202 && response.status != 200)
                error = messente::parseError(response.status, response.body);
            done(error);
        });
}

void MessenteProvider::checkServiceWindow(const QString& to, QObject* context, ServiceWindowCallback done)
{
    Q_UNUSED(to)
    // Messente offers no service-window lookup; answer asynchronously like every other call.
    ServiceWindowResult result;
    result.error.kind = ProviderError::Kind::Unsupported;
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        context,
        [guard, done = std::move(done), result] {
            if (guard)
                done(result);
        },
        Qt::QueuedConnection);
}

void MessenteProvider::testConnection(QObject* context, ErrorCallback done)
{
    // Messente has no "who am I" endpoint. Asking for the report of an id that cannot exist proves
    // the URL and credentials without sending anything: 404 means authenticated, 401 means not.
    const QString path = QStringLiteral("/omnimessage/00000000-0000-0000-0000-000000000000/status");
    m_transport.send(
        QByteArrayLiteral("GET"), request(path), {}, context, [done = std::move(done)](const HttpResponse& response) {
            ProviderError error = HttpTransport::transportError(response);
            if (error.isError()) {
                done(error);
                return;
            }
            error = messente::parseError(response.status, response.body);
            // Messente's own "Not found" (code 101) proves the credentials were accepted;
            // a bare 404 from some other server means the base URL is wrong.
            if (response.status == 404 && error.providerCode == QLatin1String("101"))
                error = {};
            else if (response.status == 404)
                error.kind = ProviderError::Kind::BadResponse;
            done(error);
        });
}

} // namespace herald
