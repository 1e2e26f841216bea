#pragma once

#include "core/Campaign.h"
#include "storage/CampaignRepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>

namespace herald {

/// Rows a dry run (or a saved campaign) leaves out: row, phone as written, reason, detail.
class SkipTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Row,
        Phone,
        Reason,
        Detail,
        ColumnCount
    };
    static constexpr int kReasonKeyRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setSkips(const QList<PlannedSkip>& skips);
    void setSkips(const QList<CampaignSkipRecord>& skips);
    const QList<PlannedSkip>& skips() const { return m_skips; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PlannedSkip> m_skips;
};

/// Shows the skips of one reason, or all of them.
class SkipFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit SkipFilterModel(QObject* parent = nullptr);
    /// Only rows skipped for @p reason; std::nullopt: every row.
    void setReason(std::optional<SkipReason> reason);
};

/// One campaign as the Campaigns pane lists it.
struct CampaignRow
{
    CampaignRecord record;
    CampaignCounts counts;
};

/// Every campaign, newest first, with its counts; rows are updated one by one as campaigns change.
class CampaignTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Profile,
        Template,
        State,
        Progress,
        Failed,
        Unknown,
        Created,
        ColumnCount
    };
    static constexpr int kIdRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setCampaigns(const QList<CampaignRow>& rows);
    /// Replaces the row of @p row's campaign, or adds it at the top when it is new.
    void updateCampaign(const CampaignRow& row);
    const CampaignRow* campaign(int row) const;
    int rowOf(qint64 campaignId) const { return m_rowById.value(campaignId, -1); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reindex();

    QList<CampaignRow> m_rows;
    QHash<qint64, int> m_rowById;
};

} // namespace herald
