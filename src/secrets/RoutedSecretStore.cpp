#include "secrets/RoutedSecretStore.h"

namespace herald {

namespace {

bool isSessionKey(const QString& key)
{
    return key.startsWith(QLatin1String("session/"));
}

} // namespace

RoutedSecretStore::RoutedSecretStore(MemorySecretStore& session, SecretStore& persistent)
    : m_session(session)
    , m_persistent(persistent)
{ }

void RoutedSecretStore::write(const QString& key, const QString& secret, QObject* context, SecretCallback done)
{
    if (isSessionKey(key)) {
        m_session.write(key, secret, context, std::move(done));
        return;
    }
    // Once the keychain has the secret, the copy held in memory has served its purpose.
    m_persistent.write(key, secret, context, [this, key, done = std::move(done)](const SecretResult& result) {
        if (result.ok())
            m_session.forget(key);
        if (done)
            done(result);
    });
}

void RoutedSecretStore::read(const QString& key, QObject* context, SecretCallback done)
{
    if (isSessionKey(key) || m_session.contains(key))
        m_session.read(key, context, std::move(done));
    else
        m_persistent.read(key, context, std::move(done));
}

void RoutedSecretStore::remove(const QString& key, QObject* context, SecretCallback done)
{
    if (isSessionKey(key)) {
        m_session.remove(key, context, std::move(done));
        return;
    }
    // Forgotten in memory at once; the keychain may still hold an older copy from an earlier session.
    m_session.forget(key);
    m_persistent.remove(key, context, std::move(done));
}

QString RoutedSecretStore::backendName() const
{
    return m_persistent.backendName();
}

bool RoutedSecretStore::holdForSession(const QString& key, const QString& secret)
{
    m_session.hold(key, secret);
    return true;
}

bool RoutedSecretStore::isHeldForSession(const QString& key) const
{
    return !isSessionKey(key) && m_session.contains(key);
}

} // namespace herald
