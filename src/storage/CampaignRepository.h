#pragma once

#include "core/Campaign.h"
#include "core/Profile.h"

#include <QDateTime>
#include <QList>
#include <optional>

namespace herald {

class Database;

/// A campaign as it is about to be saved: the snapshot the dry run was made from.
struct NewCampaign
{
    QString name;
    qint64 profileId = 0;
    Template tpl;
    TemplateBindings bindings;
    CampaignOptions options;
    qint64 listId = 0; ///< 0 when the recipients were not a saved list
    QString listName;
    CampaignState state = CampaignState::Running;
    QDateTime scheduledFor; ///< invalid = send now
    double rate = 0; ///< messages per second; 0 = the profile's pace
    QString createdBy; ///< the OS user
};

/// A saved campaign.
struct CampaignRecord
{
    qint64 id = 0;
    QString name;
    qint64 profileId = 0;
    QString profileName;
    ProviderKind providerKind = ProviderKind::Messente;
    Template tpl; ///< the snapshot, not the library's current copy
    TemplateBindings bindings;
    CampaignOptions options;
    qint64 listId = 0;
    QString listName;
    CampaignState state = CampaignState::Running;
    QDateTime scheduledFor;
    double rate = 0;
    QString createdBy;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime finishedAt;
};

/// What the runner needs to send one queued message.
struct QueuedMessage
{
    qint64 id = 0;
    QString recipient;
    QString parametersJson;
};

/// A recipient the dry run left out, as saved with the campaign.
struct CampaignSkipRecord
{
    int position = 0;
    QString phone;
    SkipReason reason = SkipReason::Invalid;
    QString detail;
};

/// How many of a campaign's current messages stood in each state at one moment.
struct CampaignSnapshot
{
    QDateTime at; ///< the end of the time bucket
    CampaignCounts counts;
};

/// A campaign's states over time, from its messages' status history.
struct CampaignTimeline
{
    int bucketSeconds = 0; ///< the width of each time bucket
    QList<CampaignSnapshot> points; ///< one per bucket, oldest first, gaps filled; empty when there is no history
};

/**
 * Campaigns and their messages. A campaign is saved with all its messages `queued` in one commit,
 * so a campaign either exists whole or not at all; the runner then moves each message through the
 * journal (MessageRepository) one request at a time.
 */
class CampaignRepository
{
public:
    explicit CampaignRepository(Database& db);

    /// Saves @p campaign with a queued message per planned one and its skips; returns its id, or 0.
    qint64 create(const NewCampaign& campaign, const CampaignPlan& plan);

    std::optional<CampaignRecord> find(qint64 id) const;
    /// Every campaign, newest first.
    QList<CampaignRecord> all() const;
    /// Campaigns that still have work: running, or held for a later time.
    QList<qint64> unfinished() const;
    bool setState(qint64 id, CampaignState state);
    /// The operator's new pace for @p id, in messages per second.
    bool setRate(qint64 id, double rate);

    CampaignCounts counts(qint64 id) const;
    /// Up to @p limit queued messages of @p id, oldest first, after message @p afterId.
    QList<QueuedMessage> nextQueued(qint64 id, int limit, qint64 afterId = 0) const;
    /// The current messages of @p id in @p state (a retried message is replaced by its retry).
    QList<qint64> messagesIn(qint64 id, MessageState state) const;
    QList<CampaignSkipRecord> skips(qint64 id) const;

    /**
     * Queues a new message in place of each of @p messageIds (same recipient, values and list row),
     * marking the old one superseded; it keeps its state and history. For "retry failed" and "resend
     * unknown". Returns the new messages' ids.
     */
    QList<qint64> requeueAsNew(qint64 campaignId, const QList<qint64>& messageIds);
    /// Cancels every queued message of @p id with @p reason; returns how many.
    int cancelQueued(qint64 id, const QString& reason);

    /**
     * The states of @p id's current messages over time, as they stood at the end of each time bucket,
     * read from their status history in one aggregating query (after a small one for the time span).
     * The bucket is a round width (1 s … 1 day, then whole days) chosen so there are at most
     * @p maxBuckets; the last point equals counts(). A message's change is placed at the latest time
     * of its history so far, so a provider's clock running behind Herald's never moves it back.
     */
    CampaignTimeline timeline(qint64 id, int maxBuckets = 120) const;

private:
    Database& m_db;
};

} // namespace herald
