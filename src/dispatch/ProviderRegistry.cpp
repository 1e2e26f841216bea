#include "dispatch/ProviderRegistry.h"

#include "dispatch/Logging.h"
#include "providers/BirdProvider.h"
#include "providers/KaleyraProvider.h"
#include "providers/MessenteProvider.h"
#include "secrets/SecretStore.h"
#include "storage/ProfileRepository.h"

#include <QPointer>

namespace herald {

ProviderFactory networkProviderFactory(NetworkAccess network, std::chrono::milliseconds timeout)
{
    return [network, timeout](const Profile& profile, const QString& secret) -> std::unique_ptr<Provider> {
        switch (profile.kind) {
        case ProviderKind::Messente:
            return std::make_unique<MessenteProvider>(network,
                MessenteCredentials { profile.baseUrl, profile.username, secret, profile.sender, profile.wabaId },
                timeout);
        case ProviderKind::Bird:
            return std::make_unique<BirdProvider>(network,
                BirdCredentials {
                    profile.baseUrl, profile.workspaceId, profile.channelId, secret, profile.birdAuthScheme },
                timeout);
        case ProviderKind::Kaleyra:
            return std::make_unique<KaleyraProvider>(network,
                KaleyraCredentials {
                    profile.baseUrl, profile.accountSid, secret, profile.sender, profile.callbackPublicUrl },
                timeout);
        }
        return nullptr;
    };
}

ProviderRegistry::ProviderRegistry(
    ProfileRepository& profiles, SecretStore& secrets, ProviderFactory factory, QObject* parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_factory(std::move(factory))
{ }

ProviderRegistry::~ProviderRegistry() = default;

void ProviderRegistry::acquire(qint64 profileId, QObject* context, ReadyCallback done)
{
    if (const auto it = m_providers.find(profileId); it != m_providers.end()) {
        done(it->second.get(), {});
        return;
    }
    const std::optional<Profile> profile = m_profiles.find(profileId);
    if (!profile) {
        done(nullptr, tr("The profile no longer exists."));
        return;
    }
    QPointer<QObject> guard(context);
    m_secrets.read(profile->secretKey, this, [this, guard, profile = *profile, done](const SecretResult& result) {
        if (!guard)
            return;
        if (!result.ok()) {
            const QString why = result.status == SecretResult::Status::NotFound
                ? tr("No password is stored for the profile \"%1\". Edit the profile and enter it again.")
                      .arg(profile.name)
                : result.message;
            done(nullptr, why);
            return;
        }
        std::unique_ptr<Provider> provider = create(profile, result.secret);
        if (!provider) {
            done(nullptr, tr("%1 profiles cannot send yet.").arg(providerKindDisplayName(profile.kind)));
            return;
        }
        // Another acquire may have finished first while the keychain answered; keep the first.
        auto [it, inserted] = m_providers.emplace(profile.id, std::move(provider));
        done(it->second.get(), {});
    });
}

void ProviderRegistry::invalidate(qint64 profileId)
{
    m_providers.erase(profileId);
    Q_EMIT invalidated(profileId);
}

std::unique_ptr<Provider> ProviderRegistry::create(const Profile& profile, const QString& secret) const
{
    return m_factory(profile, secret);
}

} // namespace herald
