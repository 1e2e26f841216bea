// herald-sandbox: the provider sandbox on its own, for tests, benchmarks and other clients.
// stdout carries exactly four lines so programs can read them: the base URL, "messente USER PASSWORD",
// "bird WORKSPACE_ID CHANNEL_ID ACCESS_KEY" and "kaleyra SID API_KEY FROM_NUMBER". Logs go to stderr.
#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextStream>
#include <cmath>

namespace {

int fail(const QString& message)
{
    QTextStream(stderr) << "herald-sandbox: " << message << Qt::endl;
    return 1;
}

/// Values printed on the space-separated credential lines and used in paths and headers.
bool isPrintableToken(const QString& value)
{
    static const QRegularExpression token(QStringLiteral("^[!-~]*$")); // visible ASCII, no spaces
    return token.match(value).hasMatch() && !value.contains(QLatin1Char('/'));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("herald-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HERALD_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Serves Messente's Omnichannel API, Bird's Channels API and Kaleyra's WhatsApp API v1 on "
                       "127.0.0.1 with deterministic outcomes, so clients can be run and tested without an "
                       "account. Prints the base URL and the credentials, then serves until killed."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port to listen on (0 = any free port)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption user(QStringLiteral("messente-user"), QStringLiteral("Messente API username."),
        QStringLiteral("U"), QStringLiteral("herald"));
    const QCommandLineOption password(QStringLiteral("messente-password"),
        QStringLiteral("Messente API password (default: a random one)."), QStringLiteral("P"));
    const QCommandLineOption speed(QStringLiteral("speed"),
        QStringLiteral("Status lifecycle speed: 2 = twice as fast (default 1)."), QStringLiteral("F"),
        QStringLiteral("1"));
    const QCommandLineOption birdWorkspace(QStringLiteral("bird-workspace"),
        QStringLiteral("Bird workspace ID (default: a random UUID)."), QStringLiteral("ID"));
    const QCommandLineOption birdChannel(QStringLiteral("bird-channel"),
        QStringLiteral("Bird channel ID (default: a random UUID)."), QStringLiteral("ID"));
    const QCommandLineOption birdAccessKey(QStringLiteral("bird-access-key"),
        QStringLiteral("Bird access key (default: a random one)."), QStringLiteral("KEY"));
    const QCommandLineOption kaleyraSid(QStringLiteral("kaleyra-sid"),
        QStringLiteral("Kaleyra account SID (default: HXSANDBOX0001)."), QStringLiteral("SID"));
    const QCommandLineOption kaleyraApiKey(QStringLiteral("kaleyra-api-key"),
        QStringLiteral("Kaleyra API key (default: a random one)."), QStringLiteral("KEY"));
    const QCommandLineOption kaleyraFrom(QStringLiteral("kaleyra-from"),
        QStringLiteral("Kaleyra WhatsApp business number, E.164 (default: +15550100000)."), QStringLiteral("NUMBER"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"),
        QStringLiteral("Delay every provider answer by N ms (default 0)."), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption jitter(QStringLiteral("jitter-ms"),
        QStringLiteral("Add a uniform random -N..+N ms to the latency (default 0)."), QStringLiteral("N"),
        QStringLiteral("0"));
    const QCommandLineOption rateLimit(QStringLiteral("rate-limit"),
        QStringLiteral("At most N requests per second per provider, above it 429 (default 0 = no limit)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption faultRate(QStringLiteral("fault-rate"),
        QStringLiteral("Share of provider requests, 0 to 1, that get a fault: server error, hung, dropped or "
                       "malformed answer (default 0)."),
        QStringLiteral("F"), QStringLiteral("0"));
    const QCommandLineOption faults(QStringLiteral("faults"),
        QStringLiteral("Share of provider requests per fault kind, e.g. server_error=0.05,hung=0.02,malformed=0.01 "
                       "(kinds: server_error, hung, dropped, malformed); replaces --fault-rate."),
        QStringLiteral("KIND=F,…"));
    const QCommandLineOption hostile(QStringLiteral("hostile"),
        QStringLiteral("Share of provider requests, 0 to 1, answered with a hostile body instead: markup, wrong "
                       "types, invalid UTF-8, deep nesting, an oversized body, a very long text (default 0)."),
        QStringLiteral("F"), QStringLiteral("0"));
    const QCommandLineOption redirectTo(QStringLiteral("redirect-to"),
        QStringLiteral("Answer every provider request 307 Temporary Redirect to URL plus its path."),
        QStringLiteral("URL"));
    const QCommandLineOption seed(QStringLiteral("seed"),
        QStringLiteral("Seed for jitter and faults; the same seed repeats the same faults (default: random)."),
        QStringLiteral("N"));
    parser.addOptions({ port, user, password, speed, birdWorkspace, birdChannel, birdAccessKey, kaleyraSid,
        kaleyraApiKey, kaleyraFrom, latency, jitter, rateLimit, faultRate, faults, hostile, redirectTo, seed });
    parser.process(app);

    bool ok = false;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535)
        return fail(QStringLiteral("--port must be a number from 0 to 65535"));
    herald::sandbox::SandboxOptions options;
    options.messenteUser = parser.value(user);
    if (options.messenteUser.isEmpty() || options.messenteUser.contains(QLatin1Char(':')))
        return fail(QStringLiteral("--messente-user must be non-empty and without ':'"));
    options.messentePassword = parser.value(password);
    options.speed = parser.value(speed).toDouble(&ok);
    if (!ok || !(options.speed > 0) || !std::isfinite(options.speed))
        return fail(QStringLiteral("--speed must be a positive number"));
    // Empty values keep the defaults (random ids and keys).
    const auto token = [&](const QCommandLineOption& option, QString* target) {
        if (parser.isSet(option) && !parser.value(option).isEmpty())
            *target = parser.value(option);
        return isPrintableToken(*target);
    };
    if (!token(birdWorkspace, &options.birdWorkspaceId) || !token(birdChannel, &options.birdChannelId)
        || !token(birdAccessKey, &options.birdAccessKey) || !token(kaleyraSid, &options.kaleyraSid)
        || !token(kaleyraApiKey, &options.kaleyraApiKey))
        return fail(QStringLiteral("Bird and Kaleyra ids and keys must be printable ASCII without spaces or '/'"));
    if (parser.isSet(kaleyraFrom) && !parser.value(kaleyraFrom).isEmpty())
        options.kaleyraFromNumber = parser.value(kaleyraFrom);
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{6,14}$"));
    if (!e164.match(options.kaleyraFromNumber).hasMatch())
        return fail(QStringLiteral("--kaleyra-from must be an E.164 number such as +15550100000"));

    const auto count = [&](const QCommandLineOption& option, int* target) {
        *target = parser.value(option).toInt(&ok);
        return ok && *target >= 0;
    };
    if (!count(latency, &options.latencyMs) || !count(jitter, &options.jitterMs))
        return fail(QStringLiteral("--latency-ms and --jitter-ms must be whole numbers from 0"));
    if (!count(rateLimit, &options.rateLimit))
        return fail(QStringLiteral("--rate-limit must be a whole number from 0 (0 = no limit)"));
    options.faultRate = parser.value(faultRate).toDouble(&ok);
    if (!ok || !(options.faultRate >= 0 && options.faultRate <= 1))
        return fail(QStringLiteral("--fault-rate must be a number from 0 to 1"));
    if (parser.isSet(faults)) {
        herald::sandbox::SandboxOptions::FaultMix mix;
        for (const QString& item : parser.value(faults).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString kind = item.section(QLatin1Char('='), 0, 0).trimmed();
            const double share = item.section(QLatin1Char('='), 1).toDouble(&ok);
            double* target = kind == QLatin1String("server_error") ? &mix.serverError
                : kind == QLatin1String("hung")                    ? &mix.hung
                : kind == QLatin1String("dropped")                 ? &mix.dropped
                : kind == QLatin1String("malformed")               ? &mix.malformed
                                                                   : nullptr;
            if (!target || !ok || !(share >= 0 && share <= 1))
                return fail(QStringLiteral("--faults takes KIND=F pairs, KIND one of server_error, hung, dropped, "
                                           "malformed and F from 0 to 1: '%1'")
                                .arg(item));
            *target = share;
        }
        if (mix.serverError + mix.hung + mix.dropped + mix.malformed > 1)
            return fail(QStringLiteral("--faults shares add up to more than 1"));
        options.faultMix = mix;
    }
    options.hostileRate = parser.value(hostile).toDouble(&ok);
    if (!ok || !(options.hostileRate >= 0 && options.hostileRate <= 1))
        return fail(QStringLiteral("--hostile must be a number from 0 to 1"));
    if (parser.isSet(redirectTo)) {
        options.redirectTo = QUrl(parser.value(redirectTo), QUrl::StrictMode);
        if (!options.redirectTo.isValid() || options.redirectTo.host().isEmpty())
            return fail(QStringLiteral("--redirect-to must be a URL such as http://127.0.0.1:8081"));
    }
    if (parser.isSet(seed)) {
        options.seed = parser.value(seed).toUInt(&ok);
        if (!ok)
            return fail(QStringLiteral("--seed must be a whole number from 0 to 4294967295"));
    }

    herald::sandbox::SandboxServer server(options);
    if (!server.listen(static_cast<quint16>(portNumber)))
        return fail(QStringLiteral("cannot listen on 127.0.0.1 port %1").arg(portNumber));

    QTextStream out(stdout);
    out << server.baseUrl().toString() << Qt::endl; // Qt::endl flushes, so a reader sees each line at once
    const herald::sandbox::SandboxOptions& o = server.options();
    out << QStringLiteral("messente %1 %2").arg(o.messenteUser, o.messentePassword) << Qt::endl;
    out << QStringLiteral("bird %1 %2 %3").arg(o.birdWorkspaceId, o.birdChannelId, o.birdAccessKey) << Qt::endl;
    out << QStringLiteral("kaleyra %1 %2 %3").arg(o.kaleyraSid, o.kaleyraApiKey, o.kaleyraFromNumber) << Qt::endl;
    return QCoreApplication::exec();
}
