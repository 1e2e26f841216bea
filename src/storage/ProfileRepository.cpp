#include "storage/ProfileRepository.h"

#include "storage/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace herald {

namespace {

const QString kColumns = QStringLiteral("id, name, kind, base_url, username, sender, secret_key, is_sandbox, "
                                        "workspace_id, channel_id, bird_auth_scheme, account_sid, callback_listen, "
                                        "callback_public_url, waba_id, send_rate");

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
    p.workspaceId = q.value(8).toString();
    p.channelId = q.value(9).toString();
    p.birdAuthScheme = birdAuthSchemeFromKey(q.value(10).toString());
    p.accountSid = q.value(11).toString();
    p.callbackListen = q.value(12).toString();
    p.callbackPublicUrl = QUrl(q.value(13).toString());
    p.wabaId = q.value(14).toString();
    p.sendRate = q.value(15).toDouble();
    return p;
}

} // namespace

ProfileRepository::ProfileRepository(Database& db)
    : m_db(db)
{ }

QList<Profile> ProfileRepository::all() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM profiles ORDER BY is_sandbox DESC, CASE kind WHEN 'messente' THEN 0 WHEN "
                             "'bird' THEN 1 ELSE 2 END, name COLLATE NOCASE")
                  .arg(kColumns));
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
    const QList<std::pair<QString, QVariant>> values {
        { QStringLiteral("name"), Database::text(profile.name) },
        { QStringLiteral("kind"), providerKindKey(profile.kind) },
        { QStringLiteral("base_url"), Database::text(profile.baseUrl.toString()) },
        { QStringLiteral("username"), Database::text(profile.username) },
        { QStringLiteral("sender"), Database::text(profile.sender) },
        { QStringLiteral("secret_key"), Database::text(profile.secretKey) },
        { QStringLiteral("is_sandbox"), profile.isSandbox },
        { QStringLiteral("workspace_id"), Database::text(profile.workspaceId) },
        { QStringLiteral("channel_id"), Database::text(profile.channelId) },
        { QStringLiteral("bird_auth_scheme"), birdAuthSchemeKey(profile.birdAuthScheme) },
        { QStringLiteral("account_sid"), Database::text(profile.accountSid) },
        { QStringLiteral("callback_listen"), Database::text(profile.callbackListen) },
        { QStringLiteral("callback_public_url"), Database::text(profile.callbackPublicUrl.toString()) },
        { QStringLiteral("send_rate"), profile.sendRate },
        { QStringLiteral("waba_id"), Database::text(profile.wabaId) },
    };
    return Database::upsert(m_db, QStringLiteral("profiles"), profile.id, values);
}

bool ProfileRepository::remove(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM profiles WHERE id = ?"));
    q.addBindValue(id);
    return Database::exec(q) && q.numRowsAffected() == 1;
}

} // namespace herald
