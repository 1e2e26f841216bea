#pragma once

// The real application for GUI tests: AppContext on its in-process sandbox, in a fresh data folder,
// with an in-memory keychain, and its main window shown.

#include "app/AppContext.h"
#include "gui/MainWindow.h"
#include "secrets/MemorySecretStore.h"

#include <QSize>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace herald::test {

struct SandboxApp
{
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<AppContext> app;
    std::unique_ptr<MainWindow> window;

    /// Starts it (numbers read as Estonian by default); an empty string, or why it could not start.
    QString start(QSize size = { 1000, 650 }, const QString& region = QStringLiteral("EE"))
    {
        dir = std::make_unique<QTemporaryDir>();
        AppOptions options;
        options.dataDir = dir->path();
        options.sandbox = true;
        options.region = region;
        app = std::make_unique<AppContext>(options, std::make_unique<MemorySecretStore>());
        QString error;
        if (!app->initialize(&error))
            return error;
        window = std::make_unique<MainWindow>(app->guiServices());
        window->resize(size);
        window->show();
        return QTest::qWaitForWindowExposed(window.get()) ? QString() : QStringLiteral("the window was never shown");
    }

    /// Closes the window before the services it uses, then removes the data folder.
    void stop()
    {
        window.reset();
        app.reset();
        dir.reset();
    }
};

} // namespace herald::test
