#pragma once

// The real application for GUI tests: AppContext on its in-process sandbox, in a fresh data folder,
// with an in-memory keychain, and its main window shown.

#include "app/AppContext.h"
#include "app/Translations.h"
#include "dispatch/StatusTracker.h"
#include "gui/DesktopNotifier.h"
#include "gui/MainWindow.h"
#include "secrets/MemorySecretStore.h"
#include "storage/TemplateRepository.h"

#include <QList>
#include <QSize>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace herald::test {

/// Keeps the desktop notifications the window asks for, instead of showing them.
class RecordingNotifier : public DesktopNotifier
{
public:
    struct Notification
    {
        QString title;
        QString text;
        Urgency urgency = Urgency::Normal;
    };
    QList<Notification> notifications;

    void notify(const QString& title, const QString& text, Urgency urgency) override
    {
        notifications.append({ title, text, urgency });
    }
};

struct SandboxApp
{
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<AppContext> app;
    RecordingNotifier notifier; ///< the window's desktop notifications: recorded, never shown
    std::unique_ptr<MainWindow> window;
    double sandboxSpeed = 1.0; ///< the sandbox's lifecycle time scale; set before start()
    double sandboxHostile = 0.0; ///< the share of hostile sandbox answers; set before start()

    /// Starts it (numbers read as Estonian by default); an empty string, or why it could not start.
    QString start(QSize size = { 1000, 650 }, const QString& region = QStringLiteral("EE"))
    {
        dir = std::make_unique<QTemporaryDir>();
        m_size = size;
        m_region = region;
        return launch();
    }

    /// Starts it at @p size with the sandbox at 20× its pace and the tracker polling every 50–200 ms,
    /// so that messages settle within a test; an empty string, or why it could not start.
    QString startFast(QSize size)
    {
        sandboxSpeed = 20.0;
        const QString error = start(size);
        if (error.isEmpty()) {
            StatusTracker::Schedule fast;
            fast.first = std::chrono::milliseconds(50);
            fast.max = std::chrono::milliseconds(200);
            app->tracker().setSchedule(fast);
        }
        return error;
    }

    /// Saves the template "order_ready" (en): "Hello {{1}}, your order is ready.", {{1}} = Mari by
    /// example; its id (0 if it could not be saved).
    qint64 saveOrderReady()
    {
        Template tpl;
        tpl.name = QStringLiteral("order_ready");
        tpl.language = QStringLiteral("en");
        tpl.body = QStringLiteral("Hello {{1}}, your order is ready.");
        tpl.bodyExamples = { { QStringLiteral("1"), QStringLiteral("Mari") } };
        return app->templates().save(tpl);
    }

    /// Quits it (without pausing anything, as a crash or a kill would) and starts it again on the same data.
    QString restart()
    {
        window.reset();
        app.reset();
        return launch();
    }

    /// Closes the window before the services it uses, then removes the data folder.
    void stop()
    {
        window.reset();
        app.reset();
        notifier.notifications.clear();
        dir.reset();
    }

private:
    QString launch()
    {
        // As herald's main() does: the window reads as the operator sees it ("1 message", not "message(s)").
        // English whatever the machine's language: the tests read the window's English words.
        static const QString shown = installTranslations(*QCoreApplication::instance(), QStringLiteral("en"));
        Q_UNUSED(shown)
        AppOptions options;
        options.dataDir = dir->path();
        options.sandbox = true;
        options.region = m_region;
        options.sandboxSpeed = sandboxSpeed;
        options.sandboxHostile = sandboxHostile;
        app = std::make_unique<AppContext>(options, std::make_unique<MemorySecretStore>());
        QString error;
        if (!app->initialize(&error))
            return error;
        window = std::make_unique<MainWindow>(app->guiServices());
        window->setNotifier(&notifier);
        window->resize(m_size);
        window->show();
        return QTest::qWaitForWindowExposed(window.get()) ? QString() : QStringLiteral("the window was never shown");
    }

    QSize m_size;
    QString m_region;
};

} // namespace herald::test
