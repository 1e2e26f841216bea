#pragma once

#include "core/Campaign.h"

#include <QElapsedTimer>
#include <QObject>
#include <chrono>
#include <map>
#include <memory>

namespace herald {

class AuditLog;
class CampaignRepository;
class MessageRepository;
class ProfileRepository;
class Provider;
class ProviderRegistry;
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
 * Sends campaigns, journal first. Each message is committed as `sending` before its request leaves
 * and its answer is committed when it comes, so a crash leaves at most the in-flight window in
 * `sending`, which the next start turns into `unknown` (MessageRepository::markInterruptedAsUnknown)
 * and never sends again without the operator.
 *
 * Requests leave at the campaign's pace (a RateLimiter per campaign) with up to maxInFlight of them
 * open at once. A 429, a Retry-After or a refused connection (nothing reached the provider) puts the
 * message back in the queue with back-off and slows the pace; it never counts as a failure. After a
 * restart, resumeUnfinished() carries on exactly where the journal says the campaign stopped.
 */
class CampaignRunner : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        int maxInFlight = 48; ///< open requests per campaign: the in-flight window
        std::chrono::milliseconds firstRetryDelay { 500 };
        std::chrono::milliseconds maxRetryDelay { 30000 };
        /// Refused connections in a row after which the campaign pauses and says why.
        int unreachableLimit = 8;
        std::chrono::milliseconds progressInterval { 250 };
        /// Messages ready at the same moment that share one request where the provider has a bulk
        /// endpoint (Messente's /omnimessages); 1 = never. They count against maxInFlight one by one.
        /// Several are ready at once only when the pace outruns single requests, which is where a bulk
        /// request serves.
        int maxBatch = 48;
    };

    CampaignRunner(CampaignRepository& campaigns, MessageRepository& messages, ProfileRepository& profiles,
        ProviderRegistry& providers, AuditLog& audit, QObject* parent = nullptr);
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
    /// Queues again the failed messages of @p campaignId; returns how many.
    int retryFailed(qint64 campaignId);
    /// Sends again the messages whose outcome is unknown, at the operator's word; returns how many.
    int resendUnknown(qint64 campaignId);
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
    struct Job;
    struct Retry;

    Job* startJob(qint64 campaignId);
    void prepare(Job& job);
    void pump(Job& job);
    OutgoingMessage outgoingFor(const Job& job, const Retry& message) const;
    /// Journals @p batch as sending, then sends it: one request, or one bulk request where it serves.
    void transmit(Job& job, const QList<Retry>& batch);
    /// Journals @p result for @p message; with @p carryOn, then sends what may go next.
    void onAnswer(
        qint64 campaignId, quint64 serial, const Retry& message, const SendResult& result, bool carryOn = true);
    void scheduleRetry(Job& job, const Retry& retry);
    void recordOutcome(Job& job, bool failed);
    void finishIfDone(Job& job);
    void stopJob(qint64 campaignId);
    void armHold(qint64 campaignId);
    void cancelAtProvider(qint64 campaignId);
    void reportProgress(Job& job, bool now = false);
    double paceFor(qint64 campaignId) const;
    qint64 nowMs() const { return m_clock.elapsed(); }

    CampaignRepository& m_campaigns;
    MessageRepository& m_messages;
    ProfileRepository& m_profiles;
    ProviderRegistry& m_providers;
    AuditLog& m_audit;
    Settings m_settings;
    QElapsedTimer m_clock;
    quint64 m_serial = 0;
    std::map<qint64, std::unique_ptr<Job>> m_jobs;
};

} // namespace herald
