#include "core/TemplateRenderer.h"

#include "core/Currency.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace herald {

namespace {

void checkComponent(
    const QString& text, const QMap<QString, QString>& values, TemplateField field, QList<TemplateIssue>& issues)
{
    for (const QString& var : variablesIn(text)) {
        const QString problem = parameterValueProblem(values.value(var));
        if (!problem.isEmpty())
            issues.append({ field, var, problem });
    }
}

/// This file's words, in the translation context "Template" (a name lupdate can see).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Template)
};

TemplateIssue buttonIssue(int index, const QString& message)
{
    return { TemplateField::Button, {}, message, index };
}

void checkTypedBodyValues(const Template& tpl, const TemplateValues& values, QList<TemplateIssue>& issues)
{
    const QStringList variables = variablesIn(tpl.body);
    for (auto it = values.currencies.constBegin(); it != values.currencies.constEnd(); ++it) {
        if (!variables.contains(it.key()))
            continue;
        if (!isIsoCurrencyCode(it->code))
            issues.append({ TemplateField::Body, it.key(),
                Words::tr("“%1” is not an ISO 4217 currency code such as EUR or USD.").arg(it->code) });
        else if (!parseAmount1000(it->amount))
            issues.append({ TemplateField::Body, it.key(),
                it->amount.trimmed().isEmpty()
                    ? Words::tr("The amount is empty.")
                    : Words::tr("“%1” is not an amount: write digits with at most three decimals, such as 12.50.")
                          .arg(it->amount) });
    }
}

void checkMedia(const Template& tpl, const TemplateValues& values, QList<TemplateIssue>& issues)
{
    if (!isMediaHeader(tpl.headerFormat))
        return;
    static const QRegularExpression web(QStringLiteral("^https?://\\S+$"), QRegularExpression::CaseInsensitiveOption);
    if (values.headerMediaUrl.trimmed().isEmpty())
        issues.append({ TemplateField::HeaderMediaLink, {},
            Words::tr("The header needs a link to the image, video or document.") });
    else if (!web.match(values.headerMediaUrl).hasMatch())
        issues.append({ TemplateField::HeaderMediaLink, {},
            Words::tr("The header's media link must start with https:// or http://.") });
    if (tpl.headerFormat == HeaderFormat::Document && values.headerMediaFilename.trimmed().isEmpty())
        issues.append({ TemplateField::HeaderMediaFilename, {},
            Words::tr("The header's document needs a file name, such as invoice.pdf.") });
}

void checkButtonValues(const Template& tpl, const TemplateValues& values, QList<TemplateIssue>& issues)
{
    for (int i = 0; i < tpl.buttons.size(); ++i) {
        const TemplateButton& button = tpl.buttons.at(i);
        const QString n = QString::number(i + 1);
        const QString value = values.buttons.value(i);
        switch (button.type) {
        case TemplateButton::Type::Url: {
            if (!button.hasUrlVariable())
                break;
            const QString problem = parameterValueProblem(value);
            if (!problem.isEmpty())
                issues.append(buttonIssue(i, Words::tr("Button %1, end of the web address: %2").arg(n, problem)));
            else if (value.contains(QLatin1Char(' ')))
                issues.append(
                    buttonIssue(i, Words::tr("Button %1: the end of the web address cannot hold spaces.").arg(n)));
            else if (substituteVariables(button.url, { { QStringLiteral("1"), value } }).size() > limits::kUrl)
                issues.append(buttonIssue(i,
                    Words::tr("Button %1: the filled web address is longer than %2 characters.")
                        .arg(n)
                        .arg(limits::kUrl)));
            break;
        }
        case TemplateButton::Type::QuickReply:
            // The payload is optional (an empty one is not sent): the reply then carries the button's text.
            if (!value.isEmpty() && value.trimmed().isEmpty())
                issues.append(buttonIssue(
                    i, Words::tr("Button %1: the reply payload is blank; leave it out or fill it.").arg(n)));
            break;
        case TemplateButton::Type::CopyCode: {
            const QString problem = parameterValueProblem(value);
            if (!problem.isEmpty())
                issues.append(buttonIssue(i, Words::tr("Button %1, the code to copy: %2").arg(n, problem)));
            else if (value.size() > limits::kCouponCode)
                issues.append(buttonIssue(i,
                    Words::tr("Button %1: the code to copy has %2 characters; WhatsApp allows %3.")
                        .arg(n)
                        .arg(value.size())
                        .arg(limits::kCouponCode)));
            break;
        }
        case TemplateButton::Type::PhoneNumber:
            break;
        }
    }
}

} // namespace

QString substituteVariables(const QString& text, const QMap<QString, QString>& values)
{
    static const QRegularExpression re(QStringLiteral(R"(\{\{\s*([A-Za-z0-9_]+)\s*\}\})"));
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        out += QStringView(text).mid(last, match.capturedStart() - last);
        const auto value = values.constFind(match.captured(1));
        if (value != values.constEnd() && !value->isEmpty())
            out += *value;
        else
            out += match.captured(0);
        last = match.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

RenderedMessage renderTemplate(const Template& tpl, const TemplateValues& values)
{
    RenderedMessage rendered { tpl.effectiveHeaderFormat() == HeaderFormat::Text
            ? substituteVariables(tpl.headerText, values.header)
            : QString(),
        substituteVariables(tpl.body, values.body), tpl.footer };
    rendered.headerFormat = tpl.effectiveHeaderFormat();
    if (isMediaHeader(tpl.headerFormat))
        rendered.headerMediaUrl = values.headerMediaUrl;
    if (tpl.headerFormat == HeaderFormat::Document)
        rendered.headerMediaFilename = values.headerMediaFilename;
    for (int i = 0; i < tpl.buttons.size(); ++i) {
        const TemplateButton& button = tpl.buttons.at(i);
        RenderedButton out { button.type, button.text, {} };
        switch (button.type) {
        case TemplateButton::Type::Url:
            out.target = substituteVariables(button.url, { { QStringLiteral("1"), values.buttons.value(i) } });
            break;
        case TemplateButton::Type::PhoneNumber:
            out.target = button.phoneNumber;
            break;
        case TemplateButton::Type::CopyCode:
            out.target = values.buttons.value(i);
            break;
        case TemplateButton::Type::QuickReply:
            break;
        }
        rendered.buttons.append(out);
    }
    return rendered;
}

QString parameterValueProblem(const QString& value)
{
    if (value.trimmed().isEmpty())
        return QCoreApplication::translate("Template", "The value is empty.");
    if (value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r')))
        return QCoreApplication::translate("Template", "The value contains a line break, which WhatsApp refuses.");
    if (value.contains(QLatin1Char('\t')))
        return QCoreApplication::translate("Template", "The value contains a tab, which WhatsApp refuses.");
    if (value.contains(QStringLiteral("     ")))
        return QCoreApplication::translate(
            "Template", "The value has more than four spaces in a row, which WhatsApp refuses.");
    return {};
}

QList<TemplateIssue> validateValues(const Template& tpl, const TemplateValues& values)
{
    QList<TemplateIssue> issues;
    if (tpl.headerFormat == HeaderFormat::Text)
        checkComponent(tpl.headerText, values.header, TemplateField::Header, issues);
    checkMedia(tpl, values, issues);
    checkComponent(tpl.body, values.body, TemplateField::Body, issues);
    checkTypedBodyValues(tpl, values, issues);
    checkButtonValues(tpl, values, issues);
    return issues;
}

} // namespace herald
