#include "providers/KaleyraProtocol.h"

#include "core/KaleyraStatus.h"
#include "providers/RawAnswer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QUrl>

namespace herald::kaleyra {

namespace {

bool isSuccess(int httpStatus)
{
    return httpStatus >= 200 && httpStatus < 300;
}

// Kaleyra's examples show codes and timestamps as strings; accept numbers too.
QString jsonText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isDouble()) {
        const double d = value.toDouble();
        const qint64 i = value.toInteger();
        return static_cast<double>(i) == d ? QString::number(i) : QString::number(d);
    }
    return {};
}

void addField(QUrlQuery& form, const char* key, const QString& value)
{
    // Encode every reserved character here: QUrlQuery would leave '+' as is (a space to a form
    // decoder) and read a literal "%41" in a value as an escape.
    form.addQueryItem(QString::fromLatin1(key), QString::fromLatin1(QUrl::toPercentEncoding(value)));
}

const SendComponent* findComponent(const QList<SendComponent>& components, SendComponent::Type type)
{
    for (const SendComponent& component : components) {
        if (component.type == type)
            return &component;
    }
    return nullptr;
}

bool isMedia(SendParameter::Type type)
{
    return type == SendParameter::Type::Image || type == SendParameter::Type::Document
        || type == SendParameter::Type::Video;
}

// v1 takes every variable as plain text, so typed parameters go as the text Meta shows old clients.
QString parameterText(const SendParameter& parameter)
{
    if (parameter.type == SendParameter::Type::Currency)
        return parameter.currency.fallbackValue;
    return parameter.text;
}

ProviderError::Kind kindFor(int httpStatus, const QString& code, bool envelopeFound)
{
    if (httpStatus == 401 || httpStatus == 403 || code.compare(QLatin1String("RBC001"), Qt::CaseInsensitive) == 0)
        return ProviderError::Kind::Unauthorized;
    if (httpStatus == 429)
        return ProviderError::Kind::RateLimited;
    if (httpStatus >= 500)
        return ProviderError::Kind::ProviderFault;
    if (httpStatus >= 400)
        return ProviderError::Kind::Rejected;
    // An error object in a 2xx answer: Kaleyra named a problem instead of taking the message.
    if (code.compare(QLatin1String("WA500"), Qt::CaseInsensitive) == 0)
        return ProviderError::Kind::ProviderFault;
    return envelopeFound ? ProviderError::Kind::Rejected : ProviderError::Kind::BadResponse;
}

bool hasError(const QJsonValue& error)
{
    return (error.isObject() && !error.toObject().isEmpty()) || (error.isString() && !error.toString().isEmpty());
}

/// Unix seconds (or milliseconds) or ISO 8601 with a space or 'T'; no offset is taken as UTC.
QDateTime parseTimestamp(const QString& text)
{
    const QString t = text.trimmed();
    bool numeric = false;
    const qint64 n = t.toLongLong(&numeric);
    if (numeric)
        return n > 100'000'000'000LL ? QDateTime::fromMSecsSinceEpoch(n, Qt::UTC)
                                     : QDateTime::fromSecsSinceEpoch(n, Qt::UTC);
    QString iso = t;
    if (iso.size() > 10 && iso.at(10) == QLatin1Char(' '))
        iso[10] = QLatin1Char('T');
    QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!time.isValid() && iso.count(QLatin1Char(' ')) == 1) {
        // A form decoder turned the offset's '+' into a space ("…06:22:21 00:00").
        time = QDateTime::fromString(QString(iso).replace(QLatin1Char(' '), QLatin1Char('+')), Qt::ISODateWithMs);
    }
    if (time.isValid() && time.timeSpec() == Qt::LocalTime)
        time.setTimeSpec(Qt::UTC);
    return time;
}

CallbackStatus makeStatus(const QString& providerMessageId, const QString& messageId, const QString& status,
    const QString& errorCode, const QString& errorText, const QDateTime& timestamp)
{
    CallbackStatus result;
    result.providerMessageId = providerMessageId;
    result.status.channel = QStringLiteral("whatsapp");
    result.status.messageId = messageId;
    result.status.providerStatus = status;
    result.status.state = mapStatus(status);
    result.status.errorCode = errorCode;
    result.status.errorText = errorText.isEmpty() ? explainErrorCode(errorCode) : errorText;
    result.status.timestamp = timestamp;
    return result;
}

/// v2: Meta's statuses[] wrapped by Kaleyra (provider-apis.md §3.4).
QList<CallbackStatus> fromMetaStatuses(const QJsonObject& root)
{
    QList<CallbackStatus> out;
    const QJsonArray statuses = root.value(QStringLiteral("meta_object"))
                                    .toObject()
                                    .value(QStringLiteral("value"))
                                    .toObject()
                                    .value(QStringLiteral("statuses"))
                                    .toArray();
    const QString topId = jsonText(root.value(QStringLiteral("message_id")));
    const QString topStatus = jsonText(root.value(QStringLiteral("status")));
    for (const QJsonValue& value : statuses) {
        const QJsonObject s = value.toObject();
        QString id = jsonText(s.value(QStringLiteral("id")));
        if (id.isEmpty())
            id = topId;
        // Kaleyra's own top-level message_id names the message when the callback carries one
        // status; it cannot name several, so then each status's own id does.
        const QString providerId = statuses.size() == 1 && !topId.isEmpty() ? topId : id;
        QString status = jsonText(s.value(QStringLiteral("status")));
        if (status.isEmpty())
            status = topStatus;
        if (providerId.isEmpty() || status.isEmpty())
            continue;
        QString code;
        QString text;
        const QJsonArray errors = s.value(QStringLiteral("errors")).toArray();
        if (!errors.isEmpty()) {
            const QJsonObject e = errors.first().toObject();
            code = jsonText(e.value(QStringLiteral("code")));
            text = e.value(QStringLiteral("error_data")).toObject().value(QStringLiteral("details")).toString();
            if (text.isEmpty())
                text = e.value(QStringLiteral("message")).toString();
            if (text.isEmpty())
                text = e.value(QStringLiteral("title")).toString();
        }
        out.append(makeStatus(
            providerId, id, status, code, text, parseTimestamp(jsonText(s.value(QStringLiteral("timestamp"))))));
    }
    return out;
}

/// v1 style, or v2 without meta_object: flat fields (the v1 callback_url payload is not documented).
QList<CallbackStatus> fromFields(const QMap<QString, QString>& fields)
{
    QString id = fields.value(QStringLiteral("message_id"));
    if (id.isEmpty())
        id = fields.value(QStringLiteral("id"));
    const QString status = fields.value(QStringLiteral("status"));
    if (id.isEmpty() || status.isEmpty())
        return {};

    QString code = fields.value(QStringLiteral("error_code"));
    QString text = fields.value(QStringLiteral("description"));
    const QString error = fields.value(QStringLiteral("error"));
    // `error` may hold a code ("E13009") or a sentence: a single word is taken as the code.
    if (!error.isEmpty() && !error.contains(QLatin1Char(' ')) && code.isEmpty())
        code = error;
    else if (!error.isEmpty() && text.isEmpty())
        text = error;
    // Decision (undocumented): "0" and "null" are taken to mean "no error", not a code to explain.
    if (code == QLatin1String("0") || code.compare(QLatin1String("null"), Qt::CaseInsensitive) == 0)
        code.clear();

    QString time = fields.value(QStringLiteral("created_at"));
    if (time.isEmpty())
        time = fields.value(QStringLiteral("timestamp"));
    return { makeStatus(id, id, status, code, text, parseTimestamp(time)) };
}

QList<CallbackStatus> fromJsonObject(const QJsonObject& root)
{
    QList<CallbackStatus> out = fromMetaStatuses(root);
    if (!out.isEmpty())
        return out;
    QMap<QString, QString> fields;
    for (auto it = root.constBegin(); it != root.constEnd(); ++it)
        fields.insert(it.key(), jsonText(it.value()));
    // A JSON `error` may be an object: {"code", "message"}.
    const QJsonObject error = root.value(QStringLiteral("error")).toObject();
    if (!error.isEmpty()) {
        if (fields.value(QStringLiteral("error_code")).isEmpty())
            fields.insert(QStringLiteral("error_code"), jsonText(error.value(QStringLiteral("code"))));
        if (fields.value(QStringLiteral("description")).isEmpty())
            fields.insert(QStringLiteral("description"), error.value(QStringLiteral("message")).toString());
    }
    return fromFields(fields);
}

// Form encoding writes a space as '+'; QUrlQuery does not decode that, so do it first.
void insertFormFields(QMap<QString, QString>& fields, const QString& encoded)
{
    const QUrlQuery form(QString(encoded).replace(QLatin1Char('+'), QLatin1String("%20")));
    const auto items = form.queryItems(QUrl::FullyDecoded);
    for (const auto& [key, value] : items)
        fields.insert(key, value.trimmed());
}

} // namespace

QString joinParams(const QStringList& values)
{
    QStringList written;
    written.reserve(values.size());
    for (const QString& value : values) {
        // K-MED shows quoted params ("A","B"); quoting only where needed keeps the K-TXT form for the rest.
        if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')))
            written.append(QLatin1Char('"') + QString(value).replace(QLatin1String("\""), QLatin1String("\"\""))
                + QLatin1Char('"'));
        else
            written.append(value);
    }
    return written.join(QLatin1Char(','));
}

QByteArray buildMessageForm(const OutgoingMessage& message, const QString& fromNumber)
{
    QUrlQuery form;
    addField(form, "to", message.to);
    addField(form, "from", fromNumber);
    addField(form, "channel", QStringLiteral("whatsapp"));

    if (!message.freeText.isEmpty()) {
        // A session text (K-TEXT): allowed only inside the customer-service window.
        addField(form, "type", QStringLiteral("text"));
        addField(form, "body", message.freeText);
    } else {
        const SendComponent* header = findComponent(message.components, SendComponent::Type::Header);
        const SendParameter* headerParameter
            = header && !header->parameters.isEmpty() ? &header->parameters.constFirst() : nullptr;
        const bool media = headerParameter && isMedia(headerParameter->type);

        addField(form, "type", media ? QStringLiteral("mediatemplate") : QStringLiteral("template"));
        addField(form, "template_name", message.tpl.kaleyraTemplateName());
        // v1 has positional params only: named variables go in the template's order.
        if (const SendComponent* body = findComponent(message.components, SendComponent::Type::Body)) {
            QStringList values;
            for (const SendParameter& parameter : body->parameters)
                values.append(parameterText(parameter));
            addField(form, "params", joinParams(values));
        }
        // Kaleyra's own code where the operator gave one (kaleyraLangCode), else Meta's.
        if (!message.tpl.kaleyraLanguage().isEmpty())
            addField(form, "lang_code", message.tpl.kaleyraLanguage());
        // v1 takes media by public URL (or upload); a media id has no v1 field, so without a link
        // media_url is left out and Kaleyra's own validation answers.
        if (media && !headerParameter->media.link.isEmpty())
            addField(form, "media_url", headerParameter->media.link);
        // K-MED documents param_header; K-TXT's table does not list it, but a text header's
        // variable has no other field, so it is sent with type=template too.
        if (headerParameter && headerParameter->type == SendParameter::Type::Text)
            addField(form, "param_header", headerParameter->text);
        // v1 has a single param_url (K-INT), so only the first dynamic URL button is sent.
        for (const SendComponent& component : message.components) {
            if (component.type != SendComponent::Type::Button
                || component.subType.compare(QLatin1String("url"), Qt::CaseInsensitive) != 0)
                continue;
            for (const SendParameter& parameter : component.parameters) {
                if (parameter.type == SendParameter::Type::Text) {
                    addField(form, "param_url", parameter.text);
                    break;
                }
            }
            break;
        }
    }

    if (message.callbackUrl.isValid() && !message.callbackUrl.isEmpty())
        addField(form, "callback_url", message.callbackUrl.toString(QUrl::FullyEncoded));
    if (!message.reference.isEmpty())
        addField(form, "ref", message.reference);
    return form.toString(QUrl::FullyEncoded).toLatin1();
}

ProviderError parseError(int httpStatus, const QByteArray& body)
{
    ProviderError error;
    error.httpStatus = httpStatus;
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    const QJsonValue errorValue = root.value(QStringLiteral("error"));
    const QJsonObject errorObject = errorValue.toObject();
    const auto holdsEnvelope = [](const QJsonObject& o) {
        return o.contains(QStringLiteral("code")) || o.contains(QStringLiteral("message"));
    };
    const QJsonObject envelope = holdsEnvelope(errorObject) ? errorObject : root;

    QString code = jsonText(envelope.value(QStringLiteral("code")));
    QString message = envelope.value(QStringLiteral("message")).toString().trimmed();
    if (message.isEmpty() && errorValue.isString())
        message = errorValue.toString().trimmed();
    QString source;
    for (const char* key : { "param", "field", "parameter" }) {
        source = jsonText(envelope.value(QLatin1String(key)));
        if (!source.isEmpty())
            break;
    }
    // Decision (undocumented): an error object without code or message, such as {"to": "to_invalid"},
    // is taken to map fields to seed 003's "Parameter" values; the first one is the source.
    if (source.isEmpty() && !holdsEnvelope(errorObject)) {
        for (auto it = errorObject.constBegin(); it != errorObject.constEnd() && source.isEmpty(); ++it)
            source = jsonText(it.value());
    }

    const bool envelopeFound = !code.isEmpty() || !message.isEmpty() || !source.isEmpty();
    error.kind = kindFor(httpStatus, code, envelopeFound);
    if (!envelopeFound) {
        // Not Kaleyra's envelope (a proxy's HTML page, say): keep a short, plain excerpt.
        error.detail = QString::fromUtf8(body.left(200)).simplified();
        return error;
    }
    error.providerCode = code;
    error.detail = message.isEmpty() ? explainErrorCode(code) : message;
    error.source = source;
    return error;
}

SendResult parseSendResponse(int httpStatus, const QByteArray& body, const QByteArray& retryAfter)
{
    SendResult result;
    if (!isSuccess(httpStatus)) {
        result.error = parseError(httpStatus, body);
        if (result.error.kind == ProviderError::Kind::RateLimited)
            result.error.retryAfterSeconds = ProviderError::secondsFromRetryAfter(retryAfter);
        return result;
    }
    QJsonParseError jsonError {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &jsonError);
    const QJsonObject root = document.object();

    const QJsonArray data = root.value(QStringLiteral("data")).toArray();
    for (const QJsonValue& value : data) {
        const QString id = jsonText(value.toObject().value(QStringLiteral("message_id")));
        if (!id.isEmpty())
            result.channels.append({ QStringLiteral("whatsapp"), id, {} });
    }
    result.providerMessageId = result.channels.isEmpty() ? jsonText(root.value(QStringLiteral("id")))
                                                         : result.channels.constFirst().messageId;

    if (hasError(root.value(QStringLiteral("error")))) {
        result.error = parseError(httpStatus, body);
        // Decision: an error beside a message id may be a partial failure after the message was
        // taken; calling it "not taken" could make Herald send it twice.
        if (!result.providerMessageId.isEmpty())
            result.error.kind = ProviderError::Kind::OutcomeUnknown;
        return result;
    }
    if (result.providerMessageId.isEmpty()) {
        // A 2xx answer means the message was probably taken, but Herald cannot tell under which id.
        result.error.kind = ProviderError::Kind::OutcomeUnknown;
        result.error.httpStatus = httpStatus;
        result.error.detail = document.isObject()
            ? QCoreApplication::translate("Kaleyra", "The answer has no message id")
            : QCoreApplication::translate("Kaleyra", "The answer is not JSON: %1").arg(jsonError.errorString());
    }
    return result;
}

namespace {

QList<CallbackStatus> readCallback(const QByteArray& body, const QByteArray& contentType, const QUrlQuery& query)
{
    const QByteArray type = contentType.toLower();
    const QByteArray trimmed = body.trimmed();
    const bool json = type.contains("json")
        || (!type.contains("x-www-form-urlencoded") && (trimmed.startsWith('{') || trimmed.startsWith('[')));
    if (json) {
        const QJsonDocument document = QJsonDocument::fromJson(trimmed);
        if (document.isObject())
            return fromJsonObject(document.object());
        QList<CallbackStatus> out;
        const QJsonArray items = document.array();
        for (const QJsonValue& item : items)
            out += fromJsonObject(item.toObject());
        return out;
    }
    // A GET callback carries its fields in the query; a form POST in the body, which wins.
    QMap<QString, QString> fields;
    insertFormFields(fields, query.toString(QUrl::FullyEncoded));
    if (!trimmed.isEmpty())
        insertFormFields(fields, QString::fromUtf8(trimmed));
    return fromFields(fields);
}

} // namespace

QList<CallbackStatus> parseCallback(const QByteArray& body, const QByteArray& contentType, const QUrlQuery& query)
{
    QList<CallbackStatus> out = readCallback(body, contentType, query);
    // What the operator reads is what came: the body, or for a GET callback its query.
    const QString raw = rawAnswerText(body.trimmed().isEmpty() ? query.toString(QUrl::FullyEncoded).toUtf8() : body);
    for (CallbackStatus& status : out)
        status.raw = raw;
    return out;
}

} // namespace herald::kaleyra
