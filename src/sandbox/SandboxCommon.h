#pragma once

// Helpers every provider of the sandbox shares. Internal to src/sandbox: not part of its public API.

#include "sandbox/SandboxServer.h"

#include <QHttpServerRequest>
#include <QString>
#include <functional>

namespace herald::sandbox {

class CallbackDispatcher;
class NetworkConditions;

/// What a provider's sandbox gets from the server that hosts it.
struct ProviderHooks
{
    std::function<void(RecordedRequest)> record; ///< sees every request first
    /// Counts one accepted message for `provider` ("messente", "bird", "kaleyra") to E.164 `recipient`.
    std::function<void(const QString& provider, const QString& recipient)> accepted;
    CallbackDispatcher* callbacks = nullptr; ///< posts status callbacks; owned by the server
    /// Every provider route answers through it (latency, rate limit, faults); owned by the server.
    NetworkConditions* conditions = nullptr;
    double speed = 1.0; ///< lifecycle time scale
    QDateTime startedAt; ///< when the sandbox was created (UTC)
};

/// "GET", "POST", … as the request names it.
QString methodName(QHttpServerRequest::Method method);

/// A lowercase UUID without braces, as every provider writes them.
QString newUuid();

/// `bytes` random bytes as base64url without padding (safe in headers, paths and query strings).
QString randomToken(int bytes);

/// E.164 as the sandbox reads it: "+", then 7 to 15 digits, the first not 0.
bool isE164(const QString& number);

/// An unscaled lifecycle time in milliseconds divided by the speed.
qint64 scaledMs(qint64 lifecycleMs, double speed);

/// What the sandbox records of a request. The path is kept without its query, so a key passed there is not.
RecordedRequest recordOf(const QHttpServerRequest& request, bool authorized);

} // namespace herald::sandbox
