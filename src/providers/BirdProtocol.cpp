#include "providers/BirdProtocol.h"

#include "core/BirdStatus.h"
#include "providers/RawAnswer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <algorithm>
#include <limits>

namespace herald::bird {

namespace {

/// This file's words, in the translation context "Bird" (a name lupdate can see).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Bird)
};

bool isSuccess(int httpStatus)
{
    return httpStatus >= 200 && httpStatus < 300;
}

void appendParameters(
    QJsonArray& parameters, const Template& tpl, const QString& text, const QMap<QString, QString>& values, bool header)
{
    for (const QString& variable : variablesIn(text)) {
        // The Studio template's own key when the operator mapped one, else Herald's default.
        const QString key = tpl.birdKeyFor(header ? headerParameterKey(variable) : variable);
        parameters.append(QJsonObject { { QStringLiteral("type"), QStringLiteral("string") },
            { QStringLiteral("key"), key }, { QStringLiteral("value"), values.value(variable) } });
    }
}

// failure.code is an integer in the spec; accept a string holding one as well.
QString codeText(const QJsonValue& value)
{
    if (value.isDouble())
        return QString::number(value.toInteger());
    if (value.isString())
        return value.toString();
    return {};
}

QJsonObject parseObject(const QByteArray& body, QString* why)
{
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject()) {
        *why = parseError.error == QJsonParseError::NoError ? Words::tr("The answer is not a JSON object.")
                                                            : parseError.errorString();
        return {};
    }
    return document.object();
}

QDateTime parseTimestamp(const QJsonValue& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

} // namespace

QString localeFor(const QString& language)
{
    // Meta writes en_US; Bird's template locale has `format: locale-bcp47`, which uses a hyphen.
    QString locale = language;
    locale.replace(QLatin1Char('_'), QLatin1Char('-'));
    return locale;
}

QString headerParameterKey(const QString& variable)
{
    return birdHeaderKey(variable);
}

QJsonObject buildMessage(const OutgoingMessage& message)
{
    // identifierKey follows the official spec's example (B-WA); seed 004 shows identifierValue alone.
    const QJsonObject contact { { QStringLiteral("identifierKey"), QStringLiteral("phonenumber") },
        { QStringLiteral("identifierValue"), message.to } };
    QJsonObject root { { QStringLiteral("receiver"),
        QJsonObject { { QStringLiteral("contacts"), QJsonArray { contact } } } } };

    if (!message.freeText.isEmpty()) {
        // A session message: only `body`, never `template` (the spec's anyOf allows one of them).
        root.insert(QStringLiteral("body"),
            QJsonObject { { QStringLiteral("type"), QStringLiteral("text") },
                { QStringLiteral("text"), QJsonObject { { QStringLiteral("text"), message.freeText } } } });
    } else {
        const Template& tpl = message.tpl;
        QJsonObject templ { { QStringLiteral("projectId"), tpl.birdProjectId },
            { QStringLiteral("version"), tpl.birdVersion.isEmpty() ? QStringLiteral("latest") : tpl.birdVersion },
            { QStringLiteral("locale"), localeFor(tpl.language) } };
        QJsonArray parameters;
        appendParameters(parameters, tpl, tpl.headerText, message.values.header, true);
        appendParameters(parameters, tpl, tpl.body, message.values.body, false);
        // The spec gives `parameters` a minimum length of 1, so a template without variables omits it.
        if (!parameters.isEmpty())
            templ.insert(QStringLiteral("parameters"), parameters);
        root.insert(QStringLiteral("template"), templ);
    }

    if (!message.reference.isEmpty())
        root.insert(QStringLiteral("reference"), message.reference);
    if (message.scheduledFor.isValid())
        root.insert(QStringLiteral("scheduledFor"), message.scheduledFor.toUTC().toString(Qt::ISODate));
    if (message.options.ttlSeconds > 0)
        root.insert(QStringLiteral("validity"), message.options.ttlSeconds);
    return root;
}

QUrl channelUrl(const QUrl& baseUrl, const QString& workspaceId, const QString& channelId, const QStringList& segments,
    const QUrlQuery& query)
{
    const auto encoded = [](const QString& segment) {
        return QString::fromLatin1(QUrl::toPercentEncoding(segment));
    };
    QUrl url = baseUrl;
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    path += QStringLiteral("/workspaces/") + encoded(workspaceId) + QStringLiteral("/channels/") + encoded(channelId);
    for (const QString& segment : segments)
        path += QLatin1Char('/') + encoded(segment);
    // Tolerant mode keeps the percent-encoding above instead of encoding the '%' again.
    url.setPath(path, QUrl::TolerantMode);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

int retryAfterSeconds(const QByteArray& retryAfter, const QDateTime& now)
{
    return ProviderError::secondsFromRetryAfter(retryAfter, now);
}

ProviderError parseError(int httpStatus, const QByteArray& body, const QByteArray& retryAfter)
{
    ProviderError error;
    error.kind = ProviderError::kindForHttpStatus(httpStatus);
    error.httpStatus = httpStatus;
    if (error.kind == ProviderError::Kind::RateLimited)
        error.retryAfterSeconds = retryAfterSeconds(retryAfter);

    const QJsonObject root = QJsonDocument::fromJson(body).object();
    if (!root.contains(QStringLiteral("code")) && !root.contains(QStringLiteral("message"))) {
        // Not Bird's envelope (a proxy's HTML page, say): keep a short, plain excerpt.
        error.detail = QString::fromUtf8(body.left(200)).simplified();
        return error;
    }
    error.providerCode = root.value(QStringLiteral("code")).toVariant().toString();
    error.detail = root.value(QStringLiteral("message")).toString();

    // ValidationError.details: {field: [message, …]}; one pair per message so none is lost.
    const QJsonObject details = root.value(QStringLiteral("details")).toObject();
    for (auto it = details.begin(); it != details.end(); ++it) {
        if (it.value().isArray()) {
            for (const QJsonValue& problem : it.value().toArray())
                error.fieldErrors.append({ it.key(), problem.toVariant().toString() });
        } else if (it.value().isString()) {
            error.fieldErrors.append({ it.key(), it.value().toString() });
        }
    }
    return error;
}

SendResult parseSendResponse(int httpStatus, const QByteArray& body, const QByteArray& retryAfter)
{
    SendResult result;
    if (!isSuccess(httpStatus)) {
        result.error = parseError(httpStatus, body, retryAfter);
        // On a send, 404 means the workspace or channel does not exist, not an unknown message.
        if (result.error.kind == ProviderError::Kind::NotFound)
            result.error.kind = ProviderError::Kind::Rejected;
        return result;
    }
    QString why;
    const QJsonObject root = parseObject(body, &why);
    result.providerMessageId = root.value(QStringLiteral("id")).toString();
    if (result.providerMessageId.isEmpty()) {
        // Bird said "accepted" but gave no id: the message was probably taken, so never re-send blindly.
        result.error
            = ProviderError::badResponse(httpStatus, why.isEmpty() ? Words::tr("The answer has no message id.") : why);
        result.error.kind = ProviderError::Kind::OutcomeUnknown;
        return result;
    }
    const QString sender = root.value(QStringLiteral("sender"))
                               .toObject()
                               .value(QStringLiteral("connector"))
                               .toObject()
                               .value(QStringLiteral("identifierValue"))
                               .toString();
    result.channels.append({ QStringLiteral("whatsapp"), result.providerMessageId, sender });
    return result;
}

StatusResult parseMessage(int httpStatus, const QByteArray& body, const QByteArray& retryAfter)
{
    StatusResult result;
    result.raw = rawAnswerText(body);
    if (!isSuccess(httpStatus)) {
        result.error = parseError(httpStatus, body, retryAfter);
        return result;
    }
    QString why;
    const QJsonObject root = parseObject(body, &why);
    if (!why.isEmpty()) {
        result.error = ProviderError::badResponse(httpStatus, why);
        return result;
    }
    if (!root.value(QStringLiteral("status")).isString()) {
        result.error = ProviderError::badResponse(httpStatus, Words::tr("The answer has no status."));
        return result;
    }
    result.providerMessageId = root.value(QStringLiteral("id")).toString();

    ChannelStatus channel;
    channel.channel = QStringLiteral("whatsapp");
    channel.messageId = result.providerMessageId;
    channel.providerStatus = root.value(QStringLiteral("status")).toString();
    channel.state = mapStatus(channel.providerStatus);
    channel.timestamp = parseTimestamp(root.value(QStringLiteral("lastStatusAt")));

    // failure{code, description, source{code, name}} is the official spec's shape (B-WA); seed 004
    // shows only failure.source, so both places are read.
    const QJsonObject failure = root.value(QStringLiteral("failure")).toObject();
    const QJsonObject source = failure.value(QStringLiteral("source")).toObject();
    const QString sourceCode = codeText(source.value(QStringLiteral("code")));
    const QString sourceName = source.value(QStringLiteral("name")).toString();
    channel.errorCode = codeText(failure.value(QStringLiteral("code")));
    if (channel.errorCode.isEmpty())
        channel.errorCode = sourceCode;

    const bool troubled = !failure.isEmpty() || !channel.state || *channel.state == MessageState::Failed
        || *channel.state == MessageState::Cancelled;
    if (troubled) {
        QStringList words;
        const QString description = failure.value(QStringLiteral("description")).toString();
        if (!description.isEmpty())
            words.append(description);
        words.append(explainStatus(channel.providerStatus, root.value(QStringLiteral("reason")).toString()));
        // The last step's own code (e.g. WhatsApp's) is what support staff can look up.
        if (!sourceName.isEmpty() && !sourceCode.isEmpty() && sourceCode != channel.errorCode)
            words.append(Words::tr("The step “%1” reported code %2.").arg(sourceName, sourceCode));
        else if (!sourceName.isEmpty())
            words.append(Words::tr("It failed at the step “%1”.").arg(sourceName));
        const QString details = root.value(QStringLiteral("details")).toString();
        if (!details.isEmpty())
            words.append(Words::tr("Details: %1").arg(details));
        // Bird's descriptions come without a full stop ("Message undeliverable"): each part ends as a sentence.
        for (QString& part : words) {
            if (!part.isEmpty() && !QStringLiteral(".!?").contains(part.back()))
                part += QLatin1Char('.');
        }
        channel.errorText = words.join(QLatin1Char(' '));
    }
    result.channels.append(channel);
    return result;
}

ServiceWindowResult parseContactInformation(
    int httpStatus, const QByteArray& body, const QByteArray& retryAfter, const QDateTime& now)
{
    ServiceWindowResult result;
    if (!isSuccess(httpStatus)) {
        result.error = parseError(httpStatus, body, retryAfter);
        return result;
    }
    QString why;
    const QJsonObject root = parseObject(body, &why);
    if (!why.isEmpty()) {
        result.error = ProviderError::badResponse(httpStatus, why);
        return result;
    }
    if (root.value(QStringLiteral("isPermanentSession")).toBool(false)) {
        result.open = true;
        result.permanent = true;
        return result;
    }
    const QJsonValue expireValue = root.value(QStringLiteral("serviceWindowExpireAt"));
    if (expireValue.isUndefined()) {
        // Required (though nullable) in the spec: without it Herald cannot tell.
        result.error = ProviderError::badResponse(httpStatus, Words::tr("The answer has no serviceWindowExpireAt."));
        return result;
    }
    if (expireValue.isNull())
        return result; // never opened: only templates may be sent
    const QDateTime expiresAt = parseTimestamp(expireValue);
    if (!expiresAt.isValid()) {
        result.error = ProviderError::badResponse(httpStatus, Words::tr("The window's expiry time cannot be read."));
        return result;
    }
    const QDateTime reference = now.isValid() ? now : QDateTime::currentDateTimeUtc();
    result.open = expiresAt > reference;
    if (result.open)
        result.expiresAt = expiresAt;
    return result;
}

} // namespace herald::bird
