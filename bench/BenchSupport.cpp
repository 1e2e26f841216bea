#include "BenchSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace herald::bench {

std::optional<QString> optionValue(const QStringList& args, const QString& option)
{
    const qsizetype at = args.indexOf(option);
    if (at < 0 || at + 1 >= args.size())
        return std::nullopt;
    return args.at(at + 1);
}

double peakRssMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) // "VmHWM:   123456 kB"
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

void printJsonLine(const QJsonObject& result)
{
    const QByteArray line = QJsonDocument(result).toJson(QJsonDocument::Compact);
    std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void note(const QString& text)
{
    std::fprintf(stderr, "herald-bench: %s\n", qUtf8Printable(text));
    std::fflush(stderr);
}

QString peerDir(const QString& scenario)
{
    const QString root = qEnvironmentVariableIsSet("HERALD_BENCH_PEERS_DIR")
        ? qEnvironmentVariable("HERALD_BENCH_PEERS_DIR")
        : QString::fromUtf8(HERALD_BENCH_PEERS_DIR);
    return QDir(root).filePath(scenario);
}

bool prepareNodePeer(const QString& dir, QString* why)
{
    for (const QString& tool : { u"node"_s, u"npm"_s }) {
        if (QStandardPaths::findExecutable(tool).isEmpty()) {
            *why = u"'%1' is not on PATH (scripts/deps installs Debian's nodejs and npm)"_s.arg(tool);
            return false;
        }
    }
    if (!QFileInfo::exists(QDir(dir).filePath(u"package-lock.json"_s))) {
        *why = u"%1 has no package-lock.json"_s.arg(dir);
        return false;
    }
    // npm writes node_modules/.package-lock.json at the end of every complete install: its age
    // tells whether the install is done and matches the lockfile.
    const QFileInfo stamp(QDir(dir).filePath(u"node_modules/.package-lock.json"_s));
    const QFileInfo lock(QDir(dir).filePath(u"package-lock.json"_s));
    if (stamp.exists() && stamp.lastModified() >= lock.lastModified())
        return true;
    note(u"installing the Node peer's packages in %1 (npm ci)"_s.arg(dir));
    QProcess npm;
    npm.setWorkingDirectory(dir);
    npm.setProcessChannelMode(QProcess::MergedChannels);
    npm.start(u"npm"_s, { u"ci"_s, u"--no-audit"_s, u"--no-fund"_s });
    npm.waitForFinished(10 * 60 * 1000);
    const QByteArray output = npm.readAll();
    std::fwrite(output.constData(), 1, static_cast<size_t>(output.size()), stderr);
    if (npm.exitStatus() != QProcess::NormalExit || npm.exitCode() != 0) {
        *why = u"npm ci failed in %1 (exit code %2)"_s.arg(dir).arg(npm.exitCode());
        return false;
    }
    return true;
}

std::optional<QJsonObject> runNodePeer(const QString& dir, const QString& script, const QStringList& args, QString* why)
{
    QProcess node;
    node.setWorkingDirectory(dir);
    node.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    node.start(u"node"_s, QStringList { QDir(dir).filePath(script) } + args);
    if (!node.waitForFinished(30 * 60 * 1000) || node.exitStatus() != QProcess::NormalExit || node.exitCode() != 0) {
        *why = u"node %1 failed (exit code %2)"_s.arg(script).arg(node.exitCode());
        return std::nullopt;
    }
    const QList<QByteArray> lines = node.readAllStandardOutput().trimmed().split('\n');
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(lines.value(lines.size() - 1), &error);
    if (!document.isObject()) {
        *why = u"node %1 did not print a JSON object: %2"_s.arg(script, error.errorString());
        return std::nullopt;
    }
    return document.object();
}

} // namespace herald::bench
