#pragma once

#include "storage/StorageError.h"

#include <QDialog>
#include <QString>
#include <memory>

namespace Ui {
class DatabaseProblemDialog;
}

namespace herald {

/// Why Herald could not start on its data folder, as the DatabaseProblemDialog shows it.
struct DatabaseProblem
{
    enum class Kind
    {
        None, ///< no problem with the data (Herald may have failed for another reason)
        OtherHerald, ///< another Herald holds the data folder
        DataFolder, ///< the data folder cannot be made or written
        Database, ///< the database cannot be opened: see storage
    };
    Kind kind = Kind::None;
    StorageError storage; ///< what SQLite said, for Kind::Database
    QString text; ///< what happened, in words
    QString dataDir;
    QString databasePath;
};

/**
 * Shown instead of the main window when the data folder or its database cannot be used: says what
 * happened and why in words, and offers the ways out — restore the newest backup, open another
 * backup, choose another data folder (for this session), try again, quit. A restore happens here
 * (DatabaseBackups::restore, which keeps the broken file aside); the caller starts Herald again
 * after any choice but Quit.
 */
class DatabaseProblemDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice
    {
        Quit,
        Restored, ///< a backup is in place of the database: restoredBackup(), movedAside()
        OtherFolder, ///< start on chosenFolder()
        TryAgain,
    };

    explicit DatabaseProblemDialog(DatabaseProblem problem, QWidget* parent = nullptr);
    ~DatabaseProblemDialog() override;

    Choice choice() const { return m_choice; }
    QString chosenFolder() const { return m_chosenFolder; }
    QString restoredBackup() const { return m_restoredBackup; }
    /// Where the database that could not be opened was moved (empty when there was none).
    QString movedAside() const { return m_movedAside; }

    /// The one-line summary of @p problem ("Herald's database is damaged.").
    static QString headline(const DatabaseProblem& problem);
    /// What the operator can do about @p problem, in words.
    static QString advice(const DatabaseProblem& problem);

private:
    void showBackups();
    void restore(const QString& backupPath);
    void openBackup();
    void chooseFolder();
    void finish(Choice choice);

    const std::unique_ptr<Ui::DatabaseProblemDialog> m_ui;
    const DatabaseProblem m_problem;
    QString m_newestBackup;
    Choice m_choice = Choice::Quit;
    QString m_chosenFolder;
    QString m_restoredBackup;
    QString m_movedAside;
};

} // namespace herald
