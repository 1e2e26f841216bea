#pragma once

#include "storage/StorageError.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>
#include <chrono>

class QThread;

namespace herald {

/// One backup file in the backups folder.
struct BackupFile
{
    QString path;
    QDate date; ///< the day it was made, from its name (herald-YYYY-MM-DD.sqlite)
    qint64 size = 0;
};

/// What one attempt to back the database up came to.
struct BackupResult
{
    enum class Outcome
    {
        Made,
        AlreadyToday, ///< today's backup exists: at most one a day
        Failed,
    };
    Outcome outcome = Outcome::Failed;
    QString path; ///< the backup file (made or already there)
    StorageError error; ///< why it failed
    QString errorText; ///< in words, for the log
    qint64 milliseconds = 0; ///< how long the check and the copy took
};

/**
 * Backups of the database, in `<data>/backups/herald-YYYY-MM-DD.sqlite` (made with VACUUM INTO on a
 * connection of their own, so a consistent copy while Herald goes on writing), readable by the user
 * only as the database is, the newest few kept. They hold what the database holds and no secrets:
 * those are in the keychain. A damaged database is never backed up, so it cannot push good backups out.
 */
class DatabaseBackups
{
public:
    static constexpr int kKeep = 5;

    /// The backups folder of the database at @p databasePath: `backups` beside it.
    static QString folderFor(const QString& databasePath);
    /// The backups in @p folder, newest first.
    static QList<BackupFile> list(const QString& folder);

    /**
     * Makes the backup of @p today, unless there is one already, then keeps only the newest
     * @p keep. Checks the database first (PRAGMA quick_check). Blocks: run it off the GUI thread.
     */
    static BackupResult backUp(const QString& databasePath, const QDate& today, int keep = kKeep);

    /**
     * Whether @p path is a Herald database this Herald can open: readable, undamaged (quick_check),
     * with Herald's tables and a schema no newer than this Herald's. None when it is.
     */
    static StorageError check(const QString& path);

    /**
     * Puts a copy of @p backupPath in the place of the database at @p databasePath, once check()
     * passes. The file that was there is not deleted: it is renamed, with its -wal and -shm, to
     * `<name>.broken-YYYYMMDD-HHMMSS` in its folder, and @p movedAside gets that name (empty when
     * there was no file). Herald must not have the database open. False with @p error in words.
     */
    static bool restore(const QString& databasePath, const QString& backupPath, QString* movedAside, QString* error);
};

/**
 * Herald's daily backup: once scheduled, after a delay (so it does not compete with the start's
 * own work), DatabaseBackups::backUp() runs on a thread of its own; finished() reports on the
 * owner's thread. Destroying it waits for a backup under way, so the copy is never cut off.
 */
class AutoBackup : public QObject
{
    Q_OBJECT
public:
    explicit AutoBackup(QString databasePath, QObject* parent = nullptr);
    ~AutoBackup() override;

    /// Runs the backup once, @p delay from now.
    void schedule(std::chrono::milliseconds delay);
    /// Runs it now (unless one is under way); false when one was.
    bool runNow();
    bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    void finished(const herald::BackupResult& result);

private:
    const QString m_databasePath;
    QThread* m_thread = nullptr;
};

} // namespace herald
