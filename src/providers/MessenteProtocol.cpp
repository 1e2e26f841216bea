#include "providers/MessenteProtocol.h"

#include "core/MessenteStatus.h"
#include "core/TemplateJson.h"
#include "providers/RawAnswer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>
#include <QUrlQuery>
#include <algorithm>

namespace herald::messente {

namespace {

// Messente sends err as an integer; be lenient with a string holding one.
QString errorCodeText(const QJsonValue& value)
{
    if (value.isDouble())
        return QString::number(value.toInt());
    if (value.isString())
        return value.toString();
    return {};
}

/// The first entry of Messente's `{errors:[{title, detail, code, source}]}` envelope into @p error;
/// false when there is none.
bool readEnvelope(const QJsonObject& envelope, ProviderError& error)
{
    const QJsonArray errors = envelope.value(QStringLiteral("errors")).toArray();
    if (errors.isEmpty() || !errors.first().isObject())
        return false;
    const QJsonObject first = errors.first().toObject();
    error.providerCode = first.value(QStringLiteral("code")).toVariant().toString();
    error.providerTitle = first.value(QStringLiteral("title")).toString();
    error.detail = first.value(QStringLiteral("detail")).toString();
    error.source = first.value(QStringLiteral("source")).toString();
    return true;
}

/// The HTTP status a Messente error code stands for (the spec's ErrorCodeOmnichannel), for typing an
/// error that arrives inside a 201, as a bulk answer's items do. Unknown codes count as refused (400).
int httpStatusForCode(const QString& code)
{
    if (code == QLatin1String("101"))
        return 404; // Not found
    if (code == QLatin1String("102"))
        return 403; // Forbidden
    if (code == QLatin1String("103"))
        return 401; // Unauthorized
    if (code == QLatin1String("104"))
        return 500; // Internal Server Error: the message may have been taken
    if (code == QLatin1String("107"))
        return 405; // Method not allowed
    return 400; // 105 Invalid data, 106 Missing data
}

/// A created omnimessage (OmniMessageCreateSuccessResponse) answered with @p httpStatus.
SendResult sendResultFrom(int httpStatus, const QJsonObject& root)
{
    SendResult result;
    result.providerMessageId = root.value(QStringLiteral("omnimessage_id")).toString();
    if (result.providerMessageId.isEmpty()) {
        // The provider answered "created" but without an id: the message was probably taken.
        result.error = ProviderError::badResponse(
            httpStatus, QCoreApplication::translate("Messente", "The answer has no omnimessage_id."));
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

/// One item of a bulk answer: a created omnimessage, or the error envelope of the one that was not.
SendResult bulkItemFrom(int httpStatus, const QJsonValue& item)
{
    SendResult result;
    if (!item.isObject()) {
        result.error = ProviderError::badResponse(
            httpStatus, QCoreApplication::translate("Messente", "The answer for this message is not a JSON object."));
        return result;
    }
    const QJsonObject object = item.toObject();
    if (!object.contains(QStringLiteral("errors")))
        return sendResultFrom(httpStatus, object);
    if (!readEnvelope(object, result.error)) {
        result.error = ProviderError::badResponse(httpStatus,
            QCoreApplication::translate("Messente", "The answer for this message is an error that says nothing."));
        return result;
    }
    result.error.kind = ProviderError::kindForHttpStatus(httpStatusForCode(result.error.providerCode));
    return result;
}

} // namespace

ProviderError parseError(int httpStatus, const QByteArray& body)
{
    ProviderError error;
    error.kind = ProviderError::kindForHttpStatus(httpStatus);
    error.httpStatus = httpStatus;
    if (!readEnvelope(QJsonDocument::fromJson(body).object(), error)) {
        // Not Messente's envelope (a proxy's HTML page, say): keep a short, plain excerpt.
        error.detail = QString::fromUtf8(body.left(200)).simplified();
    }
    return error;
}

SendResult parseSendResponse(int httpStatus, const QByteArray& body)
{
    if (httpStatus != 201 && httpStatus != 200) {
        SendResult result;
        result.error = parseError(httpStatus, body);
        return result;
    }
    return sendResultFrom(httpStatus, QJsonDocument::fromJson(body).object());
}

BatchSendResult parseBulkResponse(int httpStatus, const QByteArray& body, qsizetype expected)
{
    BatchSendResult batch;
    if (httpStatus != 201 && httpStatus != 200) {
        batch.error = parseError(httpStatus, body);
        return batch;
    }
    QJsonParseError jsonError {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &jsonError);
    const QJsonValue items = document.object().value(QStringLiteral("messages"));
    if (!items.isArray()) {
        batch.error = ProviderError::badResponse(httpStatus,
            jsonError.error != QJsonParseError::NoError
                ? jsonError.errorString()
                : QCoreApplication::translate("Messente", "The answer has no list of results."));
        return batch;
    }
    const QJsonArray results = items.toArray();
    if (results.size() != expected) {
        // Which result belongs to which message cannot be known, so neither can what was taken.
        batch.error = ProviderError::badResponse(httpStatus,
            QCoreApplication::translate("Messente", "The answer has %1 results for %2 messages.")
                .arg(results.size())
                .arg(expected));
        return batch;
    }
    batch.results.reserve(results.size());
    for (const QJsonValue& item : results)
        batch.results.append(bulkItemFrom(httpStatus, item));
    return batch;
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
    return { CallbackStatus { id, channelStatusFrom(root), rawAnswerText(body) } };
}

StatusResult parseStatusResponse(int httpStatus, const QByteArray& body)
{
    StatusResult result;
    result.raw = rawAnswerText(body);
    if (httpStatus != 200) {
        result.error = parseError(httpStatus, body);
        return result;
    }
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (!document.isObject()) {
        result.error = ProviderError::badResponse(httpStatus, parseError.errorString());
        return result;
    }
    const QJsonObject root = document.object();
    result.providerMessageId = root.value(QStringLiteral("omnimessage_id")).toString();
    const QJsonValue statuses = root.value(QStringLiteral("statuses"));
    if (!statuses.isArray()) {
        result.error = ProviderError::badResponse(
            httpStatus, QCoreApplication::translate("Messente", "The answer has no statuses."));
        return result;
    }
    for (const QJsonValue& value : statuses.toArray())
        result.channels.append(channelStatusFrom(value.toObject()));
    return result;
}

QUrl templatesUrl(const QUrl& baseUrl, const QString& wabaId, int limit, const QString& after)
{
    QUrl url = baseUrl;
    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    path += QStringLiteral("/whatsapp/wabas/") + QString::fromLatin1(QUrl::toPercentEncoding(wabaId))
        + QStringLiteral("/templates");
    // Tolerant mode keeps the percent-encoding above instead of encoding the '%' again.
    url.setPath(path, QUrl::TolerantMode);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(std::clamp(limit, 1, kTemplatePageLimitMax)));
    if (!after.isEmpty()) {
        // Cursors are opaque base64-like text: encode every reserved character, '+' and '=' included.
        query.addQueryItem(QStringLiteral("after"), QString::fromLatin1(QUrl::toPercentEncoding(after)));
    }
    url.setQuery(query.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

TemplatePage parseTemplatesPage(int httpStatus, const QByteArray& body)
{
    TemplatePage page;
    if (httpStatus != 200) {
        page.error = parseError(httpStatus, body);
        return page;
    }
    QJsonParseError jsonError {};
    const QJsonDocument document = QJsonDocument::fromJson(body, &jsonError);
    if (!document.isObject()) {
        page.error = ProviderError::badResponse(httpStatus,
            jsonError.error == QJsonParseError::NoError
                ? QCoreApplication::translate("Messente", "The template list is not a JSON object.")
                : jsonError.errorString());
        return page;
    }
    const QJsonObject root = document.object();
    const QJsonValue templates = root.value(QStringLiteral("templates"));
    if (!templates.isArray()) {
        page.error = ProviderError::badResponse(
            httpStatus, QCoreApplication::translate("Messente", "The answer has no list of templates."));
        return page;
    }
    for (qsizetype i = 0; i < templates.toArray().size(); ++i) {
        const QJsonValue item = templates.toArray().at(i);
        if (!item.isObject()) {
            page.problems.append(
                QCoreApplication::translate("Messente", "Entry %1 of the list is not a template.").arg(i + 1));
            continue;
        }
        // What the reader says is a reason for leaving a template out, or a note on one it kept.
        QStringList said;
        if (std::optional<Template> tpl = templateFromMetaJson(item.toObject(), &said)) {
            page.templates.append(*tpl);
            page.notes.append(said);
        } else {
            page.problems.append(said);
        }
    }
    // paging is required by the spec, but a list that fits one page needs nothing from it.
    const QJsonObject paging = root.value(QStringLiteral("paging")).toObject();
    page.after = paging.value(QStringLiteral("cursors")).toObject().value(QStringLiteral("after")).toString();
    // Meta and Messente leave `next` out on the last page; an empty string means the same.
    page.hasNext = !paging.value(QStringLiteral("next")).toString().isEmpty();
    if (page.hasNext && page.after.isEmpty()) {
        page.error = ProviderError::badResponse(httpStatus,
            QCoreApplication::translate("Messente", "The answer says more templates follow but gives no cursor."));
        page.templates.clear();
    }
    return page;
}

} // namespace herald::messente
