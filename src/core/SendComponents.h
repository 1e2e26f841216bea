#pragma once

#include "core/Template.h"
#include "core/TemplateRenderer.h"

#include <QList>
#include <QString>

namespace herald {

/// WhatsApp media for a header parameter: a public link (or a media id the provider knows).
struct SendMedia
{
    QString link;
    QString id;
    QString caption;
    QString filename; ///< documents only
};

/// Meta's currency parameter: the amount times 1000, an ISO 4217 code, and text for old clients.
struct SendCurrency
{
    QString fallbackValue;
    QString code;
    qint64 amount1000 = 0;
};

/**
 * One parameter of a template component at send time, in Meta's Cloud API shape, which Messente
 * passes through and the other providers map onto their own fields (provider-apis.md §4.3).
 */
struct SendParameter
{
    enum class Type
    {
        Text,
        Currency,
        DateTime,
        Image,
        Document,
        Video,
        Payload,
        CouponCode
    };

    Type type = Type::Text;
    QString name; ///< the variable's name for named variables ({{first_name}}); empty when positional
    QString text; ///< Text; DateTime's fallback_value; Payload; CouponCode
    SendCurrency currency;
    SendMedia media;

    static SendParameter textValue(const QString& value, const QString& variableName = {});
};

/// One component with its parameters: the header, the body, or one button.
struct SendComponent
{
    enum class Type
    {
        Header,
        Body,
        Button
    };

    Type type = Type::Body;
    QString subType; ///< buttons: "url", "quick_reply", "copy_code"
    int index = -1; ///< buttons: position 0–9
    QList<SendParameter> parameters;
};

/// The key of each parameter type and component type as Meta and Messente spell it.
QString sendParameterTypeKey(SendParameter::Type type);
QString sendComponentTypeKey(SendComponent::Type type);

/**
 * The components to send for @p tpl filled with @p values: a header component when the text
 * header has a variable or the header is an image, video or document (one media parameter: the
 * link, and the file name for documents), a body component with one text parameter per body
 * variable, in send order, and one button component per URL button with a variable (its suffix),
 * quick reply with a payload value, and copy-code button (its coupon), indexed by the button's
 * position in the template. Components without variables are not sent (Meta takes their text
 * from the template).
 */
QList<SendComponent> sendComponentsFor(const Template& tpl, const TemplateValues& values);

} // namespace herald
