#include "storage/CampaignRepository.h"

#include "core/TemplateJson.h"
#include "storage/Database.h"
#include "storage/Logging.h"

#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>
#include <algorithm>

namespace herald {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT c.id, c.name, c.profile_id, p.name, p.kind, c.template_json, c.bindings_json, c.options_json, "
    "c.list_id, c.list_name, c.state, c.scheduled_for, c.rate, c.created_by, c.created_at, c.updated_at, "
    "c.finished_at FROM campaigns c JOIN profiles p ON p.id = c.profile_id");

CampaignRecord fromRow(const QSqlQuery& q)
{
    CampaignRecord c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.profileId = q.value(2).toLongLong();
    c.profileName = q.value(3).toString();
    c.providerKind = providerKindFromKey(q.value(4).toString());
    c.tpl = templateFromSnapshotJson(q.value(5).toString()).value_or(Template {});
    c.bindings = bindingsFromJson(q.value(6).toString());
    c.options = campaignOptionsFromJson(q.value(7).toString());
    c.listId = q.value(8).toLongLong();
    c.listName = q.value(9).toString();
    c.state = campaignStateFromKey(q.value(10).toString()).value_or(CampaignState::Paused);
    if (const QString at = q.value(11).toString(); !at.isEmpty())
        c.scheduledFor = Database::fromText(at);
    c.rate = q.value(12).toDouble();
    c.createdBy = q.value(13).toString();
    c.createdAt = Database::fromText(q.value(14).toString());
    c.updatedAt = Database::fromText(q.value(15).toString());
    if (const QString at = q.value(16).toString(); !at.isEmpty())
        c.finishedAt = Database::fromText(at);
    return c;
}

/// The current messages of a campaign: those no retry has replaced.
const QString kCurrent = QStringLiteral("campaign_id = ? AND superseded = 0");

} // namespace

CampaignRepository::CampaignRepository(Database& db)
    : m_db(db)
{ }

qint64 CampaignRepository::create(const NewCampaign& campaign, const CampaignPlan& plan)
{
    QSqlDatabase db = m_db.connection();
    Transaction transaction(db);
    const QString now = Database::toText(QDateTime::currentDateTimeUtc());
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO campaigns (name, profile_id, template_id, template_json, bindings_json, options_json, list_id, "
        "list_name, state, scheduled_for, rate, created_by, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(Database::text(campaign.name));
    insert.addBindValue(campaign.profileId);
    insert.addBindValue(campaign.tpl.id > 0 ? QVariant(campaign.tpl.id) : QVariant());
    insert.addBindValue(templateToSnapshotJson(campaign.tpl));
    insert.addBindValue(bindingsToJson(campaign.bindings));
    insert.addBindValue(campaignOptionsToJson(campaign.options));
    insert.addBindValue(campaign.listId > 0 ? QVariant(campaign.listId) : QVariant());
    insert.addBindValue(Database::text(campaign.listName));
    insert.addBindValue(campaignStateKey(campaign.state));
    insert.addBindValue(campaign.scheduledFor.isValid() ? Database::toText(campaign.scheduledFor) : QStringLiteral(""));
    insert.addBindValue(campaign.rate);
    insert.addBindValue(Database::text(campaign.createdBy));
    insert.addBindValue(now);
    insert.addBindValue(now);
    if (!Database::exec(insert))
        return 0;
    const qint64 id = insert.lastInsertId().toLongLong();

    if (!plan.messages.isEmpty()) {
        // One prepared statement bound per batch: far faster than a statement per message.
        QVariantList profileIds, templateIds, names, languages, recipients, bodies, parameters, states, times,
            scheduled, campaigns, positions;
        const QVariant templateId
            = campaign.tpl.id > 0 ? QVariant(campaign.tpl.id) : QVariant(QMetaType::fromType<qint64>());
        const QString when
            = campaign.scheduledFor.isValid() ? Database::toText(campaign.scheduledFor) : QStringLiteral("");
        for (const PlannedMessage& message : plan.messages) {
            profileIds.append(campaign.profileId);
            templateIds.append(templateId);
            names.append(Database::text(campaign.tpl.name));
            languages.append(Database::text(campaign.tpl.language));
            recipients.append(message.e164);
            bodies.append(Database::text(message.renderedBody));
            parameters.append(templateValuesToJson(message.values));
            states.append(stateKey(MessageState::Queued));
            times.append(now);
            scheduled.append(when);
            campaigns.append(id);
            positions.append(message.position);
        }
        QSqlQuery messages(db);
        messages.prepare(QStringLiteral(
            "INSERT INTO messages (profile_id, template_id, template_name, language, recipient, rendered_body, "
            "parameters, state, created_at, updated_at, scheduled_for, campaign_id, list_position) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariantList* values : { &profileIds, &templateIds, &names, &languages, &recipients, &bodies,
                 &parameters, &states, &times, &times, &scheduled, &campaigns, &positions })
            messages.addBindValue(*values);
        if (!messages.execBatch()) {
            qCWarning(lcStorage) << "saving a campaign's messages failed";
            return 0;
        }
        QSqlQuery events(db);
        events.prepare(QStringLiteral("INSERT INTO status_events (message_id, state, occurred_at) "
                                      "SELECT id, state, created_at FROM messages WHERE campaign_id = ?"));
        events.addBindValue(id);
        if (!Database::exec(events))
            return 0;
    }

    if (!plan.skips.isEmpty()) {
        QVariantList campaigns, positions, phones, reasons, details;
        for (const PlannedSkip& skip : plan.skips) {
            campaigns.append(id);
            positions.append(skip.position);
            phones.append(Database::text(skip.phone));
            reasons.append(skipReasonKey(skip.reason));
            details.append(Database::text(skip.detail));
        }
        QSqlQuery skips(db);
        skips.prepare(QStringLiteral(
            "INSERT INTO campaign_skips (campaign_id, position, phone, reason, detail) VALUES (?, ?, ?, ?, ?)"));
        for (const QVariantList* values : { &campaigns, &positions, &phones, &reasons, &details })
            skips.addBindValue(*values);
        if (!skips.execBatch()) {
            qCWarning(lcStorage) << "saving a campaign's skipped recipients failed";
            return 0;
        }
    }
    return transaction.commit() ? id : 0;
}

std::optional<CampaignRecord> CampaignRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE c.id = ?"));
    q.addBindValue(id);
    if (!Database::exec(q) || !q.next())
        return std::nullopt;
    return fromRow(q);
}

QList<CampaignRecord> CampaignRepository::all() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" ORDER BY c.id DESC"));
    QList<CampaignRecord> result;
    if (!Database::exec(q))
        return result;
    while (q.next())
        result.append(fromRow(q));
    return result;
}

QList<qint64> CampaignRepository::unfinished() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id FROM campaigns WHERE state IN (?, ?) ORDER BY id"));
    q.addBindValue(campaignStateKey(CampaignState::Running));
    q.addBindValue(campaignStateKey(CampaignState::Held));
    QList<qint64> ids;
    if (!Database::exec(q))
        return ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

bool CampaignRepository::setState(qint64 id, CampaignState state)
{
    const QString now = Database::toText(QDateTime::currentDateTimeUtc());
    const bool over = state == CampaignState::Finished || state == CampaignState::Cancelled;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE campaigns SET state = ?, updated_at = ?, "
                             "finished_at = CASE WHEN ? THEN ? ELSE '' END WHERE id = ?"));
    q.addBindValue(campaignStateKey(state));
    q.addBindValue(now);
    q.addBindValue(over);
    q.addBindValue(now);
    q.addBindValue(id);
    return Database::exec(q) && q.numRowsAffected() == 1;
}

bool CampaignRepository::setRate(qint64 id, double rate)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE campaigns SET rate = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(rate);
    q.addBindValue(Database::toText(QDateTime::currentDateTimeUtc()));
    q.addBindValue(id);
    return Database::exec(q) && q.numRowsAffected() == 1;
}

CampaignCounts CampaignRepository::counts(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT state, COUNT(*) FROM messages WHERE ") + kCurrent + QStringLiteral(" GROUP BY state"));
    q.addBindValue(id);
    CampaignCounts counts;
    if (!Database::exec(q))
        return counts;
    while (q.next()) {
        if (const std::optional<MessageState> state = stateFromKey(q.value(0).toString()))
            counts[*state] += q.value(1).toInt();
    }
    return counts;
}

QList<QueuedMessage> CampaignRepository::nextQueued(qint64 id, int limit, qint64 afterId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, recipient, parameters FROM messages WHERE ") + kCurrent
        + QStringLiteral(" AND state = ? AND id > ? ORDER BY id LIMIT ?"));
    q.addBindValue(id);
    q.addBindValue(stateKey(MessageState::Queued));
    q.addBindValue(afterId);
    q.addBindValue(limit);
    QList<QueuedMessage> result;
    if (!Database::exec(q))
        return result;
    while (q.next())
        result.append(QueuedMessage { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString() });
    return result;
}

QList<qint64> CampaignRepository::messagesIn(qint64 id, MessageState state) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT id FROM messages WHERE ") + kCurrent + QStringLiteral(" AND state = ? ORDER BY id"));
    q.addBindValue(id);
    q.addBindValue(stateKey(state));
    QList<qint64> ids;
    if (!Database::exec(q))
        return ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

QList<CampaignSkipRecord> CampaignRepository::skips(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT position, phone, reason, detail FROM campaign_skips WHERE campaign_id = ? ORDER BY position"));
    q.addBindValue(id);
    QList<CampaignSkipRecord> result;
    if (!Database::exec(q))
        return result;
    while (q.next())
        result.append(CampaignSkipRecord { q.value(0).toInt(), q.value(1).toString(),
            skipReasonFromKey(q.value(2).toString()).value_or(SkipReason::Invalid), q.value(3).toString() });
    return result;
}

QList<qint64> CampaignRepository::requeueAsNew(qint64 campaignId, const QList<qint64>& messageIds)
{
    QSqlDatabase db = m_db.connection();
    Transaction transaction(db);
    const QString now = Database::toText(QDateTime::currentDateTimeUtc());
    QList<qint64> created;
    for (const qint64 old : messageIds) {
        QSqlQuery copy(db);
        copy.prepare(QStringLiteral(
            "INSERT INTO messages (profile_id, template_id, template_name, language, recipient, rendered_body, "
            "parameters, state, created_at, updated_at, scheduled_for, campaign_id, list_position, retry_of) "
            "SELECT profile_id, template_id, template_name, language, recipient, rendered_body, parameters, ?, ?, ?, "
            "scheduled_for, campaign_id, list_position, id FROM messages "
            "WHERE id = ? AND campaign_id = ? AND superseded = 0"));
        copy.addBindValue(stateKey(MessageState::Queued));
        copy.addBindValue(now);
        copy.addBindValue(now);
        copy.addBindValue(old);
        copy.addBindValue(campaignId);
        if (!Database::exec(copy))
            return {};
        if (copy.numRowsAffected() != 1)
            continue; // already retried, or not this campaign's
        const qint64 id = copy.lastInsertId().toLongLong();
        QSqlQuery mark(db);
        mark.prepare(QStringLiteral("UPDATE messages SET superseded = 1 WHERE id = ?"));
        mark.addBindValue(old);
        QSqlQuery event(db);
        event.prepare(QStringLiteral(
            "INSERT INTO status_events (message_id, state, error_text, occurred_at) VALUES (?, ?, ?, ?)"));
        event.addBindValue(id);
        event.addBindValue(stateKey(MessageState::Queued));
        event.addBindValue(QStringLiteral("retry of message %1").arg(old));
        event.addBindValue(now);
        if (!Database::exec(mark) || !Database::exec(event))
            return {};
        created.append(id);
    }
    return transaction.commit() ? created : QList<qint64> {};
}

int CampaignRepository::cancelQueued(qint64 id, const QString& reason)
{
    QSqlDatabase db = m_db.connection();
    Transaction transaction(db);
    const QString now = Database::toText(QDateTime::currentDateTimeUtc());
    QSqlQuery events(db);
    events.prepare(QStringLiteral("INSERT INTO status_events (message_id, state, error_text, occurred_at) "
                                  "SELECT id, ?, ?, ? FROM messages WHERE ")
        + kCurrent + QStringLiteral(" AND state = ?"));
    events.addBindValue(stateKey(MessageState::Cancelled));
    events.addBindValue(Database::text(reason));
    events.addBindValue(now);
    events.addBindValue(id);
    events.addBindValue(stateKey(MessageState::Queued));
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE messages SET state = ?, error_text = ?, updated_at = ? WHERE ") + kCurrent
        + QStringLiteral(" AND state = ?"));
    update.addBindValue(stateKey(MessageState::Cancelled));
    update.addBindValue(Database::text(reason));
    update.addBindValue(now);
    update.addBindValue(id);
    update.addBindValue(stateKey(MessageState::Queued));
    if (!Database::exec(events) || !Database::exec(update))
        return 0;
    const int n = update.numRowsAffected();
    return transaction.commit() ? n : 0;
}

CampaignTimeline CampaignRepository::timeline(qint64 id, int maxBuckets) const
{
    CampaignTimeline timeline;
    // A status event's time as Unix seconds, never before an earlier event of the same message.
    const QString eventsOfCampaign = QStringLiteral(
        "SELECT e.state AS state, LAG(e.state) OVER (PARTITION BY e.message_id ORDER BY e.id) AS prev, "
        "MAX(CAST(strftime('%s', e.occurred_at) AS INTEGER)) OVER (PARTITION BY e.message_id ORDER BY e.id "
        "ROWS UNBOUNDED PRECEDING) AS t FROM status_events e JOIN messages m ON m.id = e.message_id "
        "WHERE m.campaign_id = ? AND m.superseded = 0");
    QSqlQuery span(m_db.connection());
    span.setForwardOnly(true);
    span.prepare(QStringLiteral("SELECT MIN(t), MAX(t) FROM (") + eventsOfCampaign + QLatin1Char(')'));
    span.addBindValue(id);
    if (!Database::exec(span) || !span.next() || span.value(0).isNull())
        return timeline;
    const qint64 first = span.value(0).toLongLong();
    const qint64 last = span.value(1).toLongLong();

    // The smallest round width that keeps the chart within maxBuckets.
    static constexpr int kWidths[]
        = { 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400 };
    const qint64 buckets = std::max(1, maxBuckets);
    qint64 width = 0;
    for (const int w : kWidths) {
        if ((last / w - first / w) + 1 <= buckets) {
            width = w;
            break;
        }
    }
    if (width == 0)
        width = 86400 * ((last - first) / (86400 * buckets) + 1);
    timeline.bucketSeconds = static_cast<int>(width);

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT t / %1 AS b, state, prev, COUNT(*) FROM (").arg(width) + eventsOfCampaign
        + QStringLiteral(") GROUP BY b, state, prev ORDER BY b"));
    q.addBindValue(id);
    if (!Database::exec(q))
        return timeline;
    CampaignCounts running;
    qint64 bucket = first / width;
    const auto close = [&](qint64 upTo) {
        // One point per bucket up to upTo, the quiet ones included, so areas do not jump across gaps.
        for (; bucket < upTo; ++bucket)
            timeline.points.append({ QDateTime::fromSecsSinceEpoch((bucket + 1) * width, QTimeZone::utc()), running });
    };
    while (q.next()) {
        close(q.value(0).toLongLong());
        const int n = q.value(3).toInt();
        if (const std::optional<MessageState> state = stateFromKey(q.value(1).toString()))
            running[*state] += n;
        if (const std::optional<MessageState> prev = stateFromKey(q.value(2).toString()))
            running[*prev] -= n;
    }
    close(last / width + 1);
    return timeline;
}

} // namespace herald
