#pragma once

#include <QLoggingCategory>
#include <QObject>
#include <QString>
#include <functional>

namespace herald {

Q_DECLARE_LOGGING_CATEGORY(lcSecrets)

/** The outcome of one secret store operation. */
struct SecretResult
{
    enum class Status
    {
        Ok,
        NotFound,
        Unavailable, // no keychain, keychain locked, or D-Bus / the Secret Service missing
        Denied,
        Failed
    };

    Status status = Status::Failed;
    QString secret; // set for a successful read
    QString message; // in plain words for the operator when not Ok; never contains the secret

    bool ok() const { return status == Status::Ok; }

    static SecretResult success(QString secret = QString());
    static SecretResult failure(Status status, QString message);
};

using SecretCallback = std::function<void(const SecretResult&)>;

/**
 * Where Herald keeps provider passwords. Asynchronous because the OS keychain is: every callback
 * runs later on the thread of `context`, never synchronously inside the call, and is dropped if
 * `context` is destroyed first. Operations on one store complete in the order they were made.
 */
class SecretStore
{
public:
    virtual ~SecretStore() = default;

    virtual void write(const QString& key, const QString& secret, QObject* context, SecretCallback done) = 0;
    virtual void read(const QString& key, QObject* context, SecretCallback done) = 0;
    /** Removing a key that is not there is Ok. */
    virtual void remove(const QString& key, QObject* context, SecretCallback done) = 0;
    /** For the UI, e.g. "System keychain" or "This session only". */
    virtual QString backendName() const = 0;

    /**
     * Keeps @p secret for @p key in this process's memory until Herald quits, for when the keychain
     * cannot take it and the operator chose to go on without it. Later reads of @p key answer it; a
     * remove forgets it. Returns false when this store has no such place (the default).
     */
    virtual bool holdForSession(const QString& key, const QString& secret);
    /// Whether @p key's secret is only held in memory (see holdForSession).
    virtual bool isHeldForSession(const QString& key) const;
};

/**
 * Hands `result` to `done` from the event loop of `context`'s thread, not before the caller
 * returns; nothing happens if `context` is destroyed first. A null context means the current
 * thread with no lifetime guard.
 */
void postSecretResult(QObject* context, SecretCallback done, SecretResult result);

} // namespace herald
