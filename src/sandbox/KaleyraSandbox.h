#pragma once

#include "sandbox/SandboxCommon.h"

#include <QString>

QT_BEGIN_NAMESPACE
class QHttpServer;
class QHttpServerResponse;
QT_END_NAMESPACE

namespace herald::sandbox {

namespace kaleyra {
struct SendRequest;
}

/**
 * Kaleyra's WhatsApp API v1 as the sandbox serves it: POST (or GET) /v1/{SID}/messages with the
 * `api-key` header, fields form-urlencoded, multipart or in the query string, Kaleyra's error codes
 * (RBC001, E13001, E13008, E13009, E413) and its send response. Kaleyra reports statuses only by
 * callback: when a request has a callback_url, each recipient's statuses are posted there as they
 * happen, by the recipient's last digits. docs/sandbox.md lists the outcomes and the callback format.
 */
class KaleyraSandbox
{
public:
    struct Account
    {
        QString sid;
        QString apiKey;
        QString fromNumber; ///< E.164; the only `from` the account may send from
    };

    KaleyraSandbox(Account account, ProviderHooks hooks);
    ~KaleyraSandbox();
    Q_DISABLE_COPY_MOVE(KaleyraSandbox)

    /** Adds the /v1/{SID}/messages route; it must go before Messente's /v1 catch-all. */
    void registerRoutes(QHttpServer& server);

private:
    QHttpServerResponse serve(const QHttpServerRequest& request, const QString& sid);
    bool isAuthorized(const QHttpServerRequest& request, const QString& sid) const;
    QHttpServerResponse send(const QHttpServerRequest& request);
    /// Schedules the status callbacks of recipient `index` of message `id`.
    void scheduleCallbacks(const QString& id, qsizetype index, const kaleyra::SendRequest& request);

    const Account m_account;
    const ProviderHooks m_hooks;
};

} // namespace herald::sandbox
