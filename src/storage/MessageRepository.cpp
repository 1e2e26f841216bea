#include "storage/MessageRepository.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>
#include <algorithm>

namespace herald {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT m.id, m.profile_id, p.name, m.template_id, m.template_name, m.language, m.recipient, m.rendered_body, "
    "m.parameters, m.state, m.provider_message_id, m.provider_status, m.error_code, m.error_text, m.created_at, "
    "m.updated_at, m.channel, m.scheduled_for, m.campaign_id, m.list_position FROM messages m JOIN profiles p ON p.id "
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
                             "rendered_body, parameters, state, created_at, updated_at, scheduled_for) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
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
    QSqlDatabase db = m_db.connection();
    Transaction transaction(db);
    QSqlQuery current(db);
    current.prepare(QStringLiteral("SELECT state FROM messages WHERE id = ?"));
    current.addBindValue(id);
    if (!Database::exec(current) || !current.next())
        return false;
    const MessageState from = stateFromKey(current.value(0).toString()).value_or(MessageState::Unknown);
    if (!isAdvance(from, change.state))
        return false;

    const QString now = Database::toText(QDateTime::currentDateTimeUtc());
    const QString occurred = change.occurredAt.isValid() ? Database::toText(change.occurredAt) : now;
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE messages SET state = ?, provider_status = ?, error_code = ?, error_text = ?, "
                                  "updated_at = ?, channel = CASE WHEN ? = '' THEN channel ELSE ? END, "
                                  "provider_message_id = CASE WHEN ? = '' THEN provider_message_id ELSE ? END "
                                  "WHERE id = ?"));
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
    if (!Database::exec(update) || !insertEvent(db, id, change, occurred, raw))
        return false;
    return transaction.commit();
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
