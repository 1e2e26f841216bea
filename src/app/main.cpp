#include "app/AppContext.h"
#include "app/Logging.h"
#include "app/Startup.h"
#include "app/Translations.h"
#include "gui/ComposeWidget.h"
#include "gui/DeliveryWidget.h"
#include "gui/LabelCopyCleaner.h"
#include "gui/LanguageChooser.h"
#include "gui/MainWindow.h"
#include "gui/MessageTableModel.h"
#include "sandbox/SandboxServer.h"
#include "storage/ProfileRepository.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>
#include <cstdio>
#include <memory>

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("Herald"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("heraldconsole.github.io"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HERALD_VERSION));
}

// --help and --version must work without a display (in a terminal, from a package).
bool asksForInformationOnly(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

/**
 * --measure-startup: prints "herald-startup {json}" lines on standard error, milliseconds since
 * main() began, when the main window has first painted and when the Delivery pane's history is in,
 * then the process's peak memory, and quits.
 */
class StartupReport : public QObject
{
public:
    StartupReport(herald::MainWindow& window, const QElapsedTimer& sinceMain)
        : m_sinceMain(sinceMain)
    {
        window.installEventFilter(this);
        herald::MessageTableModel* model = window.delivery()->model();
        m_historyIn = !model->isLoading();
        connect(model, &herald::MessageTableModel::loadingChanged, this, [this, model](bool loading) {
            if (loading || m_historyIn)
                return;
            m_historyIn = true;
            print(QStringLiteral("{\"event\":\"history_loaded\",\"ms\":%1,\"rows\":%2}")
                      .arg(m_sinceMain.elapsed())
                      .arg(model->rowCount()));
            finishWhenDone();
        });
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            // Reported once this paint is done and on its way to the screen.
            QTimer::singleShot(0, this, [this] {
                print(QStringLiteral("{\"event\":\"first_paint\",\"ms\":%1}").arg(m_sinceMain.elapsed()));
                finishWhenDone();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    static void print(const QString& json)
    {
        std::fprintf(stderr, "herald-startup %s\n", qUtf8Printable(json));
        std::fflush(stderr);
    }

    void finishWhenDone()
    {
        if (!m_painted || !m_historyIn)
            return;
        QFile status(QStringLiteral("/proc/self/status"));
        double peakMb = 0;
        if (status.open(QIODevice::ReadOnly)) {
            for (const QByteArray& line : status.readAll().split('\n')) {
                if (line.startsWith("VmHWM:"))
                    peakMb = line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
            }
        }
        print(QStringLiteral("{\"event\":\"done\",\"ms\":%1,\"peak_rss_mb\":%2}")
                  .arg(m_sinceMain.elapsed())
                  .arg(peakMb, 0, 'f', 1));
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    }

    const QElapsedTimer& m_sinceMain;
    bool m_painted = false;
    bool m_historyIn = false;
};

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    if (asksForInformationOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        herald::installTranslations(app); // --help in the system's language
        QString error;
        herald::AppOptions::parse(QCoreApplication::arguments(), &error); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    describeApplication();
    // The language the operator chose (Settings → Language), kept with their other preferences.
    herald::installTranslations(app, herald::LanguageChooser::chosen());
    QApplication::setDesktopFileName(QStringLiteral("io.github.heraldconsole.Herald"));
    // Long words in labels carry invisible places to wrap; a copy from a label leaves them behind.
    const herald::LabelCopyCleaner copyCleaner(QGuiApplication::clipboard());

    QString error;
    herald::AppOptions options = herald::AppOptions::parse(QApplication::arguments(), &error);
    const bool measureStartup = options.measureStartup;
    if (!error.isEmpty()) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Herald cannot start"), error);
        return 1;
    }
    // A data folder in use, or a database that cannot be opened, gets the DatabaseProblemDialog and its ways out.
    herald::StartResult started = herald::startHerald(std::move(options));
    if (!started.context) {
        if (!started.error.isEmpty())
            QMessageBox::critical(nullptr, QApplication::translate("main", "Herald cannot start"), started.error);
        return 1;
    }
    herald::AppContext& context = *started.context;

    // A wrong --profile is a command-line mistake: said where the command was typed, like a bad option.
    qint64 startProfile = 0; // the profile --profile names; 0 = Compose's own choice
    if (const QString& name = context.options().profileName; !name.isEmpty()) {
        startProfile
            = herald::AppOptions::resolveProfile(name, context.profiles().all(), context.sandbox() != nullptr, &error);
        if (startProfile == 0) {
            std::fprintf(stderr, "herald: %s\n", qUtf8Printable(error));
            return 1;
        }
    }

    herald::MainWindow window(context.guiServices());
    if (const auto* sandbox = context.sandbox())
        window.setEnvironmentNote(QApplication::translate("main", "Sandbox: nothing leaves this computer"),
            QApplication::translate("main", "Herald's built-in sandbox answers at %1 as the providers would.")
                .arg(sandbox->baseUrl().toString()));
    // After the window has restored the last used profile: the command line says otherwise.
    if (startProfile != 0 && window.compose()->selectProfile(startProfile))
        qCInfo(lcApp) << "Compose starts with the profile" << context.profiles().find(startProfile)->name;
    std::unique_ptr<StartupReport> report;
    if (measureStartup)
        report = std::make_unique<StartupReport>(window, sinceMain);
    window.show();
    if (!started.note.isEmpty())
        window.statusBar()->showMessage(started.note, 60000);
    return QApplication::exec();
}
