#include "storage/ProfileRepository.h"

#include "storage/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace herald {

namespace {

const QString kColumns = QStringLiteral("id, name, kind, base_url, username, sender, secret_key, is_sandbox");

Profile fromRow(const QSqlQuery& q)
{
    Profile p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.kind = providerKindFromKey(q.value(2).toString());
    p.baseUrl = QUrl(q.value(3).toString());
    p.username = q.value(4).toString();
    p.sender = q.value(5).toString();
    p.secretKey = q.value(6).toString();
    p.isSandbox = q.value(7).toBool();
    return p;
}

} // namespace

ProfileRepository::ProfileRepository(Database& db)
    : m_db(db)
{ }

QList<Profile> ProfileRepository::all() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM profiles ORDER BY is_sandbox DESC, name COLLATE NOCASE").arg(kColumns));
    QList<Profile> result;
    if (Database::exec(q)) {
        while (q.next())
            result.append(fromRow(q));
    }
    return result;
}

std::optional<Profile> ProfileRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM profiles WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (Database::exec(q) && q.next())
        return fromRow(q);
    return std::nullopt;
}

std::optional<Profile> ProfileRepository::findByName(const QString& name) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM profiles WHERE name = ?").arg(kColumns));
    q.addBindValue(name);
    if (Database::exec(q) && q.next())
        return fromRow(q);
    return std::nullopt;
}

qint64 ProfileRepository::save(const Profile& profile)
{
    const QString now = Database::toText(QDateTime::currentDateTimeUtc());
    QSqlQuery q(m_db.connection());
    if (profile.id == 0) {
        q.prepare(
            QStringLiteral("INSERT INTO profiles (name, kind, base_url, username, sender, secret_key, is_sandbox, "
                           "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    } else {
        q.prepare(QStringLiteral("UPDATE profiles SET name = ?, kind = ?, base_url = ?, username = ?, sender = ?, "
                                 "secret_key = ?, is_sandbox = ?, updated_at = ? WHERE id = ?"));
    }
    q.addBindValue(Database::text(profile.name));
    q.addBindValue(providerKindKey(profile.kind));
    q.addBindValue(profile.baseUrl.toString());
    q.addBindValue(Database::text(profile.username));
    q.addBindValue(Database::text(profile.sender));
    q.addBindValue(Database::text(profile.secretKey));
    q.addBindValue(profile.isSandbox);
    if (profile.id == 0) {
        q.addBindValue(now);
        q.addBindValue(now);
    } else {
        q.addBindValue(now);
        q.addBindValue(profile.id);
    }
    if (!Database::exec(q))
        return 0;
    return profile.id == 0 ? q.lastInsertId().toLongLong() : profile.id;
}

bool ProfileRepository::remove(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM profiles WHERE id = ?"));
    q.addBindValue(id);
    return Database::exec(q) && q.numRowsAffected() == 1;
}

} // namespace herald
