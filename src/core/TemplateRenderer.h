#pragma once

#include "core/Template.h"

#include <QMap>
#include <QSet>
#include <QString>

namespace herald {

/// Meta's parameter types for a body variable: what the value is, beyond the text shown.
enum class ParameterFormat
{
    Text,
    Currency, ///< an amount in an ISO 4217 currency; the recipient reads the fallback text
    DateTime ///< a date and time; the recipient reads the fallback text
};

/// A body variable sent as Meta's currency parameter.
struct CurrencyValue
{
    QString code; ///< ISO 4217, e.g. "EUR"
    QString amount; ///< as written, e.g. "12.50"; parsed with parseAmount1000()
};

/// The values for a template's variables, per component (numbering restarts in each one).
struct TemplateValues
{
    QMap<QString, QString> header;
    /// The text the recipient reads for each body variable (for currency and date_time: the fallback value).
    QMap<QString, QString> body;
    QMap<QString, CurrencyValue> currencies; ///< body variables sent as currency, by variable
    QSet<QString> dateTimes; ///< body variables sent as date_time
    /// By button position (from 0): a URL button's suffix, a quick reply's payload, a copy code's coupon.
    QMap<int, QString> buttons;
    QString headerMediaUrl; ///< image, video or document headers: a public https link
    QString headerMediaFilename; ///< document headers: the name the recipient sees
};

/// A button as the recipient sees it.
struct RenderedButton
{
    TemplateButton::Type type = TemplateButton::Type::QuickReply;
    QString text;
    QString target; ///< the URL with its suffix filled, the phone number, or the coupon code
};

/// A template with its values filled in: what the recipient reads.
struct RenderedMessage
{
    QString header;
    QString body;
    QString footer;
    HeaderFormat headerFormat = HeaderFormat::None; ///< None: no header at all
    QString headerMediaUrl {};
    QList<RenderedButton> buttons {};
    QString headerMediaFilename {}; ///< document headers: the name the recipient sees
};

/**
 * Fills each `{{variable}}` of @p text with its value. A variable without a value is left as
 * written, so a preview shows what is still missing instead of hiding it.
 */
QString substituteVariables(const QString& text, const QMap<QString, QString>& values);

RenderedMessage renderTemplate(const Template& tpl, const TemplateValues& values);

/**
 * Meta's rule for parameter values: not empty, no new-line or tab, no more than four consecutive
 * spaces. Returns the problem in words, or an empty string when @p value is fine.
 */
QString parameterValueProblem(const QString& value);

/**
 * Every variable of @p tpl that has no value, or a value Meta would refuse; a media header
 * without a link (or a document without a file name); a URL suffix, payload or coupon code that
 * cannot be sent.
 */
QList<TemplateIssue> validateValues(const Template& tpl, const TemplateValues& values);

} // namespace herald
