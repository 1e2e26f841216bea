#include "core/ValueBinding.h"

#include "core/Currency.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace herald {

QString ValueSlot::key() const
{
    switch (kind) {
    case Kind::HeaderVariable:
        return QStringLiteral("header_") + variable;
    case Kind::BodyVariable:
        return QStringLiteral("body_") + variable;
    case Kind::MediaLink:
        return QStringLiteral("media_url");
    case Kind::MediaFilename:
        return QStringLiteral("media_filename");
    case Kind::Button:
        return QStringLiteral("button_") + QString::number(buttonIndex);
    }
    return {};
}

QList<ValueSlot> valueSlotsFor(const Template& tpl)
{
    QList<ValueSlot> result;
    const HeaderFormat header = tpl.effectiveHeaderFormat();
    if (isMediaHeader(header)) {
        result.append({ ValueSlot::Kind::MediaLink, {}, -1 });
        if (header == HeaderFormat::Document)
            result.append({ ValueSlot::Kind::MediaFilename, {}, -1 });
    }
    if (header == HeaderFormat::Text) {
        for (const QString& variable : variablesIn(tpl.headerText))
            result.append({ ValueSlot::Kind::HeaderVariable, variable, -1 });
    }
    for (const QString& variable : variablesIn(tpl.body))
        result.append({ ValueSlot::Kind::BodyVariable, variable, -1 });
    for (int i = 0; i < tpl.buttons.size(); ++i) {
        const TemplateButton& button = tpl.buttons.at(i);
        const bool hasValue = (button.type == TemplateButton::Type::Url && button.hasUrlVariable())
            || button.type == TemplateButton::Type::QuickReply || button.type == TemplateButton::Type::CopyCode;
        if (hasValue)
            result.append({ ValueSlot::Kind::Button, {}, i });
    }
    return result;
}

QString RecipientData::cell(const QString& column) const
{
    const qsizetype index = columns.indexOf(column);
    return index >= 0 && index < cells.size() ? cells.at(index) : QString();
}

namespace {

QString rawValue(const ValueBinding& binding, const RecipientData& recipient)
{
    if (binding.source == ValueBinding::Source::Fixed)
        return binding.fixed;
    const QString cell = recipient.cell(binding.column);
    // A cell of spaces is as empty as an empty one: neither can be sent.
    return cell.trimmed().isEmpty() ? binding.fallback : cell;
}

} // namespace

TemplateValues resolveValues(const Template& tpl, const TemplateBindings& bindings, const RecipientData& recipient,
    const std::optional<QLocale>& locale)
{
    TemplateValues values;
    const QLocale moneyLocale = locale.value_or(QLocale(tpl.language));
    for (const ValueSlot& slot : valueSlotsFor(tpl)) {
        const ValueBinding binding = bindings.value(slot.key());
        const QString value = rawValue(binding, recipient);
        switch (slot.kind) {
        case ValueSlot::Kind::HeaderVariable:
            values.header.insert(slot.variable, value);
            break;
        case ValueSlot::Kind::BodyVariable:
            if (binding.format == ParameterFormat::Currency) {
                values.currencies.insert(slot.variable, { binding.currencyCode, value });
                const std::optional<qint64> amount = parseAmount1000(value);
                values.body.insert(slot.variable,
                    amount && isIsoCurrencyCode(binding.currencyCode)
                        ? formatCurrency(binding.currencyCode, *amount, moneyLocale)
                        : value);
            } else {
                if (binding.format == ParameterFormat::DateTime)
                    values.dateTimes.insert(slot.variable);
                values.body.insert(slot.variable, value);
            }
            break;
        case ValueSlot::Kind::MediaLink:
            values.headerMediaUrl = value.trimmed();
            break;
        case ValueSlot::Kind::MediaFilename:
            values.headerMediaFilename = value.trimmed();
            break;
        case ValueSlot::Kind::Button:
            values.buttons.insert(slot.buttonIndex, value.trimmed());
            break;
        }
    }
    return values;
}

QString matchingColumn(const ValueSlot& slot, const QStringList& columns)
{
    const auto squeezed = [](const QString& text) {
        QString out;
        for (const QChar c : text) {
            if (c.isLetterOrNumber())
                out += c.toLower();
        }
        return out;
    };
    bool positional = false;
    slot.variable.toInt(&positional);
    if (slot.variable.isEmpty() || positional)
        return {};
    const QString wanted = squeezed(slot.variable);
    for (const QString& column : columns) {
        if (squeezed(column) == wanted)
            return column;
    }
    return {};
}

QString bindingsToJson(const TemplateBindings& bindings)
{
    QJsonObject root;
    for (auto it = bindings.constBegin(); it != bindings.constEnd(); ++it) {
        const ValueBinding& b = it.value();
        root.insert(it.key(),
            QJsonObject {
                { QStringLiteral("source"),
                    b.source == ValueBinding::Source::Column ? QStringLiteral("column") : QStringLiteral("fixed") },
                { QStringLiteral("fixed"), b.fixed }, { QStringLiteral("column"), b.column },
                { QStringLiteral("fallback"), b.fallback },
                { QStringLiteral("format"),
                    b.format == ParameterFormat::Currency       ? QStringLiteral("currency")
                        : b.format == ParameterFormat::DateTime ? QStringLiteral("date_time")
                                                                : QStringLiteral("text") },
                { QStringLiteral("currency"), b.currencyCode } });
    }
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

TemplateBindings bindingsFromJson(const QString& json)
{
    TemplateBindings bindings;
    const QJsonObject root = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        if (!it.value().isObject())
            continue;
        const QJsonObject o = it.value().toObject();
        ValueBinding b;
        b.source = o.value(QStringLiteral("source")).toString() == QLatin1String("column")
            ? ValueBinding::Source::Column
            : ValueBinding::Source::Fixed;
        b.fixed = o.value(QStringLiteral("fixed")).toString();
        b.column = o.value(QStringLiteral("column")).toString();
        b.fallback = o.value(QStringLiteral("fallback")).toString();
        const QString format = o.value(QStringLiteral("format")).toString();
        b.format = format == QLatin1String("currency") ? ParameterFormat::Currency
            : format == QLatin1String("date_time")     ? ParameterFormat::DateTime
                                                       : ParameterFormat::Text;
        b.currencyCode = o.value(QStringLiteral("currency")).toString();
        bindings.insert(it.key(), b);
    }
    return bindings;
}

QStringList boundColumns(const Template& tpl, const TemplateBindings& bindings)
{
    QStringList columns;
    for (const ValueSlot& slot : valueSlotsFor(tpl)) {
        const ValueBinding binding = bindings.value(slot.key());
        if (binding.source == ValueBinding::Source::Column && !columns.contains(binding.column))
            columns.append(binding.column);
    }
    return columns;
}

} // namespace herald
