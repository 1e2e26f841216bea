#include "storage/Database.h"

#include "storage/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <atomic>

namespace herald {

namespace {

QString nextConnectionName()
{
    static std::atomic<int> counter { 0 };
    return QStringLiteral("herald-%1").arg(++counter);
}

bool execText(QSqlDatabase& db, const QString& sql, StorageError* error)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        *error = StorageError::fromSql(query.lastError());
        return false;
    }
    return true;
}

/// The open Databases by their connection's driver: Database::exec() gets only a query, and its
/// failure belongs to the Database whose connection ran it. Other threads' connections are not here.
struct Registry
{
    QMutex mutex;
    QHash<const QSqlDriver*, Database*> byDriver;
};

Registry& registry()
{
    static Registry r;
    return r;
}

QStringList migrationFiles()
{
    QStringList files = QDir(QStringLiteral(":/sql")).entryList({ QStringLiteral("*.sql") }, QDir::Files, QDir::Name);
    std::sort(files.begin(), files.end(), [](const QString& a, const QString& b) {
        return a.section(QLatin1Char('_'), 0, 0).toInt() < b.section(QLatin1Char('_'), 0, 0).toInt();
    });
    return files;
}

// Splits a migration file into statements; the files hold no semicolons inside strings or triggers.
QStringList statementsOf(const QString& script)
{
    QStringList statements;
    QString current;
    for (const QString& line : script.split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(QLatin1String("--")))
            continue;
        current += line + QLatin1Char('\n');
        if (line.trimmed().endsWith(QLatin1Char(';'))) {
            statements.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

} // namespace

Database::Database(QString path)
    : m_path(std::move(path))
    , m_connectionName(nextConnectionName())
{ }

Database::~Database()
{
    if (m_driver) {
        QMutexLocker lock(&registry().mutex);
        registry().byDriver.remove(m_driver);
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::open()
{
    const QFileInfo info(m_path);
    const QString shown = QDir::toNativeSeparators(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(QCoreApplication::translate("Database", "The folder %1 could not be created.")
                        .arg(QDir::toNativeSeparators(info.absolutePath())),
            { StorageProblem::CannotOpen, {} });
    const bool existed = info.exists();
    if (existed && (!info.isReadable() || !info.isWritable())) {
        // SQLite would open a read-only file read-only and fail later, at the first write: say it now.
        const StorageError failure { info.isReadable() ? StorageProblem::ReadOnly : StorageProblem::CannotOpen, {} };
        return fail(QCoreApplication::translate("Database", "The database %1 could not be opened: %2.")
                        .arg(shown, failure.inWords()),
            failure);
    }
    if (!existed) {
        // Create the file ourselves so it is never readable by others, not even for a moment.
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly)
            || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            const StorageProblem problem = file.error() == QFileDevice::ResourceError ? StorageProblem::Full
                : file.error() == QFileDevice::PermissionsError                       ? StorageProblem::ReadOnly
                                                                                      : StorageProblem::CannotOpen;
            return fail(QCoreApplication::translate("Database", "The database file %1 could not be created: %2")
                            .arg(shown, file.errorString()),
                { problem, file.errorString() });
        }
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!db.isValid())
        return fail(QCoreApplication::translate("Database", "The SQLite driver for Qt is not installed."),
            { StorageProblem::Other, {} });
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        const StorageError failure = StorageError::fromSql(db.lastError());
        return fail(QCoreApplication::translate("Database", "The database %1 could not be opened: %2.")
                        .arg(shown, failure.inWords()),
            failure);
    }
    m_driver = db.driver();
    {
        QMutexLocker lock(&registry().mutex);
        registry().byDriver.insert(m_driver, this);
    }
    // SQLite opens any file lazily: these are the first reads, where a file that is not a database,
    // or whose header or schema is damaged (a truncated file, say), is found.
    StorageError error;
    for (const char* pragma : { "PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL",
             "SELECT count(*) FROM sqlite_schema" }) {
        if (!execText(db, QString::fromLatin1(pragma), &error))
            return fail(QCoreApplication::translate("Database", "The database %1 could not be opened: %2.")
                            .arg(shown, error.inWords()),
                error);
    }
    return migrate();
}

bool Database::fail(const QString& text, const StorageError& failure)
{
    m_lastError = text;
    keep(failure);
    qCWarning(lcStorage).noquote() << text << (failure.sqliteText.isEmpty() ? QString() : failure.sqliteText);
    return false;
}

void Database::keep(const StorageError& failure)
{
    // A commit after a statement failed finds no transaction (SQLite rolled it back): the
    // statement's failure is the one that explains it.
    if (failure.problem == StorageProblem::Other
        && failure.sqliteText.contains(QLatin1String("no transaction is active")))
        return;
    m_lastFailure = failure;
    ++m_failureCount;
}

void Database::noteFailure(const QSqlDriver* driver, const QSqlError& error)
{
    Database* owner = nullptr;
    {
        QMutexLocker lock(&registry().mutex);
        owner = registry().byDriver.value(driver);
    }
    if (owner)
        owner->keep(StorageError::fromSql(error));
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

int Database::latestSchemaVersion()
{
    const QStringList files = migrationFiles();
    return files.isEmpty() ? 0 : files.constLast().section(QLatin1Char('_'), 0, 0).toInt();
}

bool Database::migrate()
{
    const QDir dir(QStringLiteral(":/sql"));
    const int current = schemaVersion();
    const int latest = latestSchemaVersion();
    if (current > latest) {
        // Its tables may mean something this Herald does not know: writing to them could lose data.
        return fail(QCoreApplication::translate("Database",
                        "The database %1 was written by a newer version of Herald (database version %2; this "
                        "Herald knows versions up to %3). Start the newer Herald, or open a backup this one made.")
                        .arg(QDir::toNativeSeparators(m_path))
                        .arg(current)
                        .arg(latest),
            { StorageProblem::NewerSchema, {} });
    }
    QSqlDatabase db = connection();
    for (const QString& name : migrationFiles()) {
        const int version = name.section(QLatin1Char('_'), 0, 0).toInt();
        if (version <= current)
            continue;
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return fail(QCoreApplication::translate("Database", "Migration %1 is missing.").arg(name),
                { StorageProblem::Other, {} });
        const QString script = QString::fromUtf8(file.readAll());
        StorageError error;
        Transaction transaction(db);
        bool ok = true;
        for (const QString& statement : statementsOf(script)) {
            if (!execText(db, statement, &error)) {
                ok = false;
                break;
            }
        }
        ok = ok && execText(db, QStringLiteral("PRAGMA user_version = %1").arg(version), &error);
        if (!ok || !transaction.commit()) {
            if (!error.isError())
                error = StorageError::fromSql(db.lastError());
            return fail(QCoreApplication::translate("Database", "Updating the database to version %1 failed: %2.")
                            .arg(version)
                            .arg(error.inWords()),
                error);
        }
        qCInfo(lcStorage) << "database migrated to version" << version;
    }
    return true;
}

qint64 Database::upsert(
    Database& db, const QString& table, qint64 id, const QList<std::pair<QString, QVariant>>& values)
{
    const QString now = toText(QDateTime::currentDateTimeUtc());
    QStringList columns;
    for (const auto& [column, value] : values)
        columns.append(column);
    QSqlQuery q(db.connection());
    if (id == 0) {
        columns << QStringLiteral("created_at") << QStringLiteral("updated_at");
        QStringList marks;
        for (qsizetype i = 0; i < columns.size(); ++i)
            marks.append(QStringLiteral("?"));
        q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
    } else {
        columns << QStringLiteral("updated_at");
        QStringList assignments;
        for (const QString& column : std::as_const(columns))
            assignments.append(column + QStringLiteral(" = ?"));
        q.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, assignments.join(QStringLiteral(", "))));
    }
    for (const auto& [column, value] : values)
        q.addBindValue(value);
    q.addBindValue(now);
    if (id == 0)
        q.addBindValue(now);
    else
        q.addBindValue(id);
    if (!exec(q))
        return 0;
    return id == 0 ? q.lastInsertId().toLongLong() : id;
}

bool Database::exec(QSqlQuery& query)
{
    if (query.exec())
        return true;
    qCWarning(lcStorage) << "query failed:" << query.lastError().text();
    noteFailure(query.driver(), query.lastError());
    return false;
}

QString Database::toText(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime Database::fromText(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs); // always written with a 'Z' offset
}

Transaction::Transaction(const QSqlDatabase& db)
    : m_db(db)
    , m_open(m_db.transaction())
{
    if (!m_open)
        Database::noteFailure(m_db.driver(), m_db.lastError());
}

Transaction::~Transaction()
{
    if (m_open)
        m_db.rollback();
}

bool Transaction::commit()
{
    if (!m_open)
        return false;
    m_open = false;
    if (m_db.commit())
        return true;
    Database::noteFailure(m_db.driver(), m_db.lastError());
    return false;
}

} // namespace herald
