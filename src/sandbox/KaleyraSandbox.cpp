#include "sandbox/KaleyraSandbox.h"

#include "sandbox/CallbackDispatcher.h"
#include "sandbox/KaleyraRequest.h"
#include "sandbox/NetworkConditions.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QUrl>
#include <QUrlQuery>

namespace herald::sandbox {
namespace {

using StatusCode = QHttpServerResponder::StatusCode;

/// A status callback `atMs` unscaled milliseconds after the message was accepted.
struct Step
{
    qint64 atMs;
    const char* status;
    const char* errorCode = nullptr; ///< nullptr → no error_code / description
    const char* description = nullptr;
};

/// The callbacks by the recipient's last two digits (13 never gets here: it is rejected with E13009).
QList<Step> timeline(const QString& ending)
{
    if (ending == QLatin1String("98"))
        return { { 3000, "NOT-SENT", "EXPIRED", "Message validity expired before it could be sent" } };
    QList<Step> steps { { 1000, "SENT" } };
    if (ending == QLatin1String("00"))
        steps << Step { 2000, "FAILED", "131026", "Message undeliverable" };
    else if (ending != QLatin1String("99")) // 99 stays SENT
        steps << Step { 2000, "DELIVERED" } << Step { 4000, "READ" };
    return steps;
}

QHttpServerResponse errorResponse(const kaleyra::Error& error, StatusCode status = StatusCode::BadRequest)
{
    return QHttpServerResponse(kaleyra::toJson(error), status);
}

/// Kaleyra's error envelope for the network conditions' 429 and 5xx, with the HTTP status as its code.
QJsonObject conditionError(StatusCode status, const QString& message)
{
    return kaleyra::toJson({ QString::number(static_cast<int>(status)), message, {} });
}

/// The recipient as Kaleyra's response writes it: the E.164 digits without "+".
QString recipientOf(const QString& e164)
{
    return e164.mid(1);
}

/// The account with its from number in E.164 ("15550100000" → "+15550100000").
KaleyraSandbox::Account normalized(KaleyraSandbox::Account account)
{
    const QString from = kaleyra::normalizeNumber(account.fromNumber);
    if (!from.isEmpty())
        account.fromNumber = from;
    return account;
}

} // namespace

KaleyraSandbox::KaleyraSandbox(Account account, ProviderHooks hooks)
    : m_account(normalized(std::move(account)))
    , m_hooks(std::move(hooks))
{ }

KaleyraSandbox::~KaleyraSandbox() = default;

void KaleyraSandbox::registerRoutes(QHttpServer& server)
{
    // The route hands its responder to the network conditions, which may answer later or not at all.
    server.route(QStringLiteral("/v1/<arg>/messages"),
        [this](const QString& sid, const QHttpServerRequest& r, QHttpServerResponder&& out) {
            m_hooks.conditions->serve(
                { QStringLiteral("kaleyra"), &conditionError }, r, std::move(out), [&] { return serve(r, sid); });
        });
}

QHttpServerResponse KaleyraSandbox::serve(const QHttpServerRequest& request, const QString& sid)
{
    const bool authorized = isAuthorized(request, sid);
    m_hooks.record(recordOf(request, authorized));
    using Method = QHttpServerRequest::Method;
    QHttpServerResponse response = [&]() -> QHttpServerResponse {
        if (!authorized)
            return errorResponse(
                { QStringLiteral("RBC001"), QStringLiteral("Incorrect SID or API key"), {} }, StatusCode::Unauthorized);
        if (request.method() != Method::Post && request.method() != Method::Get) {
            QHttpServerResponse refused
                = errorResponse({ QStringLiteral("E405"), QStringLiteral("Method not allowed: use POST or GET"), {} },
                    StatusCode::MethodNotAllowed);
            refused.setHeader(QByteArrayLiteral("Allow"), QByteArrayLiteral("POST, GET"));
            return refused;
        }
        return send(request);
    }();
    // The path holds the SID, which is not secret; the key is only ever in a header or the query, never logged.
    qCDebug(lcSandbox).noquote() << "kaleyra" << methodName(request.method()) << request.url().path() << "->"
                                 << static_cast<int>(response.statusCode());
    return response;
}

bool KaleyraSandbox::isAuthorized(const QHttpServerRequest& request, const QString& sid) const
{
    QString key = QString::fromUtf8(request.value(QByteArrayLiteral("api-key")).trimmed());
    if (key.isEmpty()) // some clients pass it as a query parameter
        key = request.query().queryItemValue(QStringLiteral("api-key"), QUrl::FullyDecoded);
    return sid == m_account.sid && !key.isEmpty() && key == m_account.apiKey;
}

QHttpServerResponse KaleyraSandbox::send(const QHttpServerRequest& httpRequest)
{
    const std::optional<kaleyra::Fields> fields = kaleyra::readFields(httpRequest);
    if (!fields)
        return errorResponse({ QStringLiteral("E13001"),
            QStringLiteral("The request body could not be read: send form fields (urlencoded or multipart)"), {} });
    kaleyra::SendRequest request;
    if (const std::optional<kaleyra::Error> error = kaleyra::validate(*fields, m_account.fromNumber, &request))
        return errorResponse(*error);

    const QString id = newUuid();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray data;
    for (qsizetype i = 0; i < request.recipients.size(); ++i) {
        data.append(QJsonObject { { QStringLiteral("message_id"), QStringLiteral("%1:%2").arg(id).arg(i) },
            { QStringLiteral("recipient"), recipientOf(request.recipients.at(i)) } });
        m_hooks.accepted(QStringLiteral("kaleyra"), request.recipients.at(i));
        if (!request.callbackUrl.isEmpty())
            scheduleCallbacks(id, i, request);
    }
    qCDebug(lcSandbox) << "kaleyra accepted" << id << "for" << request.recipients.size() << "recipient(s)"
                       << (request.callbackUrl.isEmpty() ? "without callbacks" : "with callbacks");
    const QJsonObject answer { { QStringLiteral("id"), id }, { QStringLiteral("type"), request.type },
        { QStringLiteral("body"), request.body },
        { QStringLiteral("createdDateTime"),
            QString(now.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral("+00:00")) },
        { QStringLiteral("totalCount"), request.recipients.size() }, { QStringLiteral("data"), data },
        { QStringLiteral("error"), QJsonObject {} } };
    return QHttpServerResponse(answer, StatusCode::Accepted);
}

void KaleyraSandbox::scheduleCallbacks(const QString& id, qsizetype index, const kaleyra::SendRequest& request)
{
    const QString recipient = request.recipients.at(index);
    const QString messageId = QStringLiteral("%1:%2").arg(id).arg(index);
    const QDateTime acceptedAt = QDateTime::currentDateTimeUtc();
    const QUrl url(request.callbackUrl);
    for (const Step& step : timeline(recipient.right(2))) {
        const qint64 delay = scaledMs(step.atMs, m_hooks.speed);
        QJsonObject payload = request.references;
        payload.insert(QStringLiteral("message_id"), messageId);
        payload.insert(QStringLiteral("id"), id);
        payload.insert(QStringLiteral("status"), QLatin1String(step.status));
        payload.insert(QStringLiteral("to"), recipientOf(recipient));
        payload.insert(QStringLiteral("created_at"), acceptedAt.addMSecs(delay).toSecsSinceEpoch());
        if (step.errorCode) {
            payload.insert(QStringLiteral("error_code"), QLatin1String(step.errorCode));
            payload.insert(QStringLiteral("description"), QLatin1String(step.description));
        }
        m_hooks.callbacks->schedule(delay, messageId, url, [payload] { return std::optional<QJsonObject>(payload); });
    }
}

} // namespace herald::sandbox
