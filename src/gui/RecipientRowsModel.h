#pragma once

#include "core/RecipientList.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <optional>

namespace herald {

/// The rows of one recipient list: their fate first, then the list's own columns (editable).
class RecipientRowsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit RecipientRowsModel(QObject* parent = nullptr);

    void setList(RecipientList list);
    const RecipientList& list() const { return m_list; }
    const RecipientRow& row(int index) const { return m_list.rows.at(index); }
    /// Replaces row @p index after it was re-read and saved.
    void replaceRow(int index, const RecipientRow& row);
    void appendRow(const RecipientRow& row);
    /// Removes the rows with these ids.
    void removeRowIds(const QList<qint64>& ids);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;

    static constexpr int kFateColumn = 0;
    static constexpr int kFateRole = Qt::UserRole + 1;

Q_SIGNALS:
    /// The operator changed a cell of row @p index; the row's cells hold the new text.
    void rowEdited(int index, const herald::RecipientRow& row);

private:
    RecipientList m_list;
};

/// Filters rows by free text (any cell, the number, the problem) and by fate.
class RecipientFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setFate(std::optional<RowFate> fate);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::optional<RowFate> m_fate;
};

} // namespace herald
