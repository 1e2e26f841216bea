#include "storage/MessageRepository.h"

#include "storage/Database.h"
#include "storage/Logging.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>
#include <algorithm>

namespace herald {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT m.id, m.profile_id, p.name, m.template_id, m.template_name, m.language, m.recipient, m.rendered_body, "
    "m.parameters, m.state, m.provider_message_id, m.provider_status, m.error_code, m.error_text, m.created_at, "
    "m.updated_at, m.channel, m.scheduled_for, m.campaign_id, m.list_position, m.send_options, m.superseded FROM "
    "messages m JOIN profiles p ON p.id "
    "= m.profile_id");

MessageRecord fromRow(const QSqlQuery& q)
{
    MessageRecord m;
    m.id = q.value(0).toLongLong();
    m.profileId = q.value(1).toLongLong();
    m.profileName = q.value(2).toString();
    m.templateId = q.value(3).toLongLong();
    m.templateName = q.value(4).toString();
    m.language = q.value(5).toString();
    m.recipient = q.value(6).toString();
    m.renderedBody = q.value(7).toString();
    m.parametersJson = q.value(8).toString();
    m.state = stateFromKey(q.value(9).toString()).value_or(MessageState::Unknown);
    m.providerMessageId = q.value(10).toString();
    m.providerStatus = q.value(11).toString();
    m.errorCode = q.value(12).toString();
    m.errorText = q.value(13).toString();
    m.createdAt = Database::fromText(q.value(14).toString());
    m.updatedAt = Database::fromText(q.value(15).toString());
    m.channel = q.value(16).toString();
    if (const QString scheduled = q.value(17).toString(); !scheduled.isEmpty())
        m.scheduledFor = Database::fromText(scheduled);
    m.campaignId = q.value(18).toLongLong();
    m.listPosition = q.value(19).toInt();
    m.sendOptionsJson = q.value(20).toString();
    m.superseded = q.value(21).toBool();
    return m;
}

bool insertEvent(
    const QSqlDatabase& db, qint64 id, const StateChange& change, const QString& occurredAt, const QString& raw = {})
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO status_events (message_id, state, provider_status, channel, error_code, "
                             "error_text, occurred_at, raw) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(stateKey(change.state));
    q.addBindValue(Database::text(change.providerStatus));
    q.addBindValue(Database::text(change.channel));
    q.addBindValue(Database::text(change.errorCode));
    q.addBindValue(Database::text(change.errorText));
    q.addBindValue(occurredAt);
    q.addBindValue(Database::text(raw));
    return Database::exec(q);
}

// The state as a number and the time as milliseconds, worked out by SQLite: reading an integer costs
// far less than reading a text and parsing it, a hundred thousand times over.
QString stateNumberSql()
{
    QString sql = QStringLiteral("CASE m.state");
    for (int s = 0; s <= static_cast<int>(MessageState::Unknown); ++s)
        sql += QStringLiteral(" WHEN '%1' THEN %2").arg(stateKey(static_cast<MessageState>(s))).arg(s);
    return sql + QStringLiteral(" ELSE %1 END").arg(static_cast<int>(MessageState::Unknown));
}

const QString kUpdatedMsSql
    = QStringLiteral("COALESCE(CAST(ROUND((julianday(m.updated_at) - 2440587.5) * 86400000.0) AS INTEGER), 0)");

// The name in the campaign list's row the message was made from, when the list says which column holds names.
const QString kNameSql = QStringLiteral(
    "CASE WHEN l.name_column >= 0 AND json_valid(r.cells) THEN COALESCE(json_extract(r.cells, '$[' || l.name_column "
    "|| ']'), '') ELSE '' END");
const QString kNameJoins
    = QStringLiteral("LEFT JOIN campaigns c ON c.id = m.campaign_id LEFT JOIN recipient_lists l ON l.id = c.list_id "
                     "LEFT JOIN recipient_rows r ON r.list_id = c.list_id AND r.position = m.list_position");

MessageState stateFromNumber(int number)
{
    return number >= 0 && number <= static_cast<int>(MessageState::Unknown) ? static_cast<MessageState>(number)
                                                                            : MessageState::Unknown;
}

/// The columns summaryFromRow() reads, first in the SELECT, over messages m with kNameJoins.
QString summaryColumnsSql()
{
    return QStringLiteral("m.id, m.profile_id, COALESCE(m.campaign_id, 0), m.recipient, %1, m.template_name, "
                          "m.language, %2, m.channel, m.error_text, %3")
        .arg(kNameSql, stateNumberSql(), kUpdatedMsSql);
}
constexpr int kSummaryColumns = 11;

/// Fills @p m from the summaryColumnsSql() of @p q's row; the labels (names of profile, campaign) stay.
void summaryFromRow(const QSqlQuery& q, MessageSummary& m)
{
    m.id = q.value(0).toLongLong();
    m.profileId = q.value(1).toLongLong();
    m.campaignId = q.value(2).toLongLong();
    m.recipient = q.value(3).toString();
    m.name = q.value(4).toString();
    m.templateName = q.value(5).toString();
    m.language = q.value(6).toString();
    m.state = stateFromNumber(q.value(7).toInt());
    m.channel = q.value(8).toString();
    m.errorText = q.value(9).toString();
    m.updatedMs = q.value(10).toLongLong();
}

/// "1,2,3" for an IN (…) list: ids are integers we format ourselves, so nothing can be injected.
QString idList(const QList<qint64>& ids)
{
    QString list;
    list.reserve(ids.size() * 8);
    for (const qint64 id : ids) {
        if (!list.isEmpty())
            list += QLatin1Char(',');
        list += QString::number(id);
    }
    return list;
}

} // namespace

MessageRepository::MessageRepository(Database& db)
    : m_db(db)
{ }

qint64 MessageRepository::insertQueued(const NewMessage& message)
{
    QSqlDatabase db = m_db.connection();
    Transaction transaction(db);
    const QString now = Database::toText(QDateTime::currentDateTimeUtc());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO messages (profile_id, template_id, template_name, language, recipient, "
                             "rendered_body, parameters, state, created_at, updated_at, scheduled_for, send_options) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(message.profileId);
    q.addBindValue(message.templateId > 0 ? QVariant(message.templateId) : QVariant());
    q.addBindValue(Database::text(message.templateName));
    q.addBindValue(Database::text(message.language));
    q.addBindValue(Database::text(message.recipient));
    q.addBindValue(Database::text(message.renderedBody));
    q.addBindValue(Database::text(message.parametersJson));
    q.addBindValue(stateKey(MessageState::Queued));
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(message.scheduledFor.isValid() ? Database::toText(message.scheduledFor) : QStringLiteral(""));
    q.addBindValue(Database::text(message.sendOptionsJson));
    if (!Database::exec(q))
        return 0;
    const qint64 id = q.lastInsertId().toLongLong();
    if (!insertEvent(db, id, StateChange { MessageState::Queued, {}, {}, {}, {}, {} }, now) || !transaction.commit())
        return 0;
    return id;
}

bool MessageRepository::setProviderMessageId(qint64 id, const QString& providerMessageId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE messages SET provider_message_id = ? WHERE id = ?"));
    q.addBindValue(providerMessageId);
    q.addBindValue(id);
    return Database::exec(q) && q.numRowsAffected() == 1;
}

bool MessageRepository::applyChange(qint64 id, const StateChange& change, const QString& providerMessageId)
{
    return applyReport(id, change, {}, providerMessageId);
}

bool MessageRepository::applyReport(
    qint64 id, const StateChange& change, const QString& raw, const QString& providerMessageId)
{
    return !applyChanges({ MessageChange { id, change, providerMessageId, raw } }).isEmpty();
}

QList<AwaitingStatus> MessageRepository::awaitingStatusAfter(qint64 afterId, int limit) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, profile_id, provider_message_id, state, updated_at, scheduled_for FROM messages "
                       "WHERE id > ? AND provider_message_id IS NOT NULL AND state IN (?, ?, ?, ?) "
                       "ORDER BY id LIMIT ?"));
    q.addBindValue(afterId);
    for (const MessageState state :
        { MessageState::Scheduled, MessageState::Accepted, MessageState::Sent, MessageState::Delivered })
        q.addBindValue(stateKey(state));
    q.addBindValue(limit);
    QList<AwaitingStatus> result;
    if (!Database::exec(q))
        return result;
    while (q.next()) {
        AwaitingStatus m;
        m.id = q.value(0).toLongLong();
        m.profileId = q.value(1).toLongLong();
        m.providerMessageId = q.value(2).toString();
        m.state = stateFromKey(q.value(3).toString()).value_or(MessageState::Unknown);
        m.updatedAt = Database::fromText(q.value(4).toString());
        if (const QString scheduled = q.value(5).toString(); !scheduled.isEmpty())
            m.scheduledFor = Database::fromText(scheduled);
        result.append(std::move(m));
    }
    return result;
}

QSet<qint64> MessageRepository::campaignsOf(const QList<qint64>& messageIds) const
{
    QSet<qint64> campaigns;
    // Ids are integers formatted here, so the list cannot inject anything; chunks stay far below
    // SQLite's limits on statement length.
    constexpr qsizetype kChunk = 5000;
    for (qsizetype from = 0; from < messageIds.size(); from += kChunk) {
        QStringList ids;
        for (const qint64 id : messageIds.mid(from, kChunk))
            ids.append(QString::number(id));
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT DISTINCT campaign_id FROM messages WHERE campaign_id IS NOT NULL AND id IN (")
            + ids.join(QLatin1Char(',')) + QLatin1Char(')'));
        if (!Database::exec(q))
            continue;
        while (q.next())
            campaigns.insert(q.value(0).toLongLong());
    }
    return campaigns;
}

bool MessageRepository::requeue(qint64 id, const QString& reason)
{
    QSqlDatabase db = m_db.connection();
    Transaction transaction(db);
    const QString now = Database::toText(QDateTime::currentDateTimeUtc());
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE messages SET state = ?, updated_at = ? WHERE id = ? AND state = ?"));
    update.addBindValue(stateKey(MessageState::Queued));
    update.addBindValue(now);
    update.addBindValue(id);
    update.addBindValue(stateKey(MessageState::Sending));
    if (!Database::exec(update) || update.numRowsAffected() != 1)
        return false;
    const StateChange change { MessageState::Queued, {}, {}, {}, reason, {} };
    return insertEvent(db, id, change, now) && transaction.commit();
}

std::optional<MessageRecord> MessageRepository::find(qint64 id) const
{
    const auto rows = select(QStringLiteral("m.id = ?"), { id });
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

std::optional<MessageRecord> MessageRepository::findByProviderMessageId(
    qint64 profileId, const QString& providerMessageId) const
{
    const auto rows
        = select(QStringLiteral("m.profile_id = ? AND m.provider_message_id = ?"), { profileId, providerMessageId });
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

QList<MessageRecord> MessageRepository::recent(int limit) const
{
    return select(QStringLiteral("1 = 1"), {}, QStringLiteral("ORDER BY m.id DESC LIMIT %1").arg(limit));
}

QList<StatusEvent> MessageRepository::events(qint64 messageId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, message_id, state, provider_status, channel, error_code, error_text, "
                             "occurred_at, raw FROM status_events WHERE message_id = ? ORDER BY id"));
    q.addBindValue(messageId);
    QList<StatusEvent> result;
    if (!Database::exec(q))
        return result;
    while (q.next()) {
        StatusEvent e;
        e.id = q.value(0).toLongLong();
        e.messageId = q.value(1).toLongLong();
        e.state = stateFromKey(q.value(2).toString()).value_or(MessageState::Unknown);
        e.providerStatus = q.value(3).toString();
        e.channel = q.value(4).toString();
        e.errorCode = q.value(5).toString();
        e.errorText = q.value(6).toString();
        e.occurredAt = Database::fromText(q.value(7).toString());
        e.raw = q.value(8).toString();
        result.append(e);
    }
    return result;
}

QList<MessageRecord> MessageRepository::awaitingStatus() const
{
    return select(QStringLiteral("m.provider_message_id IS NOT NULL AND m.state IN (?, ?, ?, ?)"),
        { stateKey(MessageState::Scheduled), stateKey(MessageState::Accepted), stateKey(MessageState::Sent),
            stateKey(MessageState::Delivered) },
        QStringLiteral("ORDER BY m.id"));
}

int MessageRepository::markInterruptedAsUnknown()
{
    const auto interrupted = select(QStringLiteral("m.state = ?"), { stateKey(MessageState::Sending) });
    int count = 0;
    for (const MessageRecord& m : interrupted) {
        const StateChange change { MessageState::Unknown, {}, {}, {},
            QCoreApplication::translate("MessageRepository",
                "Herald stopped while this message was being sent; it may or may not have reached the provider."),
            {} };
        if (applyChange(m.id, change))
            ++count;
    }
    return count;
}

QList<MessageRecord> MessageRepository::select(
    const QString& where, const QVariantList& values, const QString& tail) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kSelect + QStringLiteral(" WHERE ") + where + QLatin1Char(' ') + tail);
    for (const QVariant& v : values)
        q.addBindValue(v);
    QList<MessageRecord> result;
    if (!Database::exec(q))
        return result;
    while (q.next())
        result.append(fromRow(q));
    return result;
}

bool MessageRepository::visitSummaries(const std::function<void(MessageSummary&&)>& visit, int limit) const
{
    if (limit == 0)
        return true;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QString where;
    if (limit > 0)
        where
            = QStringLiteral("WHERE m.id >= COALESCE((SELECT id FROM messages ORDER BY id DESC LIMIT 1 OFFSET %1), 0)")
                  .arg(limit - 1);
    if (!q.exec(QStringLiteral("SELECT %1 FROM messages m %2 %3 ORDER BY m.id")
                    .arg(summaryColumnsSql(), kNameJoins, where))) {
        qCWarning(lcStorage) << "reading the message summaries failed:" << q.lastError().text();
        return false;
    }
    MessageSummary m;
    while (q.next()) {
        summaryFromRow(q, m);
        visit(std::move(m));
        m = MessageSummary();
    }
    return true;
}

QList<MessageSummary> MessageRepository::summaries(const QList<qint64>& ids) const
{
    QList<MessageSummary> result;
    if (ids.isEmpty())
        return result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1, p.name, p.kind, COALESCE(c.name, '') FROM messages m JOIN profiles p ON "
                               "p.id = m.profile_id %2 WHERE m.id IN (%3) ORDER BY m.id")
                    .arg(summaryColumnsSql(), kNameJoins, idList(ids)))) {
        qCWarning(lcStorage) << "reading message summaries failed:" << q.lastError().text();
        return result;
    }
    result.reserve(ids.size());
    while (q.next()) {
        MessageSummary m;
        summaryFromRow(q, m);
        m.profileName = q.value(kSummaryColumns).toString();
        m.providerKind = providerKindFromKey(q.value(kSummaryColumns + 1).toString());
        m.campaignName = q.value(kSummaryColumns + 2).toString();
        result.append(std::move(m));
    }
    return result;
}

QList<MessageProgress> MessageRepository::progress(const QList<qint64>& ids) const
{
    QList<MessageProgress> result;
    if (ids.isEmpty())
        return result;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT m.id, %1, m.channel, m.error_text, %2 FROM messages m WHERE m.id IN (%3)")
                    .arg(stateNumberSql(), kUpdatedMsSql, idList(ids)))) {
        qCWarning(lcStorage) << "reading message states failed:" << q.lastError().text();
        return result;
    }
    result.reserve(ids.size());
    while (q.next()) {
        MessageProgress p;
        p.id = q.value(0).toLongLong();
        p.state = stateFromNumber(q.value(1).toInt());
        p.channel = q.value(2).toString();
        p.errorText = q.value(3).toString();
        p.updatedMs = q.value(4).toLongLong();
        result.append(std::move(p));
    }
    return result;
}

SummaryNames MessageRepository::summaryNames() const
{
    SummaryNames names;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT id, name FROM campaigns"))) {
        while (q.next())
            names.campaigns.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    if (q.exec(QStringLiteral("SELECT id, name, kind FROM profiles"))) {
        while (q.next())
            names.profiles.insert(
                q.value(0).toLongLong(), { q.value(1).toString(), providerKindFromKey(q.value(2).toString()) });
    }
    return names;
}

QList<qint64> MessageRepository::campaignMessagesChangedSince(qint64 campaignId, qint64 sinceMs) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM messages WHERE campaign_id = ? AND updated_at >= ? ORDER BY id"));
    q.addBindValue(campaignId);
    q.addBindValue(Database::toText(QDateTime::fromMSecsSinceEpoch(std::max<qint64>(sinceMs, 0), Qt::UTC)));
    QList<qint64> ids;
    if (!Database::exec(q))
        return ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

QList<qint64> MessageRepository::applyChanges(const QList<MessageChange>& changes)
{
    QList<qint64> changed;
    QSqlDatabase db = m_db.connection();
    Transaction transaction(db);
    QSqlQuery current(db);
    current.prepare(QStringLiteral("SELECT state FROM messages WHERE id = ?"));
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE messages SET state = ?, provider_status = ?, error_code = ?, error_text = ?, "
                                  "updated_at = ?, channel = CASE WHEN ? = '' THEN channel ELSE ? END, "
                                  "provider_message_id = CASE WHEN ? = '' THEN provider_message_id ELSE ? END "
                                  "WHERE id = ?"));
    QSqlQuery event(db);
    event.prepare(QStringLiteral("INSERT INTO status_events (message_id, state, provider_status, channel, error_code, "
                                 "error_text, occurred_at, raw) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString now = Database::toText(QDateTime::currentDateTimeUtc());
    for (const auto& [id, change, providerMessageId, raw] : changes) {
        current.addBindValue(id);
        if (!Database::exec(current) || !current.next())
            continue;
        const MessageState from = stateFromKey(current.value(0).toString()).value_or(MessageState::Unknown);
        current.finish();
        if (!isAdvance(from, change.state))
            continue;
        const QString occurred = change.occurredAt.isValid() ? Database::toText(change.occurredAt) : now;
        update.addBindValue(stateKey(change.state));
        update.addBindValue(Database::text(change.providerStatus));
        update.addBindValue(Database::text(change.errorCode));
        update.addBindValue(Database::text(change.errorText));
        update.addBindValue(now);
        update.addBindValue(Database::text(change.channel));
        update.addBindValue(Database::text(change.channel));
        update.addBindValue(Database::text(providerMessageId));
        update.addBindValue(Database::text(providerMessageId));
        update.addBindValue(id);
        event.addBindValue(id);
        event.addBindValue(stateKey(change.state));
        event.addBindValue(Database::text(change.providerStatus));
        event.addBindValue(Database::text(change.channel));
        event.addBindValue(Database::text(change.errorCode));
        event.addBindValue(Database::text(change.errorText));
        event.addBindValue(occurred);
        event.addBindValue(Database::text(raw));
        if (!Database::exec(update) || !Database::exec(event))
            return {};
        changed.append(id);
    }
    if (!transaction.commit())
        return {};
    return changed;
}

QString MessageRepository::databasePath() const
{
    return m_db.path();
}

StorageError MessageRepository::lastWriteFailure() const
{
    return m_db.lastFailure();
}

quint64 MessageRepository::writeFailures() const
{
    return m_db.failureCount();
}

namespace {

/// The ids in chunks small enough for SQLite's limit on bound values, each with its "?, ?, …".
template<typename Visit> void forEachChunk(const QList<qint64>& ids, Visit visit)
{
    constexpr qsizetype kChunk = 500;
    for (qsizetype from = 0; from < ids.size(); from += kChunk) {
        const QList<qint64> chunk = ids.mid(from, kChunk);
        QVariantList values;
        values.reserve(chunk.size());
        for (const qint64 id : chunk)
            values.append(id);
        QString marks = QStringLiteral("?");
        marks += QStringLiteral(", ?").repeated(chunk.size() - 1);
        visit(marks, values);
    }
}

} // namespace

QList<MessageRecord> MessageRepository::forRecipient(const QString& e164) const
{
    return select(QStringLiteral("m.recipient = ?"), { e164 }, QStringLiteral("ORDER BY m.id DESC"));
}

QList<MessageRecord> MessageRepository::byIds(const QList<qint64>& ids) const
{
    QList<qint64> sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    QList<MessageRecord> result;
    result.reserve(sorted.size());
    forEachChunk(sorted, [this, &result](const QString& marks, const QVariantList& values) {
        result += select(QStringLiteral("m.id IN (%1)").arg(marks), values, QStringLiteral("ORDER BY m.id"));
    });
    return result;
}

QList<qint64> MessageRepository::idsInCampaign(qint64 campaignId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM messages WHERE campaign_id = ? ORDER BY list_position, id"));
    q.addBindValue(campaignId);
    QList<qint64> ids;
    if (!Database::exec(q))
        return ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

QHash<qint64, QStringList> MessageRepository::channelsTried(const QList<qint64>& ids) const
{
    QHash<qint64, QStringList> result;
    forEachChunk(ids, [this, &result](const QString& marks, const QVariantList& values) {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT message_id, channel FROM status_events WHERE channel <> '' AND message_id "
                                 "IN (%1) ORDER BY id")
                      .arg(marks));
        for (const QVariant& value : values)
            q.addBindValue(value);
        if (!Database::exec(q))
            return;
        while (q.next()) {
            QStringList& channels = result[q.value(0).toLongLong()];
            if (const QString channel = q.value(1).toString(); !channels.contains(channel))
                channels.append(channel);
        }
    });
    return result;
}

} // namespace herald
