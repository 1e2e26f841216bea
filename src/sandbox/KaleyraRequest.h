#pragma once

// Kaleyra WhatsApp API v1: reading a send request's fields and validating them, as the sandbox does.
// Internal to src/sandbox.

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

QT_BEGIN_NAMESPACE
class QHttpServerRequest;
QT_END_NAMESPACE

namespace herald::sandbox::kaleyra {

/// The fields of a send request, from the query string and the body together.
struct Fields
{
    QHash<QString, QString> values; ///< name → value; an uploaded file's value is its file name
    QSet<QString> files; ///< names of fields that were file uploads (multipart)

    QString value(const QString& name) const { return values.value(name); }
    bool has(const QString& name) const { return !values.value(name).trimmed().isEmpty(); }
};

/// One of Kaleyra's errors: {"error":{"code":…,"message":…,"param":…}} with HTTP 400 (401 for RBC001).
struct Error
{
    QString code;
    QString message;
    QString param; ///< empty → no "param" key
};

/// Reads the fields from the query string, then from the body (application/x-www-form-urlencoded,
/// multipart/form-data, or a JSON object); a body field wins over a query field of the same name.
/// The `api-key` query parameter is a credential, not a field, and is left out.
std::optional<Fields> readFields(const QHttpServerRequest& request);

/// A valid send request, normalised.
struct SendRequest
{
    QString type; ///< "template", "mediatemplate" or "text"
    QStringList recipients; ///< E.164 ("+15551234567"), in the order given
    QString body; ///< the `body` field; empty for templates
    QString callbackUrl; ///< empty when none was given
    QJsonObject references; ///< ref, ref1, ref2 as given
};

/// Checks the fields as Kaleyra's v1 send does; `fromNumber` is the only sender the account has.
std::optional<Error> validate(const Fields& fields, const QString& fromNumber, SendRequest* request);

/// The error's JSON envelope.
QJsonObject toJson(const Error& error);

/// "+15551234567" from "+15551234567", "15551234567" or "+1 555 123 4567"; empty if it is not E.164.
QString normalizeNumber(const QString& number);

} // namespace herald::sandbox::kaleyra
