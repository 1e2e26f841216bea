#pragma once

#include "core/RecipientList.h"

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
    int validCount = 0; ///< rows whose number was read
};

/// Saved recipient lists and their rows.
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
    /// A name not yet used, based on @p wanted: "customers", then "customers (2)", …
    QString unusedName(const QString& wanted) const;

private:
    Database& m_db;
};

} // namespace herald
