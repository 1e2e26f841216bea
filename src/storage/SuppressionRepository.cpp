#include "storage/SuppressionRepository.h"

#include "storage/Database.h"
#include "storage/Logging.h"

#include <QSqlQuery>
#include <QVariant>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace herald {

namespace {

Suppression fromQuery(const QSqlQuery& q)
{
    return { q.value(0).toString(), q.value(1).toString(), Database::fromText(q.value(2).toString()),
        q.value(3).toString(), q.value(4).toString() };
}

const QString kColumns = QStringLiteral("e164, reason, added_at, source, added_by");

} // namespace

SuppressionRepository::SuppressionRepository(Database& db)
    : m_db(db)
{ }

QString SuppressionRepository::currentUserName()
{
    for (const char* variable : { "USER", "USERNAME", "LOGNAME" }) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
#ifdef Q_OS_UNIX
    // Services and containers often run without USER set; the account database still knows.
    if (const passwd* account = getpwuid(geteuid()); account && account->pw_name)
        return QString::fromLocal8Bit(account->pw_name);
#endif
    return {};
}

SuppressionRepository::AddOutcome SuppressionRepository::add(const Suppression& entry, Suppression* existing)
{
    const BulkResult result = addMany({ entry });
    if (!result.ok || (result.added == 0 && result.alreadyPresent == 0))
        return AddOutcome::Failed;
    if (result.added == 1)
        return AddOutcome::Added;
    if (existing)
        *existing = find(entry.e164).value_or(Suppression {});
    return AddOutcome::AlreadyPresent;
}

SuppressionRepository::BulkResult SuppressionRepository::addMany(const QList<Suppression>& entries)
{
    BulkResult result;
    const QString now = Database::toText(QDateTime::currentDateTimeUtc());
    const QString user = currentUserName();
    QVariantList numbers, reasons, times, sources, users;
    for (const Suppression& entry : entries) {
        if (entry.e164.trimmed().isEmpty())
            continue;
        numbers.append(entry.e164.trimmed());
        reasons.append(Database::text(entry.reason.trimmed()));
        times.append(entry.addedAt.isValid() ? Database::toText(entry.addedAt) : now);
        sources.append(Database::text(entry.source));
        users.append(Database::text(entry.addedBy.isEmpty() ? user : entry.addedBy));
    }
    if (numbers.isEmpty())
        return result;

    Transaction transaction(m_db.connection());
    const int before = count();
    // OR IGNORE keeps the entry already there: its date records when the person first asked.
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral("INSERT OR IGNORE INTO suppressions (%1) VALUES (?, ?, ?, ?, ?)").arg(kColumns));
    for (const QVariantList* values : { &numbers, &reasons, &times, &sources, &users })
        insert.addBindValue(*values);
    if (!insert.execBatch()) {
        qCWarning(lcStorage) << "adding numbers to the opt-out list failed";
        result.ok = false;
        return result;
    }
    const int after = count();
    if (before < 0 || after < 0 || !transaction.commit()) {
        result.ok = false;
        return result;
    }
    result.added = after - before;
    result.alreadyPresent = static_cast<int>(numbers.size()) - result.added;
    return result;
}

bool SuppressionRepository::remove(const QString& e164)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM suppressions WHERE e164 = ?"));
    q.addBindValue(e164);
    const bool removed = Database::exec(q) && q.numRowsAffected() > 0;
    if (removed)
        qCInfo(lcStorage) << "a number was removed from the opt-out list by the operator";
    return removed;
}

QList<Suppression> SuppressionRepository::all() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM suppressions ORDER BY added_at DESC, e164").arg(kColumns));
    QList<Suppression> result;
    if (!Database::exec(q))
        return result;
    while (q.next())
        result.append(fromQuery(q));
    return result;
}

int SuppressionRepository::count() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM suppressions")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool SuppressionRepository::contains(const QString& e164) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT 1 FROM suppressions WHERE e164 = ?"));
    q.addBindValue(e164);
    return Database::exec(q) && q.next();
}

std::optional<Suppression> SuppressionRepository::find(const QString& e164) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM suppressions WHERE e164 = ?").arg(kColumns));
    q.addBindValue(e164);
    if (!Database::exec(q) || !q.next())
        return std::nullopt;
    return fromQuery(q);
}

QSet<QString> SuppressionRepository::numbers() const
{
    QSet<QString> result;
    const int expected = count();
    if (expected > 0)
        result.reserve(expected);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT e164 FROM suppressions")))
        return result;
    while (q.next())
        result.insert(q.value(0).toString());
    return result;
}

} // namespace herald
