#include "secrets/SecretStore.h"

#include <QMetaObject>
#include <QPointer>
#include <QTimer>

namespace herald {

Q_LOGGING_CATEGORY(lcSecrets, "herald.secrets")

SecretResult SecretResult::success(QString secret)
{
    SecretResult result;
    result.status = Status::Ok;
    result.secret = std::move(secret);
    return result;
}

SecretResult SecretResult::failure(Status status, QString message)
{
    SecretResult result;
    result.status = status;
    result.message = std::move(message);
    return result;
}

bool SecretStore::holdForSession(const QString&, const QString&)
{
    return false;
}

bool SecretStore::isHeldForSession(const QString&) const
{
    return false;
}

void postSecretResult(QObject* context, SecretCallback done, SecretResult result)
{
    if (!done)
        return;
    auto deliver = [done = std::move(done), result = std::move(result)]() {
        done(result);
    };
    if (!context) {
        QTimer::singleShot(0, std::move(deliver));
        return;
    }
    // Qt drops a destroyed object's pending queued calls; the QPointer keeps that promise explicit
    // even if the context is deleted from another thread while the call is in flight.
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        context,
        [guard, deliver = std::move(deliver)]() {
            if (guard)
                deliver();
        },
        Qt::QueuedConnection);
}

} // namespace herald
