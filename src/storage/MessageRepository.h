#pragma once

#include "core/Message.h"
#include "core/Profile.h"
#include "storage/StorageError.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>
#include <functional>
#include <optional>
#include <utility>

namespace herald {

class Database;

/// What is known about a message before it is sent.
struct NewMessage
{
    qint64 profileId = 0;
    qint64 templateId = 0;
    QString templateName;
    QString language;
    QString recipient;
    QString renderedBody;
    QString parametersJson;
    QDateTime scheduledFor;
    QString sendOptionsJson; ///< a message sent on its own: its options (campaignOptionsToJson)
};

/// What the status tracker needs of a message that awaits its status: no text, no values.
struct AwaitingStatus
{
    qint64 id = 0;
    qint64 profileId = 0;
    QString providerMessageId;
    MessageState state = MessageState::Accepted;
    QDateTime updatedAt; ///< its last change
    QDateTime scheduledFor; ///< invalid when it was sent at once
};

/// A state change to record: the new state and what the provider said about it.
struct StateChange
{
    MessageState state = MessageState::Queued;
    QString providerStatus;
    QString channel;
    QString errorCode;
    QString errorText;
    QDateTime occurredAt; ///< when it happened at the provider; now if unknown
};

/**
 * A message as the delivery view lists it: who, through what, and where it stands; none of its text
 * or values, so a hundred thousand of them stay small.
 */
struct MessageSummary
{
    qint64 id = 0;
    qint64 profileId = 0;
    qint64 campaignId = 0; ///< 0 for a message sent on its own
    QString recipient;
    QString name; ///< the recipient's name from the row of the campaign's list; empty when not known
    QString templateName; ///< empty for a free-text message
    QString language;
    MessageState state = MessageState::Queued;
    QString channel;
    QString errorText;
    qint64 updatedMs = 0; ///< the last change, milliseconds since the epoch (UTC)
    // Filled by summaries() only: visitSummaries() leaves them to summaryNames().
    QString profileName;
    ProviderKind providerKind = ProviderKind::Messente;
    QString campaignName;
};

/// What a state change alters in a message's summary.
struct MessageProgress
{
    qint64 id = 0;
    MessageState state = MessageState::Queued;
    QString channel;
    QString errorText;
    qint64 updatedMs = 0; ///< milliseconds since the epoch (UTC)
};

/// One change of many for applyChanges(): what applyChange() takes for one message.
struct MessageChange
{
    qint64 id = 0;
    StateChange change;
    QString providerMessageId; ///< recorded with the change when not empty
    QString raw; ///< the provider's answer that brought it (StatusEvent::raw); may be empty
};

/// The names summaries refer to by id: read once, rather than once per message.
struct SummaryNames
{
    QHash<qint64, QString> campaigns;
    QHash<qint64, std::pair<QString, ProviderKind>> profiles;
};

/**
 * The message journal and its status history. Every state change goes through applyChange(),
 * which commits the message row and its status event together and never moves a message backwards.
 */
class MessageRepository
{
public:
    explicit MessageRepository(Database& db);

    /// Journals a message as queued; returns its id, or 0 on error.
    qint64 insertQueued(const NewMessage& message);
    /// Records the provider's id for the message (Messente omnimessage_id).
    bool setProviderMessageId(qint64 id, const QString& providerMessageId);
    /**
     * Applies @p change if it advances the message; returns whether the message changed. A non-empty
     * @p providerMessageId (the send's answer) is recorded in the same commit.
     */
    bool applyChange(qint64 id, const StateChange& change, const QString& providerMessageId = {});

    // Status tracking: the provider's own answers, the journal read in chunks, which campaigns changed.

    /**
     * applyChange() that also keeps @p raw, the provider's answer that brought the change (already
     * masked and bounded: providers' rawAnswerText()), with the status event; events() returns it.
     */
    bool applyReport(qint64 id, const StateChange& change, const QString& raw, const QString& providerMessageId = {});
    /**
     * What awaitingStatus() lists, lean and in id order: up to @p limit messages with an id above
     * @p afterId, so a large journal is read in chunks without blocking the window.
     */
    QList<AwaitingStatus> awaitingStatusAfter(qint64 afterId, int limit) const;
    /// The campaigns that @p messageIds belong to (messages sent on their own add none), in one query.
    QSet<qint64> campaignsOf(const QList<qint64>& messageIds) const;
    /**
     * Puts a message that is `sending` back to `queued`, for a request the provider certainly did not
     * take (a 429, a refused connection): sending it again cannot duplicate it. @p reason goes in its
     * history. False when the message is not `sending`.
     */
    bool requeue(qint64 id, const QString& reason);

    std::optional<MessageRecord> find(qint64 id) const;
    /// The message a provider knows by @p providerMessageId (callbacks name messages this way).
    std::optional<MessageRecord> findByProviderMessageId(qint64 profileId, const QString& providerMessageId) const;
    QList<MessageRecord> recent(int limit) const;
    QList<StatusEvent> events(qint64 messageId) const;
    /// Messages the provider has taken whose final state is not known yet: the tracker polls these.
    QList<MessageRecord> awaitingStatus() const;
    /**
     * After a crash or hard kill, messages left in `sending` may or may not have reached the
     * provider: they become `unknown` and are never re-sent without the operator. Returns how many.
     */
    int markInterruptedAsUnknown();

    // For the delivery view (and tools that read the journal in bulk).

    /**
     * Calls @p visit for each of the newest @p limit messages (every message when negative), oldest
     * first, in one pass over the journal. The name comes from the campaign list's row at the
     * message's position (empty when the list has no name column or is gone); profile and campaign
     * names are left empty, see summaryNames(). False when the journal could not be read.
     */
    bool visitSummaries(const std::function<void(MessageSummary&&)>& visit, int limit = -1) const;
    /// The summaries of these messages, names filled in, in the order of their ids; unknown ids are left out.
    QList<MessageSummary> summaries(const QList<qint64>& ids) const;
    /// Where these messages stand now, in one query; unknown ids are left out.
    QList<MessageProgress> progress(const QList<qint64>& ids) const;
    SummaryNames summaryNames() const;
    /// Messages of campaign @p campaignId whose row changed at or after @p sinceMs (ms since the epoch, UTC).
    QList<qint64> campaignMessagesChangedSince(qint64 campaignId, qint64 sinceMs) const;
    /**
     * applyChange() for many messages in one commit (what one poll of the tracker brings, or a
     * generator of test data): far faster than a commit each. Returns the ids that changed.
     */
    QList<qint64> applyChanges(const QList<MessageChange>& changes);
    /// The database file, for work that opens its own connection on another thread.
    QString databasePath() const;
    /**
     * Why the journal could not be written the last time a write failed (a full disk, say), and how
     * many writes have failed so far: a write that returns 0 or false may also have had nothing to
     * do, so a caller compares the count from before its call with the count after it.
     */
    StorageError lastWriteFailure() const;
    quint64 writeFailures() const;

    // The message detail pane and delivery reports.

    /// Every message ever sent to @p e164, newest first, across campaigns, profiles and providers.
    QList<MessageRecord> forRecipient(const QString& e164) const;
    /// The messages with these ids (any number of them), in id order; unknown ids are left out.
    QList<MessageRecord> byIds(const QList<qint64>& ids) const;
    /// Every message of campaign @p campaignId, the retried ones included, in the order of its list.
    QList<qint64> idsInCampaign(qint64 campaignId) const;
    /// For each of @p ids, the channels its status events name, in the order each was first named.
    QHash<qint64, QStringList> channelsTried(const QList<qint64>& ids) const;

private:
    QList<MessageRecord> select(const QString& where, const QVariantList& values, const QString& tail = {}) const;

    Database& m_db;
};

} // namespace herald
