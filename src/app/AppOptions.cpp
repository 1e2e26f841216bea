#include "app/AppOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QStandardPaths>

namespace herald {

AppOptions AppOptions::parse(const QStringList& arguments, QString* error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("AppOptions", "Send approved WhatsApp template messages and watch them arrive."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
        QCoreApplication::translate("AppOptions",
            "Run against the built-in provider sandbox, with a "
            "ready profile. Nothing leaves this computer."));
    const QCommandLineOption speed(QStringLiteral("sandbox-speed"),
        QCoreApplication::translate("AppOptions",
            "How fast sandbox messages progress (1 = "
            "realistic, 10 = ten times faster)."),
        QStringLiteral("factor"), QStringLiteral("1"));
    const QCommandLineOption hostile(QStringLiteral("sandbox-hostile"),
        QCoreApplication::translate("AppOptions",
            "Share of sandbox answers, 0 to 1, that are hostile: markup, wrong types, invalid text, deep "
            "nesting, oversized bodies (for trying Herald's defences)."),
        QStringLiteral("share"), QStringLiteral("0"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
        QCoreApplication::translate("AppOptions", "Keep the database, settings and logs in <dir>."),
        QStringLiteral("dir"));
    const QCommandLineOption region(QStringLiteral("region"),
        QCoreApplication::translate("AppOptions",
            "Country for numbers written without a country code, "
            "e.g. EE (default: from the system locale)."),
        QStringLiteral("code"));
    const QCommandLineOption measureStartup(QStringLiteral("measure-startup"),
        QCoreApplication::translate("AppOptions",
            "Print on standard error how many milliseconds the window took to first paint and the message "
            "history to load, then quit (for benchmarks)."));
    const QCommandLineOption profile(QStringLiteral("profile"),
        QCoreApplication::translate("AppOptions",
            "Start Compose with the profile called <name>. Herald says which profiles there are "
            "when none has that name."),
        QStringLiteral("name"));
    parser.addOptions({ sandbox, speed, hostile, dataDir, region, profile, measureStartup });
    parser.process(arguments);

    AppOptions options;
    options.sandbox = parser.isSet(sandbox);
    options.dataDir = parser.isSet(dataDir) ? parser.value(dataDir) : defaultDataDir();
    options.region = parser.value(region).toUpper();
    options.measureStartup = parser.isSet(measureStartup);
    options.profileName = parser.value(profile).trimmed();
    bool ok = false;
    options.sandboxSpeed = parser.value(speed).toDouble(&ok);
    if (!ok || options.sandboxSpeed <= 0) {
        *error = QCoreApplication::translate("AppOptions", "--sandbox-speed needs a positive number.");
        options.sandboxSpeed = 1.0;
    }
    options.sandboxHostile = parser.value(hostile).toDouble(&ok);
    if (!ok || !(options.sandboxHostile >= 0 && options.sandboxHostile <= 1)) {
        *error = QCoreApplication::translate("AppOptions", "--sandbox-hostile needs a number from 0 to 1.");
        options.sandboxHostile = 0.0;
    }
    return options;
}

QString AppOptions::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

qint64 AppOptions::resolveProfile(const QString& name, const QList<Profile>& profiles, bool sandbox, QString* error)
{
    QList<Profile> offered;
    for (const Profile& candidate : profiles) {
        if (!candidate.isSandbox || sandbox)
            offered.append(candidate);
    }
    for (const Profile& candidate : offered) {
        if (candidate.name == name)
            return candidate.id;
    }
    for (const Profile& candidate : offered) {
        if (candidate.name.compare(name, Qt::CaseInsensitive) == 0)
            return candidate.id;
    }

    if (offered.isEmpty()) {
        *error = QCoreApplication::translate("AppOptions",
            "--profile: there is no profile called “%1”, and no profile yet: add one under Profiles "
            "(or run with --sandbox to use the sandbox's).")
                     .arg(name);
        return 0;
    }
    QStringList names;
    for (const Profile& candidate : offered)
        names.append(QStringLiteral("“%1”").arg(candidate.name));
    *error = QCoreApplication::translate("AppOptions", "--profile: there is no profile called “%1”. Profiles: %2.")
                 .arg(name, QLocale().createSeparatedList(names));
    return 0;
}

} // namespace herald
