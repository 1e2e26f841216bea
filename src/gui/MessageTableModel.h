#pragma once

#include "core/Message.h"

#include <QAbstractTableModel>
#include <QHash>

namespace herald {

class MessageRepository;

/// The message journal as a table, newest first; updated row by row as states change.
class MessageTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Recipient,
        Template,
        Profile,
        Channel,
        State,
        ProviderId,
        Updated,
        Error,
        ColumnCount
    };
    static constexpr int kSortRole = Qt::UserRole + 1;
    static constexpr int kIdRole = Qt::UserRole + 2;

    explicit MessageTableModel(MessageRepository& messages, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Reloads the most recent messages from the journal.
    void reload();
    /// Re-reads these messages (new ones are added at the top).
    void refreshMessages(const QList<qint64>& ids);

    const MessageRecord* message(int row) const;
    int rowOf(qint64 messageId) const { return m_rowById.value(messageId, -1); }
    QHash<MessageState, int> stateCounts() const;

private:
    void reindex();

    MessageRepository& m_messages;
    QList<MessageRecord> m_rows;
    QHash<qint64, int> m_rowById;
};

} // namespace herald
