#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QLoggingCategory>
#include <QMap>
#include <QObject>
#include <QString>
#include <QUrl>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QHttpServer;
QT_END_NAMESPACE

Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

namespace herald::sandbox {

class BirdSandbox;
class CallbackDispatcher;
class KaleyraSandbox;
class MessenteSandbox;
class NetworkConditions;

/** How a sandbox behaves. Fixed for the sandbox's lifetime. */
struct SandboxOptions
{
    QString messenteUser = QStringLiteral("herald");
    QString messentePassword; ///< empty → a random one is generated at construction
    /// The one WhatsApp Business Account whose templates GET /v1/whatsapp/wabas/{wabaId}/templates lists.
    QString messenteWabaId = QStringLiteral("105954558954427");
    double speed = 1.0; ///< lifecycle time scale: 2.0 = twice as fast

    // Bird Channels API (paths /workspaces/{workspaceId}/channels/{channelId}/…)
    QString birdWorkspaceId; ///< empty → a random UUID
    QString birdChannelId; ///< empty → a random UUID
    QString birdAccessKey; ///< empty → a random key; accepted as "AccessKey <key>" and as "Bearer <key>"

    // Kaleyra WhatsApp API v1 (path /v1/{SID}/messages)
    QString kaleyraSid = QStringLiteral("HXSANDBOX0001"); ///< empty → "HXSANDBOX0001"
    QString kaleyraApiKey; ///< empty → a random key
    QString kaleyraFromNumber = QStringLiteral("+15550100000"); ///< the only `from` accepted; empty → this default

    // Network conditions on every provider route (never on /_sandbox/*). The defaults change nothing.
    int latencyMs = 0; ///< every answer is delayed by this many ms, without blocking other requests
    int jitterMs = 0; ///< … plus or minus a uniform random 0..jitterMs (the delay never goes below 0)
    int rateLimit = 0; ///< requests per second per provider (sliding one-second window); 0 = no limit
    double faultRate = 0.0; ///< share (0..1) of provider requests that get a fault, split evenly over the kinds
    /// Shares (0..1, summing to at most 1) of requests that get each kind of fault; when set, replaces faultRate.
    struct FaultMix
    {
        double serverError = 0;
        double hung = 0;
        double dropped = 0;
        double malformed = 0;
    };
    std::optional<FaultMix> faultMix;
    /// Share (0..1) of the requests that get no fault but a hostile answer instead (markup, wrong types,
    /// invalid UTF-8, deep nesting, an oversized body, a very long text), the kinds taken in turn.
    double hostileRate = 0.0;
    /// When valid, every provider request is answered 307 Temporary Redirect to this URL plus its path and query.
    QUrl redirectTo;
    std::optional<quint32> seed; ///< seeds jitter and faults; empty → a random seed, reported by options()
};

/** What the sandbox accepted so far, for duplicate and loss checks (also served at GET /_sandbox/stats). */
struct SandboxStats
{
    int acceptedTotal = 0; ///< messages accepted by every provider (one per recipient)
    QMap<QString, int> perRecipient; ///< E.164 number → accepted messages to it
    QMap<QString, int> perProvider; ///< "messente", "bird", "kaleyra" → accepted messages (all three always present)
    int callbacksDelivered = 0; ///< status callbacks the target answered with 2xx/3xx
    int callbacksDropped = 0; ///< status callbacks given up on after retries
    int callbacksPending = 0; ///< status callbacks due and queued or in flight

    /// Requests to a provider route (not /_sandbox/*, not unknown paths), whatever their answer.
    int requestsTotal = 0;
    int rateLimited = 0; ///< answered 429 by the rate limit: not processed, not accepted
    struct Faults
    {
        int serverError = 0; ///< answered 5xx: not processed, not accepted
        int hung = 0; ///< processed (and counted if accepted), then never answered
        int dropped = 0; ///< processed (and counted if accepted), then the connection was closed unanswered
        int malformed = 0; ///< processed (and counted if accepted), answered with its JSON body cut short
        int hostile = 0; ///< answered with a hostile body (processed first for some kinds, see HostileAnswers.h)
    } faults;
    int redirected = 0; ///< answered 307 to SandboxOptions::redirectTo: not processed
};

/** One HTTP request as the sandbox received it, before it answered. */
struct RecordedRequest
{
    QString method; ///< "GET", "POST", …
    QString path; ///< URL path without the query, e.g. "/v1/omnimessage"
    QByteArray body; ///< the raw request body
    bool authorized = false; ///< whether the request carried the right credentials for its provider
    QDateTime receivedAt; ///< UTC
};

/**
 * An in-process HTTP server on 127.0.0.1 that answers as the providers' real APIs do (Messente's
 * Omnichannel API under /v1, Bird's Channels API under /workspaces, Kaleyra's WhatsApp API v1 under
 * /v1/{SID}/messages), so Herald and its tests run without an account. GET /_sandbox/stats reports
 * what it accepted. docs/sandbox.md describes the behaviour.
 *
 * It reads and writes the wire formats with its own code and never uses src/providers: a mistake
 * on either side then shows up as a failing test instead of being mirrored.
 * Lives in the thread that created it; requests are served by that thread's event loop.
 */
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(SandboxOptions options = {}, QObject* parent = nullptr);
    ~SandboxServer() override;

    /** Listens on 127.0.0.1 only; 0 picks any free port. False if it cannot (or already listens). */
    bool listen(quint16 port = 0);
    quint16 port() const;
    QUrl baseUrl() const; ///< "http://127.0.0.1:PORT"
    QUrl messenteBaseUrl() const; ///< baseUrl() + "/v1": what a Messente profile uses as base URL
    QUrl birdBaseUrl() const; ///< baseUrl(): what a Bird profile uses as base URL
    QUrl kaleyraBaseUrl() const; ///< baseUrl(): what a Kaleyra profile uses as base URL
    /// A sample file the sandbox serves for media headers: "sample-header.png", "sample-invoice.pdf".
    QUrl mediaUrl(const QString& file) const;
    const SandboxOptions& options() const; ///< with the generated passwords, keys and ids filled in

    /// Every provider request received, in order (not the sandbox's own /_sandbox/ requests). Requests
    /// refused by the rate limit or by a server_error fault never reach a provider and are not listed.
    QList<RecordedRequest> requests() const;
    void clearRequests();

    SandboxStats stats() const;

private:
    void record(RecordedRequest request);
    void countAccepted(const QString& provider, const QString& recipient);

    SandboxOptions m_options;
    QList<RecordedRequest> m_requests;
    SandboxStats m_stats;
    quint16 m_port = 0;
    std::unique_ptr<MessenteSandbox> m_messente;
    std::unique_ptr<BirdSandbox> m_bird;
    std::unique_ptr<KaleyraSandbox> m_kaleyra;
    // Destroyed before the providers, so no pending callback asks a destroyed provider for its payload.
    std::unique_ptr<CallbackDispatcher> m_callbacks;
    // Outlives the HTTP server, so no route reaches it destroyed; its pending answers die with it.
    std::unique_ptr<NetworkConditions> m_conditions;
    // Declared last so it is destroyed first, together with the routes that point into the providers.
    std::unique_ptr<QHttpServer> m_http;
};

} // namespace herald::sandbox
