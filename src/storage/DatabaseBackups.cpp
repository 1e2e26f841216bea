#include "storage/DatabaseBackups.h"

#include "storage/Database.h"
#include "storage/Logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <atomic>

namespace herald {

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString backupName(const QDate& date)
{
    return QStringLiteral("herald-%1.sqlite").arg(date.toString(Qt::ISODate));
}

/**
 * A connection of its own to one SQLite file, for the thread that makes it: backups and checks run
 * beside Herald's own connection (WAL lets them read a consistent snapshot while Herald writes).
 */
class ScratchConnection
{
public:
    ScratchConnection(const QString& path, bool readOnly)
    {
        static std::atomic<int> counter { 0 };
        m_name = QStringLiteral("herald-scratch-%1").arg(++counter);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY")
                                      : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            m_error = StorageError::fromSql(db.lastError());
    }
    ~ScratchConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    ScratchConnection(const ScratchConnection&) = delete;
    ScratchConnection& operator=(const ScratchConnection&) = delete;

    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    const StorageError& openError() const { return m_error; }

    /// Runs @p sql; the first column of each row in @p rows. False with @p error on failure.
    bool run(const QString& sql, QStringList* rows, StorageError* error) const
    {
        QSqlQuery q(db());
        q.setForwardOnly(true);
        if (!q.exec(sql)) {
            *error = StorageError::fromSql(q.lastError());
            return false;
        }
        while (rows && q.next())
            rows->append(q.value(0).toString());
        return true;
    }

private:
    QString m_name;
    StorageError m_error;
};

/// PRAGMA quick_check's verdict on @p connection: None when "ok"; otherwise Corrupt (or what stopped it).
StorageError quickCheck(const ScratchConnection& connection)
{
    QStringList rows;
    StorageError error;
    if (!connection.run(QStringLiteral("PRAGMA quick_check"), &rows, &error))
        return error;
    if (rows == QStringList { QStringLiteral("ok") })
        return {};
    return { StorageProblem::Corrupt, rows.mid(0, 3).join(QStringLiteral("; ")) };
}

/// A name beside @p path that is not taken: @p path + @p suffix, else with -2, -3, … after it.
QString freeName(const QString& path, const QString& suffix)
{
    QString candidate = path + suffix;
    for (int n = 2; QFileInfo::exists(candidate) || QFileInfo::exists(candidate + QStringLiteral("-wal")); ++n)
        candidate = path + suffix + QStringLiteral("-%1").arg(n);
    return candidate;
}

} // namespace

QString DatabaseBackups::folderFor(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(QStringLiteral("backups"));
}

QList<BackupFile> DatabaseBackups::list(const QString& folder)
{
    static const QRegularExpression name(QStringLiteral("^herald-(\\d{4}-\\d{2}-\\d{2})\\.sqlite$"));
    QList<BackupFile> backups;
    const QFileInfoList files = QDir(folder).entryInfoList({ QStringLiteral("herald-*.sqlite") }, QDir::Files);
    for (const QFileInfo& file : files) {
        const QRegularExpressionMatch match = name.match(file.fileName());
        const QDate date = match.hasMatch() ? QDate::fromString(match.captured(1), Qt::ISODate) : QDate();
        if (date.isValid())
            backups.append({ file.absoluteFilePath(), date, file.size() });
    }
    std::sort(backups.begin(), backups.end(), [](const BackupFile& a, const BackupFile& b) { return a.date > b.date; });
    return backups;
}

BackupResult DatabaseBackups::backUp(const QString& databasePath, const QDate& today, int keep)
{
    QElapsedTimer clock;
    clock.start();
    BackupResult result;
    const QString folder = folderFor(databasePath);
    result.path = QDir(folder).filePath(backupName(today));
    const auto failed = [&result, &clock](const StorageError& error, const QString& text) {
        result.outcome = BackupResult::Outcome::Failed;
        result.error = error;
        result.errorText = text;
        result.milliseconds = clock.elapsed();
        return result;
    };
    if (!QDir().mkpath(folder) || !QFile::setPermissions(folder, kOwnerOnly | QFileDevice::ExeOwner))
        return failed({ StorageProblem::CannotOpen, {} },
            QCoreApplication::translate("DatabaseBackups", "The backups folder %1 could not be made.")
                .arg(QDir::toNativeSeparators(folder)));

    if (QFileInfo::exists(result.path)) {
        result.outcome = BackupResult::Outcome::AlreadyToday;
    } else {
        const QString partial = result.path + QStringLiteral(".partial");
        {
            ScratchConnection source(databasePath, true);
            if (source.openError().isError())
                return failed(source.openError(), source.openError().inWords());
            // A damaged database is not copied: its backup would push a good one out.
            if (const StorageError damage = quickCheck(source); damage.isError())
                return failed(damage,
                    QCoreApplication::translate("DatabaseBackups", "No backup was made: %1 (%2).")
                        .arg(damage.inWords(), damage.sqliteText));
            // VACUUM INTO takes an empty file as it is: made here first, so it is never readable by others.
            QFile::remove(partial);
            QFile target(partial);
            if (!target.open(QIODevice::WriteOnly) || !target.setPermissions(kOwnerOnly))
                return failed({ StorageProblem::CannotOpen, target.errorString() }, target.errorString());
            target.close();
            QSqlQuery vacuum(source.db());
            vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
            vacuum.addBindValue(partial);
            if (!vacuum.exec()) {
                const StorageError error = StorageError::fromSql(vacuum.lastError());
                QFile::remove(partial);
                return failed(error, error.inWords());
            }
        }
        if (!QFile::rename(partial, result.path)) {
            QFile::remove(partial);
            return failed({ StorageProblem::Other, {} },
                QCoreApplication::translate("DatabaseBackups", "The backup could not be named %1.")
                    .arg(QDir::toNativeSeparators(result.path)));
        }
        result.outcome = BackupResult::Outcome::Made;
    }
    const QList<BackupFile> backups = list(folder);
    for (qsizetype i = std::max(keep, 1); i < backups.size(); ++i) {
        if (QFile::remove(backups.at(i).path))
            qCInfo(lcStorage) << "old backup removed:" << backups.at(i).path;
    }
    result.milliseconds = clock.elapsed();
    return result;
}

StorageError DatabaseBackups::check(const QString& path)
{
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable())
        return { StorageProblem::CannotOpen, {} };
    ScratchConnection connection(path, true);
    if (connection.openError().isError())
        return connection.openError();
    if (const StorageError damage = quickCheck(connection); damage.isError())
        return damage;
    QStringList version;
    QStringList tables;
    StorageError error;
    if (!connection.run(QStringLiteral("PRAGMA user_version"), &version, &error)
        || !connection.run(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name = 'messages'"),
            &tables, &error))
        return error;
    if (version.value(0).toInt() <= 0 || tables.isEmpty())
        return { StorageProblem::NotADatabase, QStringLiteral("no Herald tables") };
    if (version.value(0).toInt() > Database::latestSchemaVersion())
        return { StorageProblem::NewerSchema, {} };
    return {};
}

bool DatabaseBackups::restore(
    const QString& databasePath, const QString& backupPath, QString* movedAside, QString* error)
{
    movedAside->clear();
    const QString shownBackup = QDir::toNativeSeparators(backupPath);
    if (QFileInfo(backupPath).absoluteFilePath() == QFileInfo(databasePath).absoluteFilePath()) {
        *error = QCoreApplication::translate("DatabaseBackups", "%1 is the database itself, not a backup of it.")
                     .arg(shownBackup);
        return false;
    }
    if (const StorageError problem = check(backupPath); problem.isError()) {
        *error = QCoreApplication::translate("DatabaseBackups", "The backup %1 cannot be used: %2.")
                     .arg(shownBackup, problem.inWords());
        return false;
    }
    // The copy is made and made private before anything is moved, so a failure leaves all as it was.
    const QString incoming = freeName(databasePath, QStringLiteral(".restoring"));
    if (!QFile::copy(backupPath, incoming) || !QFile::setPermissions(incoming, kOwnerOnly)) {
        QFile::remove(incoming);
        *error = QCoreApplication::translate("DatabaseBackups",
            "The backup could not be copied into the data folder; the disk may be full or the folder read-only.");
        return false;
    }
    if (QFileInfo::exists(databasePath)) {
        const QString aside = freeName(databasePath,
            QStringLiteral(".broken-") + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        if (!QFile::rename(databasePath, aside)) {
            QFile::remove(incoming);
            *error = QCoreApplication::translate("DatabaseBackups", "The database %1 could not be moved aside.")
                         .arg(QDir::toNativeSeparators(databasePath));
            return false;
        }
        // Its write-ahead log holds its latest changes: it stays with it, under its new name.
        for (const QString& suffix : { QStringLiteral("-wal"), QStringLiteral("-shm") }) {
            if (QFileInfo::exists(databasePath + suffix) && !QFile::rename(databasePath + suffix, aside + suffix))
                qCWarning(lcStorage) << "could not move" << databasePath + suffix << "aside";
        }
        *movedAside = aside;
        qCWarning(lcStorage) << "the database was moved aside as" << aside;
    }
    if (!QFile::rename(incoming, databasePath)) {
        *error = QCoreApplication::translate("DatabaseBackups", "The backup could not be put in place of %1.")
                     .arg(QDir::toNativeSeparators(databasePath));
        return false;
    }
    qCInfo(lcStorage) << "database restored from" << backupPath;
    return true;
}

AutoBackup::AutoBackup(QString databasePath, QObject* parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
{ }

AutoBackup::~AutoBackup()
{
    if (m_thread) {
        // The copy is a few seconds at most: cut off, it would leave a partial file behind.
        m_thread->wait();
        delete m_thread;
    }
}

void AutoBackup::schedule(std::chrono::milliseconds delay)
{
    QTimer::singleShot(delay, this, [this] { runNow(); });
}

bool AutoBackup::runNow()
{
    if (m_thread)
        return false;
    const QString path = m_databasePath;
    const QDate today = QDate::currentDate();
    m_thread = QThread::create([this, path, today] {
        const BackupResult result = DatabaseBackups::backUp(path, today);
        QMetaObject::invokeMethod(
            this,
            [this, result] {
                if (m_thread) {
                    m_thread->wait();
                    delete m_thread;
                    m_thread = nullptr;
                }
                switch (result.outcome) {
                case BackupResult::Outcome::Made:
                    qCInfo(lcStorage) << "backup made:" << result.path << "in" << result.milliseconds << "ms";
                    break;
                case BackupResult::Outcome::AlreadyToday:
                    qCInfo(lcStorage) << "today's backup is there already:" << result.path;
                    break;
                case BackupResult::Outcome::Failed:
                    qCWarning(lcStorage).noquote() << "backup failed:" << result.errorText;
                    break;
                }
                Q_EMIT finished(result);
            },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("herald-backup"));
    m_thread->start(QThread::LowPriority);
    return true;
}

} // namespace herald
