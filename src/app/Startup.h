#pragma once

#include "app/AppOptions.h"

#include <QString>
#include <functional>
#include <memory>

class QWidget;

namespace herald {

class AppContext;
class SecretStore;

/// What startHerald() came to.
struct StartResult
{
    std::unique_ptr<AppContext> context; ///< null when Herald cannot run, or the operator chose Quit
    QString error; ///< why Herald cannot run, when that was not the data's fault (else empty)
    QString note; ///< for the status bar: what was done to start (a backup restored), in words
};

/**
 * Builds the AppContext for @p options and initializes it. When the data folder or its database
 * cannot be used (another Herald holds it; the database is damaged, newer, unreadable, on a full
 * disk), shows the DatabaseProblemDialog and, after the operator's choice — a backup restored,
 * another data folder (for this session only; --data-dir makes it lasting), try again — starts
 * again in this same process: the failed context is destroyed first, closing the database and
 * letting go of the folder, so nothing of it lingers and no restart is needed. @p secrets makes
 * each attempt's persistent secret store (null: the system keychain).
 */
StartResult startHerald(AppOptions options, const std::function<std::unique_ptr<SecretStore>()>& secrets = {});

} // namespace herald
