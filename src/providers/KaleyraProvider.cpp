#include "providers/KaleyraProvider.h"

#include "providers/AnswerLater.h"
#include "providers/KaleyraProtocol.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QPointer>
#include <QUrlQuery>

namespace herald {

namespace {

ProviderError unsupported(const QString& why)
{
    ProviderError error;
    error.kind = ProviderError::Kind::Unsupported;
    error.detail = why;
    return error;
}

} // namespace

KaleyraProvider::KaleyraProvider(
    NetworkAccess network, KaleyraCredentials credentials, std::chrono::milliseconds timeout)
    : m_transport(network, timeout)
    , m_credentials(std::move(credentials))
{ }

KaleyraProvider::~KaleyraProvider()
{
    // Do not leave the secret in freed memory longer than needed.
    m_credentials.apiKey.fill(QLatin1Char('\0'));
}

QNetworkRequest KaleyraProvider::messagesRequest() const
{
    QUrl url = m_credentials.baseUrl;
    QString basePath = url.path(QUrl::FullyEncoded);
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    // The SID is percent-encoded so that no character of it can change the path.
    url.setPath(basePath + QStringLiteral("/v1/") + QString::fromLatin1(QUrl::toPercentEncoding(m_credentials.sid))
            + QStringLiteral("/messages"),
        QUrl::TolerantMode);
    QNetworkRequest request(url);
    // HttpTransport logs the URL only, never headers, so the key stays out of the logs.
    request.setRawHeader(QByteArrayLiteral("api-key"), m_credentials.apiKey.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    return request;
}

QByteArray KaleyraProvider::formFor(const OutgoingMessage& message) const
{
    OutgoingMessage outgoing = message;
    if (!outgoing.callbackUrl.isValid() || outgoing.callbackUrl.isEmpty())
        outgoing.callbackUrl = m_credentials.callbackUrl;
    return kaleyra::buildMessageForm(outgoing, m_credentials.fromNumber);
}

RequestPreview KaleyraProvider::describeSend(const OutgoingMessage& message) const
{
    return HttpTransport::describe(QByteArrayLiteral("POST"), messagesRequest(), formFor(message));
}

void KaleyraProvider::send(const OutgoingMessage& message, QObject* context, SendCallback done)
{
    if (message.scheduledFor.isValid()) {
        // v1 documents no scheduling field; sending now would deliver the message early.
        SendResult result;
        result.error = unsupported(QCoreApplication::translate("Kaleyra",
            "Kaleyra's WhatsApp API cannot schedule a message; Herald must hold it "
            "until its time"));
        answerLater(context, std::move(done), result);
        return;
    }
    const QByteArray body = formFor(message);
    m_transport.send(QByteArrayLiteral("POST"), messagesRequest(), body, context,
        [done = std::move(done)](const HttpResponse& response) {
            SendResult result;
            result.error = HttpTransport::transportError(response);
            if (!result.error.isError())
                result = kaleyra::parseSendResponse(response.status, response.body, response.retryAfter);
            done(result);
        });
}

void KaleyraProvider::fetchStatus(const QString& providerMessageId, QObject* context, StatusCallback done)
{
    StatusResult result;
    result.providerMessageId = providerMessageId;
    // No status endpoint for WhatsApp is documented (provider-apis.md §3.4).
    result.error = unsupported(QCoreApplication::translate(
        "Kaleyra", "Kaleyra reports a message's status only by callback; it cannot be asked for"));
    answerLater(context, std::move(done), result);
}

void KaleyraProvider::cancel(const QString& providerMessageId, QObject* context, ErrorCallback done)
{
    Q_UNUSED(providerMessageId)
    answerLater(context, std::move(done),
        unsupported(QCoreApplication::translate("Kaleyra", "Kaleyra offers no way to cancel a message")));
}

void KaleyraProvider::checkServiceWindow(const QString& to, QObject* context, ServiceWindowCallback done)
{
    Q_UNUSED(to)
    ServiceWindowResult result;
    result.error = unsupported(
        QCoreApplication::translate("Kaleyra", "Kaleyra offers no way to look up a contact's customer-service window"));
    answerLater(context, std::move(done), result);
}

void KaleyraProvider::testConnection(QObject* context, ErrorCallback done)
{
    // Kaleyra has no "who am I" endpoint. A send with only channel=whatsapp has no recipient, so
    // nothing can be sent. An API authenticates before it validates fields (inference: Kaleyra does
    // not document the order), so a validation answer (E13001/E13009, or any 400) proves the SID and
    // key were accepted, while 401/403 or RBC001 means they were not.
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("channel"), QStringLiteral("whatsapp"));
    const QByteArray body = form.toString(QUrl::FullyEncoded).toLatin1();
    m_transport.send(QByteArrayLiteral("POST"), messagesRequest(), body, context,
        [done = std::move(done)](const HttpResponse& response) {
            ProviderError error = HttpTransport::transportError(response);
            if (error.isError()) {
                done(error);
                return;
            }
            if (response.status >= 200 && response.status < 300) {
                // Nothing can have been sent without a recipient; a JSON answer shows Kaleyra took the key.
                if (!QJsonDocument::fromJson(response.body).isObject()) {
                    error.kind = ProviderError::Kind::BadResponse;
                    error.httpStatus = response.status;
                    error.detail
                        = QCoreApplication::translate("Kaleyra", "The answer is not Kaleyra's; check the base URL");
                }
                done(error);
                return;
            }
            error = kaleyra::parseError(response.status, response.body);
            const QString code = error.providerCode.toUpper();
            const bool validation
                = code == QLatin1String("E13001") || code == QLatin1String("E13009") || code == QLatin1String("E13008");
            if (error.kind != ProviderError::Kind::Unauthorized && (response.status == 400 || validation))
                error = {};
            done(error);
        });
}

void KaleyraProvider::listTemplates(QObject* context, TemplateListCallback done, TemplateProgressCallback progress)
{
    Q_UNUSED(progress)
    TemplateListResult result;
    result.error.kind = ProviderError::Kind::Unsupported;
    result.error.detail = QCoreApplication::translate("Kaleyra",
        "Kaleyra's WhatsApp API has no list of templates, so Herald cannot sync Kaleyra templates: enter them by hand "
        "as Meta approved them.");
    answerLater(context, std::move(done), result);
}

} // namespace herald
