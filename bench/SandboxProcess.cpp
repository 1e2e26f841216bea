#include "SandboxProcess.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryFile>
#include <QThread>
#include <QTimer>
#include <csignal>
#include <sys/prctl.h>

using namespace Qt::StringLiterals;

namespace herald::bench {

namespace {

/// The sandbox logs every request at debug level: thousands of lines in a benchmark, and time spent
/// writing them. Its start-up and warning lines stay. A QT_LOGGING_RULES set by the caller wins.
QProcessEnvironment sandboxEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!environment.contains(u"QT_LOGGING_RULES"_s))
        environment.insert(u"QT_LOGGING_RULES"_s, u"herald.sandbox.debug=false"_s);
    return environment;
}

QStringList completeLines(const QByteArray& output)
{
    QStringList lines;
    qsizetype from = 0;
    for (qsizetype end = output.indexOf('\n'); end >= 0; end = output.indexOf('\n', from)) {
        lines.append(QString::fromUtf8(output.mid(from, end - from)).trimmed());
        from = end + 1;
    }
    return lines;
}

/// Whether @p pid runs (a zombie, exited but not yet reaped, does not).
bool processAlive(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (pid <= 0 || !stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll(); // "PID (NAME) STATE …"; NAME may hold spaces and parentheses
    const qsizetype close = line.lastIndexOf(')');
    return close >= 0 && line.size() > close + 2 && line.at(close + 2) != 'Z';
}

/// A file name in the temporary directory that nothing else uses (the file is created empty and left).
QString freshTempFile(const QString& pattern)
{
    QTemporaryFile file(QDir::temp().filePath(pattern));
    file.setAutoRemove(false);
    if (!file.open())
        return {};
    return file.fileName();
}

} // namespace

QUrl SandboxCredentials::messenteBaseUrl() const
{
    QUrl url = baseUrl;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + u"/v1"_s);
    return url;
}

bool parseSandboxLines(const QStringList& lines, SandboxCredentials* credentials, QString* why)
{
    if (lines.size() < 4) {
        *why = u"herald-sandbox printed %1 of its 4 lines"_s.arg(lines.size());
        return false;
    }
    const QUrl url(lines.at(0), QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"http"_s || url.host().isEmpty()) {
        *why = u"herald-sandbox's first line is not its base URL: %1"_s.arg(lines.at(0));
        return false;
    }
    // "messente USER PASSWORD": the password is the rest of the line, whatever it holds.
    const QStringList messente = lines.at(1).split(u' ');
    const QStringList bird = lines.at(2).split(u' ');
    const QStringList kaleyra = lines.at(3).split(u' ');
    if (messente.size() < 3 || messente.first() != u"messente"_s || bird.size() != 4 || bird.first() != u"bird"_s
        || kaleyra.size() != 4 || kaleyra.first() != u"kaleyra"_s) {
        *why = u"herald-sandbox's credential lines are not \"messente U P\", \"bird W C K\", \"kaleyra S K F\""_s;
        return false;
    }
    credentials->baseUrl = url;
    credentials->messenteUser = messente.at(1);
    credentials->messentePassword = messente.mid(2).join(u' ');
    credentials->birdWorkspaceId = bird.at(1);
    credentials->birdChannelId = bird.at(2);
    credentials->birdAccessKey = bird.at(3);
    credentials->kaleyraSid = kaleyra.at(1);
    credentials->kaleyraApiKey = kaleyra.at(2);
    credentials->kaleyraFromNumber = kaleyra.at(3);
    return true;
}

QString SandboxProcess::executable()
{
    if (qEnvironmentVariableIsSet("HERALD_SANDBOX_BIN"))
        return qEnvironmentVariable("HERALD_SANDBOX_BIN");
    return QDir(QCoreApplication::applicationDirPath()).filePath(u"herald-sandbox"_s);
}

std::unique_ptr<SandboxProcess> SandboxProcess::start(const QStringList& args, QString* why, bool keep, int timeoutMs)
{
    const QString program = executable();
    if (!QFileInfo(program).isExecutable()) {
        *why = u"no herald-sandbox at %1 (build the herald-sandbox target, or set HERALD_SANDBOX_BIN)"_s.arg(program);
        return nullptr;
    }
    std::unique_ptr<SandboxProcess> sandbox(new SandboxProcess);
    QElapsedTimer waited;
    waited.start();
    const auto remaining = [&] {
        return std::max<qint64>(0, timeoutMs - waited.elapsed());
    };
    QStringList lines;

    if (!keep) {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(sandboxEnvironment());
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        // It dies with herald-bench, even when herald-bench is killed (SIGKILL runs no destructor).
        process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        process->start(program, args);
        if (!process->waitForStarted(timeoutMs)) {
            *why = u"cannot start %1: %2"_s.arg(program, process->errorString());
            return nullptr;
        }
        sandbox->m_pid = process->processId();
        QByteArray output;
        while ((lines = completeLines(output)).size() < 4) {
            if (remaining() == 0 || process->state() != QProcess::Running) {
                *why = process->state() == QProcess::Running
                    ? u"herald-sandbox printed %1 of its 4 lines within %2 ms"_s.arg(lines.size()).arg(timeoutMs)
                    : u"herald-sandbox exited at start (exit code %1; its messages are above)"_s.arg(
                        process->exitCode());
                return nullptr; // the destructor stops the process
            }
            process->waitForReadyRead(static_cast<int>(std::min<qint64>(remaining(), 100)));
            output += process->readAllStandardOutput();
        }
        sandbox->m_process = std::move(process);
    } else {
        // Detached, so that it outlives herald-bench; its four lines come through a file.
        const QString outPath = freshTempFile(u"herald-sandbox-XXXXXX.out"_s);
        sandbox->m_logPath = freshTempFile(u"herald-sandbox-XXXXXX.log"_s);
        if (outPath.isEmpty() || sandbox->m_logPath.isEmpty()) {
            *why = u"cannot create files in %1"_s.arg(QDir::tempPath());
            return nullptr;
        }
        QProcess process;
        process.setProgram(program);
        process.setArguments(args);
        process.setProcessEnvironment(sandboxEnvironment());
        process.setStandardInputFile(QProcess::nullDevice());
        process.setStandardOutputFile(outPath);
        process.setStandardErrorFile(sandbox->m_logPath);
        qint64 pid = 0;
        if (!process.startDetached(&pid)) {
            QFile::remove(outPath);
            *why = u"cannot start %1: %2"_s.arg(program, process.errorString());
            return nullptr;
        }
        sandbox->m_pid = pid;
        sandbox->m_kept = true;
        QFile out(outPath);
        while (lines.size() < 4) {
            if (out.open(QIODevice::ReadOnly)) {
                lines = completeLines(out.readAll());
                out.close();
            }
            if (lines.size() >= 4)
                break;
            if (remaining() == 0 || !processAlive(pid)) {
                QFile::remove(outPath);
                *why = processAlive(pid)
                    ? u"herald-sandbox (pid %1) printed %2 of its 4 lines within %3 ms; its log is %4"_s.arg(pid)
                          .arg(lines.size())
                          .arg(timeoutMs)
                          .arg(sandbox->m_logPath)
                    : u"herald-sandbox exited at start; its log is %1"_s.arg(sandbox->m_logPath);
                return nullptr;
            }
            QThread::msleep(20);
        }
        QFile::remove(outPath);
    }

    if (!parseSandboxLines(lines, &sandbox->m_credentials, why))
        return nullptr;
    return sandbox;
}

std::unique_ptr<SandboxProcess> SandboxProcess::attach(
    const QUrl& baseUrl, const QString& messenteUser, const QString& messentePassword)
{
    std::unique_ptr<SandboxProcess> sandbox(new SandboxProcess);
    sandbox->m_credentials.baseUrl = baseUrl;
    sandbox->m_credentials.messenteUser = messenteUser;
    sandbox->m_credentials.messentePassword = messentePassword;
    return sandbox;
}

SandboxProcess::~SandboxProcess()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(3000)) {
        m_process->kill();
        m_process->waitForFinished(3000);
    }
}

QStringList SandboxProcess::attachArguments() const
{
    return { u"--sandbox-url"_s, m_credentials.baseUrl.toString(), u"--messente-user"_s, m_credentials.messenteUser,
        u"--messente-password"_s, m_credentials.messentePassword };
}

std::optional<QJsonObject> SandboxProcess::stats(QString* why, int timeoutMs) const
{
    QString ignored;
    if (!why)
        why = &ignored;
    QUrl url = m_credentials.baseUrl;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + u"/_sandbox/stats"_s);

    QNetworkAccessManager network;
    network.setProxy(QNetworkProxy::NoProxy); // loopback: never through a proxy from the environment
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    QNetworkReply* reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs + 1000, &loop, &QEventLoop::quit); // in case the transfer timeout never fires
    if (!reply->isFinished())
        loop.exec();
    std::unique_ptr<QNetworkReply> owned(reply);
    if (!reply->isFinished()) {
        reply->abort();
        *why = u"GET %1 got no answer within %2 ms"_s.arg(url.toString()).arg(timeoutMs);
        return std::nullopt;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError || status != 200) {
        *why = u"GET %1 failed: %2 (HTTP %3)"_s.arg(url.toString(), reply->errorString()).arg(status);
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(reply->readAll(), &error);
    if (!document.isObject()) {
        *why = u"GET %1 did not answer a JSON object: %2"_s.arg(url.toString(), error.errorString());
        return std::nullopt;
    }
    return document.object();
}

} // namespace herald::bench
