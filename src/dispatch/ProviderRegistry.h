#pragma once

#include "core/Profile.h"
#include "providers/HttpTransport.h"
#include "providers/Provider.h"

#include <QObject>
#include <chrono>
#include <functional>
#include <memory>
#include <unordered_map>

namespace herald {

class ProfileRepository;
class SecretStore;

/// Builds a provider for a profile and its secret; injectable so tests can supply fakes.
using ProviderFactory = std::function<std::unique_ptr<Provider>(const Profile& profile, const QString& secret)>;

/**
 * The factory for the real providers. Each request takes its manager from @p network (one
 * QNetworkAccessManager, or a NetworkPool in turn); each gives up after @p timeout.
 */
ProviderFactory networkProviderFactory(
    NetworkAccess network, std::chrono::milliseconds timeout = HttpTransport::kDefaultTimeout);

/**
 * Hands out one provider per profile, reading the profile's secret from the secret store the
 * first time it is needed and keeping it in memory only for as long as the provider lives.
 */
class ProviderRegistry : public QObject
{
    Q_OBJECT
public:
    /// @p provider is null when it could not be built; @p error then says why in words.
    using ReadyCallback = std::function<void(Provider* provider, const QString& error)>;

    ProviderRegistry(
        ProfileRepository& profiles, SecretStore& secrets, ProviderFactory factory, QObject* parent = nullptr);
    ~ProviderRegistry() override;

    void acquire(qint64 profileId, QObject* context, ReadyCallback done);
    /// Drops the cached provider (after the profile or its secret changed).
    void invalidate(qint64 profileId);

    /// A provider for a profile that may not be saved yet (the profile dialog's "Test connection").
    std::unique_ptr<Provider> create(const Profile& profile, const QString& secret) const;

Q_SIGNALS:
    /// The provider handed out for @p profileId is gone; holders must acquire() again.
    void invalidated(qint64 profileId);

private:
    ProfileRepository& m_profiles;
    SecretStore& m_secrets;
    ProviderFactory m_factory;
    std::unordered_map<qint64, std::unique_ptr<Provider>> m_providers;
};

} // namespace herald
