// Meta's rules for templates (provider-apis.md §4.1, §4.2), kept apart from the model so each file
// stays readable.
#include "core/Template.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

namespace herald {

namespace {

/// This file's words, in the translation context "Template" (a name lupdate can see).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Template)
};

const QRegularExpression& placeholderPattern()
{
    static const QRegularExpression re(QStringLiteral("\\{\\{\\s*([A-Za-z0-9_]+)\\s*\\}\\}"));
    return re;
}

bool isPositional(const QString& key)
{
    bool ok = false;
    key.toInt(&ok);
    return ok;
}

void checkVariables(const QString& text, TemplateField field, QList<TemplateIssue>& issues)
{
    const QStringList vars = variablesIn(text);
    const auto positional = std::count_if(vars.begin(), vars.end(), isPositional);
    if (positional > 0 && positional != vars.size()) {
        issues.append({ field, {},
            Words::tr("Use either numbered variables like {{1}} or named ones like {{name}}, not both.") });
        return;
    }
    if (positional > 0) {
        for (int i = 0; i < vars.size(); ++i) {
            if (vars.at(i).toInt() != i + 1) {
                issues.append({ field, vars.at(i),
                    Words::tr("Numbered variables must run {{1}}, {{2}}, … without gaps; {{%1}} is missing.")
                        .arg(i + 1) });
                return;
            }
        }
    }
    static const QRegularExpression named(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    for (const QString& v : vars) {
        if (!isPositional(v) && !named.match(v).hasMatch())
            issues.append({ field, v,
                Words::tr("Variable names use lowercase letters, digits and underscores: {{%1}}.").arg(v) });
    }
}

// Meta's review refuses these (provider-apis.md §4.2), though approved templates may still have them.
void checkBodyPlacement(const QString& body, QList<TemplateIssue>& issues)
{
    const QString trimmed = body.trimmed();
    QList<QRegularExpressionMatch> matches;
    auto it = placeholderPattern().globalMatch(trimmed);
    while (it.hasNext())
        matches.append(it.next());
    if (matches.isEmpty())
        return;
    if (matches.first().capturedStart() == 0)
        issues.append({ TemplateField::Body, matches.first().captured(1),
            Words::tr("The body cannot start with a variable; Meta refuses such templates.") });
    if (matches.last().capturedEnd() == trimmed.size())
        issues.append({ TemplateField::Body, matches.last().captured(1),
            Words::tr("The body cannot end with a variable; Meta refuses such templates.") });
    for (qsizetype i = 1; i < matches.size(); ++i) {
        const qsizetype from = matches.at(i - 1).capturedEnd();
        if (QStringView(trimmed).mid(from, matches.at(i).capturedStart() - from).trimmed().isEmpty()) {
            issues.append({ TemplateField::Body, matches.at(i).captured(1),
                Words::tr("The body has two variables side by side ({{%1}} and {{%2}}); put words between them.")
                    .arg(matches.at(i - 1).captured(1), matches.at(i).captured(1)) });
            break;
        }
    }
}

TemplateIssue buttonIssue(int index, const QString& message)
{
    return { TemplateField::Button, {}, message, index };
}

QString buttonTypeName(TemplateButton::Type type)
{
    switch (type) {
    case TemplateButton::Type::QuickReply:
        return Words::tr("quick reply");
    case TemplateButton::Type::Url:
        return Words::tr("link");
    case TemplateButton::Type::PhoneNumber:
        return Words::tr("phone number");
    case TemplateButton::Type::CopyCode:
        return Words::tr("copy code");
    }
    return {};
}

int typeLimit(TemplateButton::Type type)
{
    switch (type) {
    case TemplateButton::Type::QuickReply:
        return limits::kQuickReplies;
    case TemplateButton::Type::Url:
        return limits::kUrlButtons;
    case TemplateButton::Type::PhoneNumber:
        return limits::kPhoneButtons;
    case TemplateButton::Type::CopyCode:
        return limits::kCopyCodeButtons;
    }
    return 0;
}

void checkUrl(const TemplateButton& button, int index, QList<TemplateIssue>& issues)
{
    const QString n = QString::number(index + 1);
    if (button.url.isEmpty()) {
        issues.append(buttonIssue(index, Words::tr("Button %1 needs a web address.").arg(n)));
        return;
    }
    if (button.url.size() > limits::kUrl)
        issues.append(buttonIssue(index,
            Words::tr("Button %1: the web address has %2 characters; WhatsApp allows %3.")
                .arg(n)
                .arg(button.url.size())
                .arg(limits::kUrl)));
    static const QRegularExpression scheme(
        QStringLiteral("^https?://[^\\s/]+"), QRegularExpression::CaseInsensitiveOption);
    if (!scheme.match(button.url).hasMatch())
        issues.append(
            buttonIssue(index, Words::tr("Button %1: the web address must start with https:// or http://.").arg(n)));
    QList<QRegularExpressionMatch> vars;
    auto it = placeholderPattern().globalMatch(button.url);
    while (it.hasNext())
        vars.append(it.next());
    if (vars.size() > 1)
        issues.append(buttonIssue(index, Words::tr("Button %1: the web address may hold only one variable.").arg(n)));
    else if (vars.size() == 1 && vars.first().capturedEnd() != button.url.size())
        issues.append(buttonIssue(
            index, Words::tr("Button %1: the variable must be at the very end of the web address.").arg(n)));
    else if (vars.size() == 1 && vars.first().captured(1) != QLatin1String("1"))
        issues.append(buttonIssue(index, Words::tr("Button %1: the web address's variable is written {{1}}.").arg(n)));
}

void checkButtons(const Template& tpl, QList<TemplateIssue>& issues)
{
    const QList<TemplateButton>& buttons = tpl.buttons;
    if (buttons.size() > limits::kButtons)
        issues.append(buttonIssue(limits::kButtons,
            Words::tr("The template has %1 buttons; WhatsApp allows %2.").arg(buttons.size()).arg(limits::kButtons)));
    if (tpl.category == TemplateCategory::Authentication && buttons.size() > limits::kAuthenticationButtons)
        issues.append(buttonIssue(limits::kAuthenticationButtons,
            Words::tr("Authentication templates have at most one button, the one that passes the code.")));

    QMap<TemplateButton::Type, int> seen;
    int groupChanges = 0;
    for (int i = 0; i < buttons.size(); ++i) {
        const TemplateButton& button = buttons.at(i);
        const QString n = QString::number(i + 1);
        const int count = ++seen[button.type];
        if (count == typeLimit(button.type) + 1)
            issues.append(buttonIssue(i,
                Words::tr("Button %1: a template may have at most %2 %3 buttons.")
                    .arg(n)
                    .arg(typeLimit(button.type))
                    .arg(buttonTypeName(button.type))));
        const bool quick = button.type == TemplateButton::Type::QuickReply;
        if (i > 0 && quick != (buttons.at(i - 1).type == TemplateButton::Type::QuickReply) && ++groupChanges == 2)
            issues.append(buttonIssue(i,
                Words::tr("Button %1: quick replies must come together, all before or all after the other buttons.")
                    .arg(n)));

        if (button.text.trimmed().isEmpty())
            issues.append(buttonIssue(i, Words::tr("Button %1 needs a text.").arg(n)));
        else if (button.text.size() > limits::kButtonText)
            issues.append(buttonIssue(i,
                Words::tr("Button %1: the text has %2 characters; WhatsApp allows %3.")
                    .arg(n)
                    .arg(button.text.size())
                    .arg(limits::kButtonText)));

        switch (button.type) {
        case TemplateButton::Type::QuickReply:
            break;
        case TemplateButton::Type::Url:
            checkUrl(button, i, issues);
            break;
        case TemplateButton::Type::PhoneNumber: {
            static const QRegularExpression e164(QStringLiteral("^\\+?[1-9][0-9]{6,18}$"));
            if (button.phoneNumber.size() > limits::kPhoneNumber)
                issues.append(buttonIssue(i,
                    Words::tr("Button %1: the phone number has %2 characters; WhatsApp allows %3.")
                        .arg(n)
                        .arg(button.phoneNumber.size())
                        .arg(limits::kPhoneNumber)));
            else if (!e164.match(button.phoneNumber).hasMatch())
                issues.append(buttonIssue(i,
                    Words::tr("Button %1: the phone number is written in international form, such as +37251234567.")
                        .arg(n)));
            break;
        }
        case TemplateButton::Type::CopyCode:
            if (tpl.category == TemplateCategory::Utility)
                issues.append(
                    buttonIssue(i, Words::tr("Button %1: utility templates cannot have a copy code button.").arg(n)));
            break;
        }
    }
}

} // namespace

QList<TemplateIssue> validateTemplate(const Template& tpl, RuleSet rules)
{
    QList<TemplateIssue> issues;
    static const QRegularExpression namePattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    if (tpl.name.isEmpty())
        issues.append({ TemplateField::Name, {}, Words::tr("The template needs a name.") });
    else if (!namePattern.match(tpl.name).hasMatch())
        issues.append({ TemplateField::Name, {},
            Words::tr("Template names use lowercase letters, digits and underscores, starting with a letter.") });
    else if (tpl.name.size() > limits::kName)
        issues.append(
            { TemplateField::Name, {}, Words::tr("The name is longer than %1 characters.").arg(limits::kName) });

    static const QRegularExpression languagePattern(QStringLiteral("^[a-z]{2,3}(_[A-Z]{2})?$"));
    if (!languagePattern.match(tpl.language).hasMatch())
        issues.append({ TemplateField::Language, {},
            Words::tr("The language is a code such as en or en_US, exactly as approved by Meta.") });

    // Only a text header has text that WhatsApp shows; other formats ignore headerText.
    if (tpl.headerFormat == HeaderFormat::Text) {
        if (tpl.headerText.size() > limits::kHeaderText)
            issues.append({ TemplateField::Header, {},
                Words::tr("The header has %1 characters; WhatsApp allows %2.")
                    .arg(tpl.headerText.size())
                    .arg(limits::kHeaderText) });
        if (variablesIn(tpl.headerText).size() > 1)
            issues.append({ TemplateField::Header, {}, Words::tr("A header may hold at most one variable.") });
        checkVariables(tpl.headerText, TemplateField::Header, issues);
    }

    if (tpl.body.trimmed().isEmpty())
        issues.append({ TemplateField::Body, {}, Words::tr("The template needs a body.") });
    else if (tpl.body.size() > limits::kBody)
        issues.append({ TemplateField::Body, {},
            Words::tr("The body has %1 characters; WhatsApp allows %2.").arg(tpl.body.size()).arg(limits::kBody) });
    checkVariables(tpl.body, TemplateField::Body, issues);
    if (rules == RuleSet::Submission)
        checkBodyPlacement(tpl.body, issues);

    if (tpl.footer.size() > limits::kFooter)
        issues.append({ TemplateField::Footer, {},
            Words::tr("The footer has %1 characters; WhatsApp allows %2.")
                .arg(tpl.footer.size())
                .arg(limits::kFooter) });
    if (!variablesIn(tpl.footer).isEmpty())
        issues.append({ TemplateField::Footer, {}, Words::tr("A footer cannot hold variables.") });

    checkButtons(tpl, issues);
    return issues;
}

FieldCount countFor(const Template& tpl, TemplateField field, int buttonIndex)
{
    switch (field) {
    case TemplateField::Name:
        return { int(tpl.name.size()), limits::kName };
    case TemplateField::Language:
        return { int(tpl.language.size()), 0 };
    case TemplateField::Header:
        return { tpl.headerFormat == HeaderFormat::Text ? int(tpl.headerText.size()) : 0,
            tpl.headerFormat == HeaderFormat::Text ? limits::kHeaderText : 0 };
    case TemplateField::Body:
        return { int(tpl.body.size()), limits::kBody };
    case TemplateField::Footer:
        return { int(tpl.footer.size()), limits::kFooter };
    case TemplateField::Button:
        if (buttonIndex < 0)
            return { int(tpl.buttons.size()), limits::kButtons };
        return { buttonIndex < tpl.buttons.size() ? int(tpl.buttons.at(buttonIndex).text.size()) : 0,
            limits::kButtonText };
    case TemplateField::HeaderMediaLink:
    case TemplateField::HeaderMediaFilename:
        return {}; // values, not template text: no limit to count against
    }
    return {};
}

} // namespace herald
