// Building Messente Omnichannel requests (the parsing half of MessenteProtocol.h is in
// MessenteProtocol.cpp). Field names follow the official spec, messente-openapi-2.1.0.yaml.
#include "providers/MessenteProtocol.h"

#include <QJsonArray>

namespace herald::messente {

namespace {

void insertIfSet(QJsonObject& object, const QString& key, const QString& value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

QJsonObject mediaJson(const SendMedia& media)
{
    QJsonObject object;
    insertIfSet(object, QStringLiteral("link"), media.link);
    insertIfSet(object, QStringLiteral("id"), media.id);
    insertIfSet(object, QStringLiteral("caption"), media.caption);
    insertIfSet(object, QStringLiteral("filename"), media.filename);
    return object;
}

QJsonObject parameterJson(const SendParameter& parameter)
{
    const QString type = sendParameterTypeKey(parameter.type);
    QJsonObject object { { QStringLiteral("type"), type } };
    switch (parameter.type) {
    case SendParameter::Type::Text:
    case SendParameter::Type::Payload:
    case SendParameter::Type::CouponCode:
        object.insert(type, parameter.text);
        break;
    case SendParameter::Type::Currency:
        // amount_1000 is a string in Messente's spec (WhatsAppCurrency), unlike Meta's integer.
        object.insert(type,
            QJsonObject { { QStringLiteral("fallback_value"), parameter.currency.fallbackValue },
                { QStringLiteral("code"), parameter.currency.code },
                { QStringLiteral("amount_1000"), QString::number(parameter.currency.amount1000) } });
        break;
    case SendParameter::Type::DateTime:
        object.insert(type, QJsonObject { { QStringLiteral("fallback_value"), parameter.text } });
        break;
    case SendParameter::Type::Image:
    case SendParameter::Type::Document:
    case SendParameter::Type::Video:
        object.insert(type, mediaJson(parameter.media));
        break;
    }
    // Named variables ({{first_name}}) are matched by name at Meta; Messente passes the field through.
    insertIfSet(object, QStringLiteral("parameter_name"), parameter.name);
    return object;
}

QJsonObject componentJson(const SendComponent& component)
{
    QJsonObject object { { QStringLiteral("type"), sendComponentTypeKey(component.type) } };
    if (component.type == SendComponent::Type::Button) {
        object.insert(QStringLiteral("sub_type"), component.subType);
        object.insert(QStringLiteral("index"), component.index); // an integer in the spec; Meta's examples use "0"
    }
    QJsonArray parameters;
    for (const SendParameter& parameter : component.parameters)
        parameters.append(parameterJson(parameter));
    object.insert(QStringLiteral("parameters"), parameters);
    return object;
}

QJsonObject fallbackJson(const FallbackChannel& fallback)
{
    const bool sms = fallback.kind == FallbackChannel::Kind::Sms;
    QJsonObject object { { QStringLiteral("channel"), sms ? QStringLiteral("sms") : QStringLiteral("viber") },
        { QStringLiteral("text"), fallback.text } };
    insertIfSet(object, QStringLiteral("sender"), fallback.sender);
    if (fallback.validityMinutes > 0)
        object.insert(QStringLiteral("validity"), fallback.validityMinutes);
    if (sms)
        insertIfSet(object, QStringLiteral("autoconvert"), fallback.smsAutoconvert);
    return object;
}

QJsonObject whatsAppJson(const OutgoingMessage& message, const QString& sender)
{
    QJsonObject whatsapp { { QStringLiteral("channel"), QStringLiteral("whatsapp") } };
    insertIfSet(whatsapp, QStringLiteral("sender"), sender);
    // "Only one of ttl and validity can be used": validity wins when both are set.
    if (message.options.validityMinutes > 0)
        whatsapp.insert(QStringLiteral("validity"), message.options.validityMinutes);
    else if (message.options.ttlSeconds > 0)
        whatsapp.insert(QStringLiteral("ttl"), message.options.ttlSeconds);

    if (!message.freeText.isEmpty()) {
        whatsapp.insert(QStringLiteral("text"), QJsonObject { { QStringLiteral("body"), message.freeText } });
        return whatsapp;
    }
    QJsonObject language { { QStringLiteral("code"), message.tpl.language } };
    insertIfSet(language, QStringLiteral("policy"), message.options.languagePolicy);
    const QList<SendComponent> components
        = message.components.isEmpty() ? sendComponentsFor(message.tpl, message.values) : message.components;
    QJsonArray componentArray;
    for (const SendComponent& component : components)
        componentArray.append(componentJson(component));
    whatsapp.insert(QStringLiteral("template"),
        QJsonObject { { QStringLiteral("name"), message.tpl.name }, { QStringLiteral("language"), language },
            { QStringLiteral("components"), componentArray } });
    return whatsapp;
}

} // namespace

QString isoWithOffset(const QDateTime& time)
{
    const QDateTime local = time.toLocalTime();
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

QJsonObject buildOmnimessage(const OutgoingMessage& message, const QString& sender)
{
    QJsonArray messages { whatsAppJson(message, sender) };
    for (const FallbackChannel& fallback : message.options.fallbacks)
        messages.append(fallbackJson(fallback));

    QJsonObject root { { QStringLiteral("to"), message.to }, { QStringLiteral("messages"), messages } };
    if (message.callbackUrl.isValid())
        root.insert(QStringLiteral("dlr_url"), message.callbackUrl.toString(QUrl::FullyEncoded));
    insertIfSet(root, QStringLiteral("text_store"), message.options.textStore);
    insertIfSet(root, QStringLiteral("priority"), message.options.priority);
    if (message.scheduledFor.isValid())
        root.insert(QStringLiteral("time_to_send"), isoWithOffset(message.scheduledFor));
    return root;
}

QJsonObject buildBulk(const QList<QJsonObject>& omnimessages)
{
    QJsonArray messages;
    for (const QJsonObject& omnimessage : omnimessages)
        messages.append(omnimessage);
    return QJsonObject { { QStringLiteral("messages"), messages } };
}

QJsonObject buildBulk(const QList<OutgoingMessage>& messages, const QString& sender)
{
    QList<QJsonObject> omnimessages;
    omnimessages.reserve(messages.size());
    for (const OutgoingMessage& message : messages)
        omnimessages.append(buildOmnimessage(message, sender));
    return buildBulk(omnimessages);
}

} // namespace herald::messente
