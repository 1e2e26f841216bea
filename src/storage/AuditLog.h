#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace herald {

class Database;

/// One line of the audit log: who did what to which campaign, and when.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime occurredAt;
    QString osUser;
    qint64 campaignId = 0; ///< 0 when the action concerns no campaign (a test send)
    qint64 messageId = 0; ///< 0 when it concerns no one message
    QString action; ///< a stable key: created, sent, paused, resumed, cancelled, retried, resent_unknown, …
    QString detail; ///< in words
};

/**
 * The append-only audit log. Rows can only be added: the database refuses changes and deletions
 * (migration 9's triggers), so not even a bug here can rewrite history.
 */
class AuditLog
{
public:
    /// @p osUser is the operator's account name, recorded with every entry.
    AuditLog(Database& db, QString osUser);

    /// Adds an entry now; false when it could not be written.
    bool append(qint64 campaignId, const QString& action, const QString& detail, qint64 messageId = 0);
    /// Every entry for @p campaignId (0: those for no campaign, such as test sends), oldest first.
    QList<AuditEntry> entries(qint64 campaignId) const;
    QString osUser() const { return m_osUser; }

    /// The account name of whoever runs Herald, from the environment; "unknown" when none is set.
    static QString currentOsUser();

private:
    Database& m_db;
    QString m_osUser;
};

} // namespace herald
