#pragma once

#include "core/Profile.h"
#include "dispatch/ChangeBatch.h"
#include "providers/Provider.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <functional>
#include <memory>
#include <unordered_map>

class QHttpServer;

namespace herald {

class MessageRepository;

/// Reads one provider's status callback body into status reports (kaleyra::parseCallback, …).
using CallbackParser = std::function<QList<CallbackStatus>(
    const QByteArray& body, const QByteArray& contentType, const QUrlQuery& query)>;

/// The parser for @p kind's callbacks, or an empty function when the provider sends none Herald reads.
CallbackParser callbackParserFor(ProviderKind kind);

/**
 * Listens on each profile's callback address for the status reports providers push (Kaleyra
 * reports status only this way; Messente's dlr_url optionally), matches each report to its
 * message by the provider's id, and journals the change with the callback's body (masked, bounded)
 * as the provider's answer. One listener per profile, so a report is always read with the right
 * provider's format. Changes are announced in batches, like the StatusTracker's.
 */
class CallbackReceiver : public QObject
{
    Q_OBJECT
public:
    explicit CallbackReceiver(MessageRepository& messages, QObject* parent = nullptr);
    ~CallbackReceiver() override;

    /**
     * Starts listening for @p profile on its callbackListen address ("host:port"; port 0 picks a
     * free one). Returns the port, or 0 with @p error in words when it cannot listen.
     */
    quint16 listen(const Profile& profile, QString* error);
    void stop(qint64 profileId);
    int reportsReceived() const { return m_received; }

Q_SIGNALS:
    /// These messages changed state because of a callback; emitted at most once per batch interval (100 ms).
    void messagesChanged(const QList<qint64>& messageIds);
    /// The campaigns the messages of one messagesChanged() batch belong to (read only when connected).
    void campaignsChanged(const QSet<qint64>& campaignIds);

private:
    QList<qint64> apply(qint64 profileId, const QList<CallbackStatus>& reports);
    void announce(const QList<qint64>& messageIds);

    MessageRepository& m_messages;
    std::unordered_map<qint64, std::unique_ptr<QHttpServer>> m_servers;
    int m_received = 0;
    ChangeBatch m_changed;
};

} // namespace herald
