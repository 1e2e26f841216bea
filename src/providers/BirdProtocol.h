#pragma once

#include "providers/Provider.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

/**
 * Bird Channels API wire format (shared/seeds 002 and 004, shared/reference/provider-apis.md §2):
 * building requests and reading responses, as pure functions with no network.
 *
 * Where the seeds and Bird's official OpenAPI ("Channels v1", B-WA) disagree, the official spec
 * is followed and the place says so.
 */
namespace herald::bird {

/**
 * `POST /workspaces/{ws}/channels/{ch}/messages` body for @p message: a Studio template addressed
 * by tpl.birdProjectId / tpl.birdVersion, or a text body when message.freeText is set.
 *
 * Template parameter keys are the variables' names as written in the template (`{{name}}` →
 * "name", `{{1}}` → "1"); header variables get the prefix "header_". Bird matches parameters by
 * the variable keys of the Studio template, so where those differ tpl.birdVariableKeys maps each
 * default key to the Studio key.
 */
QJsonObject buildMessage(const OutgoingMessage& message);

/// Meta's language code (`en_US`) as the BCP-47 locale Bird expects (`en-US`).
QString localeFor(const QString& language);

/// The template parameter key Herald sends for a header or body variable.
QString headerParameterKey(const QString& variable);

/**
 * `{base}/workspaces/{ws}/channels/{ch}/{segments…}?{query}` with every id and segment
 * percent-encoded, so a value such as an E.164 number (`+…`) reaches Bird unchanged.
 */
QUrl channelUrl(const QUrl& baseUrl, const QString& workspaceId, const QString& channelId, const QStringList& segments,
    const QUrlQuery& query = {});

/// Reads the 202 `Message` answer of the send, or the error of any other status.
SendResult parseSendResponse(int httpStatus, const QByteArray& body, const QByteArray& retryAfter = {});

/// Reads the 200 `Message` answer of `GET …/messages/{messageId}` as one WhatsApp channel status.
StatusResult parseMessage(int httpStatus, const QByteArray& body, const QByteArray& retryAfter = {});

/**
 * Reads Bird's `RequestError {code, message}` or 422 `ValidationError {code, message, details}` for
 * a non-2xx @p httpStatus; @p retryAfter is the Retry-After header of a 429 (seconds or HTTP date).
 * Unreadable bodies still give an error typed by the HTTP status.
 */
ProviderError parseError(int httpStatus, const QByteArray& body, const QByteArray& retryAfter = {});

/**
 * Reads the 200 `ChannelContactInformation` of `GET …/contacts/{contactId}`: the customer-service
 * window is open while `serviceWindowExpireAt` lies after @p now (invalid = the current time), and
 * always when `isPermanentSession` is true.
 */
ServiceWindowResult parseContactInformation(
    int httpStatus, const QByteArray& body, const QByteArray& retryAfter = {}, const QDateTime& now = {});

/// Seconds to wait from a Retry-After value (delta-seconds or an HTTP date), 0 when absent or unreadable.
int retryAfterSeconds(const QByteArray& retryAfter, const QDateTime& now = {});

} // namespace herald::bird
