#pragma once

#include "providers/Provider.h"

#include <QByteArray>
#include <QJsonObject>

/**
 * Messente Omnichannel API wire format (shared/seeds, shared/reference/messente-openapi-2.1.0.yaml):
 * building requests and reading responses, as pure functions with no network.
 */
namespace herald::messente {

/// `POST /omnimessage` body: one WhatsApp template message to @p message.to.
QJsonObject buildOmnimessage(const OutgoingMessage& message, const QString& sender);

/// Reads the 201 answer of `POST /omnimessage`, or the error envelope of any other status.
SendResult parseSendResponse(int httpStatus, const QByteArray& body);

/// Reads the 200 answer of `GET /omnimessage/{id}/status`, or the error envelope.
StatusResult parseStatusResponse(int httpStatus, const QByteArray& body);

/**
 * Reads Messente's `{errors:[{title, detail, code, source}]}` envelope for a non-2xx @p httpStatus.
 * Unreadable bodies still give an error typed by the HTTP status.
 */
ProviderError parseError(int httpStatus, const QByteArray& body);

} // namespace herald::messente
