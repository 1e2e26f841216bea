#include "gui/DatabaseProblemDialog.h"

#include "gui/Logging.h"
#include "gui/PlainText.h"
#include "storage/DatabaseBackups.h"
#include "ui_DatabaseProblemDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QPushButton>
#include <QStyle>

namespace herald {

namespace {

QString shown(const QString& path)
{
    // Long paths wrap at their separators instead of widening the dialog past the screen.
    return breakableText(QDir::toNativeSeparators(path));
}

bool isDamaged(const DatabaseProblem& problem)
{
    return problem.kind == DatabaseProblem::Kind::Database
        && (problem.storage.problem == StorageProblem::Corrupt
            || problem.storage.problem == StorageProblem::NotADatabase);
}

} // namespace

DatabaseProblemDialog::DatabaseProblemDialog(DatabaseProblem problem, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DatabaseProblemDialog>())
    , m_problem(std::move(problem))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("databaseProblemDialog"));
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_ui->iconLabel->setPixmap(
        style()
            ->standardIcon(m_problem.kind == DatabaseProblem::Kind::OtherHerald ? QStyle::SP_MessageBoxInformation
                                                                                : QStyle::SP_MessageBoxCritical,
                nullptr, this)
            .pixmap(iconSize, iconSize));
    m_ui->iconLabel->setAccessibleName(tr("Problem"));
    QFont bold = m_ui->headlineLabel->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_ui->headlineLabel->setFont(bold);
    m_ui->headlineLabel->setText(headline(m_problem));
    m_ui->reasonLabel->setText(breakableText(m_problem.text));
    const QString sqlite = m_problem.storage.sqliteText;
    m_ui->detailsLabel->setText(tr("SQLite says: %1").arg(sqlite));
    m_ui->detailsLabel->setVisible(!sqlite.isEmpty() && !m_problem.text.contains(sqlite));
    m_ui->folderLabel->setText(tr("Data folder: %1").arg(shown(m_problem.dataDir)));
    m_ui->adviceLabel->setText(advice(m_problem));
    m_ui->errorLabel->hide();

    QPushButton* quit = m_ui->buttonBox->addButton(tr("&Quit"), QDialogButtonBox::RejectRole);
    quit->setObjectName(QStringLiteral("quitButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->restoreNewestButton, &QPushButton::clicked, this, [this] { restore(m_newestBackup); });
    connect(m_ui->openBackupButton, &QPushButton::clicked, this, &DatabaseProblemDialog::openBackup);
    connect(m_ui->chooseFolderButton, &QPushButton::clicked, this, &DatabaseProblemDialog::chooseFolder);
    connect(m_ui->tryAgainButton, &QPushButton::clicked, this, [this] { finish(Choice::TryAgain); });
    showBackups();

    // The way out most likely wanted has the focus, so Enter takes it.
    QPushButton* first = m_ui->restoreNewestButton->isEnabled() && isDamaged(m_problem) ? m_ui->restoreNewestButton
        : m_problem.kind == DatabaseProblem::Kind::OtherHerald                          ? m_ui->chooseFolderButton
                                                                                        : m_ui->tryAgainButton;
    first->setDefault(true);
    first->setFocus();
}

DatabaseProblemDialog::~DatabaseProblemDialog() = default;

void DatabaseProblemDialog::showBackups()
{
    const QString folder = DatabaseBackups::folderFor(m_problem.databasePath);
    const QList<BackupFile> backups = DatabaseBackups::list(folder);
    m_newestBackup = backups.isEmpty() ? QString() : backups.constFirst().path;
    // Restoring under a Herald that has the database open would pull its data from under it.
    const bool inUse = m_problem.kind == DatabaseProblem::Kind::OtherHerald;
    if (inUse) {
        m_ui->restoreNewestButton->setEnabled(false);
        m_ui->restoreNoteLabel->setText(
            tr("The other Herald is using this database, so no backup can be restored while it runs."));
    } else if (backups.isEmpty()) {
        m_ui->restoreNewestButton->setEnabled(false);
        m_ui->restoreNoteLabel->setText(
            tr("There is no backup in %1 yet: Herald makes one a day, a little after it starts.").arg(shown(folder)));
    } else {
        const BackupFile& newest = backups.constFirst();
        const QLocale locale;
        // The short date keeps the button narrow; the note says the day in full.
        m_ui->restoreNewestButton->setText(
            tr("&Restore the newest backup (%1)").arg(locale.toString(newest.date, QLocale::ShortFormat)));
        m_ui->restoreNoteLabel->setText(
            tr("Made on %1: Herald's data comes back as it was that day. %2 (%3)")
                .arg(locale.toString(newest.date, QLocale::LongFormat), shown(newest.path),
                    locale.formattedDataSize(newest.size, 1, QLocale::DataSizeTraditionalFormat)));
    }
    m_ui->openBackupButton->setEnabled(!inUse);
}

void DatabaseProblemDialog::restore(const QString& backupPath)
{
    if (backupPath.isEmpty())
        return;
    QString aside;
    QString error;
    if (!DatabaseBackups::restore(m_problem.databasePath, backupPath, &aside, &error)) {
        qCWarning(lcGui).noquote() << "restoring" << backupPath << "failed:" << error;
        m_ui->errorLabel->setText(tr("Not restored: %1").arg(breakableText(error)));
        m_ui->errorLabel->show();
        return;
    }
    m_restoredBackup = backupPath;
    m_movedAside = aside;
    finish(Choice::Restored);
}

void DatabaseProblemDialog::openBackup()
{
    const QString folder = DatabaseBackups::folderFor(m_problem.databasePath);
    QFileDialog dialog(this, tr("Open a Backup"), QFileInfo::exists(folder) ? folder : m_problem.dataDir,
        tr("Herald databases (*.sqlite);;All files (*)"));
    dialog.setObjectName(QStringLiteral("backupFileDialog"));
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    restore(dialog.selectedFiles().constFirst());
}

void DatabaseProblemDialog::chooseFolder()
{
    QFileDialog dialog(this, tr("Choose a Data Folder"), QFileInfo(m_problem.dataDir).absolutePath());
    dialog.setObjectName(QStringLiteral("dataFolderDialog"));
    dialog.setFileMode(QFileDialog::Directory);
    dialog.setOption(QFileDialog::ShowDirsOnly);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    m_chosenFolder = dialog.selectedFiles().constFirst();
    finish(Choice::OtherFolder);
}

void DatabaseProblemDialog::finish(Choice choice)
{
    m_choice = choice;
    accept();
}

QString DatabaseProblemDialog::headline(const DatabaseProblem& problem)
{
    switch (problem.kind) {
    case DatabaseProblem::Kind::OtherHerald:
        return tr("Herald is already running with this data folder.");
    case DatabaseProblem::Kind::DataFolder:
        return tr("Herald cannot use its data folder.");
    case DatabaseProblem::Kind::None:
    case DatabaseProblem::Kind::Database:
        break;
    }
    switch (problem.storage.problem) {
    case StorageProblem::Full:
        return tr("The disk is full.");
    case StorageProblem::ReadOnly:
    case StorageProblem::CannotOpen:
        return tr("Herald may not read or write its database.");
    case StorageProblem::IoError:
        return tr("The disk could not read or write Herald's database.");
    case StorageProblem::Corrupt:
    case StorageProblem::NotADatabase:
        return tr("Herald's database is damaged.");
    case StorageProblem::NewerSchema:
        return tr("Herald's database is from a newer version of Herald.");
    case StorageProblem::Locked:
        return tr("Another program is holding Herald's database.");
    case StorageProblem::None:
    case StorageProblem::Other:
        break;
    }
    return tr("Herald could not open its database.");
}

QString DatabaseProblemDialog::advice(const DatabaseProblem& problem)
{
    switch (problem.kind) {
    case DatabaseProblem::Kind::OtherHerald:
        return tr("Only one Herald at a time may use a data folder, so that no message is sent twice. Switch to "
                  "the other Herald's window, or choose another data folder for this one.");
    case DatabaseProblem::Kind::DataFolder:
        return tr("Check that the folder may be written and that the disk is not full, then try again, or choose "
                  "another data folder.");
    case DatabaseProblem::Kind::None:
    case DatabaseProblem::Kind::Database:
        break;
    }
    switch (problem.storage.problem) {
    case StorageProblem::Full:
        return tr("Nothing was lost. Free some space on the disk, then try again.");
    case StorageProblem::ReadOnly:
    case StorageProblem::CannotOpen:
        return tr("Check that the database file and its folder are yours and may be written, then try again; or "
                  "restore a backup.");
    case StorageProblem::IoError:
        return tr("The disk may be failing: copy the data folder somewhere safe first. Then try again, restore a "
                  "backup, or choose another data folder.");
    case StorageProblem::Corrupt:
    case StorageProblem::NotADatabase:
        return tr("Nothing has been deleted. Restoring a backup brings Herald's data back as it was that day; the "
                  "damaged file is kept beside it under a new name.");
    case StorageProblem::NewerSchema:
        return tr("This Herald cannot change it without risking the newer Herald's data. Start the newer Herald, or "
                  "restore a backup this one made; the file is kept either way.");
    case StorageProblem::Locked:
        return tr("Close the program that is using it (a database tool, say), then try again.");
    case StorageProblem::None:
    case StorageProblem::Other:
        break;
    }
    return tr("Try again, restore a backup, or choose another data folder.");
}

} // namespace herald
