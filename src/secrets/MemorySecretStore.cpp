#include "secrets/MemorySecretStore.h"

namespace herald {

MemorySecretStore::MemorySecretStore(QString backendName)
    : m_backendName(backendName.isEmpty() ? tr("This session only") : std::move(backendName))
{ }

QString MemorySecretStore::backendName() const
{
    return m_backendName;
}

void MemorySecretStore::setFailure(SecretResult::Status status, QString message)
{
    m_failure = status;
    m_failureMessage = std::move(message);
}

void MemorySecretStore::clearFailure()
{
    setFailure(SecretResult::Status::Ok, QString());
}

bool MemorySecretStore::failIfSet(QObject* context, SecretCallback& done)
{
    if (m_failure == SecretResult::Status::Ok)
        return false;
    postSecretResult(context, std::move(done), SecretResult::failure(m_failure, m_failureMessage));
    return true;
}

// The hash changes at once and only the callback waits, so operations made one after another see
// each other's effects in order, as they do in the keychain's job queue.
void MemorySecretStore::write(const QString& key, const QString& secret, QObject* context, SecretCallback done)
{
    if (failIfSet(context, done))
        return;
    m_secrets.insert(key, secret);
    postSecretResult(context, std::move(done), SecretResult::success());
}

void MemorySecretStore::read(const QString& key, QObject* context, SecretCallback done)
{
    if (failIfSet(context, done))
        return;
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd()) {
        postSecretResult(context, std::move(done),
            SecretResult::failure(SecretResult::Status::NotFound,
                QCoreApplication::translate("herald::MemorySecretStore", "No password is stored for this session.")));
        return;
    }
    postSecretResult(context, std::move(done), SecretResult::success(*it));
}

void MemorySecretStore::remove(const QString& key, QObject* context, SecretCallback done)
{
    if (failIfSet(context, done))
        return;
    m_secrets.remove(key);
    postSecretResult(context, std::move(done), SecretResult::success());
}

} // namespace herald
