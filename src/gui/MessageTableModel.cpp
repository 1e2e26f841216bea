#include "gui/MessageTableModel.h"

#include "gui/StateStyle.h"
#include "storage/MessageRepository.h"

#include <QLocale>

namespace herald {

namespace {
constexpr int kHistoryLimit = 100000;
}

MessageTableModel::MessageTableModel(MessageRepository& messages, QObject* parent)
    : QAbstractTableModel(parent)
    , m_messages(messages)
{ }

int MessageTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int MessageTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessageTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const MessageRecord& m = m_rows.at(index.row());
    if (role == kIdRole)
        return m.id;
    if (role == Qt::DisplayRole || role == kSortRole) {
        switch (index.column()) {
        case Recipient:
            return m.recipient;
        case Template:
            return m.templateName.isEmpty() ? tr("Text message")
                                            : QStringLiteral("%1 (%2)").arg(m.templateName, m.language);
        case Profile:
            return m.profileName;
        case Channel:
            return m.channel;
        case State:
            return role == kSortRole ? QVariant(static_cast<int>(m.state)) : QVariant(stateDisplayName(m.state));
        case ProviderId:
            return m.providerMessageId;
        case Updated:
            return role == kSortRole ? QVariant(m.updatedAt)
                                     : QVariant(QLocale().toString(m.updatedAt.toLocalTime(), QLocale::ShortFormat));
        case Error:
            return m.errorText;
        default:
            return {};
        }
    }
    if (index.column() == State) {
        if (role == Qt::DecorationRole)
            return stateIcon(m.state);
        if (role == Qt::ForegroundRole)
            return stateColor(m.state);
    }
    if (role == Qt::ToolTipRole && index.column() == Error && !m.errorText.isEmpty())
        return m.errorText;
    return {};
}

QVariant MessageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Recipient:
        return tr("Recipient");
    case Template:
        return tr("Template");
    case Profile:
        return tr("Profile");
    case Channel:
        return tr("Channel");
    case State:
        return tr("State");
    case ProviderId:
        return tr("Provider id");
    case Updated:
        return tr("Last update");
    case Error:
        return tr("Error");
    default:
        return {};
    }
}

void MessageTableModel::reload()
{
    beginResetModel();
    m_rows = m_messages.recent(kHistoryLimit);
    reindex();
    endResetModel();
}

void MessageTableModel::refreshMessages(const QList<qint64>& ids)
{
    for (const qint64 id : ids) {
        const std::optional<MessageRecord> record = m_messages.find(id);
        if (!record)
            continue;
        const int row = rowOf(id);
        if (row >= 0) {
            m_rows[row] = *record;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        } else {
            beginInsertRows({}, 0, 0);
            m_rows.prepend(*record);
            reindex();
            endInsertRows();
        }
    }
}

const MessageRecord* MessageTableModel::message(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QHash<MessageState, int> MessageTableModel::stateCounts() const
{
    QHash<MessageState, int> counts;
    for (const MessageRecord& m : m_rows)
        ++counts[m.state];
    return counts;
}

void MessageTableModel::reindex()
{
    m_rowById.clear();
    for (int row = 0; row < m_rows.size(); ++row)
        m_rowById.insert(m_rows.at(row).id, row);
}

} // namespace herald
