#pragma once

#include <QDateTime>
#include <QSqlDatabase>
#include <QList>
#include <QString>
#include <QVariant>

#include <utility>

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

    /// Opens (creating if needed) and migrates. On failure lastError() says why in words.
    bool open();
    QString lastError() const { return m_lastError; }
    QString path() const { return m_path; }
    int schemaVersion() const;
    QSqlDatabase connection() const;

    /// Qt binds a null QString as SQL NULL, but text columns are NOT NULL: bind "" instead.
    static QString text(const QString& value) { return value.isNull() ? QStringLiteral("") : value; }

    /**
     * Inserts a row (@p id 0) or updates row @p id of @p table with @p values (column, value),
     * keeping created_at/updated_at. Returns the row's id, or 0 on error (a broken constraint).
     */
    static qint64 upsert(Database& db, const QString& table, qint64 id,
                         const QList<std::pair<QString, QVariant>>& values);

    /// Runs a prepared query; logs and returns false on error.
    static bool exec(QSqlQuery& query);

    /// Timestamps are stored as UTC ISO-8601 with milliseconds, so they sort as text.
    static QString toText(const QDateTime& time);
    static QDateTime fromText(const QString& text);

private:
    bool migrate();

    QString m_path;
    QString m_connectionName;
    QString m_lastError;
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
