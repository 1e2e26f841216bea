#pragma once

#include "core/MessageState.h"
#include "core/Profile.h"
#include "core/RecipientList.h"
#include "core/Template.h"
#include "core/TemplateRenderer.h"
#include "core/ValueBinding.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <array>
#include <functional>
#include <optional>

namespace herald {

/// Where a campaign stands as a whole; its messages each have their own MessageState.
enum class CampaignState
{
    Running, ///< sending, or waiting to send, its queued messages
    Paused, ///< the operator paused it; nothing leaves until resumed
    Held, ///< scheduled, and the provider cannot hold messages: Herald sends it at the time, if running
    Cancelled, ///< the operator cancelled it; its unsent messages were cancelled
    Finished ///< nothing left queued or being sent
};

/// Stable identifier stored in the database; never translated.
QString campaignStateKey(CampaignState state);
std::optional<CampaignState> campaignStateFromKey(const QString& key);
QString campaignStateDisplayName(CampaignState state);

/// What every message of a campaign shares beyond the template and its values.
struct CampaignOptions
{
    int validityMinutes = 0; ///< 0 = the provider's default (Messente validity, Bird validity)
    QString priority; ///< Messente: "low", "regular", "high"; empty = default
    QString textStore; ///< Messente: "plaintext", "sha256", "nostore"; empty = default
    QString viberFallbackText; ///< Messente only
    QString smsFallbackText; ///< Messente only

    friend bool operator==(const CampaignOptions&, const CampaignOptions&) = default;
};

QString campaignOptionsToJson(const CampaignOptions& options);
CampaignOptions campaignOptionsFromJson(const QString& json);

/// How many of a campaign's current messages (retried ones replaced by their retry) are in each state.
struct CampaignCounts
{
    std::array<int, 11> byState {}; ///< indexed by MessageState

    int count(MessageState state) const { return byState.at(static_cast<size_t>(state)); }
    int& operator[](MessageState state) { return byState.at(static_cast<size_t>(state)); }
    int total() const;
    /// Scheduled, accepted, sent, delivered or read: the provider took them.
    int taken() const;
    /// Failed, expired or cancelled.
    int notSent() const;
    /// Neither queued nor being sent: the sending is over for them.
    int settled() const { return total() - count(MessageState::Queued) - count(MessageState::Sending); }

    friend bool operator==(const CampaignCounts&, const CampaignCounts&) = default;
};

/// Why the dry run leaves a recipient out.
enum class SkipReason
{
    Empty, ///< no number in the phone cell
    Invalid, ///< the number cannot be read
    Duplicate, ///< the same number as an earlier row
    OptedOut, ///< on the opt-out list now
    Values ///< a value for this recipient breaks Meta's rules (empty, too long, a newline…)
};
QString skipReasonKey(SkipReason reason);
std::optional<SkipReason> skipReasonFromKey(const QString& key);
QString skipReasonDisplayName(SkipReason reason);

/// One recipient the campaign will send to: the message exactly as it will leave.
struct PlannedMessage
{
    int position = 0; ///< the list row's position
    QString e164;
    TemplateValues values;
    QString renderedBody;
};

/// One recipient the dry run left out, and why in words.
struct PlannedSkip
{
    int position = 0;
    QString phone; ///< as written in the list
    SkipReason reason = SkipReason::Invalid;
    QString detail;
};

/// What a dry run found: every row is either a planned message or a skip.
struct CampaignPlan
{
    QList<PlannedMessage> messages;
    QList<PlannedSkip> skips;
    int rows = 0; ///< list rows read

    int skipped(SkipReason reason) const;
};

/**
 * Renders @p tpl for every row of @p list with @p bindings and checks each one: its number (as the
 * list holds it), a repeat of an earlier row's number, the opt-out list @p optedOut (E.164 numbers,
 * checked now, not as of the import) and Meta's rules for the values. Pure; safe off the GUI thread.
 * @p cancelled, when set, is asked now and then; an empty plan comes back once it says true.
 */
CampaignPlan planCampaign(const Template& tpl, const TemplateBindings& bindings, const RecipientList& list,
    const QSet<QString>& optedOut, const std::function<bool()>& cancelled = {});

/// A message's values as compact JSON, so a resumed or retried message sends exactly the same; and back.
QString templateValuesToJson(const TemplateValues& values);
TemplateValues templateValuesFromJson(const QString& json);

/**
 * Whether @p kind's API holds a message until a later time (Messente time_to_send, Bird
 * scheduledFor). Kaleyra's does not: Herald holds such a campaign and sends it then, if running.
 */
bool providerHoldsScheduledMessages(ProviderKind kind);
/// Whether @p kind's API can cancel a message it holds for later (Messente can; Bird documents no way).
bool providerCancelsScheduledMessages(ProviderKind kind);

/// Seconds @p count messages take at @p ratePerSecond; 0 when either is not positive.
double expectedSeconds(int count, double ratePerSecond);

} // namespace herald
