#include "app/AppContext.h"
#include "gui/MainWindow.h"
#include "sandbox/SandboxServer.h"

#include <QApplication>
#include <QMessageBox>

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

} // namespace

int main(int argc, char* argv[])
{
    if (asksForInformationOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        QString error;
        herald::AppOptions::parse(QCoreApplication::arguments(), &error); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setDesktopFileName(QStringLiteral("io.github.heraldconsole.Herald"));

    QString error;
    herald::AppOptions options = herald::AppOptions::parse(QApplication::arguments(), &error);
    herald::AppContext context(std::move(options));
    if (!error.isEmpty() || !context.initialize(&error)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "Herald cannot start"), error);
        return 1;
    }

    herald::MainWindow window(context.guiServices());
    if (const auto* sandbox = context.sandbox())
        window.setEnvironmentNote(QApplication::translate("main", "Sandbox at %1: nothing leaves this computer.")
                                      .arg(sandbox->baseUrl().toString()));
    window.show();
    return QApplication::exec();
}
