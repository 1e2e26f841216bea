#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace herald::bench {

/// One scenario of herald-bench: `herald-bench NAME ARGS…`.
struct Scenario
{
    const char* name;
    const char* usage; ///< its arguments and what it measures, for --help
    int (*run)(const QStringList& args); ///< args without the program and scenario names; returns the exit code
};

/// The value after @p option in @p args ("--rows 1000"), if it is there.
std::optional<QString> optionValue(const QStringList& args, const QString& option);

/// The most memory this process has held at once (VmHWM), in MiB; 0 where /proc cannot tell.
double peakRssMb();

/// Writes @p result as one line of JSON on standard output, at once.
void printJsonLine(const QJsonObject& result);

/// A line for the person running the benchmark, on standard error (standard output is JSON only).
void note(const QString& text);

/// The directory of the peer for @p scenario: $HERALD_BENCH_PEERS_DIR/<scenario> or the source tree's.
QString peerDir(const QString& scenario);

/**
 * Makes sure the Node peer in @p dir can run: node and npm on PATH, and its lockfile installed
 * with `npm ci` when node_modules is missing or older than package-lock.json. On failure returns
 * false and sets @p why in words.
 */
bool prepareNodePeer(const QString& dir, QString* why);

/// Runs `node SCRIPT ARGS…` in @p dir and returns the last line it printed as JSON; nullopt and @p why on failure.
std::optional<QJsonObject> runNodePeer(
    const QString& dir, const QString& script, const QStringList& args, QString* why);

} // namespace herald::bench
