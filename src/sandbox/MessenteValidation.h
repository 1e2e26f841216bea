#pragma once

// Messente's request validation, as the sandbox applies it. Internal to src/sandbox.

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace herald::sandbox::messente {

/// One item of Messente's error envelope (ErrorItemOmnichannel).
struct ApiError
{
    int code = 105;
    QString detail;
    QString source; ///< empty → null, as Messente sends for non-400 answers
};
using Check = std::optional<ApiError>;

/// Messente's error envelope with one item: {"errors":[{title, detail, code, source}]}.
QJsonObject envelope(const ApiError& error);

/// Messente treats an explicit null like an absent optional field.
bool present(const QJsonObject& object, const QString& key);

/// Validates one Omnimessage as POST /omnimessage does; fills `timeToSend` (UTC) when it has one.
Check checkOmnimessage(const QJsonObject& payload, QDateTime* timeToSend);

} // namespace herald::sandbox::messente
