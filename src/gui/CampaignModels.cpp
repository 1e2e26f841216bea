#include "gui/CampaignModels.h"

#include "gui/PlainText.h"

#include <QLocale>
#include <QRegularExpression>

namespace herald {

void SkipTableModel::setSkips(const QList<PlannedSkip>& skips)
{
    beginResetModel();
    m_skips = skips;
    endResetModel();
}

void SkipTableModel::setSkips(const QList<CampaignSkipRecord>& skips)
{
    QList<PlannedSkip> planned;
    planned.reserve(skips.size());
    for (const CampaignSkipRecord& skip : skips)
        planned.append({ skip.position, skip.phone, skip.reason, skip.detail });
    setSkips(planned);
}

int SkipTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_skips.size());
}

int SkipTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SkipTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_skips.size())
        return {};
    const PlannedSkip& skip = m_skips.at(index.row());
    if (role == kReasonKeyRole)
        return skipReasonKey(skip.reason);
    if (role == Qt::TextAlignmentRole && index.column() == Row)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Detail)
        return plainToolTip(skip.detail);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Row:
        return skip.position + 1; // the planner counts rows from 1 in its words as well
    case Phone:
        return skip.phone;
    case Reason:
        return skipReasonDisplayName(skip.reason);
    case Detail:
        return skip.detail;
    default:
        return {};
    }
}

QVariant SkipTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Row:
        return tr("Row");
    case Phone:
        return tr("Phone as written");
    case Reason:
        return tr("Reason");
    case Detail:
        return tr("Detail");
    default:
        return {};
    }
}

SkipFilterModel::SkipFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setFilterRole(SkipTableModel::kReasonKeyRole);
    setFilterKeyColumn(SkipTableModel::Reason);
}

void SkipFilterModel::setReason(std::optional<SkipReason> reason)
{
    setFilterRegularExpression(reason ? QRegularExpression(QLatin1Char('^')
                                   + QRegularExpression::escape(skipReasonKey(*reason)) + QLatin1Char('$'))
                                      : QRegularExpression());
}

void CampaignTableModel::setCampaigns(const QList<CampaignRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    reindex();
    endResetModel();
}

void CampaignTableModel::updateCampaign(const CampaignRow& row)
{
    const int at = rowOf(row.record.id);
    if (at < 0) {
        beginInsertRows({}, 0, 0);
        m_rows.prepend(row);
        reindex();
        endInsertRows();
        return;
    }
    m_rows[at] = row;
    Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
}

const CampaignRow* CampaignTableModel::campaign(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

void CampaignTableModel::reindex()
{
    m_rowById.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows.at(i).record.id, i);
}

int CampaignTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CampaignTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CampaignTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const CampaignRow& row = m_rows.at(index.row());
    const CampaignRecord& record = row.record;
    if (role == kIdRole)
        return record.id;
    if (role == Qt::TextAlignmentRole && index.column() >= Progress && index.column() <= Unknown)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() <= Template)
        return plainToolTip(data(index, Qt::DisplayRole).toString());
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Name:
        return record.name;
    case Profile:
        return record.profileName;
    case Template:
        return tr("%1 (%2)").arg(record.tpl.name, record.tpl.language);
    case State:
        return campaignStateDisplayName(record.state);
    case Progress:
        return tr("%1/%2").arg(locale.toString(row.counts.taken()), locale.toString(row.counts.total()));
    case Failed:
        return locale.toString(row.counts.count(MessageState::Failed) + row.counts.count(MessageState::Expired));
    case Unknown:
        return locale.toString(row.counts.count(MessageState::Unknown));
    case Created:
        return locale.toString(record.createdAt.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant CampaignTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Campaign");
    case Profile:
        return tr("Profile");
    case Template:
        return tr("Template");
    case State:
        return tr("State");
    case Progress:
        return tr("Sent");
    case Failed:
        return tr("Failed");
    case Unknown:
        return tr("Unknown");
    case Created:
        return tr("Created");
    default:
        return {};
    }
}

} // namespace herald
