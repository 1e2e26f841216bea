#pragma once

#include "core/Profile.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace herald {

/// What the command line asked for.
struct AppOptions
{
    QString dataDir; ///< where the database, settings and logs live
    bool sandbox = false; ///< run against the built-in sandbox with a ready profile
    double sandboxSpeed = 1.0; ///< the sandbox's lifecycle time scale
    /// Share (0..1) of sandbox answers that are hostile bodies (markup, wrong types, invalid UTF-8, …).
    double sandboxHostile = 0.0;
    QString region; ///< default country for local numbers; empty = from the system locale
    /// Print on standard error when the window first painted and the message history was in, then quit (benchmarks).
    bool measureStartup = false;
    /// The profile Compose starts with (--profile), by name; empty = the first one.
    QString profileName;

    /**
     * Parses @p arguments (argv as a list). Prints help or version and exits for --help and
     * --version, as QCommandLineParser does; @p error gets the problem for bad input.
     */
    static AppOptions parse(const QStringList& arguments, QString* error);
    /// The data directory when none is given: the platform's application data location.
    static QString defaultDataDir();
    /**
     * The id of the profile called @p name among @p profiles (an exact match first, else one that
     * differs only in case). Sandbox profiles count only when @p sandbox is set, as Compose offers
     * them only then. Returns 0 with @p error naming the profiles there are when none matches.
     */
    static qint64 resolveProfile(const QString& name, const QList<Profile>& profiles, bool sandbox, QString* error);
};

} // namespace herald
