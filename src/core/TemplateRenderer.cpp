#include "core/TemplateRenderer.h"

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
    return { substituteVariables(tpl.headerText, values.header), substituteVariables(tpl.body, values.body),
        tpl.footer };
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
    checkComponent(tpl.headerText, values.header, TemplateField::Header, issues);
    checkComponent(tpl.body, values.body, TemplateField::Body, issues);
    return issues;
}

} // namespace herald
