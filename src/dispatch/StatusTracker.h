#pragma once

#include <QDeadlineTimer>
#include <QList>
#include <QObject>
#include <QTimer>
#include <chrono>
#include <unordered_map>

namespace herald {

class MessageRepository;
struct MessageRecord;
class ProviderRegistry;
struct StatusResult;

/**
 * Polls the provider for every message that is not final yet, with back-off (soon at first,
 * rarely later), until it is final. Picks up where it left off after a restart, because what it
 * polls comes from the journal. Changes are announced in batches so the GUI is not flooded.
 */
class StatusTracker : public QObject
{
    Q_OBJECT
public:
    struct Schedule
    {
        std::chrono::milliseconds first { 1000 }; ///< first poll after the provider took the message
        std::chrono::milliseconds max { std::chrono::minutes(5) };
        double factor = 1.6; ///< each poll that brings nothing final waits this much longer
        int maxInFlight = 8; ///< concurrent status requests
    };

    StatusTracker(MessageRepository& messages, ProviderRegistry& providers, QObject* parent = nullptr);

    void setSchedule(const Schedule& schedule) { m_schedule = schedule; }
    /// Loads every message that awaits a status from the journal and starts polling.
    void start();
    void stop();
    /// Starts polling @p messageId (just taken by the provider).
    void track(qint64 messageId);
    int trackedCount() const { return static_cast<int>(m_entries.size()); }

Q_SIGNALS:
    /// These messages changed state; emitted at most once per batch interval.
    void messagesChanged(const QList<qint64>& messageIds);

private:
    struct Entry
    {
        qint64 profileId = 0;
        QString providerMessageId;
        std::chrono::milliseconds interval {};
        QDeadlineTimer due;
        bool inFlight = false;
        bool scheduled = false; ///< held by the provider until its time: "still processing" is no news
        int notFound = 0; ///< answers in a row saying the provider does not know the message
    };

    void add(const MessageRecord& message);
    void pollDue();
    void poll(qint64 messageId);
    void apply(qint64 messageId, const StatusResult& result);
    void noteChanged(qint64 messageId);

    MessageRepository& m_messages;
    ProviderRegistry& m_providers;
    Schedule m_schedule;
    std::unordered_map<qint64, Entry> m_entries;
    int m_inFlight = 0;
    QTimer m_tick;
    QTimer m_flush;
    QList<qint64> m_changed;
};

} // namespace herald
