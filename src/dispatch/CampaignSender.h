#pragma once

#include "dispatch/RateLimiter.h"
#include "storage/CampaignRepository.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <chrono>
#include <deque>

namespace herald {

class MessageRepository;
class Provider;
class ProviderRegistry;
struct OutgoingMessage;
struct SendResult;

/**
 * Sends one campaign's queued messages, journal first: each message is committed as `sending`
 * before its request leaves, and its answer is committed when it comes. Requests leave at the
 * campaign's pace (a RateLimiter), at most maxInFlight of them open at once; messages ready at the
 * same moment share one bulk request where the provider has one. A 429, a Retry-After or a refused
 * connection puts a message back in the queue with back-off; it never counts as a failure.
 *
 * It knows nothing of campaign states or the audit log: what needs the operator (credentials
 * refused, provider unreachable) it reports with mustPause(), and CampaignRunner decides. It stays
 * alive while answers are on their way, so every answer is journaled.
 */
class CampaignSender : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        int maxInFlight = 48; ///< open requests (messages) per campaign: the in-flight window
        std::chrono::milliseconds firstRetryDelay { 500 };
        std::chrono::milliseconds maxRetryDelay { 30000 };
        /// Refused connections in a row after which the campaign must pause.
        int unreachableLimit = 8;
        std::chrono::milliseconds progressInterval { 250 };
        /// Messages ready at the same moment that share one request where the provider has a bulk
        /// endpoint (Messente's /omnimessages); 1 = never. They count against maxInFlight one by one.
        /// Several are ready at once only when the pace outruns single requests, which is where a bulk
        /// request serves.
        int maxBatch = 48;
    };

    CampaignSender(const CampaignRecord& campaign, double pace, const QUrl& callbackUrl, const Settings& settings,
        CampaignRepository& campaigns, MessageRepository& messages, ProviderRegistry& providers,
        QObject* parent = nullptr);
    ~CampaignSender() override;

    qint64 campaignId() const { return m_campaign.id; }
    qint64 profileId() const { return m_campaign.profileId; }
    const QString& name() const { return m_campaign.name; }

    /// Starts, or carries on after pause(): reads the queue from the journal.
    void start();
    /// Sends nothing more; answers on their way are still journaled, then drained() says it is idle.
    void pause();
    bool isPaused() const { return m_paused; }
    /// New queued messages (a retry) may be behind the read position: read the journal again.
    void rescan();
    void setPace(double messagesPerSecond) { m_limiter.setRate(messagesPerSecond); }
    /// The provider it used is gone (the profile changed): acquire it again.
    void providerGone();

    int inFlight() const { return m_inFlight; }
    double currentPace() const { return m_limiter.currentRate(); }
    /// Messages per second taken by the provider over the last few seconds.
    double achievedPace() const;

Q_SIGNALS:
    void messageTaken(qint64 messageId);
    /// Counts changed; at most every progressInterval.
    void progressed();
    /// The provider asked for less: the pace in force is now @p pace.
    void slowedDown(double pace);
    /// Nothing more can go without the operator; @p reason in words. The sender has paused itself.
    void mustPause(const QString& reason);
    void failureRateJumped(int failures, int window);
    /// Paused, and no answer is on its way any more.
    void drained();
    /// Nothing is queued, waiting for a retry or on its way.
    void finished();

private:
    struct Pending
    {
        qint64 messageId = 0;
        QString recipient;
        QString parametersJson;
        int attempt = 1;
        qint64 dueMs = 0;
    };

    void acquire();
    void pump();
    OutgoingMessage outgoingFor(const Pending& message) const;
    /// Journals @p batch as sending and sends what was journaled; pauses when the journal cannot be written.
    void transmit(const QList<Pending>& batch);
    void send(const QList<Pending>& leaving, const QList<OutgoingMessage>& outgoing);
    void onAnswer(const Pending& message, const SendResult& result, bool carryOn);
    void retryLater(Pending message, qint64 notBeforeMs);
    void recordOutcome(bool failed);
    void finishIfDone();
    void reportProgress(bool now = false);
    void stopFor(const QString& reason);
    qint64 nowMs() const { return m_clock.elapsed(); }

    const CampaignRecord m_campaign;
    const QUrl m_callbackUrl;
    const Settings m_settings;
    CampaignRepository& m_campaigns;
    MessageRepository& m_messages;
    ProviderRegistry& m_providers;
    Provider* m_provider = nullptr;
    bool m_acquiring = false;
    bool m_paused = true;
    RateLimiter m_limiter;
    QElapsedTimer m_clock;
    int m_inFlight = 0;
    std::deque<QueuedMessage> m_buffer;
    std::deque<Pending> m_retries; ///< by due time
    qint64 m_lastFetched = 0;
    bool m_exhausted = false;
    int m_unreachableInRow = 0;
    std::deque<bool> m_outcomes; ///< the last answers: true = failed or unknown
    bool m_failureJumpReported = false;
    std::deque<std::pair<qint64, int>> m_taken; ///< (ms, taken so far) samples for the achieved pace
    int m_takenTotal = 0;
    QTimer m_pumpTimer;
    QTimer m_progressTimer;
    qint64 m_lastProgressMs = -1;
};

} // namespace herald
