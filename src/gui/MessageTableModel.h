#pragma once

#include "core/Message.h"
#include "core/Profile.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QStringView>
#include <QThread>
#include <array>
#include <memory>
#include <unordered_map>
#include <vector>

namespace herald {

class MessageRepository;
struct MessageProgress;
struct MessageSummary;

/**
 * The message journal as a table for the Delivery pane, newest first: a hundred thousand messages
 * and more, held compactly (a row is a few numbers and two short strings; texts that repeat, such
 * as campaign, template, profile, channel and error, are kept once and referred to by index).
 *
 * The journal is read on a reader thread with a database connection of its own: reload() hands the
 * rows over in one reset, so the window paints before the history is in. applyChanges() takes the
 * batches the status tracker, the callback receiver and the senders announce: the ids are re-read
 * in one query (on this thread for a few, on the reader thread for many, so a poll that moves ten
 * thousand messages costs the GUI thread only the update), the rows updated in place and announced
 * with rowsUpdated() and a single dataChanged(); counts per state follow incrementally. Reads are
 * applied in the order they were asked for, so a row never goes back to an older state.
 */
class MessageTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Recipient,
        Name,
        Campaign,
        Template,
        Provider,
        Channel,
        State,
        Updated,
        Error,
        ColumnCount
    };
    static constexpr int kSortRole = Qt::UserRole + 1; ///< a value that sorts as the column should
    static constexpr int kIdRole = Qt::UserRole + 2; ///< the message id (qint64)
    static constexpr int kStateRole = Qt::UserRole + 3; ///< the MessageState as an int
    static constexpr int kStateCount = static_cast<int>(MessageState::Unknown) + 1;
    /// The newest this many messages are shown; older ones stay in the journal only.
    static constexpr int kHistoryLimit = 500000;

    /// How many messages are in each state.
    struct StateCounts
    {
        std::array<int, kStateCount> byState {};

        int of(MessageState state) const { return byState.at(static_cast<size_t>(state)); }
        int& operator[](MessageState state) { return byState.at(static_cast<size_t>(state)); }
        int total() const;
        friend bool operator==(const StateCounts&, const StateCounts&) = default;
    };

    /// A text many rows share (a campaign, a template, a profile, a channel, an error), kept once.
    struct Label
    {
        qint64 id = 0; ///< campaigns and profiles: their id; otherwise 0
        QString text; ///< as shown
        QString folded; ///< case-folded, for searching
        ProviderKind kind = ProviderKind::Messente; ///< profiles only
    };

    /// One message. Indexes point into the label tables (index 0: none / empty).
    struct Row
    {
        qint64 id = 0;
        qint64 updatedMs = 0; ///< last update, ms since the epoch (UTC)
        QString key; ///< the recipient, U+001F, then the name case-folded: what free text searches
        QString name;
        qint32 campaign = 0;
        qint32 templ = 0;
        qint32 error = 0;
        quint16 profile = 0;
        quint16 channel = 0;
        quint16 recipientLength = 0;
        MessageState state = MessageState::Queued;

        QStringView recipient() const { return QStringView(key).left(recipientLength); }
        QStringView foldedName() const { return QStringView(key).mid(recipientLength + 1); }
    };

    /// Everything the model shows, built on the loading thread and swapped in whole.
    struct Data;

    explicit MessageTableModel(MessageRepository& messages, QObject* parent = nullptr);
    ~MessageTableModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Batches of more ids than this are read on the reader thread; smaller ones at once.
    static constexpr int kReadHereMax = 200;

    /**
     * Reads the newest kHistoryLimit messages again: on the reader thread when the journal is a file
     * (loadingChanged() tells when), at once otherwise. Changes announced meanwhile are applied once
     * the rows are in.
     */
    void reload();
    /// Reads the journal at once, on this thread (tests, tools).
    void reloadNow();
    bool isLoading() const { return m_loading; }
    /// Whether a batch of changes is being read on the reader thread (changesApplied() follows).
    bool isReading() const { return m_reading; }

    /**
     * Re-reads messages @p ids in one query and updates their rows; ids not in the table yet are
     * read whole and added (new messages at the top). Emits rowsUpdated() and one dataChanged()
     * spanning the changed rows (columns Channel to Error), rowsInserted() for new ones, countsChanged()
     * once, then changesApplied(). Up to kReadHereMax ids are read at once when nothing else is being
     * read; more, on the reader thread.
     */
    void applyChanges(const QList<qint64>& ids);
    /// The name the Delivery pane has always used for applyChanges().
    void refreshMessages(const QList<qint64>& ids) { applyChanges(ids); }

    /**
     * The whole journal record of the message in @p row, read from the database now (its text,
     * values and provider id are not kept in the table). The pointer stays valid until the model is
     * reloaded or 256 other messages have been asked for; null for a bad row.
     */
    const MessageRecord* message(int row) const;
    int rowOf(qint64 messageId) const;
    qint64 idAt(int row) const;
    const Row& rowAt(int row) const;
    const StateCounts& stateCounts() const;

    // The label tables rows point into (index 0 is "none").
    const QList<Label>& campaigns() const;
    const QList<Label>& profiles() const;
    const QList<Label>& templates() const;
    const QList<Label>& channels() const;
    const QList<Label>& errors() const;

    /// How the journal was read last time: rows and milliseconds (0 until loaded).
    qint64 lastLoadMs() const { return m_lastLoadMs; }

Q_SIGNALS:
    void loadingChanged(bool loading);
    /// A batch given to applyChanges() is in the table (or changed nothing).
    void changesApplied();
    /// These rows changed (their state, time, channel or error), ascending; before the dataChanged covering them.
    void rowsUpdated(const QList<int>& rows);
    void countsChanged();
    /// A campaign, profile, template, channel or error not seen before was added to the label tables.
    void labelsChanged();

private:
    struct Batch; ///< what a batch read brought
    class Reader; ///< the reader thread's side: a database connection of its own

    int storageOf(qint64 messageId) const; ///< position in the id-ascending row vector, or -1
    int rowOfStorage(int storage) const; ///< storage position ↔ model row (the model shows the newest first)
    void adopt(std::unique_ptr<Data> data);
    Reader* reader();
    void applyBatch(const Batch& batch);
    void finishRead(const Batch& batch, quint64 generation);
    void insertSummaries(const QList<MessageSummary>& summaries);

    MessageRepository& m_messages;
    std::unique_ptr<Data> m_data;
    bool m_loading = false;
    bool m_reading = false;
    quint64 m_generation = 0; ///< counts reloads: a batch read before the last one is dropped
    QList<qint64> m_pending; ///< changes announced while loading or reading
    qint64 m_lastLoadMs = 0;
    QElapsedTimer m_loadClock;
    QThread* m_thread = nullptr;
    Reader* m_reader = nullptr; ///< lives in m_thread
    // message(): whole records read on demand; pointer-stable until cleared.
    mutable std::unordered_map<qint64, std::unique_ptr<MessageRecord>> m_records;
};

} // namespace herald
