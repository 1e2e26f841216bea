#pragma once

#include "storage/StorageError.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <utility>

class QSqlDriver;
class QSqlError;
class QSqlQuery;

namespace herald {

/**
 * The SQLite file that holds profiles (non-secret part), templates and the message journal.
 * Owns one named Qt SQL connection; WAL mode; numbered migrations from resources/sql tracked with
 * PRAGMA user_version. The file is created readable by the user only: it holds contact data.
 */
class Database
{
public:
    explicit Database(QString path);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /**
     * Opens (creating if needed) and migrates. On failure lastError() says why in words and
     * lastFailure() what kind of problem it is: a file that is damaged, not a database, written by a
     * newer Herald, unreadable, on a full disk. A file that exists is never deleted or overwritten.
     */
    bool open();
    QString lastError() const { return m_lastError; }
    /**
     * Why the last statement on this connection that failed did so (at open, or any write since):
     * the storage layer's callers keep returning 0 or false, and whoever must tell the operator why
     * asks here. failureCount() tells whether a call of one's own was the one that failed.
     */
    StorageError lastFailure() const { return m_lastFailure; }
    quint64 failureCount() const { return m_failureCount; }
    QString path() const { return m_path; }
    int schemaVersion() const;
    QSqlDatabase connection() const;

    /// The highest schema version this Herald's migrations reach.
    static int latestSchemaVersion();

    /// Qt binds a null QString as SQL NULL, but text columns are NOT NULL: bind "" instead.
    static QString text(const QString& value) { return value.isNull() ? QStringLiteral("") : value; }

    /**
     * Inserts a row (@p id 0) or updates row @p id of @p table with @p values (column, value),
     * keeping created_at/updated_at. Returns the row's id, or 0 on error (a broken constraint).
     */
    static qint64 upsert(
        Database& db, const QString& table, qint64 id, const QList<std::pair<QString, QVariant>>& values);

    /// Runs a prepared query; logs and returns false on error, which the query's Database keeps as lastFailure().
    static bool exec(QSqlQuery& query);
    /// Keeps @p error as the lastFailure() of the Database that owns @p driver's connection, if any.
    static void noteFailure(const QSqlDriver* driver, const QSqlError& error);

    /// Timestamps are stored as UTC ISO-8601 with milliseconds, so they sort as text.
    static QString toText(const QDateTime& time);
    static QDateTime fromText(const QString& text);

private:
    bool migrate();
    /// Sets lastError() to @p text and lastFailure() to @p failure; returns false for open() to return.
    bool fail(const QString& text, const StorageError& failure);
    void keep(const StorageError& failure);

    QString m_path;
    QString m_connectionName;
    QString m_lastError;
    StorageError m_lastFailure;
    quint64 m_failureCount = 0;
    const QSqlDriver* m_driver = nullptr; ///< registered while open, so exec() finds this Database
};

/// Commits on commit(), rolls back otherwise, so an early return never leaves half a change.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase& db);
    ~Transaction();
    bool commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace herald
