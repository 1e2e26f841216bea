#pragma once

#include "core/Profile.h"
#include "providers/ProviderError.h"

#include <QObject>
#include <functional>
#include <optional>

namespace herald {

class ProfileRepository;
class ProviderRegistry;
class SecretStore;

/**
 * Saving, removing and testing profiles, keeping each one's secret in the secret store and its
 * non-secret part in the database. A secret that cannot be stored is not written anywhere else.
 */
class ProfileService : public QObject
{
    Q_OBJECT
public:
    /// @p ok false means nothing was saved; @p error says why in words.
    using DoneCallback = std::function<void(bool ok, const QString& error)>;

    ProfileService(
        ProfileRepository& profiles, SecretStore& secrets, ProviderRegistry& providers, QObject* parent = nullptr);

    /// Problems with @p profile's fields, in words; empty when it can be saved.
    QStringList check(const Profile& profile, bool hasSecret) const;

    /**
     * Stores @p secret (when given) in the secret store first, then the profile. When the store
     * fails the profile is not saved, so no profile ever points at a secret that is not there.
     */
    void save(Profile profile, std::optional<QString> secret, QObject* context, DoneCallback done);

    /// Removes the profile and its secret.
    void remove(qint64 profileId, QObject* context, DoneCallback done);

    /// Tries the connection with @p secret, or with the stored secret when none is given.
    void testConnection(const Profile& profile, std::optional<QString> secret, QObject* context, DoneCallback done);

Q_SIGNALS:
    void profilesChanged();

private:
    ProfileRepository& m_profiles;
    SecretStore& m_secrets;
    ProviderRegistry& m_providers;
};

} // namespace herald
