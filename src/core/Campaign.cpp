#include "core/Campaign.h"

#include "core/TemplateJson.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>
#include <utility>

namespace herald {

namespace {

const std::pair<CampaignState, const char*> kStateKeys[] = {
    { CampaignState::Running, "running" },
    { CampaignState::Paused, "paused" },
    { CampaignState::Held, "held" },
    { CampaignState::Cancelled, "cancelled" },
    { CampaignState::Finished, "finished" },
};

const std::pair<SkipReason, const char*> kSkipKeys[] = {
    { SkipReason::Empty, "empty" },
    { SkipReason::Invalid, "invalid" },
    { SkipReason::Duplicate, "duplicate" },
    { SkipReason::OptedOut, "opted_out" },
    { SkipReason::Values, "values" },
};

/// This file's words, in the translation context "Campaign" (a name lupdate can see).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Campaign)
};

} // namespace

QString campaignStateKey(CampaignState state)
{
    for (const auto& [value, key] : kStateKeys) {
        if (value == state)
            return QLatin1String(key);
    }
    return {};
}

std::optional<CampaignState> campaignStateFromKey(const QString& key)
{
    for (const auto& [value, name] : kStateKeys) {
        if (key == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

QString campaignStateDisplayName(CampaignState state)
{
    switch (state) {
    case CampaignState::Running:
        return Words::tr("Sending");
    case CampaignState::Paused:
        return Words::tr("Paused");
    case CampaignState::Held:
        return Words::tr("Scheduled (held by Herald)");
    case CampaignState::Cancelled:
        return Words::tr("Cancelled");
    case CampaignState::Finished:
        return Words::tr("Finished");
    }
    return {};
}

QString campaignOptionsToJson(const CampaignOptions& options)
{
    const QJsonObject object { { QStringLiteral("validity_minutes"), options.validityMinutes },
        { QStringLiteral("priority"), options.priority }, { QStringLiteral("text_store"), options.textStore },
        { QStringLiteral("viber_fallback"), options.viberFallbackText },
        { QStringLiteral("sms_fallback"), options.smsFallbackText } };
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

CampaignOptions campaignOptionsFromJson(const QString& json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    CampaignOptions options;
    options.validityMinutes = o.value(QStringLiteral("validity_minutes")).toInt();
    options.priority = o.value(QStringLiteral("priority")).toString();
    options.textStore = o.value(QStringLiteral("text_store")).toString();
    options.viberFallbackText = o.value(QStringLiteral("viber_fallback")).toString();
    options.smsFallbackText = o.value(QStringLiteral("sms_fallback")).toString();
    return options;
}

int CampaignCounts::total() const
{
    int sum = 0;
    for (const int n : byState)
        sum += n;
    return sum;
}

int CampaignCounts::taken() const
{
    return count(MessageState::Scheduled) + count(MessageState::Accepted) + count(MessageState::Sent)
        + count(MessageState::Delivered) + count(MessageState::Read);
}

int CampaignCounts::notSent() const
{
    return count(MessageState::Failed) + count(MessageState::Expired) + count(MessageState::Cancelled);
}

QString skipReasonKey(SkipReason reason)
{
    for (const auto& [value, key] : kSkipKeys) {
        if (value == reason)
            return QLatin1String(key);
    }
    return {};
}

std::optional<SkipReason> skipReasonFromKey(const QString& key)
{
    for (const auto& [value, name] : kSkipKeys) {
        if (key == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

QString skipReasonDisplayName(SkipReason reason)
{
    switch (reason) {
    case SkipReason::Empty:
        return Words::tr("No number");
    case SkipReason::Invalid:
        return Words::tr("Invalid number");
    case SkipReason::Duplicate:
        return Words::tr("Repeated number");
    case SkipReason::OptedOut:
        return Words::tr("Opted out");
    case SkipReason::Values:
        return Words::tr("Value problem");
    }
    return {};
}

int CampaignPlan::skipped(SkipReason reason) const
{
    int n = 0;
    for (const PlannedSkip& skip : skips)
        n += skip.reason == reason ? 1 : 0;
    return n;
}

CampaignPlan planCampaign(const Template& tpl, const TemplateBindings& bindings, const RecipientList& list,
    const QSet<QString>& optedOut, const std::function<bool()>& cancelled)
{
    CampaignPlan plan;
    plan.rows = static_cast<int>(list.rows.size());
    QHash<QString, int> firstRow; // E.164 → the position of the row that sends to it
    const RecipientData data { list.columns, {} };
    int checked = 0;
    for (const RecipientRow& row : list.rows) {
        if (cancelled && ++checked % 1024 == 0 && cancelled())
            return {};
        const auto skip = [&](SkipReason reason, const QString& detail) {
            plan.skips.append(PlannedSkip { row.position, row.phone, reason, detail });
        };
        if (row.phone.trimmed().isEmpty()) {
            skip(SkipReason::Empty, Words::tr("The phone cell is empty."));
            continue;
        }
        if (row.e164.isEmpty()) {
            skip(SkipReason::Invalid, row.problem.isEmpty() ? Words::tr("The number cannot be read.") : row.problem);
            continue;
        }
        if (const auto it = firstRow.constFind(row.e164); it != firstRow.constEnd()) {
            skip(SkipReason::Duplicate, Words::tr("The same number as row %1, which is sent to.").arg(it.value() + 1));
            continue;
        }
        if (optedOut.contains(row.e164)) {
            skip(SkipReason::OptedOut, Words::tr("%1 is on the opt-out list.").arg(row.e164));
            continue;
        }
        RecipientData recipient = data;
        recipient.cells = row.cells;
        TemplateValues values = resolveValues(tpl, bindings, recipient);
        QStringList problems;
        for (const TemplateIssue& issue : validateValues(tpl, values))
            problems.append(issue.variable.isEmpty() ? issue.message
                                                     : QStringLiteral("{{%1}}: %2").arg(issue.variable, issue.message));
        if (!problems.isEmpty()) {
            skip(SkipReason::Values, problems.join(QLatin1Char(' ')));
            continue;
        }
        firstRow.insert(row.e164, row.position);
        PlannedMessage message;
        message.position = row.position;
        message.e164 = row.e164;
        message.renderedBody = renderTemplate(tpl, values).body;
        message.values = std::move(values);
        plan.messages.append(std::move(message));
    }
    return plan;
}

QString templateValuesToJson(const TemplateValues& values)
{
    QJsonObject currencies;
    for (auto it = values.currencies.constBegin(); it != values.currencies.constEnd(); ++it)
        currencies.insert(
            it.key(), QJsonObject { { QStringLiteral("code"), it->code }, { QStringLiteral("amount"), it->amount } });
    QJsonArray dateTimes;
    for (const QString& variable : values.dateTimes)
        dateTimes.append(variable);
    QJsonObject buttons;
    for (auto it = values.buttons.constBegin(); it != values.buttons.constEnd(); ++it)
        buttons.insert(QString::number(it.key()), it.value());
    QJsonObject object { { QStringLiteral("header"), stringMapToJson(values.header) },
        { QStringLiteral("body"), stringMapToJson(values.body) } };
    if (!currencies.isEmpty())
        object.insert(QStringLiteral("currencies"), currencies);
    if (!dateTimes.isEmpty())
        object.insert(QStringLiteral("date_times"), dateTimes);
    if (!buttons.isEmpty())
        object.insert(QStringLiteral("buttons"), buttons);
    if (!values.headerMediaUrl.isEmpty())
        object.insert(QStringLiteral("media_url"), values.headerMediaUrl);
    if (!values.headerMediaFilename.isEmpty())
        object.insert(QStringLiteral("media_filename"), values.headerMediaFilename);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

TemplateValues templateValuesFromJson(const QString& json)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    TemplateValues values;
    values.header = stringMapFromJson(o.value(QStringLiteral("header")).toObject());
    values.body = stringMapFromJson(o.value(QStringLiteral("body")).toObject());
    const QJsonObject currencies = o.value(QStringLiteral("currencies")).toObject();
    for (auto it = currencies.constBegin(); it != currencies.constEnd(); ++it) {
        const QJsonObject c = it.value().toObject();
        values.currencies.insert(it.key(),
            CurrencyValue { c.value(QStringLiteral("code")).toString(), c.value(QStringLiteral("amount")).toString() });
    }
    for (const QJsonValue& v : o.value(QStringLiteral("date_times")).toArray())
        values.dateTimes.insert(v.toString());
    const QJsonObject buttons = o.value(QStringLiteral("buttons")).toObject();
    for (auto it = buttons.constBegin(); it != buttons.constEnd(); ++it) {
        bool ok = false;
        const int index = it.key().toInt(&ok);
        if (ok)
            values.buttons.insert(index, it.value().toString());
    }
    values.headerMediaUrl = o.value(QStringLiteral("media_url")).toString();
    values.headerMediaFilename = o.value(QStringLiteral("media_filename")).toString();
    return values;
}

bool providerHoldsScheduledMessages(ProviderKind kind)
{
    return kind == ProviderKind::Messente || kind == ProviderKind::Bird;
}

bool providerCancelsScheduledMessages(ProviderKind kind)
{
    return kind == ProviderKind::Messente;
}

double expectedSeconds(int count, double ratePerSecond)
{
    if (count <= 0 || !(ratePerSecond > 0))
        return 0;
    return count / ratePerSecond;
}

} // namespace herald
