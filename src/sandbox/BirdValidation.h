#pragma once

// Bird Channels API request validation, as the sandbox applies it. Internal to src/sandbox.

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace herald::sandbox::bird {

/// ValidationError details: the field's path ("receiver.contacts.0.identifierValue") → what is wrong with it.
using Problems = QMap<QString, QStringList>;

/// What the sandbox keeps of a valid CreateMessage.
struct SendRequest
{
    QString to; ///< receiver.contacts[0].identifierValue
    bool isTemplate = false; ///< template given; otherwise body
    QDateTime scheduledFor; ///< invalid when none was given (UTC)
    qint64 validitySeconds = -1; ///< -1 when none was given
};

/**
 * Checks a CreateMessage body the way Bird's schema does (additionalProperties:false, receiver required,
 * exactly one of template and body, template projectId/version/locale, scheduledFor at most 35 days
 * ahead, validity a positive number of seconds). Every problem found is added to `problems`;
 * `request` is filled as far as the body allows.
 */
void validateCreateMessage(const QJsonObject& payload, const QDateTime& now, SendRequest* request, Problems* problems);

/// Bird's ValidationError: {"code":"ValidationError","message":…,"details":{field:[…]}}.
QJsonObject validationError(const Problems& problems);

/// Bird's RequestError: {"code":…,"message":…}.
QJsonObject requestError(const QString& code, const QString& message);

/// RFC 3339 with a mandatory offset ("2024-04-24T14:45:09.682Z", "…+02:00"); invalid if it is not one.
QDateTime parseRfc3339(const QString& text);

/// The Message object's timestamps: UTC, milliseconds, "Z" ("2024-04-24T14:45:09.682Z").
QString rfc3339(const QDateTime& time);

} // namespace herald::sandbox::bird
