#pragma once

// Messente's WhatsApp template list (GET /v1/whatsapp/wabas/{wabaId}/templates) as the sandbox serves
// it. Internal to src/sandbox.

#include "sandbox/MessenteValidation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>
#include <QUrlQuery>
#include <variant>

namespace herald::sandbox::messente {

/**
 * The sandbox account's WhatsApp templates, each a WhatsappTemplateResponse {id, name, language,
 * category, status, components} with components in Meta's shape, spelt lowercase as Messente's
 * spec does. A fixed, realistic set: approved, pending, rejected and paused templates, text and
 * image headers, positional variables, footers and every kind of button Herald sends.
 */
QList<QJsonObject> sandboxTemplates();

/**
 * Answers listWhatsappTemplates for the sandbox's WABA: `limit` (1..500, default 25), `after` and
 * `before` cursors, and the `category`, `language`, `name` (part of it, any case), `status` and
 * `content` filters. @p pageUrl is the request's URL, from which paging.next and paging.previous
 * are built. Returns the 200 WhatsappListTemplatesResponse, or the error a 400 carries.
 */
std::variant<QJsonObject, ApiError> listTemplates(
    const QList<QJsonObject>& templates, const QUrlQuery& query, const QUrl& pageUrl);

} // namespace herald::sandbox::messente
