#include "providers/BirdProvider.h"

#include "providers/AnswerLater.h"
#include "providers/BirdProtocol.h"
#include "providers/Logging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QPointer>

namespace herald {

namespace {

QByteArray authorizationFor(const BirdCredentials& credentials)
{
    // Bird's official spec (provider-apis.md §2.1, B-WA securityScheme "accessKey") says
    // "Authorization: AccessKey <key>"; the request example in seed 004 shows "Bearer jwt", which is
    // the newer Bird platform API's scheme (§2.10). AccessKey is the default; Bearer stays selectable.
    const QByteArray scheme
        = credentials.scheme == BirdAuthScheme::Bearer ? QByteArrayLiteral("Bearer ") : QByteArrayLiteral("AccessKey ");
    return scheme + credentials.accessKey.toUtf8();
}

} // namespace

BirdProvider::BirdProvider(NetworkAccess network, BirdCredentials credentials, std::chrono::milliseconds timeout)
    : m_transport(network, timeout)
    , m_credentials(std::move(credentials))
    , m_authorization(authorizationFor(m_credentials))
{ }

BirdProvider::~BirdProvider()
{
    // Do not leave the secret in freed memory longer than needed.
    m_authorization.fill('\0');
    m_credentials.accessKey.fill(QLatin1Char('\0'));
}

QNetworkRequest BirdProvider::request(const QStringList& segments, const QUrlQuery& query) const
{
    QNetworkRequest request(
        bird::channelUrl(m_credentials.baseUrl, m_credentials.workspaceId, m_credentials.channelId, segments, query));
    request.setRawHeader(QByteArrayLiteral("Authorization"), m_authorization);
    return request;
}

void BirdProvider::send(const OutgoingMessage& message, QObject* context, SendCallback done)
{
    const QByteArray body = QJsonDocument(bird::buildMessage(message)).toJson(QJsonDocument::Compact);
    m_transport.send(QByteArrayLiteral("POST"), request({ QStringLiteral("messages") }), body, context,
        [done = std::move(done)](const HttpResponse& response) {
            SendResult result;
            result.error = HttpTransport::transportError(response);
            if (!result.error.isError())
                result = bird::parseSendResponse(response.status, response.body, response.retryAfter);
            if (result.error.kind == ProviderError::Kind::OutcomeUnknown && response.status != 0)
                qCWarning(lcProviders) << "Bird accepted a message without an id; its outcome is unknown";
            done(result);
        });
}

RequestPreview BirdProvider::describeSend(const OutgoingMessage& message) const
{
    const QByteArray body = QJsonDocument(bird::buildMessage(message)).toJson(QJsonDocument::Compact);
    return HttpTransport::describe(QByteArrayLiteral("POST"), request({ QStringLiteral("messages") }), body);
}

void BirdProvider::fetchStatus(const QString& providerMessageId, QObject* context, StatusCallback done)
{
    m_transport.send(QByteArrayLiteral("GET"), request({ QStringLiteral("messages"), providerMessageId }), {}, context,
        [done = std::move(done)](const HttpResponse& response) {
            StatusResult result;
            result.error = HttpTransport::transportError(response);
            if (!result.error.isError())
                result = bird::parseMessage(response.status, response.body, response.retryAfter);
            done(result);
        });
}

void BirdProvider::cancel(const QString& providerMessageId, QObject* context, ErrorCallback done)
{
    // The Channels API documents no operation that cancels a scheduled message (provider-apis.md
    // §2; seeds 002 and 004), so nothing is sent. Answer asynchronously like every other call.
    qCDebug(lcProviders) << "Bird has no cancel; not cancelling" << providerMessageId;
    ProviderError error;
    error.kind = ProviderError::Kind::Unsupported;
    error.detail = QCoreApplication::translate(
        "Bird", "Bird's Channels API documents no way to cancel a scheduled message, so it will still be sent");
    answerLater(context, std::move(done), error);
}

void BirdProvider::checkServiceWindow(const QString& to, QObject* context, ServiceWindowCallback done)
{
    // The spec's path wants a Bird contact UUID, which Herald does not know. Herald puts the E.164
    // number in that segment and in contactIdentifierValue, the documented query by identifier
    // (decision; the sandbox accepts it).
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("contactIdentifierValue"), QString::fromLatin1(QUrl::toPercentEncoding(to)));
    m_transport.send(QByteArrayLiteral("GET"), request({ QStringLiteral("contacts"), to }, query), {}, context,
        [done = std::move(done)](const HttpResponse& response) {
            ServiceWindowResult result;
            result.error = HttpTransport::transportError(response);
            if (!result.error.isError())
                result = bird::parseContactInformation(response.status, response.body, response.retryAfter);
            done(result);
        });
}

void BirdProvider::testConnection(QObject* context, ErrorCallback done)
{
    // Listing one message proves workspace, channel and key together without sending anything:
    // 200 means all three are right; 401/403 the key, 404 the workspace or channel.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    m_transport.send(QByteArrayLiteral("GET"), request({ QStringLiteral("messages") }, query), {}, context,
        [done = std::move(done)](const HttpResponse& response) {
            ProviderError error = HttpTransport::transportError(response);
            if (error.isError()) {
                done(error);
                return;
            }
            if (response.status != 200) {
                done(bird::parseError(response.status, response.body, response.retryAfter));
                return;
            }
            // Some other server at the base URL may answer 200 too; Bird answers with a JSON object.
            if (!QJsonDocument::fromJson(response.body).isObject()) {
                error.kind = ProviderError::Kind::BadResponse;
                error.httpStatus = response.status;
                error.detail = QCoreApplication::translate(
                    "Bird", "The server at this base URL answered, but not as Bird's Channels API does");
            }
            done(error);
        });
}

void BirdProvider::listTemplates(QObject* context, TemplateListCallback done, TemplateProgressCallback progress)
{
    Q_UNUSED(progress)
    TemplateListResult result;
    result.error.kind = ProviderError::Kind::Unsupported;
    result.error.detail = QCoreApplication::translate("Bird",
        "Bird's Channels API has no list of WhatsApp templates, so Herald cannot sync Bird templates: enter them by "
        "hand with their Studio project ID.");
    // Answer asynchronously like every other call, and not at all once the context is gone.
    answerLater(context, std::move(done), result);
}

} // namespace herald
