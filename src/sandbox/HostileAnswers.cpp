#include "sandbox/HostileAnswers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace herald::sandbox {
namespace {

using StatusCode = QHttpServerResponder::StatusCode;

/// Every value's JSON type swapped for another: strings become numbers, numbers arrays, and so on.
QJsonValue mangled(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return 12345;
    case QJsonValue::Double:
        return QJsonArray { value };
    case QJsonValue::Bool:
        return QStringLiteral("yes");
    case QJsonValue::Array: {
        QJsonObject object;
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            object.insert(QString::number(i), mangled(array.at(i)));
        return object;
    }
    case QJsonValue::Object: {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = mangled(it.value());
        return object;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QJsonObject {};
}

QHttpServerResponse json(const QByteArray& body, StatusCode status)
{
    return QHttpServerResponse(QByteArrayLiteral("application/json"), body, status);
}

QHttpServerResponse error(const ProviderGate& gate, const QString& text)
{
    return json(QJsonDocument(gate.errorShape(StatusCode::BadRequest, text)).toJson(QJsonDocument::Compact),
        StatusCode::BadRequest);
}

} // namespace

QString hostileMarkupText()
{
    return QStringLiteral("<b>Bold</b> <a href=\"https://evil.example/\">click here</a><img src=\"x\"> "
                          "<script>alert(1)</script> =HYPERLINK(\"https://evil.example/\",\"open\") +1+1 @SUM(A1)");
}

bool hostileProcesses(HostileKind kind)
{
    return kind == HostileKind::WrongTypes || kind == HostileKind::DeepNesting || kind == HostileKind::Oversized;
}

QHttpServerResponse hostileAnswer(HostileKind kind, const ProviderGate& gate, const QHttpServerResponse* real)
{
    const StatusCode status = real ? real->statusCode() : StatusCode::Ok;
    switch (kind) {
    case HostileKind::Markup:
        return error(gate, hostileMarkupText());
    case HostileKind::WrongTypes: {
        const QJsonDocument document = QJsonDocument::fromJson(real ? real->data() : QByteArray());
        const QJsonValue value = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
        const QJsonValue swapped = mangled(value);
        const QJsonDocument out
            = swapped.isArray() ? QJsonDocument(swapped.toArray()) : QJsonDocument(swapped.toObject());
        return json(out.toJson(QJsonDocument::Compact), status);
    }
    case HostileKind::InvalidUtf8: {
        QByteArray body = QJsonDocument(gate.errorShape(StatusCode::BadRequest, QStringLiteral("BROKEN-TEXT")))
                              .toJson(QJsonDocument::Compact);
        body.replace(QByteArrayLiteral("BROKEN-TEXT"), QByteArrayLiteral("Bad \xff\xfe bytes \xc3\x28 <i>here</i>"));
        return json(body, StatusCode::BadRequest);
    }
    case HostileKind::DeepNesting: {
        constexpr int depth = 100000;
        return json(QByteArray(depth, '[') + QByteArray(depth, ']'), status);
    }
    case HostileKind::Oversized: {
        const QByteArray filler(6 * 1024 * 1024, 'A');
        return json(QByteArrayLiteral("{\"detail\":\"") + filler + QByteArrayLiteral("\"}"), status);
    }
    case HostileKind::LongText:
        return error(gate, QString(300000, QLatin1Char('W')));
    }
    return error(gate, hostileMarkupText());
}

} // namespace herald::sandbox
