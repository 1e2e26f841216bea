#include "sandbox/SandboxCommon.h"

#include <QMetaEnum>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>
#include <cmath>

namespace herald::sandbox {

QString methodName(QHttpServerRequest::Method method)
{
    const char* key = QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(static_cast<int>(method));
    return QString::fromLatin1(key ? key : "unknown").toUpper();
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString randomToken(int bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(data.begin(), data.end());
    return QString::fromLatin1(data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool isE164(const QString& number)
{
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
    return e164.match(number).hasMatch();
}

qint64 scaledMs(qint64 lifecycleMs, double speed)
{
    return static_cast<qint64>(std::llround(static_cast<double>(lifecycleMs) / speed));
}

RecordedRequest recordOf(const QHttpServerRequest& request, bool authorized)
{
    return { methodName(request.method()), request.url().path(), request.body(), authorized,
        QDateTime::currentDateTimeUtc() };
}

} // namespace herald::sandbox
