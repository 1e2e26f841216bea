#include "storage/RecipientListRepository.h"

#include "storage/Database.h"
#include "storage/Logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace herald {

namespace {

QString toJson(const QStringList& cells)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(cells)).toJson(QJsonDocument::Compact));
}

QStringList fromJson(const QString& text)
{
    QStringList cells;
    for (const QJsonValue& value : QJsonDocument::fromJson(text.toUtf8()).array())
        cells.append(value.toString());
    return cells;
}

RecipientRow rowFrom(const QSqlQuery& q)
{
    RecipientRow row;
    row.id = q.value(0).toLongLong();
    row.position = q.value(1).toInt();
    row.sourceLine = q.value(2).toInt();
    row.phone = q.value(3).toString();
    row.e164 = q.value(4).toString();
    row.problem = q.value(5).toString();
    row.cells = fromJson(q.value(6).toString());
    row.fate = rowFateFromKey(q.value(7).toString());
    return row;
}

} // namespace

RecipientListRepository::RecipientListRepository(Database& db)
    : m_db(db)
{ }

QList<RecipientListSummary> RecipientListRepository::summaries() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT l.id, l.name, l.columns, COUNT(r.id), COUNT(CASE r.fate WHEN 'valid' THEN 1 END), "
                             "l.created_at FROM recipient_lists l LEFT JOIN recipient_rows r ON r.list_id = l.id "
                             "GROUP BY l.id ORDER BY l.name COLLATE NOCASE"));
    QList<RecipientListSummary> result;
    if (!Database::exec(q))
        return result;
    while (q.next())
        result.append({ q.value(0).toLongLong(), q.value(1).toString(), fromJson(q.value(2).toString()),
            q.value(3).toInt(), q.value(4).toInt(), Database::fromText(q.value(5).toString()) });
    return result;
}

std::optional<RecipientList> RecipientListRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, name, columns, phone_column, source, created_at, name_column "
                             "FROM recipient_lists WHERE id = ?"));
    q.addBindValue(id);
    if (!Database::exec(q) || !q.next())
        return std::nullopt;
    RecipientList list;
    list.id = q.value(0).toLongLong();
    list.name = q.value(1).toString();
    list.columns = fromJson(q.value(2).toString());
    list.phoneColumn = q.value(3).toInt();
    list.source = q.value(4).toString();
    list.createdAt = Database::fromText(q.value(5).toString());
    list.nameColumn = q.value(6).toInt();

    QSqlQuery rows(m_db.connection());
    rows.setForwardOnly(true);
    rows.prepare(QStringLiteral("SELECT id, position, source_line, phone, e164, problem, cells, fate "
                                "FROM recipient_rows WHERE list_id = ? ORDER BY position"));
    rows.addBindValue(id);
    if (!Database::exec(rows))
        return std::nullopt;
    while (rows.next())
        list.rows.append(rowFrom(rows));
    return list;
}

qint64 RecipientListRepository::save(const RecipientList& list)
{
    Transaction transaction(m_db.connection());
    const qint64 id = Database::upsert(m_db, QStringLiteral("recipient_lists"), list.id,
        { { QStringLiteral("name"), list.name }, { QStringLiteral("columns"), toJson(list.columns) },
            { QStringLiteral("phone_column"), list.phoneColumn }, { QStringLiteral("name_column"), list.nameColumn },
            { QStringLiteral("source"), Database::text(list.source) } });
    if (id == 0)
        return 0;
    QSqlQuery clear(m_db.connection());
    clear.prepare(QStringLiteral("DELETE FROM recipient_rows WHERE list_id = ?"));
    clear.addBindValue(id);
    if (!Database::exec(clear) || !insertRows(id, list.rows))
        return 0;
    return transaction.commit() ? id : 0;
}

bool RecipientListRepository::insertRows(qint64 listId, const QList<RecipientRow>& rows)
{
    if (rows.isEmpty())
        return true;
    // One prepared statement bound per batch: far faster than a statement per row.
    QVariantList listIds, positions, lines, phones, numbers, problems, cells, fates;
    for (const RecipientRow& row : rows) {
        listIds.append(listId);
        positions.append(row.position);
        lines.append(row.sourceLine);
        phones.append(Database::text(row.phone));
        numbers.append(Database::text(row.e164));
        problems.append(Database::text(row.problem));
        cells.append(toJson(row.cells));
        fates.append(rowFateKey(row.fate));
    }
    QSqlQuery insert(m_db.connection());
    insert.prepare(QStringLiteral("INSERT INTO recipient_rows (list_id, position, source_line, phone, e164, problem, "
                                  "cells, fate) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariantList* values : { &listIds, &positions, &lines, &phones, &numbers, &problems, &cells, &fates })
        insert.addBindValue(*values);
    if (!insert.execBatch()) {
        qCWarning(lcStorage) << "saving the rows of a recipient list failed";
        return false;
    }
    return true;
}

bool RecipientListRepository::remove(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM recipient_lists WHERE id = ?"));
    q.addBindValue(id);
    return Database::exec(q) && q.numRowsAffected() > 0;
}

bool RecipientListRepository::rename(qint64 id, const QString& name)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE recipient_lists SET name = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(name.trimmed());
    q.addBindValue(Database::toText(QDateTime::currentDateTimeUtc()));
    q.addBindValue(id);
    return !name.trimmed().isEmpty() && Database::exec(q) && q.numRowsAffected() == 1;
}

QString RecipientListRepository::unusedName(const QString& wanted) const
{
    QStringList taken;
    for (const RecipientListSummary& summary : summaries())
        taken.append(summary.name);
    const QString base = wanted.trimmed().isEmpty() ? QStringLiteral("list") : wanted.trimmed();
    QString name = base;
    for (int n = 2; taken.contains(name); ++n)
        name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    return name;
}

bool RecipientListRepository::updateRow(qint64 listId, const RecipientRow& row)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE recipient_rows SET phone = ?, e164 = ?, problem = ?, cells = ?, fate = ? "
                             "WHERE id = ? AND list_id = ?"));
    q.addBindValue(Database::text(row.phone));
    q.addBindValue(Database::text(row.e164));
    q.addBindValue(Database::text(row.problem));
    q.addBindValue(toJson(row.cells));
    q.addBindValue(rowFateKey(row.fate));
    q.addBindValue(row.id);
    q.addBindValue(listId);
    return Database::exec(q) && q.numRowsAffected() == 1;
}

qint64 RecipientListRepository::addRow(qint64 listId, RecipientRow row)
{
    QSqlQuery last(m_db.connection());
    last.prepare(QStringLiteral("SELECT COALESCE(MAX(position), -1) FROM recipient_rows WHERE list_id = ?"));
    last.addBindValue(listId);
    if (!Database::exec(last) || !last.next())
        return 0;
    row.position = last.value(0).toInt() + 1;
    if (!insertRows(listId, { row }))
        return 0;
    QSqlQuery id(m_db.connection());
    return id.exec(QStringLiteral("SELECT last_insert_rowid()")) && id.next() ? id.value(0).toLongLong() : 0;
}

int RecipientListRepository::removeRows(qint64 listId, const QList<qint64>& rowIds)
{
    Transaction transaction(m_db.connection());
    int removed = 0;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM recipient_rows WHERE id = ? AND list_id = ?"));
    for (const qint64 rowId : rowIds) {
        q.addBindValue(rowId);
        q.addBindValue(listId);
        if (!Database::exec(q))
            return 0;
        removed += q.numRowsAffected();
    }
    return transaction.commit() ? removed : 0;
}

QString RecipientListRepository::databasePath() const
{
    return m_db.path();
}

void RecipientListRepository::rememberMapping(const QString& headerKey, const ImportMapping& mapping)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO import_mappings (header_key, phone_column, name_column, delimiter, region, "
                       "updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(header_key) DO UPDATE SET "
                       "phone_column = excluded.phone_column, name_column = excluded.name_column, "
                       "delimiter = excluded.delimiter, region = excluded.region, updated_at = excluded.updated_at"));
    q.addBindValue(headerKey);
    q.addBindValue(Database::text(mapping.phoneColumn));
    q.addBindValue(Database::text(mapping.nameColumn));
    q.addBindValue(mapping.delimiter.isNull() ? QString() : QString(mapping.delimiter));
    q.addBindValue(Database::text(mapping.region));
    q.addBindValue(Database::toText(QDateTime::currentDateTimeUtc()));
    Database::exec(q);
}

std::optional<ImportMapping> RecipientListRepository::mappingFor(const QString& headerKey) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT phone_column, name_column, delimiter, region FROM import_mappings WHERE header_key = ?"));
    q.addBindValue(headerKey);
    if (!Database::exec(q) || !q.next())
        return std::nullopt;
    const QString delimiter = q.value(2).toString();
    return ImportMapping { q.value(0).toString(), q.value(1).toString(),
        delimiter.isEmpty() ? QChar() : delimiter.at(0), q.value(3).toString() };
}

} // namespace herald
