#include "sandbox/NetworkConditions.h"

#include "sandbox/HostileAnswers.h"
#include "sandbox/SandboxCommon.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <algorithm>
#include <chrono>
#include <memory>

namespace herald::sandbox {
namespace {

using StatusCode = QHttpServerResponder::StatusCode;

/// An answer waiting for its delay. The responder only keeps a raw socket pointer, hence the QPointer.
struct PendingAnswer
{
    PendingAnswer(QHttpServerResponder&& r, QHttpServerResponse&& a)
        : responder(std::move(r))
        , answer(std::move(a))
        , socket(responder.socket())
    { }

    QHttpServerResponder responder;
    QHttpServerResponse answer;
    QPointer<QTcpSocket> socket;
};

bool connected(const QPointer<QTcpSocket>& socket)
{
    return socket && socket->state() == QAbstractSocket::ConnectedState;
}

/// The same answer with its body cut in half: a proper prefix of a JSON object is never valid JSON.
QHttpServerResponse truncated(const QHttpServerResponse& full)
{
    QByteArray body = full.data();
    body.truncate(std::max<qsizetype>(1, body.size() / 2));
    QHttpServerResponse cut(full.mimeType(), body, full.statusCode());
    for (const QByteArray& allow : full.headers(QByteArrayLiteral("Allow")))
        cut.addHeader(QByteArrayLiteral("Allow"), allow);
    return cut;
}

const char* faultName(int fault)
{
    static const char* const names[] = { "none", "server_error", "hung", "dropped", "malformed" };
    return names[fault];
}

} // namespace

NetworkConditions::NetworkConditions(Settings settings)
    : m_settings(settings)
    , m_faultRandom(settings.seed)
    , m_jitterRandom(settings.seed ^ 0x9e3779b9U)
    , m_hostileRandom(settings.seed ^ 0x85ebca6bU)
{
    m_clock.start();
}

NetworkConditions::~NetworkConditions() = default;

bool NetworkConditions::active() const
{
    return m_settings.latencyMs > 0 || m_settings.jitterMs > 0 || m_settings.rateLimit > 0 || m_settings.faultRate > 0
        || m_settings.mix.has_value() || m_settings.hostileRate > 0 || m_settings.redirectTo.isValid();
}

void NetworkConditions::serve(const ProviderGate& gate, const QHttpServerRequest& request,
    QHttpServerResponder&& responder, const std::function<QHttpServerResponse()>& process)
{
    ++m_counts.requestsTotal;
    if (m_settings.redirectTo.isValid()) {
        ++m_counts.redirected;
        QUrl target = m_settings.redirectTo;
        target.setPath(m_settings.redirectTo.path() + request.url().path());
        target.setQuery(request.url().query());
        QHttpServerResponse moved(
            QByteArrayLiteral("text/plain"), QByteArrayLiteral("Moved"), StatusCode::TemporaryRedirect);
        moved.setHeader(QByteArrayLiteral("Location"), target.toEncoded());
        deliver(std::move(responder), std::move(moved));
        return;
    }
    if (!admit(gate.name)) {
        ++m_counts.rateLimited;
        qCDebug(lcSandbox).noquote() << gate.name << methodName(request.method()) << request.url().path()
                                     << "-> 429 (rate limit)";
        QHttpServerResponse limited(
            gate.errorShape(StatusCode::TooManyRequests,
                QStringLiteral("Too many requests: at most %1 per second are allowed").arg(m_settings.rateLimit)),
            StatusCode::TooManyRequests);
        // The oldest admission leaves the one-second window within a second, so 1 is always enough.
        limited.setHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1"));
        deliver(std::move(responder), std::move(limited));
        return;
    }
    const Fault fault = drawFault();
    if (fault != Fault::None)
        qCDebug(lcSandbox).noquote() << gate.name << methodName(request.method()) << request.url().path() << "-> fault"
                                     << faultName(static_cast<int>(fault));
    switch (fault) {
    case Fault::None:
        if (m_settings.hostileRate > 0
            && static_cast<double>(m_hostileRandom()) / 4294967296.0 < m_settings.hostileRate) {
            ++m_counts.faults.hostile;
            const auto kind = static_cast<HostileKind>(m_hostileServed++ % kHostileKinds);
            qCDebug(lcSandbox).noquote() << gate.name << methodName(request.method()) << request.url().path()
                                         << "-> hostile answer" << static_cast<int>(kind);
            if (hostileProcesses(kind)) {
                const QHttpServerResponse real = process();
                deliver(std::move(responder), hostileAnswer(kind, gate, &real));
            } else {
                deliver(std::move(responder), hostileAnswer(kind, gate, nullptr));
            }
            return;
        }
        deliver(std::move(responder), process());
        return;
    case Fault::ServerError:
        ++m_counts.faults.serverError;
        deliver(std::move(responder),
            QHttpServerResponse(gate.errorShape(StatusCode::InternalServerError,
                                    QStringLiteral("Internal server error (injected by the sandbox)")),
                StatusCode::InternalServerError));
        return;
    case Fault::Hung:
        // Processed, then never answered: the responder goes away unwritten and nothing closes the
        // connection, so the client waits until its own timeout.
        ++m_counts.faults.hung;
        process();
        return;
    case Fault::Dropped:
        ++m_counts.faults.dropped;
        process();
        drop(responder.socket());
        return;
    case Fault::Malformed:
        ++m_counts.faults.malformed;
        deliver(std::move(responder), truncated(process()));
        return;
    }
}

void NetworkConditions::addTo(SandboxStats* stats) const
{
    stats->requestsTotal = m_counts.requestsTotal;
    stats->rateLimited = m_counts.rateLimited;
    stats->faults = m_counts.faults;
    stats->redirected = m_counts.redirected;
}

bool NetworkConditions::admit(const QString& provider)
{
    if (m_settings.rateLimit <= 0)
        return true;
    const qint64 now = m_clock.elapsed();
    std::deque<qint64>& window = m_windows[provider];
    while (!window.empty() && window.front() <= now - 1000)
        window.pop_front();
    if (window.size() >= static_cast<std::size_t>(m_settings.rateLimit))
        return false;
    window.push_back(now);
    return true;
}

NetworkConditions::Fault NetworkConditions::drawFault()
{
    if (m_settings.mix) {
        // One share, walked through the kinds in order: [0, serverError) is a server error, and so on.
        const double share = static_cast<double>(m_faultRandom()) / 4294967296.0;
        const SandboxOptions::FaultMix& mix = *m_settings.mix;
        double edge = 0;
        for (const auto& [kind, part] :
            { std::pair { Fault::ServerError, mix.serverError }, std::pair { Fault::Hung, mix.hung },
                std::pair { Fault::Dropped, mix.dropped }, std::pair { Fault::Malformed, mix.malformed } }) {
            edge += part;
            if (share < edge)
                return kind;
        }
        return Fault::None;
    }
    if (m_settings.faultRate <= 0)
        return Fault::None;
    // mt19937's output is fixed by the standard (unlike the <random> distributions), so a seed gives the
    // same sequence with every compiler: a 32-bit share for "fault or not", then 2 bits for the kind.
    const double share = static_cast<double>(m_faultRandom()) / 4294967296.0;
    const quint32 kind = m_faultRandom() % 4;
    if (share >= m_settings.faultRate)
        return Fault::None;
    return static_cast<Fault>(1 + kind);
}

int NetworkConditions::drawDelayMs()
{
    if (m_settings.jitterMs <= 0)
        return m_settings.latencyMs;
    const auto span = static_cast<quint32>(2 * m_settings.jitterMs + 1);
    const int jitter = static_cast<int>(m_jitterRandom() % span) - m_settings.jitterMs;
    return std::max(0, m_settings.latencyMs + jitter);
}

void NetworkConditions::deliver(QHttpServerResponder&& responder, QHttpServerResponse&& response)
{
    const int delay = drawDelayMs();
    if (delay <= 0) { // as a plain QHttpServer route answers: at once, inside the handler
        response.write(std::move(responder));
        return;
    }
    // A responder may outlive its route handler in Qt 6.4: it is a socket pointer plus a write API, its
    // destructor does nothing, and the server keeps the connection open until it is written to.
    auto pending = std::make_shared<PendingAnswer>(std::move(responder), std::move(response));
    QTimer::singleShot(std::chrono::milliseconds(delay), &m_context, [pending] {
        if (connected(pending->socket)) // else the client gave up meanwhile: nobody to answer
            pending->answer.write(std::move(pending->responder));
    });
}

void NetworkConditions::drop(QTcpSocket* socket)
{
    // Even without latency the socket is closed from the event loop: closing it inside the route handler
    // would delete the request the server is still handling.
    QTimer::singleShot(std::chrono::milliseconds(drawDelayMs()), &m_context, [socket = QPointer<QTcpSocket>(socket)] {
        if (socket)
            socket->abort();
    });
}

} // namespace herald::sandbox
