// herald-bench send: Herald's campaign engine sends N WhatsApp templates through Messente's API to a
// herald-sandbox of its own, with the sandbox's latency and rate limit; the sandbox's stats then tell
// duplicates and losses. Then the peer, the official Messente Node SDK in bench/peers/send, sends to a
// fresh sandbox with the same latency and rate, one awaited call after another as its README shows.
#include "BenchSupport.h"
#include "SandboxProcess.h"
#include "SendEngine.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <algorithm>
#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace herald::bench {

namespace {

struct SendOptions
{
    int count = 2000;
    int latencyMs = 50;
    int rate = 200; ///< the sandbox's limit, msg/s; 0 = none
    int jitterMs = 0;
    std::optional<double> faultRate; ///< Herald's sandbox only
    std::optional<quint32> seed;
    int timeoutMs = 10000;
    QString firstNumber = u"+37255500000"_s;
    QString dbPath; ///< empty: a fresh database in a temporary directory
    bool keepSandbox = false;
    QString sandboxUrl; ///< attach to this running sandbox instead of starting one
    QString messenteUser = u"herald"_s;
    QString messentePassword;
    bool peer = true;
    std::optional<int> peerCount;
};

const QStringList kValueOptions { u"--count"_s, u"--latency-ms"_s, u"--rate"_s, u"--jitter-ms"_s, u"--fault-rate"_s,
    u"--seed"_s, u"--timeout-ms"_s, u"--first-number"_s, u"--db"_s, u"--sandbox-url"_s, u"--messente-user"_s,
    u"--messente-password"_s, u"--peer-count"_s };
const QStringList kFlags { u"--no-peer"_s, u"--keep-sandbox"_s };

/// Parses @p args into @p options; false and @p why in words on anything it does not know.
bool parseOptions(const QStringList& args, SendOptions* options, QString* why)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (kValueOptions.contains(args.at(i))) {
            if (i + 1 >= args.size()) {
                *why = u"%1 needs a value"_s.arg(args.at(i));
                return false;
            }
            ++i;
        } else if (!kFlags.contains(args.at(i))) {
            *why = u"unknown argument '%1'"_s.arg(args.at(i));
            return false;
        }
    }
    const auto whole = [&](const QString& name, int minimum, int* target) {
        const std::optional<QString> value = optionValue(args, name);
        if (!value)
            return true;
        bool ok = false;
        *target = value->toInt(&ok);
        if (!ok || *target < minimum)
            *why = u"%1 takes a whole number from %2"_s.arg(name).arg(minimum);
        return ok && *target >= minimum;
    };
    if (!whole(u"--count"_s, 1, &options->count) || !whole(u"--latency-ms"_s, 0, &options->latencyMs)
        || !whole(u"--rate"_s, 0, &options->rate) || !whole(u"--jitter-ms"_s, 0, &options->jitterMs)
        || !whole(u"--timeout-ms"_s, 1, &options->timeoutMs))
        return false;
    if (optionValue(args, u"--peer-count"_s)) {
        int peerCount = 0;
        if (!whole(u"--peer-count"_s, 1, &peerCount))
            return false;
        options->peerCount = peerCount;
    }
    if (const std::optional<QString> value = optionValue(args, u"--fault-rate"_s)) {
        bool ok = false;
        const double rate = value->toDouble(&ok);
        if (!ok || !(rate >= 0 && rate <= 1)) {
            *why = u"--fault-rate takes a share from 0 to 1"_s;
            return false;
        }
        options->faultRate = rate;
    }
    if (const std::optional<QString> value = optionValue(args, u"--seed"_s)) {
        bool ok = false;
        options->seed = value->toUInt(&ok);
        if (!ok) {
            *why = u"--seed takes a whole number from 0 to 4294967295"_s;
            return false;
        }
    }
    options->firstNumber = optionValue(args, u"--first-number"_s).value_or(options->firstNumber);
    static const QRegularExpression e164(u"^\\+[1-9][0-9]{6,14}$"_s);
    const qlonglong first = options->firstNumber.mid(1).toLongLong();
    if (!e164.match(options->firstNumber).hasMatch()
        || QString::number(first + options->count - 1).size() != options->firstNumber.size() - 1) {
        *why = u"--first-number takes an E.164 number (+37255500000) that stays as long for all %1 numbers"_s.arg(
            options->count);
        return false;
    }
    options->dbPath = optionValue(args, u"--db"_s).value_or(QString());
    options->keepSandbox = args.contains(u"--keep-sandbox"_s);
    options->peer = !args.contains(u"--no-peer"_s);
    options->sandboxUrl = optionValue(args, u"--sandbox-url"_s).value_or(QString());
    options->messenteUser = optionValue(args, u"--messente-user"_s).value_or(options->messenteUser);
    options->messentePassword = optionValue(args, u"--messente-password"_s).value_or(QString());
    if (!options->sandboxUrl.isEmpty()) {
        const QUrl url(options->sandboxUrl, QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != u"http"_s || url.host().isEmpty()
            || options->messentePassword.isEmpty()) {
            *why = u"--sandbox-url takes the running sandbox's URL (its first line), with --messente-password "
                   "(and --messente-user unless it is 'herald')"_s;
            return false;
        }
        if (options->keepSandbox || options->faultRate || options->seed || options->jitterMs > 0) {
            *why = u"--sandbox-url attaches to a sandbox as it runs: --keep-sandbox, --fault-rate, --seed and "
                   "--jitter-ms belong to the command that started it"_s;
            return false;
        }
    } else if (optionValue(args, u"--messente-user"_s) || optionValue(args, u"--messente-password"_s)) {
        *why = u"--messente-user and --messente-password go with --sandbox-url"_s;
        return false;
    }
    return true;
}

double rounded(double value, int decimals = 3)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

/// The sandbox's arguments for a run: its network conditions; faults only for Herald's.
QStringList sandboxArgs(const SendOptions& options, bool withFaults)
{
    QStringList args { u"--latency-ms"_s, QString::number(options.latencyMs), u"--rate-limit"_s,
        QString::number(options.rate) };
    if (options.jitterMs > 0)
        args << u"--jitter-ms"_s << QString::number(options.jitterMs);
    if (withFaults && options.faultRate)
        args << u"--fault-rate"_s << QString::number(*options.faultRate);
    if (options.seed)
        args << u"--seed"_s << QString::number(*options.seed);
    return args;
}

/**
 * The most a client can send per second here: the sandbox's rate limit, or what its latency lets
 * @p window requests in flight do, W / (L / 1000 s), whichever is lower. Null when neither limits it
 * (no rate limit and no latency), or when only the latency does and the window is not known.
 */
QJsonValue limitMsgPerS(int rate, int latencyMs, std::optional<double> window)
{
    std::optional<double> limit;
    if (rate > 0)
        limit = rate;
    if (latencyMs > 0 && window && *window > 0) {
        const double latencyBound = *window * 1000.0 / latencyMs;
        limit = limit ? std::min(*limit, latencyBound) : latencyBound;
    }
    return limit ? QJsonValue(rounded(*limit, 2)) : QJsonValue(QJsonValue::Null);
}

/// What the sandbox accepted, recipient by recipient, for a campaign of @p count numbers from @p first.
struct Tally
{
    int campaignRecipients = 0; ///< the campaign's numbers with at least one accepted message
    int duplicates = 0; ///< … with more than one
    int duplicateExcess = 0; ///< accepted messages beyond the first per number: sum of (n - 1)
    int otherRecipients = 0; ///< numbers outside the campaign that the sandbox accepted messages for
};

Tally tally(const QJsonObject& stats, const QString& first, int count)
{
    Tally t;
    const qlonglong from = first.mid(1).toLongLong();
    const QJsonObject perRecipient = stats.value(u"per_recipient"_s).toObject();
    for (auto it = perRecipient.begin(); it != perRecipient.end(); ++it) {
        bool ok = false;
        const qlonglong number = it.key().mid(1).toLongLong(&ok);
        if (!ok || !it.key().startsWith(u'+') || number < from || number >= from + count) {
            ++t.otherRecipients;
            continue;
        }
        const int accepted = it.value().toInt();
        if (accepted <= 0)
            continue;
        ++t.campaignRecipients;
        if (accepted > 1) {
            ++t.duplicates;
            t.duplicateExcess += accepted - 1;
        }
    }
    return t;
}

/**
 * Adds the checks made from the sandbox's side to @p line: duplicates, lost and missing, and the
 * sandbox's own counts. @p accepted is how many messages the client recorded as accepted.
 */
void addSandboxFigures(QJsonObject& line, const std::optional<QJsonObject>& stats, const QString& statsWhy,
    const QString& first, int count, int accepted)
{
    if (!stats) {
        line.insert(u"sandbox_error"_s, statsWhy);
        return;
    }
    const Tally t = tally(*stats, first, count);
    line.insert(u"duplicates"_s, t.duplicates);
    line.insert(u"duplicate_excess"_s, t.duplicateExcess);
    line.insert(u"lost"_s, std::max(0, accepted - t.campaignRecipients));
    line.insert(u"missing"_s, count - t.campaignRecipients);
    line.insert(u"sandbox"_s,
        QJsonObject { { u"accepted_total"_s, stats->value(u"accepted_total"_s) },
            { u"recipients"_s, t.campaignRecipients }, { u"other_recipients"_s, t.otherRecipients },
            { u"requests_total"_s, stats->value(u"requests_total"_s) },
            { u"rate_limited"_s, stats->value(u"rate_limited"_s) }, { u"faults"_s, stats->value(u"faults"_s) } });
}

QJsonObject baseLine(const char* engine, int count, const SendOptions& options)
{
    return { { u"scenario"_s, u"send"_s }, { u"engine"_s, QLatin1String(engine) }, { u"count"_s, count },
        { u"latency_ms"_s, options.latencyMs }, { u"rate"_s, options.rate } };
}

void insertRatio(QJsonObject& line, double msgPerS, const QJsonValue& limit)
{
    line.insert(u"limit_msg_per_s"_s, limit);
    line.insert(u"ratio_to_limit"_s,
        limit.isDouble() && limit.toDouble() > 0 ? QJsonValue(rounded(msgPerS / limit.toDouble()))
                                                 : QJsonValue(QJsonValue::Null));
}

/// Herald's run; returns its msg/s, or nullopt when the engine reported an error or the sandbox failed.
std::optional<double> runHerald(const SendOptions& options)
{
    QJsonObject line = baseLine("herald", options.count, options);
    if (options.faultRate)
        line.insert(u"fault_rate"_s, *options.faultRate);
    if (options.seed)
        line.insert(u"seed"_s, static_cast<qint64>(*options.seed));

    std::unique_ptr<SandboxProcess> sandbox;
    QString why;
    if (!options.sandboxUrl.isEmpty()) {
        sandbox = SandboxProcess::attach(QUrl(options.sandboxUrl), options.messenteUser, options.messentePassword);
        line.insert(u"attached"_s, true);
        if (!sandbox->stats(&why)) {
            note(u"cannot reach the sandbox at %1: %2"_s.arg(options.sandboxUrl, why));
            line.insert(u"error"_s, u"sandbox: %1"_s.arg(why));
            printJsonLine(line);
            return std::nullopt;
        }
    } else {
        sandbox = SandboxProcess::start(sandboxArgs(options, true), &why, options.keepSandbox);
        if (!sandbox) {
            note(why);
            line.insert(u"error"_s, u"sandbox: %1"_s.arg(why));
            printJsonLine(line);
            return std::nullopt;
        }
    }

    QTemporaryDir scratch;
    EngineRunOptions run;
    run.count = options.count;
    run.rate = options.rate;
    run.latencyMs = options.latencyMs;
    run.dbPath = options.dbPath.isEmpty() ? QDir(scratch.path()).filePath(u"herald-bench-send.sqlite"_s)
                                          : QDir(options.dbPath).absolutePath();
    run.timeoutMs = options.timeoutMs;
    run.firstNumber = options.firstNumber;
    if (!options.dbPath.isEmpty())
        line.insert(u"db"_s, run.dbPath);
    // The sandbox's own base URL, as its first line prints it; a Messente profile adds "/v1".
    const SandboxEndpoint endpoint { sandbox->credentials().baseUrl.toString(), sandbox->credentials().messenteUser,
        sandbox->credentials().messentePassword };
    note(u"Herald: %1 messages through the sandbox at %2 (latency %3 ms, limit %4/s)"_s.arg(options.count)
             .arg(endpoint.baseUrl)
             .arg(options.latencyMs)
             .arg(options.rate));
    const QJsonObject result = runHeraldEngine(endpoint, run);

    const bool failed = result.contains(u"error"_s);
    if (failed) {
        line.insert(u"error"_s, result.value(u"error"_s));
        note(u"Herald's engine: %1"_s.arg(result.value(u"error"_s).toString()));
    }
    const int accepted = result.value(u"sent"_s).toInt();
    for (const QString& key : { u"sent"_s, u"failed"_s, u"unknown"_s })
        if (result.contains(key))
            line.insert(key, result.value(key));
    QString statsWhy;
    const std::optional<QJsonObject> stats = sandbox->stats(&statsWhy);
    addSandboxFigures(line, stats, statsWhy, options.firstNumber, options.count, accepted);
    const double msgPerS = result.value(u"msg_per_s"_s).toDouble();
    std::optional<double> window;
    if (result.value(u"in_flight_window"_s).isDouble())
        window = result.value(u"in_flight_window"_s).toDouble();
    if (result.contains(u"seconds"_s))
        line.insert(u"seconds"_s, result.value(u"seconds"_s));
    if (result.contains(u"msg_per_s"_s))
        line.insert(u"msg_per_s"_s, result.value(u"msg_per_s"_s));
    if (window)
        line.insert(u"in_flight_window"_s, *window);
    const QJsonValue limit = limitMsgPerS(options.rate, options.latencyMs, window);
    if (result.contains(u"msg_per_s"_s))
        insertRatio(line, msgPerS, limit);
    else
        line.insert(u"limit_msg_per_s"_s, limit);
    line.insert(u"peak_rss_mb"_s, rounded(peakRssMb(), 1));
    // Anything else the engine reports (phases, retries …) goes along under its own name.
    for (auto it = result.begin(); it != result.end(); ++it)
        if (!line.contains(it.key()))
            line.insert(it.key(), it.value());
    if (sandbox->kept()) {
        line.insert(u"sandbox_pid"_s, sandbox->pid());
        line.insert(u"sandbox_log"_s, sandbox->logPath());
        line.insert(u"attach_args"_s, QJsonArray::fromStringList(sandbox->attachArguments()));
        note(u"the sandbox keeps running (pid %1, log %2); attach with: %3"_s.arg(sandbox->pid())
                 .arg(sandbox->logPath(), sandbox->attachArguments().join(u' ')));
    }
    printJsonLine(line);
    if (failed || !stats)
        return std::nullopt;
    return msgPerS;
}

/// The peer's run on a fresh sandbox; its msg/s, or nullopt when it was skipped or failed (@p failed says which).
std::optional<double> runPeer(const SendOptions& options, bool* failed)
{
    const int count = std::min(options.count, options.peerCount.value_or(options.count));
    QJsonObject line = baseLine("messente-node-sdk", count, options);
    const QString dir = peerDir(u"send"_s);
    QString why;
    if (!prepareNodePeer(dir, &why)) {
        note(u"the Node peer is skipped: %1"_s.arg(why));
        line.insert(u"skipped"_s, why);
        printJsonLine(line);
        return std::nullopt;
    }
    const std::unique_ptr<SandboxProcess> sandbox = SandboxProcess::start(sandboxArgs(options, false), &why);
    if (!sandbox) {
        note(why);
        line.insert(u"error"_s, u"sandbox: %1"_s.arg(why));
        printJsonLine(line);
        *failed = true;
        return std::nullopt;
    }
    note(u"the Messente Node SDK: %1 messages, one awaited call after another%2"_s.arg(count).arg(options.latencyMs > 0
            ? u" (at least %1 s at this latency)"_s.arg(std::ceil(count * options.latencyMs / 1000.0))
            : QString()));
    const SandboxCredentials& credentials = sandbox->credentials();
    const std::optional<QJsonObject> peer = runNodePeer(dir, u"send.mjs"_s,
        { u"--base-url"_s, credentials.messenteBaseUrl().toString(), u"--user"_s, credentials.messenteUser,
            u"--password"_s, credentials.messentePassword, u"--count"_s, QString::number(count), u"--first-number"_s,
            options.firstNumber },
        &why);
    if (!peer) {
        note(why);
        line.insert(u"error"_s, why);
        printJsonLine(line);
        *failed = true;
        return std::nullopt;
    }
    for (const QString& key : { u"messente_api"_s, u"node"_s, u"sent"_s, u"errors"_s, u"errors_by_status"_s })
        line.insert(key, peer->value(key));
    QString statsWhy;
    const std::optional<QJsonObject> stats = sandbox->stats(&statsWhy);
    const int sent = peer->value(u"sent"_s).toInt();
    addSandboxFigures(line, stats, statsWhy, options.firstNumber, count, sent);
    const double msgPerS = peer->value(u"msg_per_s"_s).toDouble();
    line.insert(u"seconds"_s, peer->value(u"seconds"_s));
    line.insert(u"msg_per_s"_s, msgPerS);
    line.insert(u"in_flight_window"_s, 1); // one awaited call after another
    insertRatio(line, msgPerS, limitMsgPerS(options.rate, options.latencyMs, 1.0));
    line.insert(u"peak_rss_mb"_s, peer->value(u"peak_rss_mb"_s));
    if (stats && stats->value(u"accepted_total"_s).toInt() != sent)
        note(u"the peer counted %1 sent, the sandbox accepted %2"_s.arg(sent).arg(
            stats->value(u"accepted_total"_s).toInt()));
    printJsonLine(line);
    if (!stats) {
        *failed = true;
        return std::nullopt;
    }
    return msgPerS;
}

} // namespace

int runSend(const QStringList& args)
{
    SendOptions options;
    QString why;
    if (!parseOptions(args, &options, &why)) {
        note(u"send: %1 (herald-bench --help lists the options)"_s.arg(why));
        return 2;
    }
    const std::optional<double> herald = runHerald(options);
    bool peerFailed = false;
    std::optional<double> peer;
    if (options.peer)
        peer = runPeer(options, &peerFailed);

    QJsonObject summary { { u"scenario"_s, u"send"_s },
        { u"herald_msg_per_s"_s, herald ? QJsonValue(*herald) : QJsonValue(QJsonValue::Null) } };
    if (options.peer) {
        summary.insert(u"peer_msg_per_s"_s, peer ? QJsonValue(*peer) : QJsonValue(QJsonValue::Null));
        summary.insert(u"ratio"_s,
            herald && peer && *peer > 0 ? QJsonValue(rounded(*herald / *peer, 2)) : QJsonValue(QJsonValue::Null));
        printJsonLine(summary);
    }
    return herald && !peerFailed ? 0 : 1;
}

} // namespace herald::bench
