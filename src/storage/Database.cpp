#include "storage/Database.h"

#include "storage/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
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

bool execText(QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        *error = query.lastError().text();
        return false;
    }
    return true;
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
    if (!QDir().mkpath(info.absolutePath())) {
        m_lastError = QCoreApplication::translate("Database", "The folder %1 could not be created.")
                          .arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    const bool existed = info.exists();
    if (!existed) {
        // Create the file ourselves so it is never readable by others, not even for a moment.
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly)
            || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            m_lastError = QCoreApplication::translate("Database", "The database file %1 could not be created: %2")
                              .arg(QDir::toNativeSeparators(m_path), file.errorString());
            return false;
        }
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!db.isValid()) {
        m_lastError = QCoreApplication::translate("Database", "The SQLite driver for Qt is not installed.");
        return false;
    }
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        m_lastError = QCoreApplication::translate("Database", "The database %1 could not be opened: %2")
                          .arg(QDir::toNativeSeparators(m_path), db.lastError().text());
        return false;
    }
    QString error;
    for (const char* pragma : { "PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL" }) {
        if (!execText(db, QString::fromLatin1(pragma), &error)) {
            m_lastError = QCoreApplication::translate("Database", "The database %1 could not be prepared: %2")
                              .arg(QDir::toNativeSeparators(m_path), error);
            return false;
        }
    }
    return migrate();
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

bool Database::migrate()
{
    QDir dir(QStringLiteral(":/sql"));
    QStringList files = dir.entryList({ QStringLiteral("*.sql") }, QDir::Files, QDir::Name);
    std::sort(files.begin(), files.end(), [](const QString& a, const QString& b) {
        return a.section(QLatin1Char('_'), 0, 0).toInt() < b.section(QLatin1Char('_'), 0, 0).toInt();
    });

    const int current = schemaVersion();
    QSqlDatabase db = connection();
    for (const QString& name : files) {
        const int version = name.section(QLatin1Char('_'), 0, 0).toInt();
        if (version <= current)
            continue;
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            m_lastError = QCoreApplication::translate("Database", "Migration %1 is missing.").arg(name);
            return false;
        }
        const QString script = QString::fromUtf8(file.readAll());
        QString error;
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
            m_lastError = QCoreApplication::translate("Database", "Updating the database to version %1 failed: %2")
                              .arg(version)
                              .arg(error.isEmpty() ? db.lastError().text() : error);
            return false;
        }
        qCInfo(lcStorage) << "database migrated to version" << version;
    }
    return true;
}

qint64 Database::upsert(Database& db, const QString& table, qint64 id,
                        const QList<std::pair<QString, QVariant>>& values)
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
{ }

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
    return m_db.commit();
}

} // namespace herald
