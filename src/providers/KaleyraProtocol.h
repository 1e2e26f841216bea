#pragma once

#include "providers/Provider.h"

#include <QByteArray>
#include <QList>
#include <QUrlQuery>

/**
 * Kaleyra WhatsApp API v1 wire format (shared/seeds/003, shared/reference/provider-apis.md §3):
 * building requests and reading responses and status callbacks, as pure functions with no network.
 */
namespace herald::kaleyra {

/**
 * `POST /v1/{SID}/messages` body, application/x-www-form-urlencoded: a template (`type=template`),
 * a media template (`type=mediatemplate`, when the header carries an image, document or video) or,
 * when message.freeText is set, a session text (`type=text`) to message.to from @p fromNumber.
 */
QByteArray buildMessageForm(const OutgoingMessage& message, const QString& fromNumber);

/**
 * Kaleyra's `params` field: @p values comma-separated, in order; a value holding a comma or a
 * double quote is written "…" with its inner quotes doubled.
 */
QString joinParams(const QStringList& values);

/// Reads the answer of `POST /v1/{SID}/messages` (seed 003's shape), or the error of any other status.
SendResult parseSendResponse(int httpStatus, const QByteArray& body, const QByteArray& retryAfter = {});

/**
 * Reads Kaleyra's error answer. The envelope is not documented, so both `{"error":{code, message,
 * param|field}}` and a top-level `{code, message}` are read; unreadable bodies still give an error
 * typed by the HTTP status.
 */
ProviderError parseError(int httpStatus, const QByteArray& body);

/**
 * Reads a status callback Kaleyra pushed to Herald: the v2 JSON callback (top-level `status` and
 * `message_id`, and/or `meta_object.value.statuses[]`) or a v1-style one, as JSON or as form or
 * query fields. Anything unreadable gives an empty list.
 */
QList<CallbackStatus> parseCallback(const QByteArray& body, const QByteArray& contentType, const QUrlQuery& query);

} // namespace herald::kaleyra
