#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QString>
#include <QUrl>
#include <memory>

QT_BEGIN_NAMESPACE
class QHttpServer;
QT_END_NAMESPACE

Q_DECLARE_LOGGING_CATEGORY(lcSandbox)

namespace herald::sandbox {

class MessenteSandbox;

/** How a sandbox behaves. Fixed for the sandbox's lifetime. */
struct SandboxOptions
{
    QString messenteUser = QStringLiteral("herald");
    QString messentePassword; ///< empty → a random one is generated at construction
    double speed = 1.0; ///< lifecycle time scale: 2.0 = twice as fast
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
 * An in-process HTTP server on 127.0.0.1 that answers as the providers' real APIs do
 * (Messente's Omnichannel API under /v1), so Herald and its tests run without an account.
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
    const SandboxOptions& options() const; ///< with the generated password filled in

    QList<RecordedRequest> requests() const; ///< every request received, in order
    void clearRequests();

private:
    void record(RecordedRequest request);

    SandboxOptions m_options;
    QList<RecordedRequest> m_requests;
    quint16 m_port = 0;
    std::unique_ptr<MessenteSandbox> m_messente;
    // Declared last so it is destroyed first, together with the routes that point into m_messente.
    std::unique_ptr<QHttpServer> m_http;
};

} // namespace herald::sandbox
