#include "dispatch/ProfileService.h"

#include "dispatch/Logging.h"
#include "dispatch/ProviderRegistry.h"
#include "providers/HttpTransport.h"
#include "secrets/SecretStore.h"
#include "storage/ProfileRepository.h"

#include <QPointer>
#include <QRegularExpression>
#include <QUuid>
#include <memory>

namespace herald {

ProfileService::ProfileService(
    ProfileRepository& profiles, SecretStore& secrets, ProviderRegistry& providers, QObject* parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_providers(providers)
{ }

QStringList ProfileService::check(const Profile& profile, bool hasSecret) const
{
    QStringList problems;
    if (profile.name.trimmed().isEmpty())
        problems.append(tr("Give the profile a name."));
    else if (const auto other = m_profiles.findByName(profile.name.trimmed()); other && other->id != profile.id)
        problems.append(tr("Another profile is already called \"%1\".").arg(profile.name.trimmed()));
    const QUrl& url = profile.baseUrl;
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        problems.append(tr("The base URL must be a web address such as https://api.messente.com/v1."));
    else if (url.scheme() != QLatin1String("https") && !HttpTransport::mayUsePlainHttp(url))
        problems.append(tr("The base URL must start with https://: the password would otherwise cross the network "
                           "unencrypted. Plain http is only allowed for this computer (localhost or 127.0.0.1)."));
    switch (profile.kind) {
    case ProviderKind::Messente:
        if (profile.username.trimmed().isEmpty())
            problems.append(tr("Enter the Messente API username."));
        if (profile.id == 0 && !hasSecret)
            problems.append(tr("Enter the API password."));
        // Meta's WABA ids are decimal numbers; anything else would only fail at the first sync.
        if (static const QRegularExpression waba(QStringLiteral("^[0-9]+$"));
            !profile.wabaId.trimmed().isEmpty() && !waba.match(profile.wabaId.trimmed()).hasMatch())
            problems.append(tr("The WhatsApp Business Account ID is a number, such as 105954558954427."));
        break;
    case ProviderKind::Bird:
        if (profile.workspaceId.trimmed().isEmpty() || profile.channelId.trimmed().isEmpty())
            problems.append(tr("Enter the Bird workspace ID and channel ID."));
        if (profile.id == 0 && !hasSecret)
            problems.append(tr("Enter the Bird access key."));
        break;
    case ProviderKind::Kaleyra:
        if (profile.accountSid.trimmed().isEmpty())
            problems.append(tr("Enter the Kaleyra account SID."));
        if (profile.sender.trimmed().isEmpty())
            problems.append(tr("Enter the WhatsApp business number Kaleyra sends from."));
        if (profile.id == 0 && !hasSecret)
            problems.append(tr("Enter the Kaleyra API key."));
        break;
    }
    if (!profile.callbackListen.isEmpty() || !profile.callbackPublicUrl.isEmpty()) {
        static const QRegularExpression listen(QStringLiteral("^[^\\s:]+:[0-9]{1,5}$"));
        if (!listen.match(profile.callbackListen).hasMatch())
            problems.append(tr("The callback listen address is a host and port, such as 127.0.0.1:8085."));
        if (!profile.callbackPublicUrl.isValid() || profile.callbackPublicUrl.host().isEmpty())
            problems.append(tr("Enter the public URL the provider posts statuses to, which must reach the listen "
                               "address."));
        for (const Profile& other : m_profiles.all()) {
            if (other.id != profile.id && !profile.callbackListen.endsWith(QLatin1String(":0"))
                && other.callbackListen == profile.callbackListen)
                problems.append(tr("The profile \"%1\" already listens for callbacks on %2.")
                                    .arg(other.name, profile.callbackListen));
        }
    }
    return problems;
}

bool ProfileService::prepare(Profile* profile, bool hasSecret, const SaveCallback& done) const
{
    profile->name = profile->name.trimmed();
    profile->username = profile->username.trimmed();
    profile->wabaId = profile->wabaId.trimmed();
    const QStringList problems = check(*profile, hasSecret);
    if (!problems.isEmpty()) {
        done({ false, problems.join(QLatin1Char('\n')), false });
        return false;
    }
    if (profile->secretKey.isEmpty())
        profile->secretKey = QStringLiteral("profile/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    return true;
}

void ProfileService::store(const Profile& profile, const QPointer<QObject>& context, const SaveCallback& done)
{
    Profile saved = profile;
    const qint64 id = m_profiles.save(saved);
    m_providers.invalidate(saved.id);
    if (context)
        done({ id != 0, id != 0 ? QString() : tr("The profile could not be saved in the database."), false });
    if (id != 0)
        Q_EMIT profilesChanged();
}

void ProfileService::save(Profile profile, std::optional<QString> secret, QObject* context, SaveCallback done)
{
    if (!prepare(&profile, secret.has_value() && !secret->isEmpty(), done))
        return;
    QPointer<QObject> guard(context);
    if (!secret || secret->isEmpty()) {
        store(profile, guard, done);
        return;
    }
    m_secrets.write(profile.secretKey, *secret, this, [this, guard, done, profile](const SecretResult& result) {
        if (!result.ok()) {
            qCWarning(lcDispatch) << "the profile's secret could not be stored; the profile was not saved";
            if (guard)
                done({ false, result.message,
                    result.status == SecretResult::Status::Unavailable
                        || result.status == SecretResult::Status::Denied });
            return;
        }
        store(profile, guard, done);
    });
}

void ProfileService::saveForThisSession(Profile profile, const QString& secret, QObject* context, SaveCallback done)
{
    if (!prepare(&profile, !secret.isEmpty(), done))
        return;
    if (secret.isEmpty() || !m_secrets.holdForSession(profile.secretKey, secret)) {
        done({ false, tr("This password cannot be kept for the session."), false });
        return;
    }
    qCWarning(lcDispatch) << "a profile's secret is held in memory for this session only: the keychain was unavailable";
    store(profile, QPointer<QObject>(context), done);
}

bool ProfileService::secretIsForThisSessionOnly(const Profile& profile) const
{
    return !profile.isSandbox && m_secrets.isHeldForSession(profile.secretKey);
}

void ProfileService::remove(qint64 profileId, QObject* context, DoneCallback done)
{
    const std::optional<Profile> profile = m_profiles.find(profileId);
    if (!profile) {
        done(false, tr("The profile no longer exists."));
        return;
    }
    if (!m_profiles.remove(profileId)) {
        done(false, tr("The profile still has messages in the journal, so it cannot be removed."));
        return;
    }
    m_providers.invalidate(profileId);
    Q_EMIT profilesChanged();
    QPointer<QObject> guard(context);
    m_secrets.remove(profile->secretKey, this, [guard, done](const SecretResult& result) {
        if (guard)
            done(true, result.ok() ? QString() : result.message);
    });
}

void ProfileService::testConnection(
    const Profile& profile, std::optional<QString> secret, QObject* context, DoneCallback done)
{
    QPointer<QObject> guard(context);
    auto run = [this, guard, done, profile](const QString& password) {
        std::shared_ptr<Provider> provider = m_providers.create(profile, password);
        if (!provider) {
            if (guard)
                done(false, tr("%1 profiles cannot be tested yet.").arg(providerKindDisplayName(profile.kind)));
            return;
        }
        // The provider must outlive its request, so the callback keeps it alive.
        provider->testConnection(this, [guard, done, provider](const ProviderError& error) {
            if (guard)
                done(!error.isError(), error.message());
        });
    };
    if (secret && !secret->isEmpty()) {
        run(*secret);
        return;
    }
    m_secrets.read(profile.secretKey, this, [guard, done, run](const SecretResult& result) {
        if (!result.ok()) {
            if (guard)
                done(false, result.message);
            return;
        }
        run(result.secret);
    });
}

} // namespace herald
