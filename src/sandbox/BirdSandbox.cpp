#include "sandbox/BirdSandbox.h"

#include "sandbox/BirdValidation.h"
#include "sandbox/NetworkConditions.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>
#include <optional>

namespace herald::sandbox {
namespace {

using StatusCode = QHttpServerResponder::StatusCode;
using bird::requestError;
using bird::rfc3339;

/// The WhatsApp number the sandbox's channel sends from, as the Message object's sender reports it.
const QString kChannelNumber = QStringLiteral("+15550100001");
/// Contact ids are derived from the number, so one number always has the same contact.
const QUuid kContactNamespace(QStringLiteral("{6f1f2d55-6a43-4c8e-9a4e-2b3f5c0d7e11}"));

struct Failure
{
    int code;
    const char* description;
    const char* sourceCode;
    const char* sourceName;
    const char* reason;
};
const Failure kUndeliverable { 131026, "Message undeliverable", "131026", "whatsapp", "Message undeliverable" };
const Failure kExpired { 2, "The message validity expired before it was delivered", "expired", "bird",
    "Message expired" };

/// A status a message reaches `atMs` unscaled milliseconds after it started.
struct Step
{
    qint64 atMs;
    const char* status;
    const Failure* failure = nullptr;
    bool settled = false;
};

/// The lifecycle by the recipient's last two digits; `validityMs` < 0 means no validity was given.
QList<Step> timeline(const QString& ending, qint64 validityMs)
{
    QList<Step> steps { { 0, "accepted" }, { 500, "processing" }, { 1000, "sent" } };
    if (ending == QLatin1String("00"))
        steps << Step { 2000, "delivery_failed", &kUndeliverable, true };
    else if (ending == QLatin1String("98"))
        steps << Step { 3000, "delivery_failed", &kExpired, true };
    else if (ending != QLatin1String("99")) // 99 stays sent
        steps << Step { 2000, "delivered", nullptr, true };
    if (validityMs < 0)
        return steps;
    // A message that has not settled when its validity runs out is not delivered any more.
    QList<Step> kept;
    for (const Step& step : steps) {
        if (step.atMs > validityMs)
            break;
        kept << step;
    }
    if (!kept.last().settled)
        kept << Step { validityMs, "delivery_failed", &kExpired, true };
    return kept;
}

QHttpServerResponse jsonResponse(const QJsonObject& body, StatusCode status)
{
    return QHttpServerResponse(body, status);
}

QHttpServerResponse notFound(const QString& what)
{
    return jsonResponse(
        requestError(QStringLiteral("NotFound"), QStringLiteral("The requested resource does not exist: %1").arg(what)),
        StatusCode::NotFound);
}

/// Bird's RequestError for the network conditions' 429 and 5xx.
QJsonObject conditionError(StatusCode status, const QString& message)
{
    return requestError(status == StatusCode::TooManyRequests ? QStringLiteral("TooManyRequests")
                                                              : QStringLiteral("InternalServerError"),
        message);
}

} // namespace

BirdSandbox::BirdSandbox(Account account, ProviderHooks hooks)
    : m_account(std::move(account))
    , m_hooks(std::move(hooks))
    , m_connectorId(newUuid())
{ }

BirdSandbox::~BirdSandbox() = default;

void BirdSandbox::registerRoutes(QHttpServer& server)
{
    // Routes take every method, so a known path with the wrong method answers 405 instead of 404.
    // The first matching rule wins: the catch-all "/workspaces/<arg>" comes last.
    // Every route hands its responder to the network conditions, which may answer later or not at all.
    using Method = QHttpServerRequest::Method;
    using Responder = QHttpServerResponder;
    const auto gated = [this](const QHttpServerRequest& r, Responder&& out, const Handler& handler) {
        m_hooks.conditions->serve({ QStringLiteral("bird"), &conditionError }, r, std::move(out), handler);
    };
    server.route(QStringLiteral("/workspaces/<arg>/channels/<arg>/messages"),
        [this, gated](const QString& ws, const QString& ch, const QHttpServerRequest& r, Responder&& out) {
            gated(r, std::move(out), [&] {
                return serve(r, ws, ch, { Method::Post, Method::Get },
                    [&] { return r.method() == Method::Post ? send(r.body()) : list(r.query()); });
            });
        });
    server.route(QStringLiteral("/workspaces/<arg>/channels/<arg>/messages/<arg>"),
        [this, gated](
            const QString& ws, const QString& ch, const QString& id, const QHttpServerRequest& r, Responder&& out) {
            gated(r, std::move(out), [&] { return serve(r, ws, ch, { Method::Get }, [&] { return message(id); }); });
        });
    server.route(QStringLiteral("/workspaces/<arg>/channels/<arg>/contacts/<arg>"),
        [this, gated](const QString& ws, const QString& ch, const QString& contactId, const QHttpServerRequest& r,
            Responder&& out) {
            gated(r, std::move(out),
                [&] { return serve(r, ws, ch, { Method::Get }, [&] { return contact(contactId, r.query()); }); });
        });
    server.route(QStringLiteral("/workspaces"), [this, gated](const QHttpServerRequest& r, Responder&& out) {
        gated(r, std::move(out), [&] { return serve(r, {}, {}, {}, {}); });
    });
    server.route(
        QStringLiteral("/workspaces/<arg>"), [this, gated](const QUrl&, const QHttpServerRequest& r, Responder&& out) {
            gated(r, std::move(out), [&] { return serve(r, {}, {}, {}, {}); });
        });
}

QHttpServerResponse BirdSandbox::serve(const QHttpServerRequest& request, const QString& workspaceId,
    const QString& channelId, const QList<QHttpServerRequest::Method>& allowed, const Handler& handler)
{
    const bool authorized = isAuthorized(request);
    m_hooks.record(recordOf(request, authorized));
    QHttpServerResponse response = [&]() -> QHttpServerResponse {
        if (!authorized) {
            const bool given = !request.value(QByteArrayLiteral("Authorization")).isEmpty();
            return jsonResponse(requestError(QStringLiteral("Unauthorized"),
                                    given ? QStringLiteral("The access key is not valid")
                                          : QStringLiteral("Missing access key: send the header "
                                                           "\"Authorization: AccessKey <your access key>\"")),
                StatusCode::Unauthorized);
        }
        if (allowed.isEmpty())
            return notFound(QStringLiteral("no such path"));
        if (workspaceId.compare(m_account.workspaceId, Qt::CaseInsensitive) != 0
            || channelId.compare(m_account.channelId, Qt::CaseInsensitive) != 0)
            return notFound(QStringLiteral("channel not found"));
        if (!allowed.contains(request.method())) {
            QStringList names;
            for (const QHttpServerRequest::Method method : allowed)
                names << methodName(method);
            QHttpServerResponse refused
                = jsonResponse(requestError(QStringLiteral("MethodNotAllowed"),
                                   QStringLiteral("Method %1 is not allowed here").arg(methodName(request.method()))),
                    StatusCode::MethodNotAllowed);
            refused.setHeader(QByteArrayLiteral("Allow"), names.join(QStringLiteral(", ")).toLatin1());
            return refused;
        }
        return handler();
    }();
    qCDebug(lcSandbox).noquote() << "bird" << methodName(request.method()) << request.url().path() << "->"
                                 << static_cast<int>(response.statusCode());
    return response;
}

bool BirdSandbox::isAuthorized(const QHttpServerRequest& request) const
{
    // Bird's spec says "AccessKey <key>"; its own examples (and the seed) show "Bearer <key>". Both pass.
    const QByteArray header = request.value(QByteArrayLiteral("Authorization")).trimmed();
    const qsizetype space = header.indexOf(' ');
    if (space < 0)
        return false;
    const QByteArray scheme = header.left(space).toLower();
    return (scheme == "accesskey" || scheme == "bearer")
        && QString::fromUtf8(header.mid(space + 1).trimmed()) == m_account.accessKey;
}

QDateTime BirdSandbox::serviceWindowExpireAt(const QString& number) const
{
    if (number.endsWith(QLatin1String("11")))
        return m_hooks.startedAt.addSecs(24 * 3600);
    if (number.endsWith(QLatin1String("12")))
        return m_hooks.startedAt.addSecs(-3600);
    return {};
}

QHttpServerResponse BirdSandbox::send(const QByteArray& body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject())
        return jsonResponse(
            requestError(QStringLiteral("BadRequest"), QStringLiteral("The request body is not a JSON object")),
            StatusCode::BadRequest);
    const QJsonObject payload = document.object();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    bird::SendRequest request;
    bird::Problems problems;
    bird::validateCreateMessage(payload, now, &request, &problems);

    const QString toField = QStringLiteral("receiver.contacts.0.identifierValue");
    if (!problems.contains(toField) && request.to.endsWith(QLatin1String("13")))
        problems[toField] << QStringLiteral("is not a valid WhatsApp phone number");
    if (!request.isTemplate && !problems.contains(toField) && !problems.contains(QStringLiteral("body"))) {
        const QDateTime window = serviceWindowExpireAt(request.to);
        if (!window.isValid() || window <= now)
            problems[QStringLiteral("body")] << QStringLiteral(
                "can only be sent while the contact's customer service window is open; send a template instead");
    }
    if (!problems.isEmpty())
        return jsonResponse(bird::validationError(problems), StatusCode::UnprocessableEntity);

    Message message;
    message.id = newUuid();
    message.to = request.to;
    message.createdAt = now;
    message.scheduled = request.scheduledFor.isValid() && request.scheduledFor > now;
    message.startsAt = message.scheduled ? request.scheduledFor : now;
    message.validityMs = request.validitySeconds < 0 ? -1 : request.validitySeconds * 1000;
    for (const char* key : { "template", "body", "reference", "tags", "meta", "replyTo" }) {
        if (payload.contains(QLatin1String(key)) && !payload.value(QLatin1String(key)).isNull())
            message.echo.insert(QLatin1String(key), payload.value(QLatin1String(key)));
    }
    if (request.scheduledFor.isValid())
        message.echo.insert(QStringLiteral("scheduledFor"), rfc3339(request.scheduledFor));
    m_messages.insert(message.id, message);
    m_order.append(message.id);
    m_hooks.accepted(QStringLiteral("bird"), message.to);
    qCDebug(lcSandbox).noquote() << "bird accepted" << message.id
                                 << (message.scheduled ? "(scheduled)" : "(sending now)");
    return jsonResponse(toJson(message, now), StatusCode::Accepted);
}

QHttpServerResponse BirdSandbox::message(const QString& id) const
{
    const auto it = m_messages.constFind(id.toLower());
    if (it == m_messages.cend())
        return notFound(QStringLiteral("message not found"));
    return jsonResponse(toJson(*it, QDateTime::currentDateTimeUtc()), StatusCode::Ok);
}

QHttpServerResponse BirdSandbox::list(const QUrlQuery& query) const
{
    int limit = 10;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 100)
            return jsonResponse(
                bird::validationError({ { QStringLiteral("limit"), { QStringLiteral("must be from 1 to 100") } } }),
                StatusCode::UnprocessableEntity);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray results;
    for (qsizetype i = m_order.size() - 1; i >= 0 && results.size() < limit; --i)
        results.append(toJson(m_messages.value(m_order.at(i)), now));
    return jsonResponse(QJsonObject { { QStringLiteral("results"), results } }, StatusCode::Ok);
}

QHttpServerResponse BirdSandbox::contact(const QString& contactId, const QUrlQuery& query) const
{
    // Herald passes the number as contactId and as contactIdentifierValue; the query wins when present.
    QString number = query.queryItemValue(QStringLiteral("contactIdentifierValue"), QUrl::FullyDecoded).trimmed();
    if (number.isEmpty())
        number = QUrl::fromPercentEncoding(contactId.toUtf8()).trimmed();
    if (!isE164(number))
        return notFound(QStringLiteral("contact not found"));
    const QDateTime window = serviceWindowExpireAt(number);
    const QJsonObject information { { QStringLiteral("serviceWindowExpireAt"),
                                        window.isValid() ? QJsonValue(rfc3339(window)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("isPermanentSession"), false }, { QStringLiteral("metadata"), QJsonValue(QJsonValue::Null) } };
    return jsonResponse(information, StatusCode::Ok);
}

QJsonObject BirdSandbox::toJson(const Message& message, const QDateTime& now) const
{
    QString status = QStringLiteral("scheduled");
    QDateTime statusAt = message.createdAt;
    const Failure* failure = nullptr;
    if (!message.scheduled || message.startsAt <= now) {
        for (const Step& step : timeline(message.to.right(2), message.validityMs)) {
            const QDateTime at = message.startsAt.addMSecs(scaledMs(step.atMs, m_hooks.speed));
            if (at > now)
                break;
            status = QLatin1String(step.status);
            statusAt = at;
            failure = step.failure;
        }
    }
    QJsonObject json = message.echo;
    json.insert(QStringLiteral("id"), message.id);
    json.insert(QStringLiteral("channelId"), m_account.channelId);
    json.insert(QStringLiteral("sender"),
        QJsonObject { { QStringLiteral("connector"),
            QJsonObject {
                { QStringLiteral("id"), m_connectorId }, { QStringLiteral("identifierValue"), kChannelNumber } } } });
    const QJsonObject contact { { QStringLiteral("id"),
                                    QUuid::createUuidV5(kContactNamespace, message.to).toString(QUuid::WithoutBraces) },
        { QStringLiteral("identifierKey"), QStringLiteral("phonenumber") },
        { QStringLiteral("identifierValue"), message.to } };
    json.insert(QStringLiteral("receiver"), QJsonObject { { QStringLiteral("contacts"), QJsonArray { contact } } });
    json.insert(QStringLiteral("status"), status);
    json.insert(QStringLiteral("direction"), QStringLiteral("outgoing"));
    json.insert(QStringLiteral("lastStatusAt"), rfc3339(statusAt));
    json.insert(QStringLiteral("createdAt"), rfc3339(message.createdAt));
    json.insert(QStringLiteral("updatedAt"), rfc3339(statusAt));
    if (failure) {
        json.insert(QStringLiteral("reason"), QLatin1String(failure->reason));
        json.insert(QStringLiteral("failure"),
            QJsonObject { { QStringLiteral("code"), failure->code },
                { QStringLiteral("description"), QLatin1String(failure->description) },
                { QStringLiteral("source"),
                    QJsonObject { { QStringLiteral("code"), QLatin1String(failure->sourceCode) },
                        { QStringLiteral("name"), QLatin1String(failure->sourceName) } } } });
    }
    return json;
}

} // namespace herald::sandbox
