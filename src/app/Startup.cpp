#include "app/Startup.h"

#include "app/AppContext.h"
#include "app/DataFolderLock.h"
#include "app/Logging.h"
#include "gui/DatabaseProblemDialog.h"
#include "secrets/SecretStore.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>

namespace herald {

StartResult startHerald(AppOptions options, const std::function<std::unique_ptr<SecretStore>()>& secrets)
{
    StartResult result;
    QString note;
    for (;;) {
        auto context = std::make_unique<AppContext>(options, secrets ? secrets() : nullptr);
        QString error;
        if (context->initialize(&error)) {
            result.context = std::move(context);
            result.note = note;
            return result;
        }
        const DatabaseProblem problem = context->startupProblem();
        context.reset(); // closes the database and lets go of the data folder
        if (problem.kind == DatabaseProblem::Kind::None) {
            result.error = error;
            return result;
        }
        qCWarning(lcApp).noquote() << "Herald cannot start on its data:" << problem.text;

        // While the operator decides and a backup goes in place, no other Herald may open the folder.
        DataFolderLock hold(problem.dataDir);
        QString lockError;
        if (problem.kind != DatabaseProblem::Kind::OtherHerald && !hold.tryLock(&lockError) && hold.heldByAnother())
            continue; // another Herald started meanwhile: the next attempt says so

        DatabaseProblemDialog dialog(problem);
        if (dialog.exec() != QDialog::Accepted)
            return result; // Quit
        switch (dialog.choice()) {
        case DatabaseProblemDialog::Choice::Quit:
            return result;
        case DatabaseProblemDialog::Choice::Restored:
            note = dialog.movedAside().isEmpty()
                ? QApplication::translate("herald::Startup", "Herald's data was restored from %1.")
                      .arg(QDir::toNativeSeparators(dialog.restoredBackup()))
                : QApplication::translate("herald::Startup",
                    "Herald's data was restored from %1; the database that could not be opened is kept as %2.")
                      .arg(QDir::toNativeSeparators(dialog.restoredBackup()),
                          QDir::toNativeSeparators(dialog.movedAside()));
            break;
        case DatabaseProblemDialog::Choice::OtherFolder:
            options.dataDir = dialog.chosenFolder();
            note = QApplication::translate("herald::Startup", "Herald uses the data folder %1 until it is closed.")
                       .arg(QDir::toNativeSeparators(options.dataDir));
            qCInfo(lcApp) << "the operator chose the data folder" << options.dataDir << "for this session";
            break;
        case DatabaseProblemDialog::Choice::TryAgain:
            break;
        }
    }
}

} // namespace herald
