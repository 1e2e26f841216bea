#include "providers/MessenteProtocol.h"

#include "core/MessenteStatus.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace herald::messente {

namespace {

ProviderError::Kind kindForStatus(int httpStatus)
{
    if (httpStatus == 401 || httpStatus == 403)
        return ProviderError::Kind::Unauthorized;
    if (httpStatus == 404)
        return ProviderError::Kind::NotFound;
    if (httpStatus == 429)
        return ProviderError::Kind::RateLimited;
    if (httpStatus >= 500)
        return ProviderError::Kind::ProviderFault;
    if (httpStatus >= 400)
        return ProviderError::Kind::Rejected;
    return ProviderError::Kind::BadResponse;
}

ProviderError badResponse(int httpStatus, const QString& why)
{
    ProviderError error;
    error.kind = ProviderError::Kind::BadResponse;
    error.httpStatus = httpStatus;
    error.detail = why;
    return error;
}

// Messente sends err as an integer; be lenient with a string holding one.
QString errorCodeText(const QJsonValue& value)
{
    if (value.isDouble())
        return QString::number(value.toInt());
    if (value.isString())
        return value.toString();
    return {};
}

} // namespace

ProviderError parseError(int httpStatus, const QByteArray& body)
{
    ProviderError error;
    error.kind = kindForStatus(httpStatus);
    error.httpStatus = httpStatus;
    const QJsonArray errors = QJsonDocument::fromJson(body).object().value(QStringLiteral("errors")).toArray();
    if (errors.isEmpty()) {
        // Not Messente's envelope (a proxy's HTML page, say): keep a short, plain excerpt.
        error.detail = QString::fromUtf8(body.left(200)).simplified();
        return error;
    }
    const QJsonObject first = errors.first().toObject();
    error.providerCode = first.value(QStringLiteral("code")).toVariant().toString();
    error.providerTitle = first.value(QStringLiteral("title")).toString();
    error.detail = first.value(QStringLiteral("detail")).toString();
    error.source = first.value(QStringLiteral("source")).toString();
    return error;
}

SendResult parseSendResponse(int httpStatus, const QByteArray& body)
{
    SendResult result;
    if (httpStatus != 201 && httpStatus != 200) {
        result.error = parseError(httpStatus, body);
        return result;
    }
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    result.providerMessageId = root.value(QStringLiteral("omnimessage_id")).toString();
    if (result.providerMessageId.isEmpty()) {
        // The provider answered "created" but without an id: the message was probably taken.
        result.error
            = badResponse(httpStatus, QCoreApplication::translate("Messente", "The answer has no omnimessage_id."));
        result.error.kind = ProviderError::Kind::OutcomeUnknown;
        return result;
    }
    const QJsonArray messages = root.value(QStringLiteral("messages")).toArray();
    for (const QJsonValue& value : messages) {
        const QJsonObject m = value.toObject();
        result.channels.append({ m.value(QStringLiteral("channel")).toString(),
            m.value(QStringLiteral("message_id")).toString(), m.value(QStringLiteral("sender")).toString() });
    }
    return result;
}

namespace {

ChannelStatus channelStatusFrom(const QJsonObject& s)
{
    ChannelStatus channel;
    channel.channel = s.value(QStringLiteral("channel")).toString();
    channel.messageId = s.value(QStringLiteral("message_id")).toString();
    channel.providerStatus = s.value(QStringLiteral("status")).toString(); // null while processing
    channel.state = mapStatus(channel.providerStatus);
    channel.errorCode = errorCodeText(s.value(QStringLiteral("err")));
    const int err = channel.errorCode.toInt();
    if (!channel.errorCode.isEmpty() && err != 0 && err != 10)
        channel.errorText = explainErrorCode(err);
    const QString providerText = s.value(QStringLiteral("error")).toString();
    if (!providerText.isEmpty() && channel.errorText.isEmpty())
        channel.errorText = providerText;
    QDateTime timestamp = QDateTime::fromString(s.value(QStringLiteral("timestamp")).toString(), Qt::ISODateWithMs);
    if (timestamp.isValid() && timestamp.timeSpec() == Qt::LocalTime)
        timestamp.setTimeZone(QTimeZone::utc()); // the documented callback example has no offset
    channel.timestamp = timestamp;
    return channel;
}

} // namespace

QList<CallbackStatus> parseDeliveryCallback(const QByteArray& body)
{
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    const QString id = root.value(QStringLiteral("omnimessage_id")).toString();
    if (id.isEmpty())
        return {};
    return { CallbackStatus { id, channelStatusFrom(root) } };
}

StatusResult parseStatusResponse(int httpStatus, const QByteArray& body)
{
    StatusResult result;
    if (httpStatus != 200) {
        result.error = parseError(httpStatus, body);
        return result;
    }
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject()) {
        result.error = badResponse(httpStatus, parseError.errorString());
        return result;
    }
    const QJsonObject root = document.object();
    result.providerMessageId = root.value(QStringLiteral("omnimessage_id")).toString();
    const QJsonValue statuses = root.value(QStringLiteral("statuses"));
    if (!statuses.isArray()) {
        result.error = badResponse(httpStatus, QCoreApplication::translate("Messente", "The answer has no statuses."));
        return result;
    }
    for (const QJsonValue& value : statuses.toArray())
        result.channels.append(channelStatusFrom(value.toObject()));
    return result;
}

} // namespace herald::messente
