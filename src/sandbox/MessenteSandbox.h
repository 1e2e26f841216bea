#pragma once

#include "sandbox/SandboxCommon.h"

#include <QDateTime>
#include <QHash>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>

QT_BEGIN_NAMESPACE
class QHttpServer;
class QHttpServerResponse;
class QUrl;
QT_END_NAMESPACE

namespace herald::sandbox {

/**
 * Messente's Omnichannel API as the sandbox serves it under /v1: HTTP Basic auth, validation of
 * POST /omnimessage (and the bulk /omnimessages) with Messente's error envelope and codes, delivery
 * reports whose statuses progress with time and by the recipient's last digits, and cancelling
 * scheduled messages. An omnimessage with a dlr_url gets each status posted there as Messente's
 * delivery-report callback. GET /whatsapp/wabas/{wabaId}/templates lists a fixed set of WhatsApp
 * templates for the one WABA the sandbox knows, page by page. docs/sandbox.md lists the outcomes.
 *
 * State is kept in memory for the sandbox's lifetime; statuses are worked out from the clock when a
 * report is asked for. Only dlr_url callbacks are timed, through the server's CallbackDispatcher.
 */
class MessenteSandbox
{
public:
    /** hooks.speed scales every lifecycle time (2.0 = twice as fast); hooks.record sees every request first. */
    MessenteSandbox(QString user, QString password, QString wabaId, ProviderHooks hooks);
    ~MessenteSandbox();
    Q_DISABLE_COPY_MOVE(MessenteSandbox)

    /** Adds the /v1 routes. The server must not outlive this object. */
    void registerRoutes(QHttpServer& server);

private:
    /// One channel of an omnimessage's fallback chain.
    struct Attempt
    {
        QString channel;
        QString messageId;
        QString sender;
        qint64 validityMs = -1; ///< ttl/validity in unscaled milliseconds; -1 when none was given
    };

    struct Omnimessage
    {
        QString id;
        QString to;
        QList<Attempt> chain;
        QDateTime acceptedAt;
        QDateTime startsAt; ///< the later of acceptance and time_to_send
        QDateTime deletedAt; ///< valid once a scheduled message was cancelled
    };

    using Handler = std::function<QHttpServerResponse()>;

    /// Records the request, then answers 401, 404 (allowed = Unknown), 405, or what handler returns.
    QHttpServerResponse serve(
        const QHttpServerRequest& request, QHttpServerRequest::Method allowed, const Handler& handler);
    bool isAuthorized(const QHttpServerRequest& request) const;

    QHttpServerResponse send(const QByteArray& body, bool bulk); ///< POST /omnimessage or /omnimessages
    QHttpServerResponse status(const QString& id) const;
    QHttpServerResponse cancel(const QString& id);
    /// GET /whatsapp/wabas/{wabaId}/templates
    QHttpServerResponse templates(const QString& wabaId, const QHttpServerRequest& request) const;

    /// Validates one Omnimessage; on success stores it and fills `created`, else fills `errors`.
    /// (Both may point to the same object.)
    bool accept(const QJsonObject& payload, QJsonObject* created, QJsonObject* errors);
    QJsonArray statuses(const Omnimessage& message, const QDateTime& now) const;
    /// Schedules a delivery-report callback to dlrUrl for every status the message will reach.
    void scheduleReports(const Omnimessage& message, const QUrl& dlrUrl);
    qint64 scaled(qint64 lifecycleMs) const;

    const QString m_user;
    const QString m_password;
    const QString m_wabaId;
    const QList<QJsonObject> m_templates;
    const ProviderHooks m_hooks;
    QHash<QString, Omnimessage> m_messages;
};

} // namespace herald::sandbox
