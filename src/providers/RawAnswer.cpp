#include "providers/RawAnswer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>
#include <algorithm>

namespace herald {

namespace {

// Parsing more than this is not worth it: the text is cut to kRawAnswerLimit anyway.
constexpr qsizetype kParseLimit = 1024 * 1024;

QJsonValue masked(const QJsonValue& value);

QJsonObject maskedObject(const QJsonObject& object)
{
    QJsonObject out;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const bool secret = isSecretKey(it.key()) && !it.value().isNull()
            && !(it.value().isString() && it.value().toString().isEmpty());
        out.insert(it.key(), secret ? QJsonValue(kMaskedValue.toString()) : masked(it.value()));
    }
    return out;
}

QJsonValue masked(const QJsonValue& value)
{
    if (value.isObject())
        return maskedObject(value.toObject());
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue& item : value.toArray())
            out.append(masked(item));
        return out;
    }
    if (value.isString())
        return maskCredentials(value.toString());
    return value;
}

/// `a=1&b=two+words`, as Kaleyra's form callbacks come: one line of name=value pairs.
bool looksLikeForm(const QByteArray& body)
{
    static const QRegularExpression form(
        QStringLiteral("^[A-Za-z0-9_.\\-\\[\\]%]+=[^&\\s]*(&[A-Za-z0-9_.\\-\\[\\]%]+=[^&\\s]*)*$"));
    return form.match(QString::fromUtf8(body)).hasMatch();
}

QJsonObject formFields(const QByteArray& body)
{
    QString text = QString::fromUtf8(body);
    text.replace(QLatin1Char('+'), QStringLiteral("%20"));
    const QUrlQuery query(text);
    QJsonObject fields;
    for (const auto& [name, value] : query.queryItems(QUrl::FullyDecoded))
        fields.insert(name, value);
    return fields;
}

QString bounded(const QString& text, qsizetype limit)
{
    if (text.size() <= limit)
        return text;
    const QString note = QLatin1Char('\n')
        + QCoreApplication::translate("RawAnswer", "… (cut here: the answer has %1 characters)").arg(text.size());
    qsizetype keep = std::max<qsizetype>(0, limit - note.size());
    if (keep > 0 && text.at(keep - 1).isHighSurrogate())
        --keep; // never split a character in two
    return text.left(keep) + note;
}

} // namespace

bool isSecretKey(QStringView key)
{
    QString k;
    k.reserve(key.size());
    for (const QChar c : key) {
        if (c != QLatin1Char('_') && c != QLatin1Char('-') && c != QLatin1Char('.') && !c.isSpace())
            k.append(c.toLower());
    }
    if (k == u"auth" || k == u"pwd" || k == u"passwd")
        return true;
    for (const QStringView part : { QStringView(u"password"), QStringView(u"secret"), QStringView(u"apikey"),
             QStringView(u"accesskey"), QStringView(u"authorization"), QStringView(u"token"),
             QStringView(u"credential"), QStringView(u"privatekey") }) {
        if (k.contains(part))
            return true;
    }
    return false;
}

QString maskCredentials(const QString& text)
{
    // An authorization scheme followed by its credential.
    static const QRegularExpression scheme(QStringLiteral("\\b(Bearer|Basic|AccessKey|Token)\\s+[A-Za-z0-9._~+/=\\-]+"),
        QRegularExpression::CaseInsensitiveOption);
    // A secret-named field with its value: "api_key=…", "password: …", "\"token\":\"…\"".
    static const QRegularExpression field(QStringLiteral("\\b([A-Za-z_\\-]*(?:password|passwd|secret|api[_-]?key|"
                                                         "access[_-]?key|token|authorization|credentials?))"
                                                         "(\"?\\s*[=:]\\s*\"?)([^\"&\\s,;]+)"),
        QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    const QString mask = kMaskedValue.toString();
    out.replace(scheme, QStringLiteral("\\1 ") + mask);
    out.replace(field, QStringLiteral("\\1\\2") + mask);
    return out;
}

QString rawAnswerText(const QByteArray& body, qsizetype limit)
{
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (trimmed.size() <= kParseLimit) {
        QJsonParseError error {};
        const QJsonDocument document = QJsonDocument::fromJson(trimmed, &error);
        if (error.error == QJsonParseError::NoError && document.isObject())
            return bounded(QString::fromUtf8(QJsonDocument(maskedObject(document.object())).toJson()).trimmed(), limit);
        if (error.error == QJsonParseError::NoError && document.isArray())
            return bounded(
                QString::fromUtf8(QJsonDocument(masked(document.array()).toArray()).toJson()).trimmed(), limit);
        if (looksLikeForm(trimmed))
            return bounded(
                QString::fromUtf8(QJsonDocument(maskedObject(formFields(trimmed))).toJson()).trimmed(), limit);
    }
    // Not JSON (a proxy's HTML page, plain text): masked as text, cut before masking only what cannot be read.
    return bounded(maskCredentials(QString::fromUtf8(trimmed.left(limit * 4))), limit);
}

} // namespace herald
