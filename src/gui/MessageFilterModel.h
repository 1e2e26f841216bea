#pragma once

#include "gui/MessageTableModel.h"

#include <QAbstractProxyModel>
#include <QDateTime>
#include <vector>

namespace herald {

/**
 * The Delivery pane's filter and sort over a MessageTableModel: by states, campaign, profile, a range
 * of last-update times and free text, sorted by any column. Built for a hundred thousand rows: it
 * reads the model's compact rows directly (no QVariant per row), searches precomputed case-folded
 * keys, matches shared texts (templates, errors, campaigns, profiles) once per text rather than
 * once per row, keeps every row sorted so that a new filter only picks rows (no sort), and takes a
 * batch of changed rows as one move: the changed rows are taken out, sorted again and merged back,
 * announced with a single layout change (or one dataChanged() when nothing moved). New messages arrive as one
 * rowsInserted() when they land together (the newest first, as usual).
 */
class MessageFilterModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    static constexpr qint64 kAny = -1;

    struct Criteria
    {
        quint32 states = 0; ///< a bit per MessageState (stateBit()); 0 = every state
        qint64 campaignId = kAny; ///< kAny, 0 for messages sent on their own, or a campaign's id
        qint64 profileId = kAny; ///< kAny or a profile's id
        QDateTime from; ///< last update at or after; invalid = no lower bound
        QDateTime to; ///< last update before; invalid = no upper bound
        /**
         * Every word must be in the recipient's number, the name, the template, the error, the
         * campaign or the profile, in any case; a number may be typed with spaces, dashes or a +.
         */
        QString text;

        friend bool operator==(const Criteria&, const Criteria&) = default;
    };
    static quint32 stateBit(MessageState state) { return 1u << static_cast<unsigned>(state); }

    explicit MessageFilterModel(QObject* parent = nullptr);

    /// @p source must be a MessageTableModel (or null).
    void setSourceModel(QAbstractItemModel* source) override;
    MessageTableModel* messageModel() const { return m_source; }

    const Criteria& criteria() const { return m_criteria; }
    void setCriteria(const Criteria& criteria);
    void setStates(quint32 states);
    void setCampaign(qint64 campaignId);
    void setProfile(qint64 profileId);
    void setDateRange(const QDateTime& from, const QDateTime& to);
    void setText(const QString& text);

    /// Messages in each state among those every criterion but the states lets through.
    const MessageTableModel::StateCounts& stateCounts() const { return m_counts; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    /// stateCounts() changed.
    void countsChanged();

private:
    struct Token
    {
        QString text; ///< case-folded; digits only for a number
        std::vector<char> campaignHit; ///< per label of the model: whether the label holds the word
        std::vector<char> profileHit;
        std::vector<char> templateHit;
        std::vector<char> errorHit;
    };

    using Row = MessageTableModel::Row;

    void compile(); ///< criteria → what filtering compares against
    void resolveLabels(); ///< the chosen campaign and profile → their labels
    void computeHits(); ///< which labels hold each word of the text
    void refreshLabels(); ///< after the model added labels
    void ensureRanks() const; ///< the labels' alphabetical places for the sort column
    bool passesExceptState(const Row& row) const;
    bool passesState(const Row& row) const
    {
        return m_criteria.states == 0 || (m_criteria.states & stateBit(row.state));
    }
    bool tokenMatches(const Token& token, const Row& row) const;
    int compare(int leftRow, int rightRow) const;
    /// Whether @p leftRow comes before @p rightRow in the sort order chosen.
    bool before(int leftRow, int rightRow) const;
    /// The labels a column shows (campaigns, templates, …); nullptr for the columns that show none.
    const QList<MessageTableModel::Label>* labelsOf(int column) const;
    /// @p row's place in labelsOf(@p column).
    static int labelAt(const Row& row, int column);
    void sortRows(std::vector<int>& rows) const;
    std::vector<int> mergeRows(const std::vector<int>& sorted, const std::vector<int>& more) const;

    /// Sorts every row of the source (m_sorted).
    void sortAll();
    /// Filters every row again (in m_sorted's order), counting states as it goes.
    std::vector<int> computeAll();
    void refilter();
    /// Makes @p order the rows shown, keeping persistent indexes; false when it is the same order.
    bool relayout(std::vector<int> order);
    void rebuildPositions();

    void sourceRowsUpdated(const QList<int>& rows);
    void sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight);
    void sourceRowsInserted(const QModelIndex& parent, int first, int last);
    void sourceAboutToReset();
    void sourceReset();

    MessageTableModel* m_source = nullptr;
    QList<QMetaObject::Connection> m_connections;
    Criteria m_criteria;

    // The criteria, compiled.
    int m_campaignLabel = -1; ///< -1 any; -2 a campaign with no messages here (nothing matches)
    int m_profileLabel = -1;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    std::vector<Token> m_tokens;

    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    mutable std::vector<int> m_rank; ///< per label of the sort column: its place in alphabetical order
    mutable int m_rankColumn = -1; ///< the column m_rank is for

    std::vector<int> m_sorted; ///< every source row, in the sort order: a filter only has to pick from it
    std::vector<int> m_order; ///< source rows, in the order shown
    std::vector<int> m_position; ///< per source row: where it is shown, or -1
    std::vector<quint8> m_counted; ///< per source row: the state counted for it, or kNotCounted
    MessageTableModel::StateCounts m_counts;
    bool m_updateHandled = false; ///< the source's dataChanged after rowsUpdated() needs nothing more
};

} // namespace herald
