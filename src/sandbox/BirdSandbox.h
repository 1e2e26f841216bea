#pragma once

#include "sandbox/SandboxCommon.h"

#include <QDateTime>
#include <QHash>
#include <QHttpServerRequest>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

QT_BEGIN_NAMESPACE
class QHttpServer;
class QHttpServerResponse;
class QUrlQuery;
QT_END_NAMESPACE

namespace herald::sandbox {

/**
 * Bird's Channels API as the sandbox serves it under /workspaces/{workspaceId}/channels/{channelId}:
 * sending a message (POST …/messages) with Bird's validation and error shapes, reading one message
 * (GET …/messages/{id}) whose status progresses with time and by the recipient's last digits,
 * listing messages (GET …/messages?limit=N) and a contact's customer-service window
 * (GET …/contacts/{contactId}). docs/sandbox.md lists the outcomes and the service windows.
 *
 * Statuses are worked out from the clock when a message is read, so nothing runs in the background.
 */
class BirdSandbox
{
public:
    struct Account
    {
        QString workspaceId;
        QString channelId;
        QString accessKey;
    };

    BirdSandbox(Account account, ProviderHooks hooks);
    ~BirdSandbox();
    Q_DISABLE_COPY_MOVE(BirdSandbox)

    /** Adds the /workspaces routes. The server must not outlive this object. */
    void registerRoutes(QHttpServer& server);

    /// When the number's customer-service window ends: 24 h after the sandbox started for numbers ending
    /// in 11, an hour before it started (so already closed) for 12, and invalid (no window) for the rest.
    QDateTime serviceWindowExpireAt(const QString& number) const;

private:
    struct Message
    {
        QString id;
        QString to;
        QJsonObject echo; ///< request fields the Message object repeats: template or body, reference, tags, …
        QDateTime createdAt;
        QDateTime startsAt; ///< the later of creation and scheduledFor
        bool scheduled = false; ///< scheduledFor was in the future when it was accepted
        qint64 validityMs = -1; ///< unscaled; -1 when none was given
    };

    using Handler = std::function<QHttpServerResponse()>;

    /// Records the request, then answers 401, 404 (unknown workspace or channel, or allowed empty), 405,
    /// or what handler returns.
    QHttpServerResponse serve(const QHttpServerRequest& request, const QString& workspaceId, const QString& channelId,
        const QList<QHttpServerRequest::Method>& allowed, const Handler& handler);
    bool isAuthorized(const QHttpServerRequest& request) const;

    QHttpServerResponse send(const QByteArray& body);
    QHttpServerResponse message(const QString& id) const;
    QHttpServerResponse list(const QUrlQuery& query) const;
    QHttpServerResponse contact(const QString& contactId, const QUrlQuery& query) const;

    QJsonObject toJson(const Message& message, const QDateTime& now) const;

    const Account m_account;
    const ProviderHooks m_hooks;
    const QString m_connectorId; ///< the channel's connector, reported as the sender
    QHash<QString, Message> m_messages;
    QStringList m_order; ///< message ids, oldest first
};

} // namespace herald::sandbox
