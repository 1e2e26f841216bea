#include "dispatch/StatusTracker.h"

#include "dispatch/Logging.h"
#include "dispatch/ProviderRegistry.h"
#include "providers/Provider.h"
#include "storage/MessageRepository.h"
#include "storage/ProfileRepository.h"

#include <QMetaMethod>
#include <algorithm>
#include <cmath>

namespace herald {

using namespace std::chrono_literals;

namespace {

constexpr int kNotFoundLimit = 3;
/// Messages read from the journal per turn of the event loop: a few milliseconds of work each.
constexpr int kLoadChunk = 2000;
/// The longest the tracker sleeps without looking at its queues.
constexpr qint64 kMaxSleepMs = 1000;

qint64 steadyNowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

/// A fixed share in [0, 1) per message, so a journal full of old messages does not fall due in one instant.
double spreadOf(qint64 messageId)
{
    double whole = 0;
    return std::modf(static_cast<double>(messageId) * 0.6180339887498949, &whole);
}

/// Where the request limit of @p profile is counted: Bird per workspace, Messente per account.
QString groupKey(const Profile& profile)
{
    const QString host = profile.baseUrl.host() + QLatin1Char(':') + QString::number(profile.baseUrl.port());
    switch (profile.kind) {
    case ProviderKind::Bird:
        return QStringLiteral("bird %1 %2").arg(host, profile.workspaceId.toLower());
    case ProviderKind::Messente:
        return QStringLiteral("messente %1 %2").arg(host, profile.username);
    case ProviderKind::Kaleyra:
        break;
    }
    return QStringLiteral("profile %1").arg(profile.id);
}

} // namespace

StatusTracker::StatusTracker(
    MessageRepository& messages, ProfileRepository& profiles, ProviderRegistry& providers, QObject* parent)
    : QObject(parent)
    , m_messages(messages)
    , m_profiles(profiles)
    , m_providers(providers)
    , m_clock(&steadyNowMs)
    , m_changed(100ms, [this](const QList<qint64>& ids) { announce(ids); })
{
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &StatusTracker::pollDue);
}

StatusTracker::~StatusTracker() = default;

double StatusTracker::readRateFor(ProviderKind kind)
{
    switch (kind) {
    case ProviderKind::Bird:
        return 50.0; // provider-apis.md §2.9 (B-RATE): GET 50 req/s per workspace
    case ProviderKind::Messente:
        return 20.0;
    case ProviderKind::Kaleyra:
        break; // never polled: Kaleyra has no status endpoint
    }
    return 20.0;
}

std::chrono::milliseconds StatusTracker::nextInterval(
    const Schedule& schedule, std::chrono::milliseconds interval, std::chrono::milliseconds max)
{
    const auto next = std::chrono::duration_cast<std::chrono::milliseconds>(interval * schedule.factor);
    return std::clamp(next, interval, std::max(interval, max));
}

void StatusTracker::setSchedule(const Schedule& schedule)
{
    m_schedule = schedule;
    // The pace may have changed. Groups are never deleted: answers on their way still count against them.
    for (auto& [key, group] : m_groups)
        group->limiter.setRate(m_schedule.readRate > 0 ? m_schedule.readRate : readRateFor(group->kind));
    refreshProfiles();
}

void StatusTracker::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock(&steadyNowMs);
}

void StatusTracker::start()
{
    if (m_running)
        return;
    m_running = true;
    m_loading = true;
    m_loadedUpTo = 0;
    loadChunk();
}

void StatusTracker::stop()
{
    m_running = false;
    m_loading = false;
    m_wake.stop();
}

void StatusTracker::loadChunk()
{
    if (!m_running || !m_loading)
        return;
    const QList<AwaitingStatus> chunk = m_messages.awaitingStatusAfter(m_loadedUpTo, kLoadChunk);
    for (const AwaitingStatus& message : chunk) {
        m_loadedUpTo = message.id;
        if (m_entries.count(message.id) == 0) // track() may have been quicker
            add(message, true);
    }
    if (chunk.size() == kLoadChunk) {
        QTimer::singleShot(0, this, &StatusTracker::loadChunk);
    } else {
        m_loading = false;
        qCInfo(lcDispatch) << "tracking the status of" << m_entries.size() << "message(s)";
    }
    pollDue();
}

void StatusTracker::track(qint64 messageId)
{
    const std::optional<MessageRecord> m = m_messages.find(messageId);
    if (!m || m->providerMessageId.isEmpty() || isFinal(m->state))
        return;
    AwaitingStatus message;
    message.id = m->id;
    message.profileId = m->profileId;
    message.providerMessageId = m->providerMessageId;
    message.state = m->state;
    message.updatedAt = m->updatedAt;
    message.scheduledFor = m->scheduledFor;
    add(message, false);
    if (const qint64 at = nextPollAt(messageId); at >= 0)
        wakeIn(at - m_clock());
}

std::chrono::milliseconds StatusTracker::firstFor(const Entry& entry) const
{
    return entry.safetyNet ? m_schedule.safetyNetFirst : m_schedule.first;
}

std::chrono::milliseconds StatusTracker::maxFor(const Entry& entry) const
{
    return entry.safetyNet ? m_schedule.safetyNetMax : m_schedule.max;
}

void StatusTracker::add(const AwaitingStatus& message, bool fromJournal)
{
    if (const auto it = m_entries.find(message.id); it != m_entries.end()) {
        if (it->second.inFlight)
            return; // being asked for right now
        drop(message.id);
    }
    const ProfileInfo& info = profileInfo(message.profileId);
    if (!info.poll)
        return; // its statuses come by callback only (Kaleyra): the CallbackReceiver takes them

    Entry entry;
    entry.profileId = message.profileId;
    entry.providerMessageId = message.providerMessageId;
    entry.group = info.group;
    entry.safetyNet = info.safetyNet;
    entry.scheduled = message.state == MessageState::Scheduled;
    const qint64 now = m_clock();
    const QDateTime wallNow = QDateTime::currentDateTimeUtc();
    const qint64 first = firstFor(entry).count();
    const qint64 max = std::max(first, static_cast<qint64>(maxFor(entry).count()));
    if (message.scheduledFor.isValid() && message.scheduledFor > wallNow)
        entry.holdUntil = now + wallNow.msecsTo(message.scheduledFor);

    qint64 delay = first;
    entry.interval = firstFor(entry);
    entry.lastChange = now;
    if (fromJournal && message.updatedAt.isValid()) {
        const qint64 age = std::max<qint64>(0, message.updatedAt.msecsTo(wallNow));
        if (entry.holdUntil <= now && age > m_schedule.quietLimit.count())
            return; // nothing has happened to it for too long: see Schedule::quietLimit
        entry.lastChange = now - age;
        // The back-off it would have reached had Herald kept running: intervals grow by `factor`, so
        // after `age` of polling the next wait is about first + age × (factor − 1).
        const auto reached = static_cast<qint64>(
            static_cast<double>(first) + static_cast<double>(age) * std::max(0.0, m_schedule.factor - 1.0));
        entry.interval = std::chrono::milliseconds(std::clamp(reached, first, max));
        // Spread over half an interval, so a journal of old messages does not fall due in one instant.
        delay = static_cast<qint64>(static_cast<double>(entry.interval.count()) * (0.5 + 0.5 * spreadOf(message.id)));
    }
    entry.due = now + delay;
    if (entry.holdUntil > now) {
        // Nothing to learn before its time; then polled as if just taken.
        entry.interval = firstFor(entry);
        entry.due = entry.holdUntil + first;
    }
    auto [it, inserted] = m_entries.insert_or_assign(message.id, entry);
    Q_UNUSED(inserted)
    enqueue(it->first, it->second);
}

const StatusTracker::ProfileInfo& StatusTracker::profileInfo(qint64 profileId)
{
    if (const auto it = m_profileInfo.find(profileId); it != m_profileInfo.end())
        return it->second;
    ProfileInfo info;
    const std::optional<Profile> profile = m_profiles.find(profileId);
    const ProviderKind kind = profile ? profile->kind : ProviderKind::Messente;
    const QString key = profile ? groupKey(*profile) : QStringLiteral("profile %1").arg(profileId);
    if (profile) {
        info.poll = profile->kind != ProviderKind::Kaleyra;
        // Messente posts every status to the dlr_url Herald sends with each message on such a profile.
        info.safetyNet = profile->kind == ProviderKind::Messente && profile->hasCallbackRoute();
    }
    std::unique_ptr<Group>& group = m_groups[key];
    if (!group) {
        group = std::make_unique<Group>();
        group->kind = kind;
        group->limiter.setRate(m_schedule.readRate > 0 ? m_schedule.readRate : readRateFor(kind));
    }
    info.group = group.get();
    return m_profileInfo.insert_or_assign(profileId, info).first->second;
}

void StatusTracker::refreshProfiles()
{
    m_profileInfo.clear();
    QList<qint64> ids;
    ids.reserve(static_cast<qsizetype>(m_entries.size()));
    for (const auto& [id, entry] : m_entries) {
        if (!entry.inFlight) // those are placed again when their answer comes
            ids.append(id);
    }
    for (const qint64 id : std::as_const(ids)) {
        Entry& entry = m_entries.at(id);
        if (entry.group)
            dequeue(id, entry);
        const ProfileInfo& info = profileInfo(entry.profileId);
        if (!info.poll) {
            m_entries.erase(id);
            continue;
        }
        entry.group = info.group;
        if (entry.safetyNet != info.safetyNet) {
            entry.safetyNet = info.safetyNet;
            entry.interval = firstFor(entry);
            entry.due = std::max(m_clock(), entry.holdUntil) + entry.interval.count();
        }
        enqueue(id, entry);
    }
    if (m_running && !m_wake.isActive())
        m_wake.start(0);
}

void StatusTracker::noteReported(const QList<qint64>& messageIds)
{
    const qint64 now = m_clock();
    for (const qint64 id : messageIds) {
        const auto it = m_entries.find(id);
        if (it == m_entries.end() || it->second.inFlight)
            continue;
        const std::optional<MessageRecord> message = m_messages.find(id);
        if (!message || isFinal(message->state)) {
            drop(id); // the callback settled it
            continue;
        }
        Entry& entry = it->second;
        entry.lastChange = now;
        entry.scheduled = message->state == MessageState::Scheduled;
        if (entry.safetyNet) {
            dequeue(id, entry);
            entry.interval = firstFor(entry);
            entry.due = std::max(now, entry.holdUntil) + entry.interval.count();
            enqueue(id, entry);
        }
    }
}

qint64 StatusTracker::nextPollAt(qint64 messageId) const
{
    const auto it = m_entries.find(messageId);
    return it == m_entries.end() ? -1 : it->second.due;
}

void StatusTracker::enqueue(qint64 messageId, Entry& entry)
{
    entry.ready = false;
    entry.queuedAt = entry.due;
    entry.group->waiting.emplace(entry.due, messageId);
}

void StatusTracker::dequeue(qint64 messageId, Entry& entry)
{
    if (!entry.group)
        return;
    if (entry.ready)
        entry.group->ready.erase({ entry.queuedAt, messageId });
    else
        entry.group->waiting.erase({ entry.queuedAt, messageId });
    entry.ready = false;
}

void StatusTracker::drop(qint64 messageId)
{
    const auto it = m_entries.find(messageId);
    if (it == m_entries.end())
        return;
    if (!it->second.inFlight)
        dequeue(messageId, it->second);
    m_entries.erase(it);
}

void StatusTracker::pollDue()
{
    if (!m_running)
        return;
    const qint64 now = m_clock();
    qint64 wake = now + kMaxSleepMs;
    for (auto& [key, pointer] : m_groups) {
        Group& group = *pointer;
        // What has fallen due joins the ready queue, ordered by how soon it must be asked for: a message
        // polled every few seconds goes before one polled every few minutes.
        while (!group.waiting.empty() && group.waiting.begin()->first <= now) {
            const auto [due, id] = *group.waiting.begin();
            group.waiting.erase(group.waiting.begin());
            Entry& entry = m_entries.at(id);
            entry.ready = true;
            entry.queuedAt = due + entry.interval.count();
            group.ready.emplace(entry.queuedAt, id);
        }
        while (!group.ready.empty() && group.inFlight < m_schedule.maxInFlight) {
            if (!group.limiter.tryTake(now)) {
                wake = std::min(wake, now + std::max<qint64>(1, group.limiter.waitMs(now)));
                break;
            }
            const qint64 id = group.ready.begin()->second;
            group.ready.erase(group.ready.begin());
            Entry& entry = m_entries.at(id);
            entry.ready = false;
            poll(id, entry);
        }
        if (!group.waiting.empty())
            wake = std::min(wake, group.waiting.begin()->first);
    }
    wakeIn(wake - now);
}

void StatusTracker::wakeIn(qint64 ms)
{
    if (!m_running)
        return;
    const int wait = static_cast<int>(std::clamp<qint64>(ms, 1, kMaxSleepMs));
    if (!m_wake.isActive() || m_wake.remainingTime() > wait)
        m_wake.start(wait);
}

void StatusTracker::poll(qint64 messageId, Entry& entry)
{
    entry.inFlight = true;
    Group* group = entry.group;
    ++group->inFlight;
    const QString providerId = entry.providerMessageId;
    m_providers.acquire(
        entry.profileId, this, [this, messageId, group, providerId](Provider* provider, const QString& error) {
            if (!provider) {
                qCWarning(lcDispatch) << "cannot poll message" << messageId << ":" << error;
                apply(messageId, group, {});
                return;
            }
            if (!provider->canPollStatus()) {
                // This provider reports only by callback (Kaleyra): the CallbackReceiver takes over.
                --group->inFlight;
                m_entries.erase(messageId);
                return;
            }
            provider->fetchStatus(providerId, this,
                [this, messageId, group](const StatusResult& result) { apply(messageId, group, result); });
        });
}

void StatusTracker::apply(qint64 messageId, Group* group, const StatusResult& result)
{
    --group->inFlight;
    const qint64 now = m_clock();
    if (!group->ready.empty())
        wakeIn(1); // a request slot is free again
    const auto it = m_entries.find(messageId);
    if (it == m_entries.end())
        return;
    Entry& entry = it->second;
    entry.inFlight = false;

    if (result.error.kind == ProviderError::Kind::RateLimited) {
        // Not processed: the whole account slows down, and the message is asked for again once the
        // limiter allows, its back-off unchanged.
        group->limiter.throttled(now, static_cast<qint64>(result.error.retryAfterSeconds) * 1000);
        entry.due = now;
        enqueue(messageId, entry);
        wakeIn(1);
        return;
    }
    if (!result.error.isError())
        group->limiter.succeeded(now);

    bool reachedFinal = false;
    if (result.error.kind == ProviderError::Kind::NotFound && ++entry.notFound >= kNotFoundLimit) {
        // The provider has forgotten it (a restarted sandbox, a deleted account): polling cannot help.
        qCInfo(lcDispatch) << "the provider no longer knows message" << messageId << "; no more polling";
        m_entries.erase(it);
        return;
    }
    if (result.error.isError()) {
        qCInfo(lcDispatch) << "status of message" << messageId << "not available:" << result.error.message();
    } else if (const ChannelStatus* current = result.current();
               current && entry.scheduled && current->providerStatus.isEmpty()) {
        // Still waiting for its time to send: nothing to record.
    } else if (current && current->state) {
        entry.scheduled = false;
        entry.notFound = 0;
        const StateChange change { *current->state, current->providerStatus, current->channel, current->errorCode,
            current->errorText, current->timestamp };
        if (m_messages.applyReport(messageId, change, result.raw)) {
            entry.lastChange = now;
            m_changed.add(messageId);
        }
        reachedFinal = isFinal(*current->state);
    }
    if (reachedFinal) {
        m_entries.erase(it);
        return;
    }
    if (now - std::max(entry.lastChange, entry.holdUntil) > m_schedule.quietLimit.count()) {
        qCInfo(lcDispatch) << "message" << messageId << "has not changed for"
                           << std::chrono::duration_cast<std::chrono::hours>(m_schedule.quietLimit).count()
                           << "hours; no more polling";
        m_entries.erase(it);
        return;
    }
    // The profile may have changed while the request was out.
    const ProfileInfo& info = profileInfo(entry.profileId);
    if (!info.poll) {
        m_entries.erase(it);
        return;
    }
    entry.group = info.group;
    if (entry.safetyNet != info.safetyNet) {
        entry.safetyNet = info.safetyNet;
        entry.interval = firstFor(entry);
    } else {
        // Back off: a message that has not changed for a while rarely changes soon.
        entry.interval = nextInterval(m_schedule, entry.interval, maxFor(entry));
    }
    entry.due = now + entry.interval.count();
    enqueue(messageId, entry);
    wakeIn(entry.interval.count());
}

void StatusTracker::announce(const QList<qint64>& messageIds)
{
    Q_EMIT messagesChanged(messageIds);
    // One query for the whole batch, and only when someone listens.
    if (isSignalConnected(QMetaMethod::fromSignal(&StatusTracker::campaignsChanged))) {
        const QSet<qint64> campaigns = m_messages.campaignsOf(messageIds);
        if (!campaigns.isEmpty())
            Q_EMIT campaignsChanged(campaigns);
    }
}

} // namespace herald
