#include "secrets/KeychainSecretStore.h"

#include <QPointer>
#include <qt6keychain/keychain.h>

namespace herald {

namespace {

enum class Operation
{
    Write,
    Read,
    Remove
};

const char* operationName(Operation operation)
{
    switch (operation) {
    case Operation::Write:
        return "write";
    case Operation::Read:
        return "read";
    case Operation::Remove:
        return "remove";
    }
    return "?";
}

/**
 * QtKeychain's libsecret backend reports everything but "not found" and "locked" as OtherError,
 * including a missing session bus ("Cannot autolaunch D-Bus without X11 $DISPLAY"), a bus socket
 * that is gone ("Could not connect: …") and a Secret Service without a usable collection
 * ("Object does not exist at path …/collection/login"). Those mean the keychain is not there to
 * use, which the operator fixes differently from a real failure, so tell them apart by the text.
 */
bool looksUnreachable(const QString& detail)
{
    static const char* const hints[] = {
        "D-Bus", "DBus", "autolaunch", "Could not connect", "org.freedesktop.secrets", "org.freedesktop.DBus",
        "/org/freedesktop/secrets", "Object does not exist", "No such interface", "not provided by any .service files",
        "ServiceUnknown", "No keychain service", "No keyring daemon", "not running", "Connection refused",
        "Unknown error", // QtKeychain's text when no backend library could be loaded
    };
    for (const char* hint : hints) {
        if (detail.contains(QLatin1String(hint), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

SecretResult::Status statusFor(QKeychain::Error error, const QString& detail, Operation operation)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretResult::Status::Ok;
    case QKeychain::EntryNotFound:
        // Removing what is not there leaves the keychain as the caller wants it.
        return operation == Operation::Remove ? SecretResult::Status::Ok : SecretResult::Status::NotFound;
    case QKeychain::AccessDeniedByUser:
        return SecretResult::Status::Denied;
    case QKeychain::AccessDenied: // what libsecret reports for a locked collection
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretResult::Status::Unavailable;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        return looksUnreachable(detail) ? SecretResult::Status::Unavailable : SecretResult::Status::Failed;
    }
    return SecretResult::Status::Failed;
}

QString consequence(Operation operation)
{
    switch (operation) {
    case Operation::Write:
        return KeychainSecretStore::tr("The password was not saved anywhere.");
    case Operation::Read:
        return KeychainSecretStore::tr("The saved password could not be read.");
    case Operation::Remove:
        return KeychainSecretStore::tr("The password may still be in the keychain.");
    }
    return QString();
}

QString messageFor(SecretResult::Status status, QKeychain::Error error, QString detail, Operation operation)
{
    detail = detail.trimmed();
    while (detail.endsWith(QLatin1Char('.')))
        detail.chop(1);
    if (detail.isEmpty())
        detail = KeychainSecretStore::tr("no details were given");

    QString what;
    switch (status) {
    case SecretResult::Status::Ok:
        return QString();
    case SecretResult::Status::NotFound:
        return KeychainSecretStore::tr("No password for this entry is stored in the system keychain.");
    case SecretResult::Status::Unavailable:
        // gnome-keyring answers for a locked or missing default keyring it could not prompt about
        // with "Object does not exist at path …/collection/login": reached, but not usable.
        what = error == QKeychain::AccessDenied || detail.contains(QLatin1String("/collection/"))
            ? KeychainSecretStore::tr("The system keychain (Secret Service) is locked or has no default keyring, "
                                      "and it could not ask to unlock it: %1. Unlock the keyring and try again.")
                  .arg(detail)
            : KeychainSecretStore::tr("The system keychain (Secret Service) could not be reached: %1.").arg(detail);
        break;
    case SecretResult::Status::Denied:
        what = KeychainSecretStore::tr("Access to the system keychain was denied: %1.").arg(detail);
        break;
    case SecretResult::Status::Failed:
        what = KeychainSecretStore::tr("The system keychain (Secret Service) reported an error: %1.").arg(detail);
        break;
    }
    return what + QLatin1Char(' ') + consequence(operation);
}

template<typename Job> Job* makeJob(const QString& service, const QString& key)
{
    // Not parented to the caller's context: libsecret answers into the job through a raw pointer,
    // so a job deleted early would be a use-after-free. Auto-delete ends it after it answers.
    auto* job = new Job(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text QSettings copy of the password
    job->setKey(key);
    return job;
}

/**
 * Turns the job's answer into a SecretResult for `done`. `secretToHide` is removed from the
 * backend's text, so a message can never carry the password even if a backend echoed it.
 */
void finishWith(QKeychain::Job* job, Operation operation, QPointer<QObject> context, bool hadContext,
    SecretCallback done, const QString& secretToHide = QString())
{
    QObject::connect(job, &QKeychain::Job::finished, job,
        [operation, context, hadContext, done = std::move(done), secretToHide](QKeychain::Job* finished) {
            const QKeychain::Error error = finished->error();
            QString detail = finished->errorString();
            if (!secretToHide.isEmpty())
                detail.replace(secretToHide, QStringLiteral("•••"));
            SecretResult result;
            result.status = statusFor(error, detail, operation);
            if (result.ok()) {
                if (operation == Operation::Read)
                    result.secret = qobject_cast<QKeychain::ReadPasswordJob*>(finished)->textData();
                qCDebug(lcSecrets).nospace()
                    << "keychain " << operationName(operation) << " of " << finished->key() << " done";
            } else {
                result.message = messageFor(result.status, error, detail, operation);
                if (result.status == SecretResult::Status::NotFound)
                    qCDebug(lcSecrets).nospace()
                        << "keychain " << operationName(operation) << " of " << finished->key() << ": not found";
                else
                    qCWarning(lcSecrets).nospace()
                        << "keychain " << operationName(operation) << " of " << finished->key()
                        << " failed (QKeychain error " << static_cast<int>(error) << "): " << detail;
            }
            if (hadContext && !context)
                return; // the caller is gone; nobody is left to tell
            postSecretResult(context.data(), done, std::move(result));
        });
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{ }

QString KeychainSecretStore::backendName() const
{
    return tr("System keychain");
}

void KeychainSecretStore::write(const QString& key, const QString& secret, QObject* context, SecretCallback done)
{
    auto* job = makeJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setTextData(secret);
    finishWith(job, Operation::Write, context, context != nullptr, std::move(done), secret);
}

void KeychainSecretStore::read(const QString& key, QObject* context, SecretCallback done)
{
    finishWith(makeJob<QKeychain::ReadPasswordJob>(m_service, key), Operation::Read, context, context != nullptr,
        std::move(done));
}

void KeychainSecretStore::remove(const QString& key, QObject* context, SecretCallback done)
{
    finishWith(makeJob<QKeychain::DeletePasswordJob>(m_service, key), Operation::Remove, context, context != nullptr,
        std::move(done));
}

} // namespace herald
