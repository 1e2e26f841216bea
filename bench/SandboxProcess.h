#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QProcess;
QT_END_NAMESPACE

namespace herald::bench {

/// What herald-sandbox prints on its four stdout lines (docs/sandbox.md, src/sandbox/main.cpp).
struct SandboxCredentials
{
    QUrl baseUrl; ///< "http://127.0.0.1:PORT"
    QString messenteUser;
    QString messentePassword;
    QString birdWorkspaceId; ///< empty when attached (only the Messente line is given then)
    QString birdChannelId;
    QString birdAccessKey;
    QString kaleyraSid;
    QString kaleyraApiKey;
    QString kaleyraFromNumber;

    /// What a Messente client takes as its base URL: baseUrl + "/v1".
    QUrl messenteBaseUrl() const;
};

/**
 * A herald-sandbox for a benchmark: a process of its own, started here (and stopped when this object
 * is destroyed, unless it was started kept), or one that is already running and only attached to.
 */
class SandboxProcess
{
public:
    /// The herald-sandbox executable: $HERALD_SANDBOX_BIN, or the one next to herald-bench.
    static QString executable();

    /**
     * Starts herald-sandbox with @p args (such as "--latency-ms 50 --rate-limit 200") and waits up to
     * @p timeoutMs for its four lines. With @p keep the sandbox is started detached: it outlives this
     * object and herald-bench (stop it with `kill PID`), and its log goes to logPath(); otherwise its log
     * lines go to herald-bench's standard error, without the per-request debug lines. nullptr and
     * @p why in words when it cannot be started.
     */
    static std::unique_ptr<SandboxProcess> start(
        const QStringList& args, QString* why, bool keep = false, int timeoutMs = 10000);

    /// A sandbox that is already running at @p baseUrl with these Messente credentials; never stopped here.
    static std::unique_ptr<SandboxProcess> attach(
        const QUrl& baseUrl, const QString& messenteUser, const QString& messentePassword);

    ~SandboxProcess(); ///< stops a sandbox started without keep (SIGTERM, then SIGKILL after 3 s)
    SandboxProcess(const SandboxProcess&) = delete;
    SandboxProcess& operator=(const SandboxProcess&) = delete;

    const SandboxCredentials& credentials() const { return m_credentials; }
    qint64 pid() const { return m_pid; } ///< 0 when attached
    bool attached() const { return m_pid == 0; }
    bool kept() const { return m_kept; }
    QString logPath() const { return m_logPath; } ///< a kept sandbox's log file; empty otherwise

    /// The herald-bench arguments that attach another run to this sandbox (--sandbox-url … --messente-password …).
    QStringList attachArguments() const;

    /// GET /_sandbox/stats, waited for in a local event loop for at most @p timeoutMs; nullopt and @p why on failure.
    std::optional<QJsonObject> stats(QString* why = nullptr, int timeoutMs = 5000) const;

private:
    SandboxProcess() = default;

    SandboxCredentials m_credentials;
    std::unique_ptr<QProcess> m_process; ///< the child when started without keep
    qint64 m_pid = 0;
    bool m_kept = false;
    QString m_logPath;
};

/// Fills @p credentials from herald-sandbox's four stdout lines; false and @p why when they are not those lines.
bool parseSandboxLines(const QStringList& lines, SandboxCredentials* credentials, QString* why);

} // namespace herald::bench
