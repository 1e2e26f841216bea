#include "gui/RecipientRowsModel.h"

#include "core/RecipientListOps.h"
#include "gui/PlainText.h"

#include <QApplication>
#include <QStyle>

namespace herald {

RecipientRowsModel::RecipientRowsModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void RecipientRowsModel::setList(RecipientList list)
{
    beginResetModel();
    m_list = std::move(list);
    endResetModel();
}

void RecipientRowsModel::replaceRow(int index, const RecipientRow& row)
{
    m_list.rows[index] = row;
    Q_EMIT dataChanged(this->index(index, 0), this->index(index, columnCount() - 1));
}

void RecipientRowsModel::appendRow(const RecipientRow& row)
{
    const int at = rowCount();
    beginInsertRows({}, at, at);
    m_list.rows.append(row);
    endInsertRows();
}

void RecipientRowsModel::removeRowIds(const QList<qint64>& ids)
{
    for (int i = rowCount() - 1; i >= 0; --i) {
        if (ids.contains(m_list.rows.at(i).id)) {
            beginRemoveRows({}, i, i);
            m_list.rows.removeAt(i);
            endRemoveRows();
        }
    }
}

int RecipientRowsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_list.rows.size());
}

int RecipientRowsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_list.columns.size()) + 1;
}

QVariant RecipientRowsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const RecipientRow& row = m_list.rows.at(index.row());
    if (index.column() == kFateColumn) {
        switch (role) {
        case Qt::DisplayRole:
            // Never colour alone: the fate is written out, and a problem follows it.
            return row.problem.isEmpty() ? rowFateName(row.fate) : tr("%1: %2").arg(rowFateName(row.fate), row.problem);
        case Qt::ToolTipRole:
            return plainToolTip(row.problem);
        case Qt::DecorationRole: {
            const QStyle* style = QApplication::style();
            if (row.fate == RowFate::Valid)
                return row.problem.isEmpty() ? QVariant() : style->standardIcon(QStyle::SP_MessageBoxWarning);
            return style->standardIcon(
                row.fate == RowFate::Invalid ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxInformation);
        }
        case kFateRole:
            return static_cast<int>(row.fate);
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole || role == Qt::EditRole)
        return row.cells.value(index.column() - 1);
    if (role == Qt::ToolTipRole)
        return plainToolTip(row.cells.value(index.column() - 1));
    return {};
}

QVariant RecipientRowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (section == kFateColumn)
        return tr("Status");
    const QString name = m_list.columns.value(section - 1);
    return section - 1 == m_list.phoneColumn ? tr("%1 (number)").arg(name) : name;
}

Qt::ItemFlags RecipientRowsModel::flags(const QModelIndex& index) const
{
    const Qt::ItemFlags base = QAbstractTableModel::flags(index);
    return index.column() == kFateColumn ? base : base | Qt::ItemIsEditable;
}

bool RecipientRowsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || index.column() == kFateColumn)
        return false;
    RecipientRow edited = m_list.rows.at(index.row());
    const int cell = index.column() - 1;
    while (edited.cells.size() <= cell)
        edited.cells.append(QString());
    if (edited.cells.at(cell) == value.toString())
        return false;
    edited.cells[cell] = value.toString();
    Q_EMIT rowEdited(index.row(), edited);
    return true;
}

void RecipientFilterModel::setFate(std::optional<RowFate> fate)
{
    m_fate = fate;
    invalidateFilter();
}

bool RecipientFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* model = sourceModel();
    if (m_fate
        && model->index(sourceRow, RecipientRowsModel::kFateColumn, sourceParent)
                .data(RecipientRowsModel::kFateRole)
                .toInt()
            != static_cast<int>(*m_fate))
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace herald
