#include "app/AppContext.h"
#include "gui/MainWindow.h"
#include "sandbox/SandboxServer.h"

#include <QApplication>
#include <QMessageBox>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Herald"));
    QApplication::setOrganizationDomain(QStringLiteral("heraldconsole.github.io"));
    QApplication::setApplicationVersion(QStringLiteral(HERALD_VERSION));
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
