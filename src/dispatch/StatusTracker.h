#pragma once

#include "core/Profile.h"
#include "dispatch/ChangeBatch.h"
#include "dispatch/RateLimiter.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <unordered_map>

namespace herald {

class MessageRepository;
class ProfileRepository;
class ProviderRegistry;
struct AwaitingStatus;
struct StatusResult;

/**
 * Polls the provider for every message that is not final yet, with back-off (a few seconds after
 * the provider took it, minutes later), until it is final, and stores each change with the provider's
 * own answer. Reads are paced per provider account by a RateLimiter (Bird: 50 GET/s per workspace), so
 * thousands of messages are never asked for at once; when many are due, the ones with the shortest
 * back-off go first, so fresh messages are not stuck behind old ones.
 *
 * Picks up where it left off after a restart: what it polls comes from the journal, read in chunks so
 * a large one never holds up the window, and each message's back-off is worked out from how long ago
 * it last changed. Messages the provider reports by callback are left to the CallbackReceiver
 * (Kaleyra always; Messente when the profile has a callback route, polled then only rarely, as a
 * safety net for callbacks lost while Herald was not running). Changes are announced in batches.
 */
class StatusTracker : public QObject
{
    Q_OBJECT
public:
    struct Schedule
    {
        /// The first poll after the provider took the message: most are sent and delivered within seconds.
        std::chrono::milliseconds first { std::chrono::seconds(3) };
        /// The longest wait between two polls of a message.
        std::chrono::milliseconds max { std::chrono::minutes(5) };
        double factor = 1.6; ///< each poll that brings nothing final waits this much longer
        /// Concurrent status requests per paced account (a Bird workspace, a Messente account).
        int maxInFlight = 16;
        /**
         * Messente profiles with a callback route get their statuses by dlr_url: they are polled only
         * as a safety net for callbacks lost (Herald closed, the route down), first this long after the
         * message was taken or last reported, then backing off up to safetyNetMax.
         */
        std::chrono::milliseconds safetyNetFirst { std::chrono::minutes(10) };
        std::chrono::milliseconds safetyNetMax { std::chrono::hours(1) };
        /**
         * A message nothing has happened to for this long is no longer polled: it keeps its state (a
         * recipient with read receipts off never reads, for the provider), and a callback can still
         * move it. Without this, such messages would pile up and be polled every few minutes for ever.
         */
        std::chrono::milliseconds quietLimit { std::chrono::hours(48) };
        double readRate = 0; ///< status requests per second per account; 0 = readRateFor() the provider
    };
    /// Milliseconds on a steady clock; replaceable so tests can drive time themselves.
    using Clock = std::function<qint64()>;

    StatusTracker(MessageRepository& messages, ProfileRepository& profiles, ProviderRegistry& providers,
        QObject* parent = nullptr);
    ~StatusTracker() override;

    /**
     * Status requests per second Herald allows itself per account. Bird documents 50 GET/s per
     * workspace. Messente publishes no limit (provider-apis.md §1.7: per account, undocumented): 20/s
     * is a conservative guess, well below what its send pace (80/s) already proves the account
     * takes, and a 429 slows it down further on its own.
     */
    static double readRateFor(ProviderKind kind);
    /// The wait after a poll that came @p interval after the one before (back-off).
    static std::chrono::milliseconds nextInterval(
        const Schedule& schedule, std::chrono::milliseconds interval, std::chrono::milliseconds max);

    void setSchedule(const Schedule& schedule);
    const Schedule& schedule() const { return m_schedule; }
    void setClock(Clock clock);

    /// Reads every message that awaits a status from the journal (the first chunk at once, the rest
    /// from the event loop) and starts polling.
    void start();
    void stop();
    /// Starts polling @p messageId (just taken by the provider).
    void track(qint64 messageId);
    /// A profile changed (its callback route, its workspace): pace and poll its messages accordingly.
    void refreshProfiles();
    /**
     * These messages changed by other means (a callback): what Herald knows of them is fresh, so their
     * safety-net poll moves further away and their quiet time starts again.
     */
    void noteReported(const QList<qint64>& messageIds);

    int trackedCount() const { return static_cast<int>(m_entries.size()); }
    /// Whether the journal is still being read in chunks after start().
    bool isLoading() const { return m_loading; }
    /// When @p messageId is polled next, on the tracker's clock; -1 when it is not tracked.
    qint64 nextPollAt(qint64 messageId) const;
    /// Polls what is due now. The tracker's own timer calls this; tests with their own clock may too.
    void pollDue();

Q_SIGNALS:
    /// These messages changed state; emitted at most once per batch interval (100 ms).
    void messagesChanged(const QList<qint64>& messageIds);
    /// The campaigns the messages of one messagesChanged() batch belong to (read only when connected).
    void campaignsChanged(const QSet<qint64>& campaignIds);

private:
    /// Requests that count against one limit: a Bird workspace, a Messente account, else a profile.
    struct Group
    {
        ProviderKind kind = ProviderKind::Messente;
        RateLimiter limiter;
        int inFlight = 0;
        std::set<std::pair<qint64, qint64>> waiting; ///< (due, message id): not due yet
        std::set<std::pair<qint64, qint64>> ready; ///< (due + interval, message id): due, most urgent first
    };
    struct ProfileInfo
    {
        Group* group = nullptr;
        bool poll = true; ///< false: statuses come by callback only (Kaleyra)
        bool safetyNet = false; ///< statuses come by callback; polls are a safety net
    };
    struct Entry
    {
        qint64 profileId = 0;
        QString providerMessageId;
        Group* group = nullptr;
        std::chrono::milliseconds interval {};
        qint64 due = 0;
        qint64 queuedAt = 0; ///< its key in group->waiting or group->ready
        qint64 lastChange = 0; ///< when it last changed, on the tracker's clock
        qint64 holdUntil = 0; ///< a scheduled message is not asked for before its time
        bool inFlight = false;
        bool ready = false;
        bool safetyNet = false;
        bool scheduled = false; ///< held by the provider until its time: "still processing" is no news
        int notFound = 0; ///< answers in a row saying the provider does not know the message
    };

    void loadChunk();
    void add(const AwaitingStatus& message, bool fromJournal);
    const ProfileInfo& profileInfo(qint64 profileId);
    void enqueue(qint64 messageId, Entry& entry);
    void dequeue(qint64 messageId, Entry& entry);
    void drop(qint64 messageId);
    void poll(qint64 messageId, Entry& entry);
    void apply(qint64 messageId, Group* group, const StatusResult& result);
    void wakeIn(qint64 ms);
    void announce(const QList<qint64>& messageIds);
    std::chrono::milliseconds firstFor(const Entry& entry) const;
    std::chrono::milliseconds maxFor(const Entry& entry) const;

    MessageRepository& m_messages;
    ProfileRepository& m_profiles;
    ProviderRegistry& m_providers;
    Schedule m_schedule;
    Clock m_clock;
    std::unordered_map<qint64, Entry> m_entries;
    std::unordered_map<qint64, ProfileInfo> m_profileInfo;
    std::map<QString, std::unique_ptr<Group>> m_groups;
    QTimer m_wake;
    bool m_running = false;
    bool m_loading = false;
    qint64 m_loadedUpTo = 0; ///< the journal is read in id order; the last id read
    ChangeBatch m_changed;
};

} // namespace herald
