#pragma once

#include "core/Template.h"
#include "core/TemplateRenderer.h"

#include <QList>
#include <QLocale>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace herald {

/// One value a template needs at send time: a variable, the header's media, or a button's value.
struct ValueSlot
{
    enum class Kind
    {
        HeaderVariable,
        BodyVariable,
        MediaLink,
        MediaFilename,
        Button ///< a URL suffix, a quick-reply payload or a coupon code
    };

    Kind kind = Kind::BodyVariable;
    QString variable; ///< header and body variables: "1", "first_name"
    int buttonIndex = -1; ///< buttons: position from 0

    /// Stable and readable, for maps and object names: "body_1", "header_1", "media_url", "button_0".
    QString key() const;
    friend bool operator==(const ValueSlot&, const ValueSlot&) = default;
};

/// Every slot @p tpl needs filled, in the order a form shows them: media, header, body, buttons.
QList<ValueSlot> valueSlotsFor(const Template& tpl);

/// Where one slot's value comes from, for each recipient.
struct ValueBinding
{
    enum class Source
    {
        Fixed, ///< the same value for everyone
        Column ///< the recipient's cell in a column of the list
    };

    Source source = Source::Fixed;
    QString fixed; ///< Fixed: the value (for currency: the amount)
    QString column; ///< Column: the column's name in the list's header row
    QString fallback; ///< Column: used when the recipient's cell is empty
    ParameterFormat format = ParameterFormat::Text; ///< body variables only
    QString currencyCode; ///< ParameterFormat::Currency: ISO 4217

    friend bool operator==(const ValueBinding&, const ValueBinding&) = default;
};

/// The bindings of one template's slots, by ValueSlot::key(); a missing one counts as an empty fixed value.
using TemplateBindings = QMap<QString, ValueBinding>;

/// One recipient's data: the list's column names and this recipient's cells, in the same order.
struct RecipientData
{
    QStringList columns;
    QStringList cells;

    QString cell(const QString& column) const;
};

/**
 * The values for @p recipient: each slot's fixed value, or its column's cell (or the binding's
 * fallback when that cell is empty). A currency variable's text is its amount written the way
 * the template's language writes money (an amount that does not parse is kept as written, so the
 * check names it); @p locale overrides the template's language for that.
 */
TemplateValues resolveValues(const Template& tpl, const TemplateBindings& bindings, const RecipientData& recipient,
    const std::optional<QLocale>& locale = std::nullopt);

/**
 * The column of @p columns that a named variable most likely means ("First name" for
 * {{first_name}}: case, spaces and underscores aside); empty for positional variables and when
 * none matches.
 */
QString matchingColumn(const ValueSlot& slot, const QStringList& columns);

/// @p bindings as compact JSON, and back (unknown or damaged entries are skipped).
QString bindingsToJson(const TemplateBindings& bindings);
TemplateBindings bindingsFromJson(const QString& json);

/// The list columns @p bindings read, each once, in slot order.
QStringList boundColumns(const Template& tpl, const TemplateBindings& bindings);

} // namespace herald
