#include "storage/AuditLog.h"

#include "storage/Database.h"

#include <QSqlQuery>
#include <QVariant>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace herald {

AuditLog::AuditLog(Database& db, QString osUser)
    : m_db(db)
    , m_osUser(std::move(osUser))
{ }

bool AuditLog::append(qint64 campaignId, const QString& action, const QString& detail, qint64 messageId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO audit_log (occurred_at, os_user, campaign_id, message_id, action, detail) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(Database::toText(QDateTime::currentDateTimeUtc()));
    q.addBindValue(Database::text(m_osUser));
    q.addBindValue(campaignId > 0 ? QVariant(campaignId) : QVariant());
    q.addBindValue(messageId > 0 ? QVariant(messageId) : QVariant());
    q.addBindValue(action);
    q.addBindValue(Database::text(detail));
    return Database::exec(q);
}

QList<AuditEntry> AuditLog::entries(qint64 campaignId) const
{
    QSqlQuery q(m_db.connection());
    // Entries that concern no campaign (test sends) are asked for with 0.
    q.prepare(QStringLiteral("SELECT id, occurred_at, os_user, campaign_id, message_id, action, detail FROM audit_log "
                             "WHERE campaign_id IS ? ORDER BY id"));
    q.addBindValue(campaignId > 0 ? QVariant(campaignId) : QVariant());
    QList<AuditEntry> result;
    if (!Database::exec(q))
        return result;
    while (q.next()) {
        result.append(
            AuditEntry { q.value(0).toLongLong(), Database::fromText(q.value(1).toString()), q.value(2).toString(),
                q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toString(), q.value(6).toString() });
    }
    return result;
}

QString AuditLog::currentOsUser()
{
    for (const char* name : { "USER", "LOGNAME", "USERNAME" }) {
        const QString user = qEnvironmentVariable(name);
        if (!user.isEmpty())
            return user;
    }
#ifdef Q_OS_UNIX
    // Started without a login environment (a service, a desktop launcher): ask the system.
    if (const passwd* entry = getpwuid(getuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
#endif
    return QStringLiteral("unknown");
}

} // namespace herald
