#include "sandbox/CallbackDispatcher.h"

#include "sandbox/SandboxServer.h"

#include <QJsonDocument>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <algorithm>
#include <climits>
#include <iterator>

namespace herald::sandbox {
namespace {

constexpr int kRetryDelaysMs[] = { 200, 400, 800 };
constexpr int kMaxRetries = static_cast<int>(std::size(kRetryDelaysMs));
constexpr int kTransferTimeoutMs = 5000;

/// Where a callback goes, for the log: scheme, host and port only, since a path or query may hold a token.
QString targetOf(const QUrl& url)
{
    return url.toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
}

/// Why a callback failed, for the log: the HTTP status, or the name of the network error (never errorString(),
/// which can quote the whole URL).
QString failureOf(const QNetworkReply* reply, int status)
{
    if (status != 0)
        return QStringLiteral("HTTP %1").arg(status);
    const char* key = QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(reply->error());
    return QString::fromLatin1(key ? key : "UnknownNetworkError");
}

} // namespace

CallbackDispatcher::CallbackDispatcher(QObject* parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{ }

CallbackDispatcher::~CallbackDispatcher()
{
    // Replies must not report back into a half-destroyed dispatcher.
    for (Queue& queue : m_queues) {
        if (queue.reply) {
            queue.reply->disconnect(this);
            queue.reply->abort();
            delete queue.reply;
            queue.reply = nullptr;
        }
    }
}

int CallbackDispatcher::pending() const
{
    int count = 0;
    for (const Queue& queue : m_queues)
        count += static_cast<int>(queue.items.size());
    return count;
}

void CallbackDispatcher::schedule(qint64 delayMs, const QString& queue, const QUrl& url, Payload payload)
{
    const auto fire = [this, queue, url, payload = std::move(payload)] {
        if (const std::optional<QJsonObject> json = payload())
            enqueue(queue, { url, QJsonDocument(*json).toJson(QJsonDocument::Compact), 0 });
    };
    QTimer::singleShot(static_cast<int>(std::clamp<qint64>(delayMs, 0, INT_MAX)), this, fire);
}

void CallbackDispatcher::enqueue(const QString& queue, Item item)
{
    Queue& q = m_queues[queue];
    q.items.append(std::move(item));
    if (q.items.size() == 1)
        sendFirst(queue);
}

void CallbackDispatcher::sendFirst(const QString& queue)
{
    Queue& q = m_queues[queue];
    const Item& item = q.items.first();
    QNetworkRequest request(item.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("herald-sandbox"));
    request.setTransferTimeout(kTransferTimeoutMs);
    QNetworkReply* reply = m_nam->post(request, item.body);
    q.reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, queue, reply] { finished(queue, reply); });
}

void CallbackDispatcher::finished(const QString& queue, QNetworkReply* reply)
{
    reply->deleteLater();
    const auto it = m_queues.find(queue);
    if (it == m_queues.end() || it->reply != reply)
        return;
    it->reply = nullptr;
    Item& item = it->items.first();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const int status = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    if (status >= 200 && status < 400) {
        ++m_delivered;
        next(queue);
        return;
    }
    const bool retryable = status == 0 || status >= 500; // unreachable, timed out, or a server error
    if (retryable && item.attempt < kMaxRetries) {
        const int delay = kRetryDelaysMs[item.attempt];
        ++item.attempt;
        qCDebug(lcSandbox).noquote() << "callback to" << targetOf(item.url) << "failed:" << failureOf(reply, status)
                                     << "- retry" << item.attempt << "in" << delay << "ms";
        QTimer::singleShot(delay, this, [this, queue] { sendFirst(queue); });
        return;
    }
    ++m_dropped;
    qCWarning(lcSandbox).noquote() << "callback to" << targetOf(item.url) << "dropped after" << item.attempt + 1
                                   << "attempt(s):" << failureOf(reply, status);
    next(queue);
}

void CallbackDispatcher::next(const QString& queue)
{
    Queue& q = m_queues[queue];
    q.items.removeFirst();
    if (q.items.isEmpty())
        m_queues.remove(queue);
    else
        sendFirst(queue);
}

} // namespace herald::sandbox
