#include "sandbox/MessenteSandbox.h"

#include "sandbox/CallbackDispatcher.h"
#include "sandbox/MessenteTemplates.h"
#include "sandbox/MessenteValidation.h"
#include "sandbox/NetworkConditions.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonValue>
#include <QRegularExpression>
#include <QUrl>
#include <optional>

namespace herald::sandbox {
namespace {

using StatusCode = QHttpServerResponder::StatusCode;
using messente::ApiError;
using messente::envelope;

QHttpServerResponse errorResponse(StatusCode status, const ApiError& error)
{
    return QHttpServerResponse(envelope(error), status);
}

/// Messente's envelope for the network conditions' 429 and 5xx. Messente documents neither code, so this is
/// the closest to its documented envelope: the HTTP status as `code`, its reason as `title`, `source` null.
QJsonObject conditionError(StatusCode status, const QString& message)
{
    const bool limited = status == StatusCode::TooManyRequests;
    const QJsonObject item { { QStringLiteral("title"),
                                 limited ? QStringLiteral("Too Many Requests")
                                         : QStringLiteral("Internal Server Error") },
        { QStringLiteral("detail"), message }, { QStringLiteral("code"), QString::number(static_cast<int>(status)) },
        { QStringLiteral("source"), QJsonValue(QJsonValue::Null) } };
    return QJsonObject { { QStringLiteral("errors"), QJsonArray { item } } };
}

/// The spec's timestamps carry an explicit offset ("…T04:56:07.000+00:00"), not "Z".
QString isoTimestamp(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz")) + QStringLiteral("+00:00");
}

/// A status a channel reaches `atMs` unscaled milliseconds after its attempt started.
struct Step
{
    qint64 atMs;
    const char* status;
    int err;
    const char* error; ///< nullptr → null
    bool settled = false; ///< delivered or failed for good: priced, and no validity expiry any more

    bool failed() const { return settled && err != 0 && err != 10; }
};

/// The statuses of one channel attempt. `ending` is the recipient's last two digits for the first channel
/// and empty for fallback channels, which always deliver.
QList<Step> timeline(const QString& ending, const QString& channel, qint64 validityMs)
{
    QList<Step> steps { { 500, "ACK", 0, nullptr } };
    if (ending == QLatin1String("13")) {
        steps << Step { 1000, "FAILED", 3, "Invalid number", true };
    } else if (ending != QLatin1String("99")) { // 99 stays at ACK
        steps << Step { 1000, "ACCEPTD", 0, nullptr };
        if (ending == QLatin1String("00"))
            steps << Step { 2000, "UNDELIV", 1, "Delivery failure", true };
        else if (ending == QLatin1String("98"))
            steps << Step { 3000, "EXPIRED", 2, "Sending message expired", true };
        else
            steps << Step { 2000, "DELIVRD", 0, nullptr, true };
        if (steps.last().err == 0 && channel != QLatin1String("sms")) // SMS has no read receipts
            steps << Step { 4000, "SEEN", 10, nullptr, true };
    }
    if (validityMs < 0)
        return steps;
    // A channel that has not settled when its validity runs out counts as failed, so the next one is tried.
    QList<Step> kept;
    bool settled = false;
    for (const Step& step : steps) {
        if (!settled && step.atMs > validityMs)
            break;
        kept << step;
        settled = settled || step.settled;
    }
    if (!settled)
        kept << Step { validityMs, "EXPIRED", 2, "Sending message expired", true };
    return kept;
}

/// The timestamp of Messente's delivery-report callback, as its documented example writes it: UTC with
/// microseconds and no offset ("2020-02-04T08:09:42.389630").
QString callbackTimestamp(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz")) + QStringLiteral("000");
}

} // namespace

MessenteSandbox::MessenteSandbox(QString user, QString password, QString wabaId, ProviderHooks hooks)
    : m_user(std::move(user))
    , m_password(std::move(password))
    , m_wabaId(std::move(wabaId))
    , m_templates(messente::sandboxTemplates())
    , m_hooks(std::move(hooks))
{ }

MessenteSandbox::~MessenteSandbox() = default;

void MessenteSandbox::registerRoutes(QHttpServer& server)
{
    // Routes take every method, so a known path with the wrong method answers 405 instead of 404.
    // The first matching rule wins: the catch-all "/v1/<arg>" (a QUrl argument matches ".*") comes last.
    // Every route hands its responder to the network conditions, which may answer later or not at all.
    using Method = QHttpServerRequest::Method;
    using Responder = QHttpServerResponder;
    const auto gated = [this](const QHttpServerRequest& r, Responder&& out, const Handler& handler) {
        m_hooks.conditions->serve({ QStringLiteral("messente"), &conditionError }, r, std::move(out), handler);
    };
    server.route(QStringLiteral("/v1/omnimessage"), [this, gated](const QHttpServerRequest& r, Responder&& out) {
        gated(r, std::move(out), [&] { return serve(r, Method::Post, [&] { return send(r.body(), false); }); });
    });
    server.route(QStringLiteral("/v1/omnimessages"), [this, gated](const QHttpServerRequest& r, Responder&& out) {
        gated(r, std::move(out), [&] { return serve(r, Method::Post, [&] { return send(r.body(), true); }); });
    });
    server.route(QStringLiteral("/v1/omnimessage/<arg>/status"),
        [this, gated](const QString& id, const QHttpServerRequest& r, Responder&& out) {
            gated(r, std::move(out), [&] { return serve(r, Method::Get, [&] { return status(id); }); });
        });
    server.route(QStringLiteral("/v1/omnimessage/<arg>"),
        [this, gated](const QString& id, const QHttpServerRequest& r, Responder&& out) {
            gated(r, std::move(out), [&] { return serve(r, Method::Delete, [&] { return cancel(id); }); });
        });
    server.route(QStringLiteral("/v1/whatsapp/wabas/<arg>/templates"),
        [this, gated](const QString& wabaId, const QHttpServerRequest& r, Responder&& out) {
            gated(r, std::move(out), [&] { return serve(r, Method::Get, [&] { return templates(wabaId, r); }); });
        });
    server.route(QStringLiteral("/v1"), [this, gated](const QHttpServerRequest& r, Responder&& out) {
        gated(r, std::move(out), [&] { return serve(r, Method::Unknown, {}); });
    });
    server.route(QStringLiteral("/v1/<arg>"), [this, gated](const QUrl&, const QHttpServerRequest& r, Responder&& out) {
        gated(r, std::move(out), [&] { return serve(r, Method::Unknown, {}); });
    });
}

QHttpServerResponse MessenteSandbox::serve(
    const QHttpServerRequest& request, QHttpServerRequest::Method allowed, const Handler& handler)
{
    const bool authorized = isAuthorized(request);
    const QString method = methodName(request.method());
    const QString path = request.url().path();
    m_hooks.record(recordOf(request, authorized));

    QHttpServerResponse response = [&]() -> QHttpServerResponse {
        if (!authorized) {
            const bool given = !request.value(QByteArrayLiteral("Authorization")).isEmpty();
            return errorResponse(StatusCode::Unauthorized,
                { 103,
                    given ? QStringLiteral("Invalid API username or password")
                          : QStringLiteral("Missing credentials: use HTTP Basic authentication with "
                                           "your API username and password"),
                    {} });
        }
        if (allowed == QHttpServerRequest::Method::Unknown)
            return errorResponse(StatusCode::NotFound, { 101, QStringLiteral("No such resource: %1").arg(path), {} });
        if (request.method() != allowed) {
            QHttpServerResponse refused = errorResponse(StatusCode::MethodNotAllowed,
                { 107, QStringLiteral("Method %1 is not allowed on %2").arg(method, path), {} });
            refused.setHeader(QByteArrayLiteral("Allow"), methodName(allowed).toLatin1());
            return refused;
        }
        return handler();
    }();
    qCDebug(lcSandbox).noquote() << "messente" << method << path << "->" << static_cast<int>(response.statusCode());
    return response;
}

bool MessenteSandbox::isAuthorized(const QHttpServerRequest& request) const
{
    const QByteArray header = request.value(QByteArrayLiteral("Authorization")).trimmed();
    const qsizetype space = header.indexOf(' ');
    if (space < 0 || header.left(space).toLower() != "basic")
        return false;
    const auto result
        = QByteArray::fromBase64Encoding(header.mid(space + 1).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return false;
    const QByteArray& decoded = result.decoded;
    const qsizetype colon = decoded.indexOf(':');
    return colon >= 0 && QString::fromUtf8(decoded.left(colon)) == m_user
        && QString::fromUtf8(decoded.mid(colon + 1)) == m_password;
}

QHttpServerResponse MessenteSandbox::send(const QByteArray& body, bool bulk)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return errorResponse(StatusCode::BadRequest,
            { 105, QStringLiteral("The request body is not a JSON object"), QStringLiteral("payload") });
    QJsonObject answer;
    if (!bulk) {
        const bool accepted = accept(document.object(), &answer, &answer);
        return QHttpServerResponse(answer, accepted ? StatusCode::Created : StatusCode::BadRequest);
    }
    const QJsonValue messages = document.object().value(QStringLiteral("messages"));
    if (!messages.isArray() || messages.toArray().isEmpty())
        return errorResponse(StatusCode::BadRequest,
            { 106, QStringLiteral("At least one omnimessage must be given"), QStringLiteral("payload[messages]") });
    // In bulk each omnimessage succeeds or fails on its own; the answer has one result for each.
    QJsonArray results;
    for (const QJsonValue& value : messages.toArray()) {
        answer = envelope({ 105, QStringLiteral("An omnimessage must be a JSON object"), QStringLiteral("payload") });
        if (value.isObject())
            accept(value.toObject(), &answer, &answer);
        results.append(answer);
    }
    return QHttpServerResponse(QJsonObject { { QStringLiteral("messages"), results } }, StatusCode::Created);
}

bool MessenteSandbox::accept(const QJsonObject& payload, QJsonObject* created, QJsonObject* errors)
{
    QDateTime timeToSend;
    if (const messente::Check problem = messente::checkOmnimessage(payload, &timeToSend)) {
        *errors = envelope(*problem);
        return false;
    }
    Omnimessage message;
    message.id = newUuid();
    message.to = payload.value(QStringLiteral("to")).toString();
    message.acceptedAt = QDateTime::currentDateTimeUtc();
    message.startsAt = timeToSend.isValid() && timeToSend > message.acceptedAt ? timeToSend : message.acceptedAt;

    QJsonArray results;
    for (const QJsonValue& value : payload.value(QStringLiteral("messages")).toArray()) {
        const QJsonObject m = value.toObject();
        Attempt attempt;
        attempt.channel = m.value(QStringLiteral("channel")).toString();
        attempt.messageId = newUuid();
        attempt.sender = m.value(QStringLiteral("sender")).toString();
        if (attempt.sender.isEmpty())
            attempt.sender = QStringLiteral("Messente");
        if (messente::present(m, QStringLiteral("ttl")))
            attempt.validityMs = m.value(QStringLiteral("ttl")).toInteger() * 1000;
        else if (messente::present(m, QStringLiteral("validity")))
            attempt.validityMs = m.value(QStringLiteral("validity")).toInteger() * 60 * 1000;
        results.append(QJsonObject { { QStringLiteral("channel"), attempt.channel },
            { QStringLiteral("message_id"), attempt.messageId }, { QStringLiteral("sender"), attempt.sender } });
        message.chain.append(attempt);
    }
    *created = QJsonObject { { QStringLiteral("messages"), results }, { QStringLiteral("omnimessage_id"), message.id },
        { QStringLiteral("to"), message.to } };
    qCDebug(lcSandbox) << "messente accepted" << message.id << "with" << message.chain.size() << "channel(s)";
    m_messages.insert(message.id, message);
    m_hooks.accepted(QStringLiteral("messente"), message.to);
    if (messente::present(payload, QStringLiteral("dlr_url")))
        scheduleReports(message, QUrl(payload.value(QStringLiteral("dlr_url")).toString()));
    return true;
}

QHttpServerResponse MessenteSandbox::status(const QString& id) const
{
    const auto it = m_messages.constFind(id.toLower());
    if (it == m_messages.cend())
        return errorResponse(StatusCode::NotFound, { 101, QStringLiteral("No such message: %1").arg(id), {} });
    const QJsonObject report { { QStringLiteral("omnimessage_id"), it->id }, { QStringLiteral("to"), it->to },
        { QStringLiteral("statuses"), statuses(*it, QDateTime::currentDateTimeUtc()) } };
    return QHttpServerResponse(report, StatusCode::Ok);
}

QHttpServerResponse MessenteSandbox::cancel(const QString& id)
{
    const auto it = m_messages.find(id.toLower());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (it == m_messages.end() || it->deletedAt.isValid() || it->startsAt <= now)
        return errorResponse(StatusCode::NotFound,
            { 101, QStringLiteral("The omnimessage was already sent or no such message exists"), {} });
    it->deletedAt = now;
    return QHttpServerResponse(QJsonObject {}, StatusCode::Accepted);
}

QHttpServerResponse MessenteSandbox::templates(const QString& wabaId, const QHttpServerRequest& request) const
{
    // Meta's WABA ids are decimal numbers; anything else is a malformed path parameter.
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,20}$"));
    if (!digits.match(wabaId).hasMatch())
        return errorResponse(StatusCode::BadRequest,
            { 105, QStringLiteral("The WhatsApp Business Account ID must be a number"), QStringLiteral("wabaId") });
    if (wabaId != m_wabaId)
        return errorResponse(StatusCode::NotFound,
            { 101, QStringLiteral("No WhatsApp Business Account %1 is connected to this API user").arg(wabaId), {} });
    const auto answer = messente::listTemplates(m_templates, request.query(), request.url());
    if (const auto* error = std::get_if<ApiError>(&answer))
        return errorResponse(StatusCode::BadRequest, *error);
    return QHttpServerResponse(std::get<QJsonObject>(answer), StatusCode::Ok);
}

qint64 MessenteSandbox::scaled(qint64 lifecycleMs) const
{
    return scaledMs(lifecycleMs, m_hooks.speed);
}

void MessenteSandbox::scheduleReports(const Omnimessage& message, const QUrl& dlrUrl)
{
    // The same walk as statuses(), but over the whole lifecycle: one callback for each status an entry reaches.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime attemptStart = message.startsAt;
    for (qsizetype i = 0; i < message.chain.size(); ++i) {
        const Attempt& attempt = message.chain.at(i);
        const QList<Step> steps
            = timeline(i == 0 ? message.to.right(2) : QString(), attempt.channel, attempt.validityMs);
        for (const Step& step : steps) {
            const QDateTime at = attemptStart.addMSecs(scaled(step.atMs));
            const QJsonValue null(QJsonValue::Null);
            const QJsonObject report { { QStringLiteral("status"), QLatin1String(step.status) },
                { QStringLiteral("sender"), attempt.sender }, { QStringLiteral("err"), step.err },
                { QStringLiteral("message_id"), attempt.messageId }, { QStringLiteral("to"), message.to },
                { QStringLiteral("channel"), attempt.channel },
                { QStringLiteral("error"), step.error ? QJsonValue(QLatin1String(step.error)) : null },
                { QStringLiteral("omnimessage_id"), message.id },
                { QStringLiteral("timestamp"), callbackTimestamp(at) } };
            // A cancelled message reports nothing more.
            m_hooks.callbacks->schedule(
                now.msecsTo(at), message.id, dlrUrl, [this, id = message.id, report]() -> std::optional<QJsonObject> {
                    const auto it = m_messages.constFind(id);
                    if (it == m_messages.cend() || it->deletedAt.isValid())
                        return std::nullopt;
                    return report;
                });
        }
        if (steps.isEmpty() || !steps.last().failed())
            break;
        attemptStart = attemptStart.addMSecs(scaled(steps.last().atMs));
    }
}

QJsonArray MessenteSandbox::statuses(const Omnimessage& message, const QDateTime& now) const
{
    const auto entry = [](const Attempt& attempt, const QDateTime& at, const Step& step) {
        const QJsonValue null(QJsonValue::Null);
        const QJsonObject price { { QStringLiteral("part_price"), QStringLiteral("0.05") },
            { QStringLiteral("parts_count"), 1 }, { QStringLiteral("total_price"), QStringLiteral("0.05") } };
        return QJsonObject { { QStringLiteral("status"), step.status ? QJsonValue(QLatin1String(step.status)) : null },
            { QStringLiteral("channel"), attempt.channel }, { QStringLiteral("message_id"), attempt.messageId },
            { QStringLiteral("sender"), attempt.sender },
            { QStringLiteral("error"), step.error ? QJsonValue(QLatin1String(step.error)) : null },
            { QStringLiteral("err"), step.err >= 0 ? QJsonValue(step.err) : null },
            { QStringLiteral("timestamp"), isoTimestamp(at) },
            { QStringLiteral("price_info"), step.settled ? QJsonValue(price) : null } };
    };

    QJsonArray result;
    if (message.deletedAt.isValid()) {
        result.append(entry(message.chain.first(), message.deletedAt, { 0, "DELETED", -1, nullptr }));
        return result;
    }
    // Channels are tried in order: the next one starts when the previous one failed.
    QDateTime attemptStart = message.startsAt;
    for (qsizetype i = 0; i < message.chain.size(); ++i) {
        const Attempt& attempt = message.chain.at(i);
        const QString ending = i == 0 ? message.to.right(2) : QString();
        const qint64 elapsed = attemptStart.msecsTo(now);
        std::optional<Step> reached;
        for (const Step& step : timeline(ending, attempt.channel, attempt.validityMs)) {
            if (scaled(step.atMs) <= elapsed)
                reached = step;
        }
        if (!reached) { // still being processed (or scheduled): everything null
            result.append(entry(attempt, i == 0 ? message.acceptedAt : attemptStart, { 0, nullptr, -1, nullptr }));
            break;
        }
        const QDateTime reachedAt = attemptStart.addMSecs(scaled(reached->atMs));
        result.append(entry(attempt, reachedAt, *reached));
        if (!reached->failed())
            break;
        attemptStart = reachedAt;
    }
    return result;
}

} // namespace herald::sandbox
