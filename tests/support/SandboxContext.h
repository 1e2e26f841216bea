#pragma once

// The whole application stack, as the composition root builds it, on the in-process sandbox, with
// secrets in memory and no window: what the integration tests start.
#include "app/AppContext.h"
#include "dispatch/StatusTracker.h"
#include "secrets/MemorySecretStore.h"

#include <QString>
#include <chrono>
#include <memory>

namespace herald::test {

/// Starts Herald on the sandbox with its data in @p dataDir, the sandbox answering at @p speed times
/// its pace; with @p fastTracking, the tracker polls every 50–100 ms. Null, with a warning naming
/// the reason, when it cannot start.
inline std::unique_ptr<AppContext> startSandboxContext(
    const QString& dataDir, double speed = 20.0, bool fastTracking = true)
{
    using namespace std::chrono_literals;
    AppOptions options;
    options.dataDir = dataDir;
    options.sandbox = true;
    options.sandboxSpeed = speed;
    options.region = QStringLiteral("EE");
    auto app = std::make_unique<AppContext>(options, std::make_unique<MemorySecretStore>());
    QString error;
    if (!app->initialize(&error)) {
        qWarning("Herald did not start on the sandbox: %s", qPrintable(error));
        return nullptr;
    }
    if (fastTracking) {
        StatusTracker::Schedule fast;
        fast.first = 50ms;
        fast.max = 100ms;
        app->tracker().setSchedule(fast);
    }
    return app;
}

} // namespace herald::test
