#pragma once

#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QHash>

namespace herald {

/**
 * Secrets kept in memory only: for session-only credentials (gone when Herald quits) and as a
 * fake keychain in tests of the layers above. Behaves like the keychain store: asynchronous
 * callbacks, removing a missing key is Ok, and setFailure() simulates an unreachable keychain.
 */
class MemorySecretStore final : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(herald::MemorySecretStore)

public:
    explicit MemorySecretStore(QString backendName = QString());

    void write(const QString& key, const QString& secret, QObject* context, SecretCallback done) override;
    void read(const QString& key, QObject* context, SecretCallback done) override;
    void remove(const QString& key, QObject* context, SecretCallback done) override;
    QString backendName() const override;

    /**
     * Makes every later operation fail with `status` and `message` and change nothing, until
     * clearFailure() (or setFailure(Status::Ok, {})).
     */
    void setFailure(SecretResult::Status status, QString message);
    void clearFailure();

    bool contains(const QString& key) const { return m_secrets.contains(key); }
    /// Stores or drops @p key at once, whatever setFailure() says: for holding secrets in memory on purpose.
    void hold(const QString& key, const QString& secret) { m_secrets.insert(key, secret); }
    void forget(const QString& key) { m_secrets.remove(key); }
    qsizetype count() const { return m_secrets.size(); }

private:
    bool failIfSet(QObject* context, SecretCallback& done);

    QString m_backendName;
    QHash<QString, QString> m_secrets;
    SecretResult::Status m_failure = SecretResult::Status::Ok;
    QString m_failureMessage;
};

} // namespace herald
