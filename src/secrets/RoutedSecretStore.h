#pragma once

#include "secrets/MemorySecretStore.h"

namespace herald {

/**
 * Sends keys that start with "session/" to an in-memory store and everything else to the
 * keychain. The built-in sandbox's credentials are made anew each run, so they belong to the
 * session, while real profiles' secrets must outlive it. A keychain key whose secret the operator
 * chose to keep for this session only (holdForSession) is answered from memory, until removed.
 */
class RoutedSecretStore final : public SecretStore
{
public:
    RoutedSecretStore(MemorySecretStore& session, SecretStore& persistent);

    static QString sessionKey(const QString& name) { return QStringLiteral("session/") + name; }

    void write(const QString& key, const QString& secret, QObject* context, SecretCallback done) override;
    void read(const QString& key, QObject* context, SecretCallback done) override;
    void remove(const QString& key, QObject* context, SecretCallback done) override;
    QString backendName() const override;
    bool holdForSession(const QString& key, const QString& secret) override;
    bool isHeldForSession(const QString& key) const override;

private:
    MemorySecretStore& m_session;
    SecretStore& m_persistent;
};

} // namespace herald
