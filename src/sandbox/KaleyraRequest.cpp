#include "sandbox/KaleyraRequest.h"

#include "sandbox/SandboxCommon.h"

#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QJsonValue>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace herald::sandbox::kaleyra {
namespace {

const QString kApiKey = QStringLiteral("api-key");

/// application/x-www-form-urlencoded: '+' is a space, then percent-decoding.
void readUrlEncoded(const QByteArray& data, Fields* fields)
{
    for (const QByteArray& pair : data.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const auto decode = [](QByteArray part) {
            return QString::fromUtf8(QByteArray::fromPercentEncoding(part.replace('+', ' ')));
        };
        const QString name = decode(eq < 0 ? pair : pair.left(eq));
        if (name != kApiKey)
            fields->values.insert(name, eq < 0 ? QString() : decode(pair.mid(eq + 1)));
    }
}

/// A parameter of a header value such as `multipart/form-data; boundary="x"`, without quotes.
QByteArray headerParameter(const QByteArray& header, const QByteArray& name)
{
    for (const QByteArray& part : header.split(';')) {
        const QByteArray trimmed = part.trimmed();
        const qsizetype eq = trimmed.indexOf('=');
        if (eq > 0 && trimmed.left(eq).trimmed().toLower() == name) {
            QByteArray value = trimmed.mid(eq + 1).trimmed();
            if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
                value = value.mid(1, value.size() - 2);
            return value;
        }
    }
    return {};
}

bool readMultipart(const QByteArray& data, const QByteArray& boundary, Fields* fields)
{
    if (boundary.isEmpty())
        return false;
    const QByteArray delimiter = "--" + boundary;
    const QByteArray separator = "\r\n" + delimiter; // between the end of one part and the next delimiter
    qsizetype pos = data.indexOf(delimiter);
    if (pos < 0)
        return false;
    while (true) {
        pos += delimiter.size();
        if (data.mid(pos, 2) == "--") // the closing delimiter
            return true;
        const qsizetype headersEnd = data.indexOf("\r\n\r\n", pos);
        const qsizetype next = data.indexOf(separator, pos);
        if (headersEnd < 0 || next < 0 || headersEnd > next)
            return false;
        QByteArray disposition;
        for (const QByteArray& line : data.mid(pos, headersEnd - pos).split('\n')) {
            const QByteArray header = line.trimmed();
            if (header.toLower().startsWith("content-disposition:"))
                disposition = header.mid(header.indexOf(':') + 1);
        }
        const QString name = QString::fromUtf8(headerParameter(disposition, "name"));
        const QByteArray filename = headerParameter(disposition, "filename");
        const QByteArray content = data.mid(headersEnd + 4, next - headersEnd - 4);
        if (!name.isEmpty() && name != kApiKey) {
            if (disposition.contains("filename=")) {
                fields->files.insert(name);
                fields->values.insert(
                    name, QString::fromUtf8(filename.isEmpty() ? QByteArrayLiteral("upload") : filename));
            } else {
                fields->values.insert(name, QString::fromUtf8(content));
            }
        }
        pos = next + 2;
    }
}

bool readJson(const QByteArray& data, Fields* fields)
{
    const QJsonDocument document = QJsonDocument::fromJson(data);
    if (!document.isObject())
        return false;
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == kApiKey)
            continue;
        const QJsonValue value = it.value();
        fields->values.insert(it.key(),
            value.isString()       ? value.toString()
                : value.isDouble() ? QString::number(value.toDouble(), 'g', 17)
                : value.isBool()   ? QLatin1String(value.toBool() ? "true" : "false")
                                   : QString());
    }
    return true;
}

Error required(const QString& field)
{
    return { QStringLiteral("E13001"), QStringLiteral("%1 is required").arg(field), field };
}

Error invalid(const QString& field)
{
    return { QStringLiteral("E13001"), QStringLiteral("%1 is invalid").arg(field), field };
}

bool isHttpUrl(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

} // namespace

std::optional<Fields> readFields(const QHttpServerRequest& request)
{
    Fields fields;
    const QList<QPair<QString, QString>> items = request.query().queryItems(QUrl::FullyDecoded);
    for (const auto& [name, value] : items) {
        if (name != kApiKey)
            fields.values.insert(name, value);
    }
    const QByteArray body = request.body();
    if (body.trimmed().isEmpty())
        return fields;
    const QByteArray contentType = request.value(QByteArrayLiteral("Content-Type"));
    const QByteArray mime = contentType.split(';').first().trimmed().toLower();
    if (mime == "multipart/form-data") {
        if (!readMultipart(body, headerParameter(contentType, "boundary"), &fields))
            return std::nullopt;
    } else if (mime == "application/json") {
        if (!readJson(body, &fields))
            return std::nullopt;
    } else if (mime.isEmpty() || mime == "application/x-www-form-urlencoded") {
        readUrlEncoded(body, &fields);
    } else {
        return std::nullopt;
    }
    return fields;
}

QString normalizeNumber(const QString& number)
{
    QString digits = number;
    digits.remove(QRegularExpression(QStringLiteral("\\s")));
    if (!digits.startsWith(QLatin1Char('+')))
        digits.prepend(QLatin1Char('+'));
    return isE164(digits) ? digits : QString();
}

std::optional<Error> validate(const Fields& fields, const QString& fromNumber, SendRequest* request)
{
    for (const char* field : { "to", "type", "channel", "from" }) {
        if (!fields.has(QLatin1String(field)))
            return required(QLatin1String(field));
    }
    // "E413: all parameters except for body" may not carry HTML tags.
    static const QRegularExpression tag(QStringLiteral("<\\s*/?\\s*[a-zA-Z!][^>]*>"));
    for (auto it = fields.values.cbegin(); it != fields.values.cend(); ++it) {
        if (it.key() != QLatin1String("body") && !fields.files.contains(it.key()) && tag.match(it.value()).hasMatch())
            return Error { QStringLiteral("E413"),
                QStringLiteral("Invalid or In-Correct input for passing HTML tags in parameters."), it.key() };
    }
    if (fields.value(QStringLiteral("channel")).trimmed().compare(QLatin1String("whatsapp"), Qt::CaseInsensitive) != 0)
        return invalid(QStringLiteral("channel"));
    const QString from = normalizeNumber(fields.value(QStringLiteral("from")));
    if (from.isEmpty() || from != fromNumber)
        return Error { QStringLiteral("E13008"), QStringLiteral("Invalid or in-correct input of the From number."),
            QStringLiteral("from_invalid") };
    request->recipients.clear();
    for (const QString& to : fields.value(QStringLiteral("to")).split(QLatin1Char(','))) {
        const QString number = normalizeNumber(to);
        if (number.isEmpty() || number.endsWith(QLatin1String("13"))) // 13: numbers the sandbox treats as invalid
            return Error { QStringLiteral("E13009"), QStringLiteral("Invalid or in-correct input of the TO number."),
                QStringLiteral("to_invalid") };
        request->recipients << number;
    }

    request->type = fields.value(QStringLiteral("type")).trimmed().toLower();
    if (request->type == QLatin1String("template") || request->type == QLatin1String("mediatemplate")) {
        if (!fields.has(QStringLiteral("template_name")))
            return required(QStringLiteral("template_name"));
    }
    if (request->type == QLatin1String("mediatemplate")) {
        if (!fields.has(QStringLiteral("media_url")) && !fields.has(QStringLiteral("media")))
            return required(QStringLiteral("media_url"));
        if (fields.has(QStringLiteral("media_url")) && !isHttpUrl(fields.value(QStringLiteral("media_url"))))
            return invalid(QStringLiteral("media_url"));
    } else if (request->type == QLatin1String("text")) {
        if (!fields.has(QStringLiteral("body")))
            return required(QStringLiteral("body"));
    } else if (request->type != QLatin1String("template")) {
        return invalid(QStringLiteral("type"));
    }
    request->body = fields.value(QStringLiteral("body"));

    request->callbackUrl = fields.value(QStringLiteral("callback_url")).trimmed();
    if (!request->callbackUrl.isEmpty() && !isHttpUrl(request->callbackUrl))
        return invalid(QStringLiteral("callback_url"));
    for (const char* ref : { "ref", "ref1", "ref2" }) {
        if (!fields.values.contains(QLatin1String(ref)))
            continue;
        if (fields.value(QLatin1String(ref)).size() > 255)
            return Error { QStringLiteral("E13001"),
                QStringLiteral("%1 can be at most 255 characters long").arg(QLatin1String(ref)), QLatin1String(ref) };
        request->references.insert(QLatin1String(ref), fields.value(QLatin1String(ref)));
    }
    return std::nullopt;
}

QJsonObject toJson(const Error& error)
{
    QJsonObject inner { { QStringLiteral("code"), error.code }, { QStringLiteral("message"), error.message } };
    if (!error.param.isEmpty())
        inner.insert(QStringLiteral("param"), error.param);
    return QJsonObject { { QStringLiteral("error"), inner } };
}

} // namespace herald::sandbox::kaleyra
