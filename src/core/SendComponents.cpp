#include "core/SendComponents.h"

#include "core/Currency.h"

namespace herald {

namespace {

bool isPositional(const QString& variable)
{
    bool ok = false;
    variable.toInt(&ok);
    return ok;
}

void appendTextComponent(QList<SendComponent>& components, SendComponent::Type type, const QString& text,
    const QMap<QString, QString>& values)
{
    const QStringList variables = variablesIn(text);
    if (variables.isEmpty())
        return;
    SendComponent component;
    component.type = type;
    for (const QString& variable : variables)
        component.parameters.append(
            SendParameter::textValue(values.value(variable), isPositional(variable) ? QString() : variable));
    components.append(component);
}

SendParameter bodyParameter(const QString& variable, const TemplateValues& values)
{
    const QString name = isPositional(variable) ? QString() : variable;
    SendParameter parameter = SendParameter::textValue(values.body.value(variable), name);
    if (const auto currency = values.currencies.constFind(variable); currency != values.currencies.constEnd()) {
        parameter.type = SendParameter::Type::Currency;
        parameter.currency.code = currency->code;
        parameter.currency.amount1000 = parseAmount1000(currency->amount).value_or(0);
        parameter.currency.fallbackValue = parameter.text;
    } else if (values.dateTimes.contains(variable)) {
        parameter.type = SendParameter::Type::DateTime;
    }
    return parameter;
}

SendComponent buttonComponent(int index, const QString& subType, SendParameter::Type type, const QString& value)
{
    SendParameter parameter;
    parameter.type = type;
    parameter.text = value;
    SendComponent component;
    component.type = SendComponent::Type::Button;
    component.subType = subType;
    component.index = index;
    component.parameters.append(parameter);
    return component;
}

void appendMediaHeader(QList<SendComponent>& components, const Template& tpl, const TemplateValues& values)
{
    SendParameter parameter;
    switch (tpl.headerFormat) {
    case HeaderFormat::Image:
        parameter.type = SendParameter::Type::Image;
        break;
    case HeaderFormat::Video:
        parameter.type = SendParameter::Type::Video;
        break;
    case HeaderFormat::Document:
        parameter.type = SendParameter::Type::Document;
        parameter.media.filename = values.headerMediaFilename;
        break;
    case HeaderFormat::None:
    case HeaderFormat::Text:
    case HeaderFormat::Location:
        return;
    }
    parameter.media.link = values.headerMediaUrl;
    SendComponent component;
    component.type = SendComponent::Type::Header;
    component.parameters.append(parameter);
    components.append(component);
}

} // namespace

SendParameter SendParameter::textValue(const QString& value, const QString& variableName)
{
    SendParameter parameter;
    parameter.type = Type::Text;
    parameter.text = value;
    parameter.name = variableName;
    return parameter;
}

QString sendParameterTypeKey(SendParameter::Type type)
{
    switch (type) {
    case SendParameter::Type::Text:
        return QStringLiteral("text");
    case SendParameter::Type::Currency:
        return QStringLiteral("currency");
    case SendParameter::Type::DateTime:
        return QStringLiteral("date_time");
    case SendParameter::Type::Image:
        return QStringLiteral("image");
    case SendParameter::Type::Document:
        return QStringLiteral("document");
    case SendParameter::Type::Video:
        return QStringLiteral("video");
    case SendParameter::Type::Payload:
        return QStringLiteral("payload");
    case SendParameter::Type::CouponCode:
        return QStringLiteral("coupon_code");
    }
    return QStringLiteral("text");
}

QString sendComponentTypeKey(SendComponent::Type type)
{
    switch (type) {
    case SendComponent::Type::Header:
        return QStringLiteral("header");
    case SendComponent::Type::Body:
        return QStringLiteral("body");
    case SendComponent::Type::Button:
        return QStringLiteral("button");
    }
    return QStringLiteral("body");
}

QList<SendComponent> sendComponentsFor(const Template& tpl, const TemplateValues& values)
{
    QList<SendComponent> components;
    if (tpl.headerFormat == HeaderFormat::Text)
        appendTextComponent(components, SendComponent::Type::Header, tpl.headerText, values.header);
    else
        appendMediaHeader(components, tpl, values);
    if (const QStringList variables = variablesIn(tpl.body); !variables.isEmpty()) {
        SendComponent body;
        body.type = SendComponent::Type::Body;
        for (const QString& variable : variables)
            body.parameters.append(bodyParameter(variable, values));
        components.append(body);
    }
    // Meta matches a button's parameters by the button's position in the template.
    for (int i = 0; i < tpl.buttons.size(); ++i) {
        const TemplateButton& button = tpl.buttons.at(i);
        switch (button.type) {
        case TemplateButton::Type::Url:
            if (button.hasUrlVariable())
                components.append(
                    buttonComponent(i, QStringLiteral("url"), SendParameter::Type::Text, values.buttons.value(i)));
            break;
        case TemplateButton::Type::QuickReply:
            if (!values.buttons.value(i).isEmpty())
                components.append(buttonComponent(
                    i, QStringLiteral("quick_reply"), SendParameter::Type::Payload, values.buttons.value(i)));
            break;
        case TemplateButton::Type::CopyCode:
            components.append(buttonComponent(
                i, QStringLiteral("copy_code"), SendParameter::Type::CouponCode, values.buttons.value(i)));
            break;
        case TemplateButton::Type::PhoneNumber:
            break;
        }
    }
    return components;
}

} // namespace herald
