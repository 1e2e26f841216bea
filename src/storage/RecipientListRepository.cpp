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

} // namespace

RecipientListRepository::RecipientListRepository(Database& db)
    : m_db(db)
{ }

QList<RecipientListSummary> RecipientListRepository::summaries() const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT l.id, l.name, l.columns, COUNT(r.id), COUNT(NULLIF(r.e164, '')) "
                             "FROM recipient_lists l LEFT JOIN recipient_rows r ON r.list_id = l.id "
                             "GROUP BY l.id ORDER BY l.name COLLATE NOCASE"));
    QList<RecipientListSummary> result;
    if (!Database::exec(q))
        return result;
    while (q.next())
        result.append({ q.value(0).toLongLong(), q.value(1).toString(), fromJson(q.value(2).toString()),
            q.value(3).toInt(), q.value(4).toInt() });
    return result;
}

std::optional<RecipientList> RecipientListRepository::find(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT id, name, columns, phone_column, source, created_at FROM recipient_lists WHERE id = ?"));
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

    QSqlQuery rows(m_db.connection());
    rows.setForwardOnly(true);
    rows.prepare(QStringLiteral("SELECT id, position, source_line, phone, e164, problem, cells FROM recipient_rows "
                                "WHERE list_id = ? ORDER BY position"));
    rows.addBindValue(id);
    if (!Database::exec(rows))
        return std::nullopt;
    while (rows.next())
        list.rows.append(
            { rows.value(0).toLongLong(), rows.value(1).toInt(), rows.value(2).toInt(), rows.value(3).toString(),
                rows.value(4).toString(), rows.value(5).toString(), fromJson(rows.value(6).toString()) });
    return list;
}

qint64 RecipientListRepository::save(const RecipientList& list)
{
    Transaction transaction(m_db.connection());
    const qint64 id = Database::upsert(m_db, QStringLiteral("recipient_lists"), list.id,
        { { QStringLiteral("name"), list.name }, { QStringLiteral("columns"), toJson(list.columns) },
            { QStringLiteral("phone_column"), list.phoneColumn },
            { QStringLiteral("source"), Database::text(list.source) } });
    if (id == 0)
        return 0;
    QSqlQuery clear(m_db.connection());
    clear.prepare(QStringLiteral("DELETE FROM recipient_rows WHERE list_id = ?"));
    clear.addBindValue(id);
    if (!Database::exec(clear))
        return 0;

    // One prepared statement, bound per batch: far faster than a statement per row.
    QVariantList listIds, positions, lines, phones, numbers, problems, cells;
    for (const RecipientRow& row : list.rows) {
        listIds.append(id);
        positions.append(row.position);
        lines.append(row.sourceLine);
        phones.append(Database::text(row.phone));
        numbers.append(Database::text(row.e164));
        problems.append(Database::text(row.problem));
        cells.append(toJson(row.cells));
    }
    if (!list.rows.isEmpty()) {
        QSqlQuery insert(m_db.connection());
        insert.prepare(QStringLiteral("INSERT INTO recipient_rows (list_id, position, source_line, phone, e164, "
                                      "problem, cells) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariantList* values : { &listIds, &positions, &lines, &phones, &numbers, &problems, &cells })
            insert.addBindValue(*values);
        if (!insert.execBatch()) {
            qCWarning(lcStorage) << "saving the rows of a recipient list failed";
            return 0;
        }
    }
    return transaction.commit() ? id : 0;
}

bool RecipientListRepository::remove(qint64 id)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM recipient_lists WHERE id = ?"));
    q.addBindValue(id);
    return Database::exec(q) && q.numRowsAffected() > 0;
}

QString RecipientListRepository::unusedName(const QString& wanted) const
{
    QStringList taken;
    for (const RecipientListSummary& summary : summaries())
        taken.append(summary.name);
    QString name = wanted.trimmed().isEmpty() ? QStringLiteral("list") : wanted.trimmed();
    for (int n = 2; taken.contains(name); ++n)
        name = QStringLiteral("%1 (%2)").arg(wanted.trimmed()).arg(n);
    return name;
}

} // namespace herald
