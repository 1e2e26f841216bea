#pragma once

#include <QDateTime>
#include <QList>
#include <QMap>
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

/**
 * What a template's header shows. Text is the default so that a template with only headerText set
 * (every template stored before headers had formats) keeps working; Text with an empty headerText
 * means "no header", exactly as before.
 */
enum class HeaderFormat
{
    None,
    Text,
    Image,
    Video,
    Document,
    Location
};

QString headerFormatKey(HeaderFormat format); ///< lowercase, e.g. "image"
/// Accepts Meta's upper case and Messente's lower case; @p ok is false for an unknown value.
HeaderFormat headerFormatFromKey(const QString& key, bool* ok = nullptr);
bool isMediaHeader(HeaderFormat format); ///< image, video or document: a media link is sent with each message

/// One button of a template, as Meta approved it.
struct TemplateButton
{
    enum class Type
    {
        QuickReply,
        Url,
        PhoneNumber,
        CopyCode
    };

    Type type = Type::QuickReply;
    QString text; ///< the label the recipient sees
    QString url; ///< Url: may end in one {{1}} variable, the suffix filled at send time
    QString phoneNumber; ///< PhoneNumber: E.164
    QString example; ///< Url: a full sample URL when it has a variable; CopyCode: a sample code

    bool hasUrlVariable() const;
    friend bool operator==(const TemplateButton&, const TemplateButton&) = default;
};

QString buttonTypeKey(TemplateButton::Type type); ///< lowercase, e.g. "quick_reply"
/// Accepts Meta's upper case and Messente's lower case; @p ok is false for an unknown value.
TemplateButton::Type buttonTypeFromKey(const QString& key, bool* ok = nullptr);

/// The parts of a template that carry text and may hold variables.
enum class TemplateField
{
    Name,
    Language,
    Header,
    Body,
    Footer,
    Button, ///< TemplateIssue::buttonIndex says which one
    HeaderMediaLink, ///< the link a media header is sent with
    HeaderMediaFilename, ///< the file name a document header is sent with
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
    HeaderFormat headerFormat = HeaderFormat::Text;
    QString headerText; ///< optional text header, at most one variable
    QString body;
    QString footer; ///< optional, no variables
    QList<TemplateButton> buttons;
    QDateTime updatedAt;

    // Sample values Meta asks for at submission, by variable ("1", "first_name").
    QMap<QString, QString> headerExamples;
    QMap<QString, QString> bodyExamples;
    QString headerMediaExample; ///< a sample media link or upload handle for media headers

    // Templates fetched from a provider; all empty for one entered by hand.
    QString status; ///< the provider's lowercase status: approved, pending, rejected, paused, …
    QString providerTemplateId;
    QDateTime syncedAt;

    // How each provider addresses this template (Meta's name and language serve Messente).
    QString birdProjectId; ///< the Bird Studio project that holds the template
    QString birdVersion; ///< a version id, or empty for "latest"
    QString kaleyraName; ///< Kaleyra's template_name when it differs from name
    /**
     * Bird Studio's variable key for each variable whose key differs from Herald's default, keyed by
     * that default: the variable's name for the body ("1", "first_name"), birdHeaderKey(name) for the
     * header's. A missing or empty entry sends the default.
     */
    QMap<QString, QString> birdVariableKeys;
    QString kaleyraLangCode; ///< Kaleyra's lang_code when it differs from language

    QString kaleyraTemplateName() const { return kaleyraName.isEmpty() ? name : kaleyraName; }
    QString kaleyraLanguage() const { return kaleyraLangCode.isEmpty() ? language : kaleyraLangCode; }
    /// The key Bird gets for the variable whose default key is @p defaultKey.
    QString birdKeyFor(const QString& defaultKey) const
    {
        const QString mapped = birdVariableKeys.value(defaultKey);
        return mapped.isEmpty() ? defaultKey : mapped;
    }
    /**
     * Whether the template may be offered for sending: entered by hand (no provider status) or
     * approved by Meta. Pending, rejected, paused, disabled … templates would only be refused.
     */
    bool isSendable() const { return status.isEmpty() || status == QLatin1String("approved"); }
    /// None when there is no header at all, including a Text header without text.
    HeaderFormat effectiveHeaderFormat() const;

    friend bool operator==(const Template&, const Template&) = default;
};

/// One problem found in a template or in the values given for it.
struct TemplateIssue
{
    TemplateField field;
    QString variable; ///< the variable concerned, if any ("1", "first_name")
    QString message; ///< in words, for the operator
    int buttonIndex = -1; ///< for TemplateField::Button: the button's position, from 0
};

/// Limits Meta enforces on templates (provider-apis.md §4.1).
namespace limits {
inline constexpr int kHeaderText = 60;
inline constexpr int kBody = 1024;
inline constexpr int kFooter = 60;
inline constexpr int kName = 512;
inline constexpr int kButtons = 10;
inline constexpr int kQuickReplies = 10;
inline constexpr int kUrlButtons = 2;
inline constexpr int kPhoneButtons = 1;
inline constexpr int kCopyCodeButtons = 1;
inline constexpr int kButtonText = 25;
inline constexpr int kPhoneNumber = 20;
inline constexpr int kUrl = 2000;
inline constexpr int kCouponCode = 15;
inline constexpr int kAuthenticationButtons = 1;
} // namespace limits

/**
 * The variables in @p text, each once, in send order: positional ones by number, named ones
 * in order of first appearance.
 */
QStringList variablesIn(const QString& text);

/// The key Herald sends Bird for the header's variable @p variable by default: "header_" + name.
QString birdHeaderKey(const QString& variable);

/**
 * The keys Herald sends Bird for @p tpl's variables by default, each once, header first: birdHeaderKey()
 * for the header's variable, the variable's own name for the body's. These key Template::birdVariableKeys.
 */
QStringList birdDefaultVariableKeys(const Template& tpl);

/**
 * Which of Meta's rules to check. Meta applies some rules only when it reviews a submitted
 * template (a body that starts or ends with a variable, two variables side by side); a template
 * already approved despite them still sends, so sending and saving check RuleSet::Sending and only
 * the composer's submission check adds RuleSet::Submission.
 */
enum class RuleSet
{
    Sending,
    Submission
};

/// Checks a template against Meta's rules for names, languages, lengths, variables and buttons.
QList<TemplateIssue> validateTemplate(const Template& tpl, RuleSet rules = RuleSet::Sending);

/// How much of a field's limit is used, for the composer's counters ("42/60").
struct FieldCount
{
    int used = 0;
    int limit = 0;
};

/**
 * Characters used and allowed in @p field; for TemplateField::Button the text of button
 * @p buttonIndex (a missing button counts 0), or with buttonIndex -1 the number of buttons
 * against the limit of ten. A limit of 0 means none applies (the language; a media header).
 */
FieldCount countFor(const Template& tpl, TemplateField field, int buttonIndex = -1);

} // namespace herald
