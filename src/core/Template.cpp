#include "core/Template.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

namespace herald {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Template", text);
}

const QRegularExpression& placeholderPattern()
{
    static const QRegularExpression re(QStringLiteral(R"(\{\{\s*([A-Za-z0-9_]+)\s*\}\})"));
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
        issues.append(
            { field, {}, tr("Use either numbered variables like {{1}} or named ones like {{name}}, not both.") });
        return;
    }
    if (positional > 0) {
        for (int i = 0; i < vars.size(); ++i) {
            if (vars.at(i).toInt() != i + 1) {
                issues.append({ field, vars.at(i),
                    tr("Numbered variables must run {{1}}, {{2}}, … without gaps; {{%1}} is missing.").arg(i + 1) });
                return;
            }
        }
    }
    static const QRegularExpression named(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    for (const QString& v : vars) {
        if (!isPositional(v) && !named.match(v).hasMatch())
            issues.append(
                { field, v, tr("Variable names use lowercase letters, digits and underscores: {{%1}}.").arg(v) });
    }
}

} // namespace

QString categoryKey(TemplateCategory category)
{
    switch (category) {
    case TemplateCategory::Marketing:
        return QStringLiteral("marketing");
    case TemplateCategory::Utility:
        return QStringLiteral("utility");
    case TemplateCategory::Authentication:
        return QStringLiteral("authentication");
    }
    return QStringLiteral("utility");
}

TemplateCategory categoryFromKey(const QString& key)
{
    const QString k = key.toLower();
    if (k == QLatin1String("marketing"))
        return TemplateCategory::Marketing;
    if (k == QLatin1String("authentication"))
        return TemplateCategory::Authentication;
    return TemplateCategory::Utility;
}

QStringList variablesIn(const QString& text)
{
    QStringList positional;
    QStringList named;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QString key = it.next().captured(1);
        QStringList& list = isPositional(key) ? positional : named;
        if (!list.contains(key))
            list.append(key);
    }
    std::sort(
        positional.begin(), positional.end(), [](const QString& a, const QString& b) { return a.toInt() < b.toInt(); });
    return positional + named;
}

QList<TemplateIssue> validateTemplate(const Template& tpl)
{
    QList<TemplateIssue> issues;
    static const QRegularExpression namePattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    if (tpl.name.isEmpty())
        issues.append({ TemplateField::Name, {}, tr("The template needs a name.") });
    else if (!namePattern.match(tpl.name).hasMatch())
        issues.append({ TemplateField::Name, {},
            tr("Template names use lowercase letters, digits and underscores, starting with a letter.") });
    else if (tpl.name.size() > limits::kName)
        issues.append({ TemplateField::Name, {}, tr("The name is longer than %1 characters.").arg(limits::kName) });

    static const QRegularExpression languagePattern(QStringLiteral("^[a-z]{2,3}(_[A-Z]{2})?$"));
    if (!languagePattern.match(tpl.language).hasMatch())
        issues.append({ TemplateField::Language, {},
            tr("The language is a code such as en or en_US, exactly as approved by Meta.") });

    if (tpl.headerText.size() > limits::kHeaderText)
        issues.append({ TemplateField::Header, {},
            tr("The header has %1 characters; WhatsApp allows %2.")
                .arg(tpl.headerText.size())
                .arg(limits::kHeaderText) });
    if (variablesIn(tpl.headerText).size() > 1)
        issues.append({ TemplateField::Header, {}, tr("A header may hold at most one variable.") });
    checkVariables(tpl.headerText, TemplateField::Header, issues);

    if (tpl.body.trimmed().isEmpty())
        issues.append({ TemplateField::Body, {}, tr("The template needs a body.") });
    else if (tpl.body.size() > limits::kBody)
        issues.append({ TemplateField::Body, {},
            tr("The body has %1 characters; WhatsApp allows %2.").arg(tpl.body.size()).arg(limits::kBody) });
    checkVariables(tpl.body, TemplateField::Body, issues);

    if (tpl.footer.size() > limits::kFooter)
        issues.append({ TemplateField::Footer, {},
            tr("The footer has %1 characters; WhatsApp allows %2.").arg(tpl.footer.size()).arg(limits::kFooter) });
    if (!variablesIn(tpl.footer).isEmpty())
        issues.append({ TemplateField::Footer, {}, tr("A footer cannot hold variables.") });
    return issues;
}

} // namespace herald
