#include "dispatch/StatusTracker.h"

#include "dispatch/Logging.h"
#include "dispatch/ProviderRegistry.h"
#include "providers/Provider.h"
#include "storage/MessageRepository.h"

#include <algorithm>

namespace herald {

using namespace std::chrono_literals;

namespace {
constexpr int kNotFoundLimit = 3;
}

StatusTracker::StatusTracker(MessageRepository& messages, ProviderRegistry& providers, QObject* parent)
    : QObject(parent)
    , m_messages(messages)
    , m_providers(providers)
{
    m_tick.setInterval(100ms);
    connect(&m_tick, &QTimer::timeout, this, &StatusTracker::pollDue);
    m_flush.setSingleShot(true);
    m_flush.setInterval(100ms);
    connect(&m_flush, &QTimer::timeout, this, [this] {
        QList<qint64> changed;
        changed.swap(m_changed);
        Q_EMIT messagesChanged(changed);
    });
}

void StatusTracker::start()
{
    for (const MessageRecord& m : m_messages.awaitingStatus())
        add(m);
    m_tick.start();
}

void StatusTracker::stop()
{
    m_tick.stop();
}

void StatusTracker::track(qint64 messageId)
{
    const std::optional<MessageRecord> m = m_messages.find(messageId);
    if (m && !m->providerMessageId.isEmpty() && !isFinal(m->state))
        add(*m);
}

void StatusTracker::add(const MessageRecord& message)
{
    Entry entry;
    entry.profileId = message.profileId;
    entry.providerMessageId = message.providerMessageId;
    entry.interval = m_schedule.first;
    entry.due = QDeadlineTimer(m_schedule.first);
    entry.scheduled = message.state == MessageState::Scheduled;
    m_entries.insert_or_assign(message.id, entry);
}

void StatusTracker::pollDue()
{
    // Collect first: a poll may finish at once and remove its entry while we iterate.
    QList<qint64> due;
    for (const auto& [id, entry] : m_entries) {
        if (!entry.inFlight && entry.due.hasExpired())
            due.append(id);
    }
    for (const qint64 id : std::as_const(due)) {
        if (m_inFlight >= m_schedule.maxInFlight)
            return;
        if (m_entries.count(id) != 0)
            poll(id);
    }
}

void StatusTracker::poll(qint64 messageId)
{
    Entry& entry = m_entries.at(messageId);
    entry.inFlight = true;
    ++m_inFlight;
    const qint64 profileId = entry.profileId;
    const QString providerId = entry.providerMessageId;
    m_providers.acquire(profileId, this, [this, messageId, providerId](Provider* provider, const QString& error) {
        if (!provider) {
            qCWarning(lcDispatch) << "cannot poll message" << messageId << ":" << error;
            apply(messageId, {});
            return;
        }
        if (!provider->canPollStatus()) {
            // This provider reports only by callback (Kaleyra): the CallbackReceiver takes over.
            --m_inFlight;
            m_entries.erase(messageId);
            return;
        }
        provider->fetchStatus(
            providerId, this, [this, messageId](const StatusResult& result) { apply(messageId, result); });
    });
}

void StatusTracker::apply(qint64 messageId, const StatusResult& result)
{
    --m_inFlight;
    const auto it = m_entries.find(messageId);
    if (it == m_entries.end())
        return;
    Entry& entry = it->second;
    entry.inFlight = false;

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
        const StateChange change { *current->state, current->providerStatus, current->channel, current->errorCode,
            current->errorText, current->timestamp };
        if (m_messages.applyChange(messageId, change))
            noteChanged(messageId);
        reachedFinal = isFinal(*current->state);
    }
    if (reachedFinal) {
        m_entries.erase(it);
        return;
    }
    // Back off: a message that has not changed for a while rarely changes soon.
    const auto next = std::chrono::duration_cast<std::chrono::milliseconds>(entry.interval * m_schedule.factor);
    entry.interval = std::min(next, m_schedule.max);
    entry.due = QDeadlineTimer(entry.interval);
}

void StatusTracker::noteChanged(qint64 messageId)
{
    if (!m_changed.contains(messageId))
        m_changed.append(messageId);
    if (!m_flush.isActive())
        m_flush.start();
}

} // namespace herald
