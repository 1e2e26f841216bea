#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

/**
 * A provider's own answer, kept with each status event so the operator can read exactly what the
 * provider said. A status answer holds no credentials, but anything that looks like one is masked
 * before the text leaves the providers layer, and the text is bounded.
 */
namespace herald {

/// The most characters of a provider's answer kept with one status event.
inline constexpr qsizetype kRawAnswerLimit = 16 * 1024;

/// What stands in for a masked value.
inline constexpr QStringView kMaskedValue = u"••••••••";

/**
 * Whether a JSON key or form field named @p key holds a credential: password, passwd, secret,
 * api_key / api-key / apiKey, access_key, authorization, auth, token (access_token, refreshToken…),
 * credential(s), private_key. Case, '_', '-', '.' and spaces do not matter.
 */
bool isSecretKey(QStringView key);

/**
 * @p text with credential-looking parts masked: "Bearer …", "Basic …", "AccessKey …" and a
 * secret-named field written as `name=value` or `name: value` (a URL's query, a log line).
 */
QString maskCredentials(const QString& text);

/**
 * @p body (a provider's answer or callback) as the operator may read it: JSON indented, a form
 * body (`a=1&b=2`) as a JSON object of its fields, anything else as text; the value of every
 * secret-named key (isSecretKey()) and every credential-looking text (maskCredentials()) replaced by
 * kMaskedValue; at most @p limit characters, a cut one ending with a note that says so. Empty for
 * an empty body.
 */
QString rawAnswerText(const QByteArray& body, qsizetype limit = kRawAnswerLimit);

} // namespace herald
