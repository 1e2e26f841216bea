#pragma once

#include "secrets/SecretStore.h"

#include <QCoreApplication>

namespace herald {

/**
 * Secrets in the OS keychain through QtKeychain (on Linux the Secret Service over the D-Bus
 * session bus). There is deliberately no insecure fallback: when the keychain cannot be reached
 * the operation fails with Status::Unavailable and a plain-words message, and nothing is written
 * anywhere else.
 *
 * Use it from the main thread: QtKeychain queues all jobs on one executor, and its libsecret
 * backend answers through the GLib main context that the main thread's event loop runs.
 * Jobs outlive the store and their contexts safely; late answers are dropped.
 */
class KeychainSecretStore final : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(herald::KeychainSecretStore)

public:
    explicit KeychainSecretStore(QString service = QStringLiteral("io.github.heraldconsole.Herald"));

    void write(const QString& key, const QString& secret, QObject* context, SecretCallback done) override;
    void read(const QString& key, QObject* context, SecretCallback done) override;
    void remove(const QString& key, QObject* context, SecretCallback done) override;
    QString backendName() const override;

    /** The keychain "service" that, together with the key, names an entry. */
    QString service() const { return m_service; }

private:
    QString m_service;
};

} // namespace herald
