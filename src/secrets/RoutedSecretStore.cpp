#include "secrets/RoutedSecretStore.h"

namespace herald {

RoutedSecretStore::RoutedSecretStore(SecretStore& session, SecretStore& persistent)
    : m_session(session)
    , m_persistent(persistent)
{ }

SecretStore& RoutedSecretStore::storeFor(const QString& key) const
{
    return key.startsWith(QLatin1String("session/")) ? m_session : m_persistent;
}

void RoutedSecretStore::write(const QString& key, const QString& secret, QObject* context, SecretCallback done)
{
    storeFor(key).write(key, secret, context, std::move(done));
}

void RoutedSecretStore::read(const QString& key, QObject* context, SecretCallback done)
{
    storeFor(key).read(key, context, std::move(done));
}

void RoutedSecretStore::remove(const QString& key, QObject* context, SecretCallback done)
{
    storeFor(key).remove(key, context, std::move(done));
}

QString RoutedSecretStore::backendName() const
{
    return m_persistent.backendName();
}

} // namespace herald
