#pragma once

#include "core/Profile.h"
#include "providers/ProviderError.h"

#include <QObject>
#include <QPointer>
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

    /// How a save ended.
    struct SaveOutcome
    {
        bool ok = false;
        QString error; ///< why nothing was saved, in words
        /// The keychain could not take the secret (missing, locked, no D-Bus): the operator may keep it
        /// for this session only with saveForThisSession().
        bool keychainUnavailable = false;
    };
    using SaveCallback = std::function<void(const SaveOutcome&)>;

    ProfileService(
        ProfileRepository& profiles, SecretStore& secrets, ProviderRegistry& providers, QObject* parent = nullptr);

    /// Problems with @p profile's fields, in words; empty when it can be saved.
    QStringList check(const Profile& profile, bool hasSecret) const;

    /**
     * Stores @p secret (when given) in the secret store first, then the profile. When the store
     * fails the profile is not saved, so no profile ever points at a secret that is not there.
     */
    void save(Profile profile, std::optional<QString> secret, QObject* context, SaveCallback done);

    /**
     * Saves @p profile with @p secret held in this process's memory only, for when the keychain is
     * missing or locked: it is gone when Herald quits, and never written anywhere else.
     */
    void saveForThisSession(Profile profile, const QString& secret, QObject* context, SaveCallback done);

    /// Whether @p profile's secret is only held in memory for this session.
    bool secretIsForThisSessionOnly(const Profile& profile) const;

    /// Removes the profile and its secret.
    void remove(qint64 profileId, QObject* context, DoneCallback done);

    /// Tries the connection with @p secret, or with the stored secret when none is given.
    void testConnection(const Profile& profile, std::optional<QString> secret, QObject* context, DoneCallback done);

Q_SIGNALS:
    void profilesChanged();

private:
    /// Trims @p profile, checks it and gives it a secret key; false with @p done called when it has problems.
    bool prepare(Profile* profile, bool hasSecret, const SaveCallback& done) const;
    /// Writes @p profile to the database and tells @p done, if @p context still lives.
    void store(const Profile& profile, const QPointer<QObject>& context, const SaveCallback& done);

    ProfileRepository& m_profiles;
    SecretStore& m_secrets;
    ProviderRegistry& m_providers;
};

} // namespace herald
