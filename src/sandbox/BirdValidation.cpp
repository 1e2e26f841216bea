#include "sandbox/BirdValidation.h"

#include "sandbox/SandboxCommon.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QRegularExpression>

namespace herald::sandbox::bird {
namespace {

const QString kRequired = QStringLiteral("is required");

bool given(const QJsonObject& object, const QString& key)
{
    return object.contains(key) && !object.value(key).isNull();
}

void add(Problems* problems, const QString& field, const QString& problem)
{
    (*problems)[field].append(problem);
}

/// A required non-empty string at object[key]; `field` is its path for the details.
void requireString(const QJsonObject& object, const QString& key, const QString& field, Problems* problems)
{
    if (!given(object, key))
        add(problems, field, kRequired);
    else if (!object.value(key).isString())
        add(problems, field, QStringLiteral("must be a string"));
    else if (object.value(key).toString().trimmed().isEmpty())
        add(problems, field, QStringLiteral("must not be empty"));
}

void checkUnknownKeys(const QJsonObject& object, const QStringList& allowed, const QString& prefix, Problems* problems)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!allowed.contains(it.key()))
            add(problems, prefix + it.key(), QStringLiteral("is not a known field"));
    }
}

void checkReceiver(const QJsonObject& payload, SendRequest* request, Problems* problems)
{
    if (!given(payload, QStringLiteral("receiver")))
        return add(problems, QStringLiteral("receiver"), kRequired);
    if (!payload.value(QStringLiteral("receiver")).isObject())
        return add(problems, QStringLiteral("receiver"), QStringLiteral("must be an object"));
    const QJsonValue contacts = payload.value(QStringLiteral("receiver")).toObject().value(QStringLiteral("contacts"));
    if (!contacts.isArray() || contacts.toArray().isEmpty())
        return add(problems, QStringLiteral("receiver.contacts"), QStringLiteral("must contain one contact"));
    if (contacts.toArray().size() > 1)
        return add(problems, QStringLiteral("receiver.contacts"),
            QStringLiteral("a WhatsApp message has exactly one contact"));
    const QString field = QStringLiteral("receiver.contacts.0.identifierValue");
    const QJsonObject contact = contacts.toArray().first().toObject();
    requireString(contact, QStringLiteral("identifierValue"), field, problems);
    if (problems->contains(field))
        return;
    request->to = contact.value(QStringLiteral("identifierValue")).toString();
    if (!isE164(request->to))
        add(problems, field, QStringLiteral("must be a phone number in E.164 format, such as +31612345678"));
}

void checkTemplate(const QJsonValue& value, Problems* problems)
{
    if (!value.isObject())
        return add(problems, QStringLiteral("template"), QStringLiteral("must be an object"));
    const QJsonObject tpl = value.toObject();
    checkUnknownKeys(tpl,
        { QStringLiteral("projectId"), QStringLiteral("version"), QStringLiteral("locale"), QStringLiteral("name"),
            QStringLiteral("parameters"), QStringLiteral("variables"), QStringLiteral("attachments"),
            QStringLiteral("shortLinks"), QStringLiteral("utmParameters"), QStringLiteral("settings") },
        QStringLiteral("template."), problems);
    for (const char* key : { "projectId", "version", "locale" })
        requireString(tpl, QLatin1String(key), QStringLiteral("template.") + QLatin1String(key), problems);

    static const QStringList types { QStringLiteral("string"), QStringLiteral("number"), QStringLiteral("boolean"),
        QStringLiteral("object"), QStringLiteral("sectionList"), QStringLiteral("timeslotList"),
        QStringLiteral("productSections"), QStringLiteral("productList"), QStringLiteral("shippingMethodList"),
        QStringLiteral("lineItemList"), QStringLiteral("whatsappProductSections"),
        QStringLiteral("whatsappProductItems") };
    if (given(tpl, QStringLiteral("parameters"))) {
        if (!tpl.value(QStringLiteral("parameters")).isArray())
            return add(problems, QStringLiteral("template.parameters"), QStringLiteral("must be an array"));
        const QJsonArray parameters = tpl.value(QStringLiteral("parameters")).toArray();
        for (qsizetype i = 0; i < parameters.size(); ++i) {
            const QString prefix = QStringLiteral("template.parameters.%1.").arg(i);
            const QJsonObject parameter = parameters.at(i).toObject();
            requireString(parameter, QStringLiteral("key"), prefix + QStringLiteral("key"), problems);
            if (!types.contains(parameter.value(QStringLiteral("type")).toString()))
                add(problems, prefix + QStringLiteral("type"),
                    QStringLiteral("must be one of %1").arg(types.join(QStringLiteral(", "))));
        }
    }
    if (given(tpl, QStringLiteral("variables"))) {
        const QJsonValue variables = tpl.value(QStringLiteral("variables"));
        bool strings = variables.isObject();
        for (const QJsonValue& v : variables.toObject())
            strings = strings && v.isString();
        if (!strings)
            add(problems, QStringLiteral("template.variables"), QStringLiteral("must be an object of strings"));
    }
}

void checkBody(const QJsonValue& value, Problems* problems)
{
    if (!value.isObject())
        return add(problems, QStringLiteral("body"), QStringLiteral("must be an object"));
    const QJsonObject body = value.toObject();
    static const QStringList types { QStringLiteral("text"), QStringLiteral("html"), QStringLiteral("image"),
        QStringLiteral("file"), QStringLiteral("gif"), QStringLiteral("location"), QStringLiteral("carousel"),
        QStringLiteral("list"), QStringLiteral("section"), QStringLiteral("authentication"), QStringLiteral("template"),
        QStringLiteral("action") };
    const QString type = body.value(QStringLiteral("type")).toString();
    if (!types.contains(type))
        return add(problems, QStringLiteral("body.type"),
            QStringLiteral("must be one of %1").arg(types.join(QStringLiteral(", "))));
    // The content sits under the key named like the type.
    if (!body.value(type).isObject())
        return add(problems, QStringLiteral("body.") + type, kRequired);
    if (type == QLatin1String("text"))
        requireString(body.value(type).toObject(), QStringLiteral("text"), QStringLiteral("body.text.text"), problems);
}

void checkOptions(const QJsonObject& payload, const QDateTime& now, SendRequest* request, Problems* problems)
{
    if (given(payload, QStringLiteral("reference")) && !payload.value(QStringLiteral("reference")).isString())
        add(problems, QStringLiteral("reference"), QStringLiteral("must be a string"));
    for (const char* key : { "capFrequency", "enableLinkTracking", "ignoreQuietHours", "ignoreGlobalHoldout" }) {
        if (given(payload, QLatin1String(key)) && !payload.value(QLatin1String(key)).isBool())
            add(problems, QLatin1String(key), QStringLiteral("must be a boolean"));
    }
    for (const char* key : { "sender", "meta", "replyTo", "shortLinks", "notification" }) {
        if (given(payload, QLatin1String(key)) && !payload.value(QLatin1String(key)).isObject())
            add(problems, QLatin1String(key), QStringLiteral("must be an object"));
    }
    if (given(payload, QStringLiteral("tags"))) {
        static const QRegularExpression tag(QStringLiteral("^[a-zA-Z0-9-_ ]{1,50}$"));
        const QJsonValue tags = payload.value(QStringLiteral("tags"));
        bool valid = tags.isArray() && tags.toArray().size() <= 10;
        for (const QJsonValue& t : tags.toArray())
            valid = valid && t.isString() && tag.match(t.toString()).hasMatch();
        if (!valid)
            add(problems, QStringLiteral("tags"),
                QStringLiteral("must be at most 10 tags of 1 to 50 letters, digits, '-', '_' or spaces"));
    }
    if (given(payload, QStringLiteral("scheduledFor"))) {
        request->scheduledFor = parseRfc3339(payload.value(QStringLiteral("scheduledFor")).toString());
        if (!request->scheduledFor.isValid())
            add(problems, QStringLiteral("scheduledFor"), QStringLiteral("must be an RFC3339 timestamp"));
        else if (request->scheduledFor > now.addDays(35))
            add(problems, QStringLiteral("scheduledFor"), QStringLiteral("must not be more than 35 days ahead"));
    }
    if (given(payload, QStringLiteral("validity"))) {
        const QJsonValue validity = payload.value(QStringLiteral("validity"));
        const double seconds = validity.toDouble(-1);
        if (!validity.isDouble() || seconds < 1 || seconds != static_cast<double>(static_cast<qint64>(seconds))
            || seconds > 1e9)
            add(problems, QStringLiteral("validity"), QStringLiteral("must be a positive whole number of seconds"));
        else
            request->validitySeconds = static_cast<qint64>(seconds);
    }
}

} // namespace

void validateCreateMessage(const QJsonObject& payload, const QDateTime& now, SendRequest* request, Problems* problems)
{
    checkUnknownKeys(payload,
        { QStringLiteral("receiver"), QStringLiteral("sender"), QStringLiteral("reference"), QStringLiteral("template"),
            QStringLiteral("meta"), QStringLiteral("replyTo"), QStringLiteral("body"), QStringLiteral("capFrequency"),
            QStringLiteral("enableLinkTracking"), QStringLiteral("ignoreQuietHours"),
            QStringLiteral("ignoreGlobalHoldout"), QStringLiteral("tags"), QStringLiteral("shortLinks"),
            QStringLiteral("scheduledFor"), QStringLiteral("validity"), QStringLiteral("notification") },
        QString(), problems);
    checkReceiver(payload, request, problems);

    const bool hasTemplate = given(payload, QStringLiteral("template"));
    const bool hasBody = given(payload, QStringLiteral("body"));
    request->isTemplate = hasTemplate;
    if (hasTemplate && hasBody)
        add(problems, QStringLiteral("body"), QStringLiteral("must not be set together with template"));
    else if (!hasTemplate && !hasBody)
        add(problems, QStringLiteral("body"), QStringLiteral("is required when no template is set"));
    else if (hasTemplate)
        checkTemplate(payload.value(QStringLiteral("template")), problems);
    else
        checkBody(payload.value(QStringLiteral("body")), problems);

    checkOptions(payload, now, request, problems);
}

QJsonObject validationError(const Problems& problems)
{
    QJsonObject details;
    for (auto it = problems.cbegin(); it != problems.cend(); ++it)
        details.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return QJsonObject { { QStringLiteral("code"), QStringLiteral("ValidationError") },
        { QStringLiteral("message"), QStringLiteral("The request is invalid: see details") },
        { QStringLiteral("details"), details } };
}

QJsonObject requestError(const QString& code, const QString& message)
{
    return QJsonObject { { QStringLiteral("code"), code }, { QStringLiteral("message"), message } };
}

QDateTime parseRfc3339(const QString& text)
{
    static const QRegularExpression rfc3339(
        QStringLiteral("^(\\d{4}-\\d\\d-\\d\\d)[Tt ](\\d\\d:\\d\\d:\\d\\d)(?:\\.(\\d+))?([Zz]|[+-]\\d\\d:\\d\\d)$"));
    const QRegularExpressionMatch match = rfc3339.match(text);
    if (!match.hasMatch())
        return {};
    // Qt reads milliseconds: cut or pad any fraction to three digits.
    const QString fraction = QString(match.captured(3) + QStringLiteral("000")).left(3);
    const QString zone = match.captured(4).toUpper();
    const QDateTime parsed = QDateTime::fromString(
        match.captured(1) + QLatin1Char('T') + match.captured(2) + QLatin1Char('.') + fraction + zone,
        Qt::ISODateWithMs);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

QString rfc3339(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

} // namespace herald::sandbox::bird
