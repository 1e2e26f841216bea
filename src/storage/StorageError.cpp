#include "storage/StorageError.h"

#include <QCoreApplication>
#include <QSqlError>
#include <utility>

namespace herald {

namespace {

// SQLite's primary result codes (sqlite3.h); the storage layer reaches SQLite only through Qt SQL.
constexpr int kSqliteOk = 0;
constexpr int kSqlitePerm = 3;
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteIoErr = 10;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteNotADb = 26;

} // namespace

StorageProblem StorageError::problemForCode(int sqliteCode)
{
    switch (sqliteCode & 0xff) { // an extended code's low byte is its primary code
    case kSqliteOk:
        return StorageProblem::None;
    case kSqliteFull:
        return StorageProblem::Full;
    case kSqliteReadOnly:
    case kSqlitePerm:
        return StorageProblem::ReadOnly;
    case kSqliteIoErr:
        return StorageProblem::IoError;
    case kSqliteCorrupt:
        return StorageProblem::Corrupt;
    case kSqliteNotADb:
        return StorageProblem::NotADatabase;
    case kSqliteBusy:
    case kSqliteLocked:
        return StorageProblem::Locked;
    case kSqliteCantOpen:
        return StorageProblem::CannotOpen;
    default:
        return StorageProblem::Other;
    }
}

StorageProblem StorageError::problemForText(const QString& sqliteText)
{
    // sqlite3_errstr()'s texts, which sqlite3_errmsg() returns unless a statement said more.
    static const std::pair<const char*, StorageProblem> known[] = {
        { "database or disk is full", StorageProblem::Full },
        { "attempt to write a readonly database", StorageProblem::ReadOnly },
        { "access permission denied", StorageProblem::ReadOnly },
        { "disk I/O error", StorageProblem::IoError },
        { "database disk image is malformed", StorageProblem::Corrupt },
        { "file is not a database", StorageProblem::NotADatabase },
        { "database is locked", StorageProblem::Locked },
        { "database table is locked", StorageProblem::Locked },
        { "unable to open database file", StorageProblem::CannotOpen },
    };
    for (const auto& [text, problem] : known) {
        if (sqliteText.contains(QLatin1String(text), Qt::CaseInsensitive))
            return problem;
    }
    return sqliteText.isEmpty() ? StorageProblem::None : StorageProblem::Other;
}

StorageError StorageError::fromSql(const QSqlError& error)
{
    StorageError result;
    if (error.type() == QSqlError::NoError)
        return result;
    result.sqliteText = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    result.problem = numeric ? problemForCode(code) : StorageProblem::Other;
    // Qt drops the code on some paths (a failed commit): SQLite's message still names the problem.
    if (result.problem == StorageProblem::Other || result.problem == StorageProblem::None)
        result.problem = problemForText(result.sqliteText);
    if (result.problem == StorageProblem::None)
        result.problem = StorageProblem::Other;
    return result;
}

QString StorageError::inWords() const
{
    switch (problem) {
    case StorageProblem::None:
        return {};
    case StorageProblem::Full:
        return QCoreApplication::translate("StorageError", "the disk is full; free some space and try again");
    case StorageProblem::ReadOnly:
        return QCoreApplication::translate(
            "StorageError", "the database cannot be written to: the file or its folder is read-only");
    case StorageProblem::IoError:
        return QCoreApplication::translate(
            "StorageError", "the disk reported an error while reading or writing the database");
    case StorageProblem::Corrupt:
        return QCoreApplication::translate("StorageError", "the database file is damaged");
    case StorageProblem::NotADatabase:
        return QCoreApplication::translate("StorageError", "the file is not a Herald database, or it is damaged");
    case StorageProblem::Locked:
        return QCoreApplication::translate("StorageError", "another program is holding the database locked");
    case StorageProblem::CannotOpen:
        return QCoreApplication::translate(
            "StorageError", "the database file cannot be opened: check that you may read and write it");
    case StorageProblem::NewerSchema:
        return QCoreApplication::translate("StorageError", "the database was written by a newer version of Herald");
    case StorageProblem::Other:
        break;
    }
    return sqliteText.isEmpty() ? QCoreApplication::translate("StorageError", "the database reported an error")
                                : sqliteText;
}

} // namespace herald
