#include "sandbox/MessenteValidation.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>
#include <cmath>

namespace herald::sandbox::messente {
namespace {

QString titleFor(int code)
{
    static const char* const titles[] = { "Not found", "Forbidden", "Unauthorized", "Internal Server Error",
        "Invalid data", "Missing data", "Method not allowed" };
    return QLatin1String(code >= 101 && code <= 107 ? titles[code - 101] : titles[3]);
}

Check missing(const QString& source, const QString& detail)
{
    return ApiError { 106, detail, source };
}
Check invalid(const QString& source, const QString& detail)
{
    return ApiError { 105, detail, source };
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

} // namespace

QJsonObject envelope(const ApiError& error)
{
    const QJsonObject item { { QStringLiteral("title"), titleFor(error.code) },
        { QStringLiteral("detail"), error.detail }, { QStringLiteral("code"), QString::number(error.code) },
        { QStringLiteral("source"),
            error.source.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(error.source) } };
    return QJsonObject { { QStringLiteral("errors"), QJsonArray { item } } };
}

bool present(const QJsonObject& object, const QString& key)
{
    return object.contains(key) && !object.value(key).isNull();
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
    if (present(payload, QStringLiteral("dlr_url"))) {
        if (!payload.value(QStringLiteral("dlr_url")).isString())
            return invalid(QStringLiteral("payload[dlr_url]"), QStringLiteral("dlr_url must be a string"));
        const QUrl url(payload.value(QStringLiteral("dlr_url")).toString(), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            return invalid(QStringLiteral("payload[dlr_url]"), QStringLiteral("dlr_url must be an http or https URL"));
    }
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

} // namespace herald::sandbox::messente
