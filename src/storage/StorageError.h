#pragma once

#include <QString>

class QSqlError;

namespace herald {

/// What kind of trouble SQLite reported, as the operator can act on it.
enum class StorageProblem
{
    None,
    Full, ///< SQLITE_FULL: the disk (or the database's size limit) is full
    ReadOnly, ///< SQLITE_READONLY, SQLITE_PERM: the file or its folder cannot be written
    IoError, ///< SQLITE_IOERR: the disk failed to read or write
    Corrupt, ///< SQLITE_CORRUPT: the file is damaged
    NotADatabase, ///< SQLITE_NOTADB: the file is not an SQLite database at all
    Locked, ///< SQLITE_BUSY, SQLITE_LOCKED: another program holds the database
    CannotOpen, ///< SQLITE_CANTOPEN: missing, unreadable or in a folder that cannot be reached
    NewerSchema, ///< the file was written by a newer Herald than this one
    Other,
};

/**
 * Why the database could not be read or written: the kind of problem and SQLite's own text. Made
 * from a QSqlError, whose native code Qt keeps for failed statements; for some failures (a commit)
 * Qt keeps only SQLite's message, so that is read too — SQLite's messages are fixed English texts.
 */
struct StorageError
{
    StorageProblem problem = StorageProblem::None;
    QString sqliteText; ///< SQLite's own words, for details and logs

    bool isError() const { return problem != StorageProblem::None; }
    /// The problem in words, as a clause that fits after "…: " (e.g. "the disk is full; free some
    /// space and try again"); SQLite's own text for problems without words of Herald's.
    QString inWords() const;

    static StorageError fromSql(const QSqlError& error);
    /// SQLite's primary result code (an extended code is reduced to it) as a problem; Other when
    /// it is none of the problems above, None for SQLITE_OK.
    static StorageProblem problemForCode(int sqliteCode);
    /// SQLite's message (sqlite3_errstr) as a problem, for errors that arrive without their code.
    static StorageProblem problemForText(const QString& sqliteText);
};

} // namespace herald
