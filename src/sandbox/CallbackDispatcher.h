#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>
#include <functional>
#include <optional>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkReply;
QT_END_NAMESPACE

namespace herald::sandbox {

/**
 * Posts the sandbox's status callbacks (Kaleyra's callback_url, Messente's dlr_url) as JSON.
 *
 * Callbacks of one queue (one message) are posted one after the other, in the order they were due,
 * so a receiver sees them in lifecycle order. A target that cannot be reached (refused, timed out) or
 * answers 5xx is retried after 0.2, 0.4 and 0.8 s, then the callback is dropped; a 4xx answer drops it
 * at once. Nothing of it ever blocks or fails the request that scheduled it.
 *
 * Owns its QNetworkAccessManager; destroying the dispatcher cancels every pending callback.
 * Internal to src/sandbox.
 */
class CallbackDispatcher : public QObject
{
public:
    /// Returns the JSON to post when the callback is due, or nothing if it is no longer wanted.
    using Payload = std::function<std::optional<QJsonObject>()>;

    explicit CallbackDispatcher(QObject* parent = nullptr);
    ~CallbackDispatcher() override;
    Q_DISABLE_COPY_MOVE(CallbackDispatcher)

    /// After `delayMs` (0 or less: on the next event-loop turn), asks `payload` and posts what it returns.
    void schedule(qint64 delayMs, const QString& queue, const QUrl& url, Payload payload);

    int delivered() const { return m_delivered; } ///< answered 2xx or 3xx
    int dropped() const { return m_dropped; } ///< given up on
    int pending() const; ///< queued or in flight, not counting those still waiting for their time

private:
    struct Item
    {
        QUrl url;
        QByteArray body;
        int attempt = 0;
    };
    struct Queue
    {
        QList<Item> items; ///< the first one is the one in flight or waiting for a retry
        QNetworkReply* reply = nullptr;
    };

    void enqueue(const QString& queue, Item item);
    void sendFirst(const QString& queue);
    void finished(const QString& queue, QNetworkReply* reply);
    void next(const QString& queue); ///< drops the first item and sends the one after it

    QNetworkAccessManager* m_nam; ///< a child of this
    QHash<QString, Queue> m_queues;
    int m_delivered = 0;
    int m_dropped = 0;
};

} // namespace herald::sandbox
