#pragma once

#include "core/RecipientList.h"
#include "core/RecipientListOps.h"

#include <QList>
#include <optional>

namespace herald {

class Database;

/// A list's name and size without its rows, for pickers.
struct RecipientListSummary
{
    qint64 id = 0;
    QString name;
    QStringList columns;
    int rowCount = 0;
    int validCount = 0; ///< rows that will be sent to
    QDateTime createdAt;
};

/// Saved recipient lists, their rows, and how imported files' columns were mapped.
class RecipientListRepository
{
public:
    explicit RecipientListRepository(Database& db);

    QList<RecipientListSummary> summaries() const;
    /// The list with all its rows, in their order.
    std::optional<RecipientList> find(qint64 id) const;
    /**
     * Saves @p list with its rows in one transaction: a new list (id 0) is inserted, an existing
     * one replaced. Returns the id, or 0 when the name is taken or on error.
     */
    qint64 save(const RecipientList& list);
    bool remove(qint64 id);
    /// False when @p name is taken by another list.
    bool rename(qint64 id, const QString& name);
    /// A name not yet used, based on @p wanted: "customers", then "customers (2)", …
    QString unusedName(const QString& wanted) const;

    /// Writes an edited row (its cells, number, fate and problem); false on error.
    bool updateRow(qint64 listId, const RecipientRow& row);
    /// Appends @p row after the list's last; returns its id, or 0 on error.
    qint64 addRow(qint64 listId, RecipientRow row);
    /// Removes the rows with these ids from list @p listId; returns how many went.
    int removeRows(qint64 listId, const QList<qint64>& rowIds);

    void rememberMapping(const QString& headerKey, const ImportMapping& mapping);
    std::optional<ImportMapping> mappingFor(const QString& headerKey) const;

    /// The database file, for work that opens its own connection on another thread.
    QString databasePath() const;

private:
    bool insertRows(qint64 listId, const QList<RecipientRow>& rows);

    Database& m_db;
};

} // namespace herald
