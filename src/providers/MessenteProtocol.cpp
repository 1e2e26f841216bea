#include "providers/MessenteProtocol.h"

#include "core/MessenteStatus.h"
#include "core/TemplateJson.h"

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

} // namespace

ProviderError parseError(int httpStatus, const QByteArray& body)
{
    ProviderError error;
    error.kind = ProviderError::kindForHttpStatus(httpStatus);
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

QList<SendResult> parseBulkResponse(int httpStatus, const QByteArray& body, qsizetype expected)
{
    QList<SendResult> results;
    const QJsonArray items = QJsonDocument::fromJson(body).object().value(QStringLiteral("messages")).toArray();
    if ((httpStatus != 201 && httpStatus != 200) || items.size() != expected) {
        // A refusal of the whole request, or an answer that does not say what became of each one.
        SendResult whole;
        whole.error = (httpStatus == 201 || httpStatus == 200) ? ProviderError::badResponse(httpStatus,
                          QCoreApplication::translate("Messente", "The answer does not list every message."))
                                                               : parseError(httpStatus, body);
        if (whole.error.kind == ProviderError::Kind::BadResponse)
            whole.error.kind = ProviderError::Kind::OutcomeUnknown; // some may have been taken
        for (qsizetype i = 0; i < expected; ++i)
            results.append(whole);
        return results;
    }
    for (const QJsonValue& item : items) {
        const QByteArray one = QJsonDocument(item.toObject()).toJson(QJsonDocument::Compact);
        // Each item is either an OmniMessageCreateSuccessResponse or an ErrorOmnichannel.
        const bool failed = item.toObject().contains(QStringLiteral("errors"));
        results.append(parseSendResponse(failed ? 400 : 201, one));
    }
    return results;
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
