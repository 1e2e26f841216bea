// herald-sandbox: the provider sandbox on its own, for tests, benchmarks and other clients.
// stdout carries exactly two lines (base URL, then "messente USER PASSWORD") so programs can read them;
// logs go to stderr.
#include "sandbox/SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <cmath>

namespace {

int fail(const QString& message)
{
    QTextStream(stderr) << "herald-sandbox: " << message << Qt::endl;
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("herald-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HERALD_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Serves Messente's Omnichannel API on 127.0.0.1 with deterministic outcomes, so clients "
                       "can be run and tested without an account. Prints the base URL and the credentials, "
                       "then serves until killed."));
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
    parser.addOptions({ port, user, password, speed });
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

    herald::sandbox::SandboxServer server(options);
    if (!server.listen(static_cast<quint16>(portNumber)))
        return fail(QStringLiteral("cannot listen on 127.0.0.1 port %1").arg(portNumber));

    QTextStream out(stdout);
    out << server.baseUrl().toString() << Qt::endl; // Qt::endl flushes, so a reader sees each line at once
    out << QStringLiteral("messente %1 %2").arg(server.options().messenteUser, server.options().messentePassword)
        << Qt::endl;
    return QCoreApplication::exec();
}
