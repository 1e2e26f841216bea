#include "gui/MessageFilterModel.h"

#include <QCollator>
#include <QRegularExpression>
#include <algorithm>
#include <limits>
#include <numeric>

namespace herald {

namespace {

constexpr quint8 kNotCounted = 0xff;

/// Labels' places in the order people expect (locale-aware): sorting compares two numbers, not two texts.
std::vector<int> ranks(const QList<MessageTableModel::Label>& labels)
{
    std::vector<int> order(static_cast<size_t>(labels.size()));
    std::iota(order.begin(), order.end(), 0);
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::stable_sort(order.begin(), order.end(),
        [&labels, &collator](int a, int b) { return collator.compare(labels.at(a).text, labels.at(b).text) < 0; });
    std::vector<int> rank(order.size());
    for (size_t i = 0; i < order.size(); ++i)
        rank[static_cast<size_t>(order[i])] = static_cast<int>(i);
    return rank;
}

std::vector<char> hits(const QList<MessageTableModel::Label>& labels, const QString& word)
{
    std::vector<char> hit(static_cast<size_t>(labels.size()), 0);
    for (qsizetype i = 1; i < labels.size(); ++i)
        hit[static_cast<size_t>(i)] = labels.at(i).folded.contains(word) ? 1 : 0;
    return hit;
}

bool hitAt(const std::vector<char>& hit, int index)
{
    return index >= 0 && static_cast<size_t>(index) < hit.size() && hit[static_cast<size_t>(index)];
}

int rankAt(const std::vector<int>& rank, int index)
{
    return index >= 0 && static_cast<size_t>(index) < rank.size() ? rank[static_cast<size_t>(index)] : index;
}

template<typename T> int order(T a, T b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

} // namespace

MessageFilterModel::MessageFilterModel(QObject* parent)
    : QAbstractProxyModel(parent)
{
    compile();
}

void MessageFilterModel::setSourceModel(QAbstractItemModel* source)
{
    auto* messages = qobject_cast<MessageTableModel*>(source);
    Q_ASSERT(messages || !source);
    beginResetModel();
    for (const QMetaObject::Connection& c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(messages);
    m_source = messages;
    if (m_source) {
        m_connections
            << connect(m_source, &MessageTableModel::rowsUpdated, this, &MessageFilterModel::sourceRowsUpdated)
            << connect(m_source, &QAbstractItemModel::dataChanged, this, &MessageFilterModel::sourceDataChanged)
            << connect(m_source, &QAbstractItemModel::rowsInserted, this, &MessageFilterModel::sourceRowsInserted)
            << connect(
                   m_source, &QAbstractItemModel::modelAboutToBeReset, this, &MessageFilterModel::sourceAboutToReset)
            << connect(m_source, &QAbstractItemModel::modelReset, this, &MessageFilterModel::sourceReset)
            << connect(m_source, &MessageTableModel::labelsChanged, this, &MessageFilterModel::refreshLabels)
            // The table model only ever resets, inserts and changes rows; anything else starts over.
            << connect(
                   m_source, &QAbstractItemModel::rowsAboutToBeRemoved, this, &MessageFilterModel::sourceAboutToReset)
            << connect(m_source, &QAbstractItemModel::rowsRemoved, this, &MessageFilterModel::sourceReset)
            << connect(
                   m_source, &QAbstractItemModel::layoutAboutToBeChanged, this, &MessageFilterModel::sourceAboutToReset)
            << connect(m_source, &QAbstractItemModel::layoutChanged, this, &MessageFilterModel::sourceReset);
    }
    sourceReset(); // ends the reset begun above, as after any reset of the source
}

// --- criteria -----------------------------------------------------------------------------------

void MessageFilterModel::setCriteria(const Criteria& criteria)
{
    if (criteria == m_criteria)
        return;
    m_criteria = criteria;
    compile();
    refilter();
}

void MessageFilterModel::setStates(quint32 states)
{
    Criteria c = m_criteria;
    c.states = states;
    setCriteria(c);
}

void MessageFilterModel::setCampaign(qint64 campaignId)
{
    Criteria c = m_criteria;
    c.campaignId = campaignId;
    setCriteria(c);
}

void MessageFilterModel::setProfile(qint64 profileId)
{
    Criteria c = m_criteria;
    c.profileId = profileId;
    setCriteria(c);
}

void MessageFilterModel::setDateRange(const QDateTime& from, const QDateTime& to)
{
    Criteria c = m_criteria;
    c.from = from;
    c.to = to;
    setCriteria(c);
}

void MessageFilterModel::setText(const QString& text)
{
    Criteria c = m_criteria;
    c.text = text;
    setCriteria(c);
}

void MessageFilterModel::compile()
{
    resolveLabels();
    m_fromMs = m_criteria.from.isValid() ? m_criteria.from.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    m_toMs = m_criteria.to.isValid() ? m_criteria.to.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();

    m_tokens.clear();
    const QString text = m_criteria.text.trimmed();
    if (!text.isEmpty()) {
        QStringList words;
        // "+372 5123-4567" is one number, whatever separates its digits.
        static const QRegularExpression numberLike(QStringLiteral("^[+(]?[0-9][0-9 ()./-]*$"));
        if (numberLike.match(text).hasMatch()) {
            QString digits;
            for (const QChar c : text) {
                if (c.isDigit())
                    digits += c;
            }
            words << digits;
        } else {
            static const QRegularExpression spaces(QStringLiteral("\\s+"));
            words = text.toCaseFolded().split(spaces, Qt::SkipEmptyParts);
        }
        for (const QString& word : std::as_const(words))
            m_tokens.push_back(Token { word, {}, {}, {}, {} });
    }
    computeHits();
}

void MessageFilterModel::resolveLabels()
{
    const auto labelOf = [](const MessageTableModel* source, const QList<MessageTableModel::Label>* labels, qint64 id) {
        if (id == kAny)
            return -1;
        if (!source)
            return -2;
        if (id == 0)
            return 0; // label 0: none
        for (qsizetype i = 1; i < labels->size(); ++i) {
            if (labels->at(i).id == id)
                return static_cast<int>(i);
        }
        return -2;
    };
    m_campaignLabel = labelOf(m_source, m_source ? &m_source->campaigns() : nullptr, m_criteria.campaignId);
    m_profileLabel = labelOf(m_source, m_source ? &m_source->profiles() : nullptr, m_criteria.profileId);
    if (m_criteria.profileId == 0)
        m_profileLabel = -2; // every message has a profile
}

void MessageFilterModel::computeHits()
{
    if (!m_source)
        return;
    for (Token& token : m_tokens) {
        token.campaignHit = hits(m_source->campaigns(), token.text);
        token.profileHit = hits(m_source->profiles(), token.text);
        token.templateHit = hits(m_source->templates(), token.text);
        token.errorHit = hits(m_source->errors(), token.text);
    }
}

void MessageFilterModel::refreshLabels()
{
    m_rank.clear(); // worked out again when next sorting
    m_rankColumn = -1;
    computeHits();
    // A campaign chosen before its first message arrived can match now.
    if (m_campaignLabel == -2 || m_profileLabel == -2)
        resolveLabels();
}

const QList<MessageTableModel::Label>* MessageFilterModel::labelsOf(int column) const
{
    switch (column) {
    case MessageTableModel::Campaign:
        return &m_source->campaigns();
    case MessageTableModel::Template:
        return &m_source->templates();
    case MessageTableModel::Provider:
        return &m_source->profiles();
    case MessageTableModel::Channel:
        return &m_source->channels();
    case MessageTableModel::Error:
        return &m_source->errors();
    default:
        return nullptr;
    }
}

int MessageFilterModel::labelAt(const Row& row, int column)
{
    switch (column) {
    case MessageTableModel::Campaign:
        return row.campaign;
    case MessageTableModel::Template:
        return row.templ;
    case MessageTableModel::Provider:
        return row.profile;
    case MessageTableModel::Channel:
        return row.channel;
    case MessageTableModel::Error:
        return row.error;
    default:
        return -1;
    }
}

void MessageFilterModel::ensureRanks() const
{
    if (m_rankColumn == m_sortColumn || !m_source)
        return;
    m_rankColumn = m_sortColumn;
    const QList<MessageTableModel::Label>* labels = labelsOf(m_sortColumn);
    m_rank = labels ? ranks(*labels) : std::vector<int>();
}

bool MessageFilterModel::tokenMatches(const Token& token, const Row& row) const
{
    return hitAt(token.templateHit, row.templ) || hitAt(token.errorHit, row.error)
        || hitAt(token.campaignHit, row.campaign) || hitAt(token.profileHit, row.profile)
        || QStringView(row.key).contains(token.text);
}

bool MessageFilterModel::passesExceptState(const Row& row) const
{
    if (m_campaignLabel != -1 && row.campaign != m_campaignLabel)
        return false;
    if (m_profileLabel != -1 && row.profile != m_profileLabel)
        return false;
    if (row.updatedMs < m_fromMs || row.updatedMs >= m_toMs)
        return false;
    for (const Token& token : m_tokens) {
        if (!tokenMatches(token, row))
            return false;
    }
    return true;
}

// --- order --------------------------------------------------------------------------------------

int MessageFilterModel::compare(int leftRow, int rightRow) const
{
    const Row& a = m_source->rowAt(leftRow);
    const Row& b = m_source->rowAt(rightRow);
    int c = 0;
    switch (m_sortColumn) {
    case MessageTableModel::Recipient:
        c = a.recipient().compare(b.recipient());
        break;
    case MessageTableModel::Name:
        c = a.foldedName().compare(b.foldedName());
        break;
    case MessageTableModel::State:
        c = order(static_cast<int>(a.state), static_cast<int>(b.state));
        break;
    case MessageTableModel::Updated:
        c = order(a.updatedMs, b.updatedMs);
        break;
    case MessageTableModel::Campaign:
    case MessageTableModel::Template:
    case MessageTableModel::Provider:
    case MessageTableModel::Channel:
    case MessageTableModel::Error:
        c = order(rankAt(m_rank, labelAt(a, m_sortColumn)), rankAt(m_rank, labelAt(b, m_sortColumn)));
        break;
    default:
        return order(leftRow, rightRow); // the model's own order, newest first
    }
    if (c == 0)
        c = order(a.id, b.id); // a total order, so merging sorted runs gives the same as sorting
    return c;
}

bool MessageFilterModel::before(int leftRow, int rightRow) const
{
    const int c = compare(leftRow, rightRow);
    return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
}

void MessageFilterModel::sortRows(std::vector<int>& rows) const
{
    ensureRanks();
    std::sort(rows.begin(), rows.end(), [this](int a, int b) { return before(a, b); });
}

std::vector<int> MessageFilterModel::mergeRows(const std::vector<int>& sorted, const std::vector<int>& more) const
{
    ensureRanks();
    std::vector<int> merged(sorted.size() + more.size());
    std::merge(sorted.begin(), sorted.end(), more.begin(), more.end(), merged.begin(),
        [this](int a, int b) { return before(a, b); });
    return merged;
}

void MessageFilterModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column >= 0 && column < MessageTableModel::ColumnCount ? column : -1;
    m_sortOrder = order;
    if (!m_source)
        return;
    sortAll();
    std::vector<int> rows;
    rows.reserve(m_order.size());
    for (const int r : m_sorted) {
        if (m_position[static_cast<size_t>(r)] >= 0)
            rows.push_back(r);
    }
    relayout(std::move(rows));
}

void MessageFilterModel::sortAll()
{
    m_sorted.resize(m_source ? static_cast<size_t>(m_source->rowCount()) : 0);
    std::iota(m_sorted.begin(), m_sorted.end(), 0);
    sortRows(m_sorted);
}

// --- the rows shown -----------------------------------------------------------------------------

std::vector<int> MessageFilterModel::computeAll()
{
    m_counts = {};
    std::vector<int> rows;
    if (!m_source) {
        m_counted.clear();
        return rows;
    }
    const int count = m_source->rowCount();
    if (m_sorted.size() != static_cast<size_t>(count))
        sortAll();
    m_counted.assign(static_cast<size_t>(count), kNotCounted);
    // The rows in their own order (memory order: fast), then picked from m_sorted: no sort.
    std::vector<char> shown(static_cast<size_t>(count), 0);
    size_t shownCount = 0;
    for (int r = 0; r < count; ++r) {
        const Row& row = m_source->rowAt(r);
        if (!passesExceptState(row))
            continue;
        m_counted[static_cast<size_t>(r)] = static_cast<quint8>(row.state);
        ++m_counts[row.state];
        if (passesState(row)) {
            shown[static_cast<size_t>(r)] = 1;
            ++shownCount;
        }
    }
    rows.reserve(shownCount);
    for (const int r : m_sorted) {
        if (shown[static_cast<size_t>(r)])
            rows.push_back(r);
    }
    return rows;
}

void MessageFilterModel::refilter()
{
    const MessageTableModel::StateCounts before = m_counts;
    relayout(computeAll());
    if (!(before == m_counts))
        Q_EMIT countsChanged();
}

void MessageFilterModel::rebuildPositions()
{
    m_position.assign(m_source ? static_cast<size_t>(m_source->rowCount()) : 0, -1);
    for (size_t i = 0; i < m_order.size(); ++i)
        m_position[static_cast<size_t>(m_order[i])] = static_cast<int>(i);
}

bool MessageFilterModel::relayout(std::vector<int> order)
{
    if (order == m_order) {
        if (m_position.size() != static_cast<size_t>(m_source ? m_source->rowCount() : 0))
            rebuildPositions();
        return false;
    }
    // Like QSortFilterProxyModel::invalidate(): one layout change, whatever came and went.
    const auto hint = order.size() == m_order.size() ? QAbstractItemModel::VerticalSortHint
                                                     : QAbstractItemModel::NoLayoutChangeHint;
    Q_EMIT layoutAboutToBeChanged({}, hint);
    const QModelIndexList from = persistentIndexList();
    std::vector<int> sourceRows;
    sourceRows.reserve(static_cast<size_t>(from.size()));
    for (const QModelIndex& index : from) {
        const auto row = static_cast<size_t>(index.row());
        sourceRows.push_back(index.isValid() && row < m_order.size() ? m_order[row] : -1);
    }
    m_order = std::move(order);
    rebuildPositions();
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i) {
        const int sourceRow = sourceRows[static_cast<size_t>(i)];
        const int row = sourceRow >= 0 ? m_position[static_cast<size_t>(sourceRow)] : -1;
        to.append(row >= 0 ? createIndex(row, from.at(i).column()) : QModelIndex());
    }
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, hint);
    return true;
}

void MessageFilterModel::sourceRowsUpdated(const QList<int>& rows)
{
    m_updateHandled = true;
    if (rows.isEmpty())
        return;
    // The columns a state change touches; sorted by another, a row keeps its place.
    const bool orderMayChange = m_sortColumn >= MessageTableModel::Channel && m_sortColumn <= MessageTableModel::Error;
    bool membershipChanged = false;
    bool countsMoved = false;
    for (const int r : rows) {
        const Row& row = m_source->rowAt(r);
        const bool passes = passesExceptState(row);
        const quint8 counted = passes ? static_cast<quint8>(row.state) : kNotCounted;
        quint8& before = m_counted[static_cast<size_t>(r)];
        if (before != counted) {
            if (before != kNotCounted)
                --m_counts[static_cast<MessageState>(before)];
            if (counted != kNotCounted)
                ++m_counts[row.state];
            before = counted;
            countsMoved = true;
        }
        const bool shown = passes && passesState(row);
        if (shown != (m_position[static_cast<size_t>(r)] >= 0))
            membershipChanged = true;
    }

    bool moved = false;
    if (membershipChanged || orderMayChange) {
        // 1: shown now (changed rows), 0: not; unchanged rows stay as they are.
        std::vector<char> changed(m_position.size(), 0);
        for (const int r : rows) {
            const Row& row = m_source->rowAt(r);
            changed[static_cast<size_t>(r)]
                = m_counted[static_cast<size_t>(r)] != kNotCounted && passesState(row) ? 1 : 2;
        }
        if (orderMayChange) {
            // The changed rows out, sorted among themselves, and merged back in.
            std::vector<int> kept;
            kept.reserve(m_sorted.size());
            for (const int r : m_sorted) {
                if (!changed[static_cast<size_t>(r)])
                    kept.push_back(r);
            }
            std::vector<int> again(rows.begin(), rows.end());
            sortRows(again);
            m_sorted = mergeRows(kept, again);
        }
        std::vector<int> order;
        order.reserve(m_order.size() + static_cast<size_t>(rows.size()));
        for (const int r : m_sorted) {
            const char c = changed[static_cast<size_t>(r)];
            if (c == 1 || (c == 0 && m_position[static_cast<size_t>(r)] >= 0))
                order.push_back(r);
        }
        moved = relayout(std::move(order));
    }
    if (!moved) {
        int top = -1;
        int bottom = -1;
        for (const int r : rows) {
            const int at = m_position[static_cast<size_t>(r)];
            if (at < 0)
                continue;
            top = top < 0 ? at : std::min(top, at);
            bottom = std::max(bottom, at);
        }
        if (top >= 0)
            Q_EMIT dataChanged(index(top, MessageTableModel::Channel), index(bottom, MessageTableModel::Error));
    }
    if (countsMoved)
        Q_EMIT countsChanged();
}

void MessageFilterModel::sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight)
{
    if (std::exchange(m_updateHandled, false))
        return;
    // A change the table model did not announce row by row: take every row of the range as changed.
    QList<int> rows;
    for (int r = topLeft.row(); r <= bottomRight.row(); ++r)
        rows.append(r);
    sourceRowsUpdated(rows);
    m_updateHandled = false;
}

void MessageFilterModel::sourceRowsInserted(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    for (std::vector<int>* rows : { &m_order, &m_sorted }) {
        for (int& r : *rows) {
            if (r >= first)
                r += count;
        }
    }
    std::vector<int> fresh(static_cast<size_t>(count));
    std::iota(fresh.begin(), fresh.end(), first);
    sortRows(fresh);
    m_sorted = mergeRows(m_sorted, fresh);
    m_counted.insert(m_counted.begin() + first, static_cast<size_t>(count), kNotCounted);
    std::vector<int> added;
    bool countsMoved = false;
    for (int r = first; r <= last; ++r) {
        const Row& row = m_source->rowAt(r);
        if (!passesExceptState(row))
            continue;
        m_counted[static_cast<size_t>(r)] = static_cast<quint8>(row.state);
        ++m_counts[row.state];
        countsMoved = true;
        if (passesState(row))
            added.push_back(r);
    }
    if (added.empty()) {
        rebuildPositions();
    } else {
        sortRows(added);
        std::vector<int> merged = mergeRows(m_order, added);
        // Where the new rows land: together (the usual case), they are announced as inserted.
        std::vector<char> isNew(static_cast<size_t>(m_source->rowCount()), 0);
        for (const int r : added)
            isNew[static_cast<size_t>(r)] = 1;
        const auto firstNew = std::find_if(merged.begin(), merged.end(), [&isNew](int r) { return isNew[size_t(r)]; });
        const int at = static_cast<int>(firstNew - merged.begin());
        const bool together = std::all_of(firstNew, firstNew + static_cast<qsizetype>(added.size()),
            [&isNew](int r) { return isNew[static_cast<size_t>(r)]; });
        if (together) {
            beginInsertRows({}, at, at + static_cast<int>(added.size()) - 1);
            m_order = std::move(merged);
            rebuildPositions();
            endInsertRows();
        } else {
            rebuildPositions(); // the old rows' new source numbers, for the persistent indexes
            relayout(std::move(merged));
        }
    }
    if (countsMoved)
        Q_EMIT countsChanged();
}

void MessageFilterModel::sourceAboutToReset()
{
    beginResetModel();
}

void MessageFilterModel::sourceReset()
{
    refreshLabels();
    compile();
    sortAll();
    m_order = computeAll();
    rebuildPositions();
    endResetModel();
    Q_EMIT countsChanged();
}

// --- QAbstractProxyModel ------------------------------------------------------------------------

QModelIndex MessageFilterModel::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex MessageFilterModel::parent(const QModelIndex&) const
{
    return {};
}

int MessageFilterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_order.size());
}

int MessageFilterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_source ? 0 : MessageTableModel::ColumnCount;
}

bool MessageFilterModel::hasChildren(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_order.empty();
}

QModelIndex MessageFilterModel::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!m_source || !proxyIndex.isValid() || static_cast<size_t>(proxyIndex.row()) >= m_order.size())
        return {};
    return m_source->index(m_order[static_cast<size_t>(proxyIndex.row())], proxyIndex.column());
}

QModelIndex MessageFilterModel::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!sourceIndex.isValid() || static_cast<size_t>(sourceIndex.row()) >= m_position.size())
        return {};
    const int row = m_position[static_cast<size_t>(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QVariant MessageFilterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (!m_source)
        return {};
    if (orientation == Qt::Horizontal)
        return m_source->headerData(section, orientation, role);
    return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
}

} // namespace herald
