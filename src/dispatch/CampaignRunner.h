#pragma once

#include "core/Campaign.h"
#include "dispatch/CampaignSender.h"

#include <QObject>
#include <chrono>
#include <functional>
#include <map>
#include <memory>

namespace herald {

class AuditLog;
class CampaignRepository;
class MessageRepository;
class ProfileRepository;
class Provider;
class ProviderRegistry;
class SuppressionRepository;
class TemplateRepository;
struct NewCampaign;
struct OutgoingMessage;
struct SendResult;

/// Where a running campaign stands, for progress bars.
struct CampaignProgress
{
    qint64 campaignId = 0;
    CampaignState state = CampaignState::Running;
    CampaignCounts counts;
    double pace = 0; ///< messages per second in force now (lower than the set pace after a 429)
    double achieved = 0; ///< messages per second over the last few seconds
    int inFlight = 0;
    double etaSeconds = -1; ///< -1 when not known
};

/**
 * Runs campaigns: creates them, starts, pauses, resumes and cancels them, queues the failed or
 * unknown again at the operator's word, holds scheduled ones Herald must send itself, and keeps the
 * audit log. The sending itself, journal first, is a CampaignSender per campaign: a crash leaves at
 * most its in-flight window in `sending`, which the next start turns into `unknown`
 * (MessageRepository::markInterruptedAsUnknown) and never sends again without the operator. After a
 * restart, resumeUnfinished() carries on exactly where the journal says each campaign stopped.
 */
class CampaignRunner : public QObject
{
    Q_OBJECT
public:
    using Settings = CampaignSender::Settings;

    CampaignRunner(CampaignRepository& campaigns, MessageRepository& messages, ProfileRepository& profiles,
        ProviderRegistry& providers, AuditLog& audit, SuppressionRepository& suppressions,
        TemplateRepository& templates, QObject* parent = nullptr);
    ~CampaignRunner() override;

    void setSettings(const Settings& settings) { m_settings = settings; }
    const Settings& settings() const { return m_settings; }

    /**
     * Saves @p campaign with @p plan's messages and starts it: at once, or, when it is held for a later
     * time (CampaignState::Held), at that time. Returns its id, or 0 when it could not be saved.
     */
    qint64 create(const NewCampaign& campaign, const CampaignPlan& plan);

    /// Picks up every running or held campaign after a start; call once the journal has been repaired.
    void resumeUnfinished();

    bool pause(qint64 campaignId);
    bool resume(qint64 campaignId);
    /**
     * Stops @p campaignId: queued messages are cancelled, and messages the provider holds for a later
     * time are cancelled there (the answers come as campaignChanged()). Messages already on their way
     * are left to finish.
     */
    bool cancel(qint64 campaignId);
    /**
     * Queues again the failed and expired messages of @p campaignId, checked again first: none to a
     * number now on the opt-out list, none if the template is no longer approved (a notice says why).
     * Returns how many were queued.
     */
    int retryFailed(qint64 campaignId);
    /// Sends again, checked as retryFailed() does, the messages whose outcome is unknown, at the
    /// operator's word (they may arrive twice); returns how many.
    int resendUnknown(qint64 campaignId);
    /**
     * Queues again just @p messageIds of @p campaignId, checked as retryFailed() does: each must be
     * failed or expired, or, with @p includeUnknown (the operator's word), unknown; any other is left
     * alone. Returns the new messages' ids, in the order of @p messageIds.
     */
    QList<qint64> retryMessages(qint64 campaignId, const QList<qint64>& messageIds, bool includeUnknown);
    /// The operator's new pace for @p campaignId, in messages per second (0 = the profile's).
    void setPace(qint64 campaignId, double messagesPerSecond);

    bool isActive(qint64 campaignId) const;
    CampaignProgress progress(qint64 campaignId) const;

Q_SIGNALS:
    /// Counts, state or pace of @p campaignId changed (at most every progressInterval while sending).
    void campaignChanged(qint64 campaignId);
    /// The provider took message @p messageId: from now on its status is tracked.
    void messageTaken(qint64 messageId);
    /// Nothing of @p campaignId is left to send; @p summary says how it went, in words.
    void campaignFinished(qint64 campaignId, const QString& summary);
    /// Something the operator should know about @p campaignId, in words (a slow-down, a pause, …).
    void notice(qint64 campaignId, const QString& text);
    /// The share of failures among the last answers of @p campaignId rose sharply.
    void failureRateJumped(qint64 campaignId, const QString& text);

private:
    CampaignSender* startJob(qint64 campaignId);
    void dropSender(qint64 campaignId);
    void finish(qint64 campaignId);
    /// After a retry queued new messages: the sender reads them, or a new one starts.
    void queueAgain(qint64 campaignId);
    /// The messages of @p messageIds that may be sent again now; says in a notice why the others may not.
    QList<qint64> stillSendable(qint64 campaignId, const QList<qint64>& messageIds);
    /// Queues @p messageIds again as new messages once stillSendable(), logs @p action with
    /// @p auditText(how many), and sends them; returns the new ids.
    QList<qint64> requeue(qint64 campaignId, const QList<qint64>& messageIds, const QString& action,
        const std::function<QString(int)>& auditText);
    void armHold(qint64 campaignId);
    void cancelAtProvider(qint64 campaignId);
    double paceFor(qint64 campaignId) const;

    CampaignRepository& m_campaigns;
    MessageRepository& m_messages;
    ProfileRepository& m_profiles;
    ProviderRegistry& m_providers;
    AuditLog& m_audit;
    SuppressionRepository& m_suppressions;
    TemplateRepository& m_templates;
    Settings m_settings;
    std::map<qint64, CampaignSender*> m_senders; ///< the campaigns sending now; children of the runner
};

} // namespace herald
