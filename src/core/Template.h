#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace herald {

enum class TemplateCategory
{
    Marketing,
    Utility,
    Authentication
};

QString categoryKey(TemplateCategory category); ///< Meta's lowercase value, e.g. "utility"
TemplateCategory categoryFromKey(const QString& key);

/// The parts of a template that carry text and may hold variables.
enum class TemplateField
{
    Name,
    Language,
    Header,
    Body,
    Footer
};

/**
 * A WhatsApp message template exactly as Meta approved it. Variables are written `{{1}}`
 * (positional, numbered from 1 per component) or `{{first_name}}` (named).
 */
struct Template
{
    qint64 id = 0;
    QString name; ///< Meta's template name, lowercase letters, digits and underscores
    QString language; ///< Meta's code, `en` or `en_US` style
    TemplateCategory category = TemplateCategory::Utility;
    QString headerText; ///< optional text header, at most one variable
    QString body;
    QString footer; ///< optional, no variables
    QDateTime updatedAt;

    // How each provider addresses this template (Meta's name and language serve Messente).
    QString birdProjectId; ///< the Bird Studio project that holds the template
    QString birdVersion; ///< a version id, or empty for "latest"
    QString kaleyraName; ///< Kaleyra's template_name when it differs from name

    QString kaleyraTemplateName() const { return kaleyraName.isEmpty() ? name : kaleyraName; }
};

/// One problem found in a template or in the values given for it.
struct TemplateIssue
{
    TemplateField field;
    QString variable; ///< the variable concerned, if any ("1", "first_name")
    QString message; ///< in words, for the operator
};

/// Limits Meta enforces on templates (provider-apis.md §4.1).
namespace limits {
inline constexpr int kHeaderText = 60;
inline constexpr int kBody = 1024;
inline constexpr int kFooter = 60;
inline constexpr int kName = 512;
} // namespace limits

/**
 * The variables in @p text, each once, in send order: positional ones by number, named ones
 * in order of first appearance.
 */
QStringList variablesIn(const QString& text);

/// Checks a template against Meta's rules for names, languages, lengths and variables.
QList<TemplateIssue> validateTemplate(const Template& tpl);

} // namespace herald
