#pragma once

#include "core/Template.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>
#include <optional>

namespace herald {

/**
 * Reads one template in Meta's shape (`name`, `language`, `category`, `parameter_format`,
 * `components[]` of HEADER, BODY, FOOTER and BUTTONS) or Messente's template API shape (the same
 * with lowercase types plus `id` and `status`, provider-apis.md §1.8). Unknown fields are ignored.
 * Returns nothing when the template cannot be used (no name, no body, a header format or button
 * type Herald cannot send); each problem is appended to @p problems in words, naming the template.
 */
std::optional<Template> templateFromMetaJson(const QJsonObject& object, QStringList* problems);

/**
 * @p tpl in Meta's shape: category and types upper case, `parameter_format`, examples for every
 * variable that has one; `id` and `status` only for templates synced from a provider.
 * templateFromMetaJson(templateToMetaJson(t)) equals t, except that a HeaderFormat::None template
 * comes back as a Text header without text, which means the same.
 */
QJsonObject templateToMetaJson(const Template& tpl);

/**
 * Every template in @p json: one template object, an array of them, or a list response wrapping
 * them in `data` (Meta) or `templates` (Messente). Templates that cannot be read are left out and
 * explained in @p problems; the others are returned in order.
 */
QList<Template> templatesFromJson(const QByteArray& json, QStringList* problems);

/// The BUTTONS component's `buttons` array in Meta's shape, also used to store buttons.
QJsonArray buttonsToMetaJson(const QList<TemplateButton>& buttons);
/// Reads buttons written by buttonsToMetaJson or by Meta/Messente; returns nothing on an unknown type.
std::optional<QList<TemplateButton>> buttonsFromMetaJson(const QJsonArray& buttons, QStringList* problems);

/**
 * @p tpl as a campaign keeps it, so its messages send exactly the same after a restart even if the
 * library's copy changes: Meta's shape plus Herald's own fields (its id, each provider's address).
 */
QString templateToSnapshotJson(const Template& tpl);
/// The template templateToSnapshotJson() wrote; nullopt when @p json cannot be read.
std::optional<Template> templateFromSnapshotJson(const QString& json);

/// A map of strings as a JSON object, and back (values that are not strings read as empty).
QJsonObject stringMapToJson(const QMap<QString, QString>& map);
QMap<QString, QString> stringMapFromJson(const QJsonObject& object);

} // namespace herald
