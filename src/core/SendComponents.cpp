#include "core/SendComponents.h"

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
    appendTextComponent(components, SendComponent::Type::Header, tpl.headerText, values.header);
    appendTextComponent(components, SendComponent::Type::Body, tpl.body, values.body);
    return components;
}

} // namespace herald
