#include "sandbox/MessenteSandbox.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonValue>
#include <QMetaEnum>
#include <QRegularExpression>
#include <QUuid>
#include <cmath>
#include <optional>

namespace herald::sandbox {
namespace {

using StatusCode = QHttpServerResponder::StatusCode;

/// One item of Messente's error envelope (ErrorItemOmnichannel).
struct ApiError
{
    int code = 105;
    QString detail;
    QString source; ///< empty → null, as Messente sends for non-400 answers
};
using Check = std::optional<ApiError>;

QString titleFor(int code)
{
    static const char* const titles[] = { "Not found", "Forbidden", "Unauthorized", "Internal Server Error",
        "Invalid data", "Missing data", "Method not allowed" };
    return QLatin1String(code >= 101 && code <= 107 ? titles[code - 101] : titles[3]);
}

QJsonObject envelope(const ApiError& error)
{
    const QJsonObject item { { QStringLiteral("title"), titleFor(error.code) },
        { QStringLiteral("detail"), error.detail }, { QStringLiteral("code"), QString::number(error.code) },
        { QStringLiteral("source"),
            error.source.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(error.source) } };
    return QJsonObject { { QStringLiteral("errors"), QJsonArray { item } } };
}

QHttpServerResponse errorResponse(StatusCode status, const ApiError& error)
{
    return QHttpServerResponse(envelope(error), status);
}

Check missing(const QString& source, const QString& detail)
{
    return ApiError { 106, detail, source };
}
Check invalid(const QString& source, const QString& detail)
{
    return ApiError { 105, detail, source };
}

/// Messente treats an explicit null like an absent optional field.
bool present(const QJsonObject& object, const QString& key)
{
    return object.contains(key) && !object.value(key).isNull();
}

Check checkString(const QJsonObject& object, const QString& key, const QString& source)
{
    if (!present(object, key))
        return missing(source, QStringLiteral("%1 is missing").arg(key));
    if (!object.value(key).isString())
        return invalid(source, QStringLiteral("%1 must be a string").arg(key));
    if (object.value(key).toString().isEmpty())
        return missing(source, QStringLiteral("%1 is empty").arg(key));
    return {};
}

bool isWholeNumber(const QJsonValue& value)
{
    const double d = value.toDouble(-1);
    return value.isDouble() && d >= 0 && d == std::floor(d) && d < 1e12;
}

/// sender, validity and ttl: the same rules for every channel.
Check checkCommon(const QJsonObject& message, const QString& channel)
{
    const QString prefix = QStringLiteral("payload[%1]").arg(channel);
    if (present(message, QStringLiteral("sender")) && !message.value(QStringLiteral("sender")).isString())
        return invalid(prefix + QStringLiteral("[sender]"), QStringLiteral("sender must be a string"));
    const bool hasValidity = present(message, QStringLiteral("validity"));
    const bool hasTtl = present(message, QStringLiteral("ttl"));
    if (hasValidity && hasTtl)
        return invalid(prefix + QStringLiteral("[ttl]"), QStringLiteral("Only one of ttl and validity can be used"));
    if (hasValidity && !isWholeNumber(message.value(QStringLiteral("validity"))))
        return invalid(
            prefix + QStringLiteral("[validity]"), QStringLiteral("validity must be a whole number of minutes"));
    if (hasTtl && !isWholeNumber(message.value(QStringLiteral("ttl"))))
        return invalid(prefix + QStringLiteral("[ttl]"), QStringLiteral("ttl must be a whole number of seconds"));
    return {};
}

Check checkMedia(const QJsonValue& value, const QString& source)
{
    if (!value.isObject())
        return invalid(source, QStringLiteral("must be an object"));
    const QJsonObject media = value.toObject();
    const bool hasId = present(media, QStringLiteral("id"));
    const bool hasLink = present(media, QStringLiteral("link"));
    if (!hasId && !hasLink)
        return missing(source, QStringLiteral("Either id or link must be given"));
    if (hasId && hasLink)
        return invalid(source, QStringLiteral("Only one of id and link can be given"));
    return {};
}

Check checkTemplate(const QJsonValue& value)
{
    const QString source = QStringLiteral("payload[whatsapp][template]");
    if (!value.isObject())
        return invalid(source, QStringLiteral("template must be an object"));
    const QJsonObject tpl = value.toObject();
    if (Check c = checkString(tpl, QStringLiteral("name"), source + QStringLiteral("[name]")))
        return c;
    const QJsonValue language = tpl.value(QStringLiteral("language"));
    if (!language.isNull() && !language.isUndefined() && !language.isObject())
        return invalid(source + QStringLiteral("[language]"), QStringLiteral("language must be an object"));
    if (Check c = checkString(language.toObject(), QStringLiteral("code"), source + QStringLiteral("[language][code]")))
        return c;
    if (!present(tpl, QStringLiteral("components")))
        return missing(source + QStringLiteral("[components]"), QStringLiteral("components is missing"));
    if (!tpl.value(QStringLiteral("components")).isArray())
        return invalid(source + QStringLiteral("[components]"), QStringLiteral("components must be an array"));

    const QString componentSource = source + QStringLiteral("[components]");
    for (const QJsonValue& c : tpl.value(QStringLiteral("components")).toArray()) {
        if (!c.isObject())
            return invalid(componentSource, QStringLiteral("each component must be an object"));
        const QJsonObject component = c.toObject();
        if (Check e = checkString(component, QStringLiteral("type"), componentSource + QStringLiteral("[type]")))
            return e;
        const QJsonValue index = component.value(QStringLiteral("index"));
        if (!index.isNull() && !index.isUndefined() && !isWholeNumber(index))
            return invalid(componentSource + QStringLiteral("[index]"), QStringLiteral("index must be an integer"));
        const QJsonValue parameters = component.value(QStringLiteral("parameters"));
        if (parameters.isNull() || parameters.isUndefined())
            continue;
        if (!parameters.isArray())
            return invalid(
                componentSource + QStringLiteral("[parameters]"), QStringLiteral("parameters must be an array"));
        const QString parameterSource = componentSource + QStringLiteral("[parameters]");
        for (const QJsonValue& p : parameters.toArray()) {
            const QJsonObject parameter = p.toObject();
            if (Check e = checkString(parameter, QStringLiteral("type"), parameterSource + QStringLiteral("[type]")))
                return e;
            // A parameter of a known type carries its value under the key named like the type.
            static const QStringList valued { QStringLiteral("text"), QStringLiteral("currency"),
                QStringLiteral("date_time"), QStringLiteral("image"), QStringLiteral("document"),
                QStringLiteral("video"), QStringLiteral("coupon_code"), QStringLiteral("payload") };
            const QString type = parameter.value(QStringLiteral("type")).toString();
            if (valued.contains(type) && !present(parameter, type))
                return missing(parameterSource + QLatin1Char('[') + type + QLatin1Char(']'),
                    QStringLiteral("A %1 parameter needs a %1 value").arg(type));
        }
    }
    return {};
}

Check checkWhatsApp(const QJsonObject& message)
{
    const QString source = QStringLiteral("payload[whatsapp]");
    static const QStringList kinds { QStringLiteral("template"), QStringLiteral("text"), QStringLiteral("image"),
        QStringLiteral("video"), QStringLiteral("audio"), QStringLiteral("document"), QStringLiteral("sticker") };
    QStringList given;
    for (const QString& kind : kinds) {
        if (present(message, kind))
            given << kind;
    }
    if (given.isEmpty())
        return missing(source, QStringLiteral("One of %1 must be given").arg(kinds.join(QStringLiteral(", "))));
    if (given.size() > 1)
        return invalid(source, QStringLiteral("Only one of %1 can be given").arg(given.join(QStringLiteral(", "))));
    const QString kind = given.first();
    if (kind == QLatin1String("template"))
        return checkTemplate(message.value(kind));
    if (kind == QLatin1String("text")) {
        if (!message.value(kind).isObject())
            return invalid(source + QStringLiteral("[text]"), QStringLiteral("text must be an object"));
        return checkString(
            message.value(kind).toObject(), QStringLiteral("body"), source + QStringLiteral("[text][body]"));
    }
    return checkMedia(message.value(kind), source + QLatin1Char('[') + kind + QLatin1Char(']'));
}

Check checkChannelContent(const QJsonObject& message, const QString& channel)
{
    if (channel == QLatin1String("whatsapp"))
        return checkWhatsApp(message);
    if (channel == QLatin1String("sms"))
        return checkString(message, QStringLiteral("text"), QStringLiteral("payload[sms][text]"));
    // Viber and RCS: the content fields their schemas list; RCS also needs a sender and exactly one content.
    const bool viber = channel == QLatin1String("viber");
    if (!viber && !present(message, QStringLiteral("sender")))
        return missing(QStringLiteral("payload[rcs][sender]"), QStringLiteral("sender is missing"));
    static const QStringList viberContents { QStringLiteral("text"), QStringLiteral("image_url"),
        QStringLiteral("video"), QStringLiteral("template"), QStringLiteral("carousel") };
    static const QStringList rcsContents { QStringLiteral("text"), QStringLiteral("content_info"),
        QStringLiteral("rich_card") };
    int contents = 0;
    for (const QString& key : viber ? viberContents : rcsContents)
        contents += present(message, key) ? 1 : 0;
    if (contents == 0)
        return missing(QStringLiteral("payload[%1]").arg(channel), QStringLiteral("The message has no content"));
    if (!viber && contents > 1)
        return invalid(QStringLiteral("payload[rcs]"), QStringLiteral("Only one of text, content_info or rich_card"));
    return {};
}

Check checkOmnimessage(const QJsonObject& payload, QDateTime* timeToSend)
{
    if (!present(payload, QStringLiteral("to")))
        return missing(QStringLiteral("payload[to]"), QStringLiteral("Recipient phone number is missing"));
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
    if (!e164.match(payload.value(QStringLiteral("to")).toString()).hasMatch())
        return invalid(QStringLiteral("payload[to]"), QStringLiteral("Invalid phone number"));

    const QJsonValue messages = payload.value(QStringLiteral("messages"));
    if (!messages.isArray() || messages.toArray().isEmpty())
        return missing(QStringLiteral("payload[messages]"), QStringLiteral("At least one message must be given"));
    static const QStringList channels { QStringLiteral("sms"), QStringLiteral("viber"), QStringLiteral("whatsapp"),
        QStringLiteral("rcs") };
    for (const QJsonValue& value : messages.toArray()) {
        const QJsonObject message = value.toObject();
        const QString channel = message.value(QStringLiteral("channel")).toString();
        if (!value.isObject() || !channels.contains(channel))
            return invalid(QStringLiteral("payload[messages][channel]"),
                QStringLiteral("Every message needs a channel: sms, viber, whatsapp or rcs"));
        if (Check c = checkCommon(message, channel))
            return c;
        if (Check c = checkChannelContent(message, channel))
            return c;
    }

    if (present(payload, QStringLiteral("time_to_send"))) {
        // ISO-8601; without a zone it is UTC, as Messente documents.
        const QJsonValue value = payload.value(QStringLiteral("time_to_send"));
        *timeToSend = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (!value.isString() || !timeToSend->isValid())
            return invalid(QStringLiteral("payload[time_to_send]"), QStringLiteral("Not an ISO-8601 date and time"));
        if (timeToSend->timeSpec() == Qt::LocalTime)
            timeToSend->setTimeSpec(Qt::UTC);
    }
    if (present(payload, QStringLiteral("dlr_url")) && !payload.value(QStringLiteral("dlr_url")).isString())
        return invalid(QStringLiteral("payload[dlr_url]"), QStringLiteral("dlr_url must be a string"));
    const auto checkEnum = [&](const QString& key, const QStringList& allowed) -> Check {
        if (present(payload, key) && !allowed.contains(payload.value(key).toString()))
            return invalid(QStringLiteral("payload[%1]").arg(key),
                QStringLiteral("%1 must be one of %2").arg(key, allowed.join(QStringLiteral(", "))));
        return {};
    };
    if (Check c = checkEnum(QStringLiteral("text_store"),
            { QStringLiteral("nostore"), QStringLiteral("plaintext"), QStringLiteral("sha256") }))
        return c;
    return checkEnum(
        QStringLiteral("priority"), { QStringLiteral("low"), QStringLiteral("regular"), QStringLiteral("high") });
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
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

QString methodName(QHttpServerRequest::Method method)
{
    const char* key = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(static_cast<int>(method));
    return QString::fromLatin1(key ? key : "unknown").toUpper();
}

} // namespace

MessenteSandbox::MessenteSandbox(QString user, QString password, double speed, Recorder recorder)
    : m_user(std::move(user))
    , m_password(std::move(password))
    , m_speed(speed)
    , m_recorder(std::move(recorder))
{ }

MessenteSandbox::~MessenteSandbox() = default;

void MessenteSandbox::registerRoutes(QHttpServer& server)
{
    // Routes take every method, so a known path with the wrong method answers 405 instead of 404.
    // The first matching rule wins: the catch-all "/v1/<arg>" (a QUrl argument matches ".*") comes last.
    using Method = QHttpServerRequest::Method;
    server.route(QStringLiteral("/v1/omnimessage"),
        [this](const QHttpServerRequest& r) { return serve(r, Method::Post, [&] { return send(r.body(), false); }); });
    server.route(QStringLiteral("/v1/omnimessages"),
        [this](const QHttpServerRequest& r) { return serve(r, Method::Post, [&] { return send(r.body(), true); }); });
    server.route(
        QStringLiteral("/v1/omnimessage/<arg>/status"), [this](const QString& id, const QHttpServerRequest& r) {
            return serve(r, Method::Get, [&] { return status(id); });
        });
    server.route(QStringLiteral("/v1/omnimessage/<arg>"), [this](const QString& id, const QHttpServerRequest& r) {
        return serve(r, Method::Delete, [&] { return cancel(id); });
    });
    server.route(QStringLiteral("/v1"), [this](const QHttpServerRequest& r) { return serve(r, Method::Unknown, {}); });
    server.route(QStringLiteral("/v1/<arg>"),
        [this](const QUrl&, const QHttpServerRequest& r) { return serve(r, Method::Unknown, {}); });
}

QHttpServerResponse MessenteSandbox::serve(
    const QHttpServerRequest& request, QHttpServerRequest::Method allowed, const Handler& handler)
{
    const bool authorized = isAuthorized(request);
    const QString method = methodName(request.method());
    const QString path = request.url().path();
    m_recorder({ method, path, request.body(), authorized, QDateTime::currentDateTimeUtc() });

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
    if (const Check problem = checkOmnimessage(payload, &timeToSend)) {
        *errors = envelope(*problem);
        return false;
    }
    Omnimessage message;
    message.id = newId();
    message.to = payload.value(QStringLiteral("to")).toString();
    message.acceptedAt = QDateTime::currentDateTimeUtc();
    message.startsAt = timeToSend.isValid() && timeToSend > message.acceptedAt ? timeToSend : message.acceptedAt;

    QJsonArray results;
    for (const QJsonValue& value : payload.value(QStringLiteral("messages")).toArray()) {
        const QJsonObject m = value.toObject();
        Attempt attempt;
        attempt.channel = m.value(QStringLiteral("channel")).toString();
        attempt.messageId = newId();
        attempt.sender = m.value(QStringLiteral("sender")).toString();
        if (attempt.sender.isEmpty())
            attempt.sender = QStringLiteral("Messente");
        if (present(m, QStringLiteral("ttl")))
            attempt.validityMs = m.value(QStringLiteral("ttl")).toInteger() * 1000;
        else if (present(m, QStringLiteral("validity")))
            attempt.validityMs = m.value(QStringLiteral("validity")).toInteger() * 60 * 1000;
        results.append(QJsonObject { { QStringLiteral("channel"), attempt.channel },
            { QStringLiteral("message_id"), attempt.messageId }, { QStringLiteral("sender"), attempt.sender } });
        message.chain.append(attempt);
    }
    *created = QJsonObject { { QStringLiteral("messages"), results }, { QStringLiteral("omnimessage_id"), message.id },
        { QStringLiteral("to"), message.to } };
    qCDebug(lcSandbox) << "messente accepted" << message.id << "with" << message.chain.size() << "channel(s)";
    m_messages.insert(message.id, message);
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

qint64 MessenteSandbox::scaled(qint64 lifecycleMs) const
{
    return static_cast<qint64>(std::llround(static_cast<double>(lifecycleMs) / m_speed));
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
