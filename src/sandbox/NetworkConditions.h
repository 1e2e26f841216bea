#pragma once

// Latency, jitter, rate limiting and fault injection for the sandbox's provider routes. Internal to
// src/sandbox: not part of its public API. docs/sandbox.md describes the behaviour.

#include "sandbox/SandboxServer.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHttpServerResponder>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <deque>
#include <functional>
#include <optional>
#include <random>

QT_BEGIN_NAMESPACE
class QHttpServerRequest;
class QHttpServerResponse;
class QTcpSocket;
QT_END_NAMESPACE

namespace herald::sandbox {

/// A provider's error body for an answer the network conditions give in its name (429, 5xx).
using ErrorShape = QJsonObject (*)(QHttpServerResponder::StatusCode status, const QString& message);

/// The provider a request is for, as the network conditions see it.
struct ProviderGate
{
    QString name; ///< "messente", "bird", "kaleyra": one rate-limit window each
    ErrorShape errorShape = nullptr;
};

/**
 * Puts every provider request through the sandbox's network conditions: a sliding one-second rate
 * limit per provider (429 + Retry-After), a seeded share of faults (server_error, hung, dropped,
 * malformed), and a delay of latency ± jitter before the answer is written.
 *
 * Delayed answers do not block the event loop: the route hands over its QHttpServerResponder, which
 * is kept with the finished QHttpServerResponse and written from a timer later. A client that hangs up
 * meanwhile is noticed through a QPointer to the socket, and its answer is dropped.
 * Lives in the sandbox's thread.
 */
class NetworkConditions
{
public:
    struct Settings
    {
        int latencyMs = 0;
        int jitterMs = 0;
        int rateLimit = 0; ///< 0 = none
        double faultRate = 0.0;
        quint32 seed = 0;
        /// When set, the share of each fault kind (server error, hung, dropped, malformed) instead of faultRate.
        std::optional<SandboxOptions::FaultMix> mix;
        double hostileRate = 0.0; ///< share of unfaulted requests answered with a hostile body
        QUrl redirectTo; ///< when valid, every request is answered 307 to here
    };

    explicit NetworkConditions(Settings settings);
    ~NetworkConditions();
    Q_DISABLE_COPY_MOVE(NetworkConditions)

    /// Whether any condition differs from a plain, immediate server.
    bool active() const;

    /**
     * Answers one provider request. Calls `process` (the provider's own handling) at most once and before
     * it returns, unless the request is rate-limited or gets a server_error fault; the answer itself may be
     * written later, or never (hung), or replaced by closing the connection (dropped).
     */
    void serve(const ProviderGate& gate, const QHttpServerRequest& request, QHttpServerResponder&& responder,
        const std::function<QHttpServerResponse()>& process);

    /// Adds requestsTotal, rateLimited, faults and redirected to `stats`.
    void addTo(SandboxStats* stats) const;

private:
    enum class Fault
    {
        None,
        ServerError,
        Hung,
        Dropped,
        Malformed
    };

    bool admit(const QString& provider); ///< false when the provider's window is full
    Fault drawFault();
    int drawDelayMs();
    /// Writes `response` after the drawn delay, or at once when it is 0.
    void deliver(QHttpServerResponder&& responder, QHttpServerResponse&& response);
    /// Closes the connection unanswered after the drawn delay (never inside the route handler).
    void drop(QTcpSocket* socket);

    const Settings m_settings;
    std::mt19937 m_faultRandom; ///< one draw per request for "fault or not", one for the kind
    std::mt19937 m_jitterRandom; ///< separate, so a jitter setting never changes the fault sequence
    std::mt19937 m_hostileRandom; ///< separate too, so hostile answers never change the fault sequence
    int m_hostileServed = 0; ///< the next hostile kind is m_hostileServed % kHostileKinds
    QElapsedTimer m_clock;
    QHash<QString, std::deque<qint64>> m_windows; ///< provider → admission times within the last second
    QObject m_context; ///< owns the timers of pending answers: they die with this object
    SandboxStats m_counts; ///< only requestsTotal, rateLimited and faults are used
};

} // namespace herald::sandbox
