#include "gui/MessageTableModel.h"

#include "gui/Logging.h"
#include "gui/PlainText.h"
#include "gui/StateStyle.h"
#include "storage/Database.h"
#include "storage/MessageRepository.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QThread>
#include <algorithm>

namespace herald {

namespace {

constexpr size_t kRecordCacheSize = 256;
constexpr QChar kKeySeparator(0x1f);

bool isInMemory(const QString& path)
{
    return path.isEmpty() || path == QLatin1String(":memory:") || path.startsWith(QLatin1String("file::memory:"));
}

QString profileText(const QString& name, ProviderKind kind)
{
    const QString kindName = providerKindDisplayName(kind);
    // "Sandbox (Messente)" says its kind already; "Support desk" becomes "Support desk (Messente)".
    return name.contains(kindName, Qt::CaseInsensitive) ? name : QStringLiteral("%1 (%2)").arg(name, kindName);
}

MessageTableModel::Label label(const QString& text, qint64 id = 0)
{
    return { id, text, text.toCaseFolded(), ProviderKind::Messente };
}

} // namespace

struct MessageTableModel::Data
{
    std::vector<Row> rows; ///< ascending id: the model shows them the other way round
    QList<Label> campaigns { Label {} };
    QList<Label> profiles { Label {} };
    QList<Label> templates { Label {} };
    QList<Label> channels { Label {} };
    QList<Label> errors { Label {} };
    QHash<qint64, int> campaignIndex;
    QHash<qint64, int> profileIndex;
    QHash<QString, int> templateIndex;
    QHash<QString, int> channelIndex;
    QHash<QString, int> errorIndex;
    StateCounts counts;
    bool labelsGrew = false; ///< set whenever a label is added; the model announces it

    int text(QList<Label>& labels, QHash<QString, int>& index, const QString& value)
    {
        if (value.isEmpty())
            return 0;
        if (const auto it = index.constFind(value); it != index.constEnd())
            return *it;
        const int at = static_cast<int>(labels.size());
        labels.append(label(value));
        index.insert(value, at);
        labelsGrew = true;
        return at;
    }

    int campaign(qint64 id, const QString& name)
    {
        if (id == 0)
            return 0;
        if (const auto it = campaignIndex.constFind(id); it != campaignIndex.constEnd())
            return *it;
        const int at = static_cast<int>(campaigns.size());
        campaigns.append(label(name.isEmpty() ? MessageTableModel::tr("Campaign %1").arg(id) : name, id));
        campaignIndex.insert(id, at);
        labelsGrew = true;
        return at;
    }

    int profile(qint64 id, const QString& name, ProviderKind kind)
    {
        if (const auto it = profileIndex.constFind(id); it != profileIndex.constEnd())
            return *it;
        const int at = static_cast<int>(profiles.size());
        Label l = label(profileText(name.isEmpty() ? MessageTableModel::tr("Profile %1").arg(id) : name, kind), id);
        l.kind = kind;
        profiles.append(l);
        profileIndex.insert(id, at);
        labelsGrew = true;
        return at;
    }

    int templ(const QString& name, const QString& language)
    {
        const QString key = name + kKeySeparator + language;
        if (const auto it = templateIndex.constFind(key); it != templateIndex.constEnd())
            return *it;
        const int at = static_cast<int>(templates.size());
        templates.append(label(
            name.isEmpty() ? MessageTableModel::tr("Text message") : QStringLiteral("%1 (%2)").arg(name, language)));
        templateIndex.insert(key, at);
        labelsGrew = true;
        return at;
    }

    /// @p names: where ids are all a summary has (visitSummaries); null when the summary names them itself.
    Row row(const MessageSummary& m, const SummaryNames* names)
    {
        Row r;
        r.id = m.id;
        r.updatedMs = m.updatedMs;
        r.recipientLength = static_cast<quint16>(std::min<qsizetype>(m.recipient.size(), 0xffff));
        r.key.reserve(m.recipient.size() + 1 + m.name.size());
        r.key.append(QStringView(m.recipient).left(r.recipientLength));
        r.key.append(kKeySeparator);
        if (!m.name.isEmpty())
            r.key.append(m.name.toCaseFolded());
        r.name = m.name;
        if (names) {
            r.campaign = campaign(m.campaignId, names->campaigns.value(m.campaignId));
            const auto profileName = names->profiles.value(m.profileId, { QString(), ProviderKind::Messente });
            r.profile = static_cast<quint16>(profile(m.profileId, profileName.first, profileName.second));
        } else {
            r.campaign = campaign(m.campaignId, m.campaignName);
            r.profile = static_cast<quint16>(profile(m.profileId, m.profileName, m.providerKind));
        }
        r.templ = templ(m.templateName, m.language);
        r.channel = static_cast<quint16>(text(channels, channelIndex, m.channel));
        r.error = text(errors, errorIndex, m.errorText);
        r.state = m.state;
        return r;
    }
};

namespace {

std::shared_ptr<MessageTableModel::Data> readJournal(const MessageRepository& messages)
{
    auto data = std::make_shared<MessageTableModel::Data>();
    const SummaryNames names = messages.summaryNames();
    const bool ok = messages.visitSummaries(
        [&data, &names](MessageSummary&& m) {
            data->rows.push_back(data->row(m, &names));
            ++data->counts[m.state];
        },
        MessageTableModel::kHistoryLimit);
    if (!ok)
        return nullptr;
    data->rows.shrink_to_fit();
    return data;
}

} // namespace

struct MessageTableModel::Batch
{
    QList<MessageProgress> progress; ///< of the messages in the table
    QList<MessageSummary> fresh; ///< messages not in the table yet, whole
};

/// Lives in the reader thread: opens the journal there, on first use, and closes it there.
class MessageTableModel::Reader : public QObject
{
public:
    explicit Reader(QString path)
        : m_path(std::move(path))
    { }

    const MessageRepository* messages()
    {
        if (!m_messages && !m_failed) {
            m_db = std::make_unique<Database>(m_path);
            if (m_db->open()) {
                m_messages = std::make_unique<MessageRepository>(*m_db);
            } else {
                qCWarning(lcGui) << "the message history could not be read:" << m_db->lastError();
                m_failed = true;
                m_db.reset();
            }
        }
        return m_messages.get();
    }

private:
    QString m_path;
    bool m_failed = false;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MessageRepository> m_messages;
};

int MessageTableModel::StateCounts::total() const
{
    int sum = 0;
    for (const int n : byState)
        sum += n;
    return sum;
}

MessageTableModel::MessageTableModel(MessageRepository& messages, QObject* parent)
    : QAbstractTableModel(parent)
    , m_messages(messages)
    , m_data(std::make_unique<Data>())
{ }

MessageTableModel::~MessageTableModel()
{
    // The reader's connection closes in its thread (the reader is deleted there) before the model goes.
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
}

MessageTableModel::Reader* MessageTableModel::reader()
{
    if (!m_reader && !isInMemory(m_messages.databasePath())) {
        m_thread = new QThread(this);
        m_thread->setObjectName(QStringLiteral("message reader"));
        m_reader = new Reader(m_messages.databasePath());
        m_reader->moveToThread(m_thread);
        connect(m_thread, &QThread::finished, m_reader, &QObject::deleteLater);
        m_thread->start();
    }
    return m_reader;
}

int MessageTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_data->rows.size());
}

int MessageTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int MessageTableModel::rowOfStorage(int storage) const
{
    return static_cast<int>(m_data->rows.size()) - 1 - storage;
}

const MessageTableModel::Row& MessageTableModel::rowAt(int row) const
{
    return m_data->rows[static_cast<size_t>(rowOfStorage(row))];
}

QVariant MessageTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row& m = rowAt(index.row());
    const int column = index.column();
    switch (role) {
    case kIdRole:
        return m.id;
    case kStateRole:
        return static_cast<int>(m.state);
    case kSortRole:
        if (column == State)
            return static_cast<int>(m.state);
        if (column == Updated)
            return m.updatedMs;
        if (column == Name)
            return m.foldedName().toString();
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (column == Updated) // the long form of the time
            break;
        // Names come from lists, errors from providers: never let them be read as HTML.
        return plainToolTip(data(index, Qt::DisplayRole).toString());
    default:
        break;
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case Recipient:
            return m.recipient().toString();
        case Name:
            return m.name;
        case Campaign:
            return m_data->campaigns.at(m.campaign).text;
        case Template:
            return m_data->templates.at(m.templ).text;
        case Provider:
            return m_data->profiles.at(m.profile).text;
        case Channel:
            return m_data->channels.at(m.channel).text;
        case State:
            return stateDisplayName(m.state);
        case Updated:
            if (m.updatedMs == 0)
                return QString();
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(m.updatedMs, Qt::UTC).toLocalTime(),
                role == Qt::ToolTipRole ? QLocale::LongFormat : QLocale::ShortFormat);
        case Error:
            return m_data->errors.at(m.error).text;
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (column == State)
            return stateIcon(m.state);
        return {};
    case Qt::ForegroundRole:
        if (column == State)
            return stateColor(m.state);
        return {};
    default:
        return {};
    }
}

QVariant MessageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Recipient:
        return tr("Recipient");
    case Name:
        return tr("Name");
    case Campaign:
        return tr("Campaign");
    case Template:
        return tr("Template");
    case Provider:
        return tr("Provider");
    case Channel:
        return tr("Channel");
    case State:
        return tr("State");
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
    if (m_loading)
        return; // the load under way sees the journal as it is now, and what changes meanwhile is applied after it
    Reader* r = reader();
    if (!r) {
        reloadNow();
        return;
    }
    m_loading = true;
    const quint64 generation = ++m_generation;
    Q_EMIT loadingChanged(true);
    m_loadClock.start();
    QMetaObject::invokeMethod(r, [this, r, generation] {
        QElapsedTimer clock;
        clock.start();
        const MessageRepository* messages = r->messages();
        std::shared_ptr<Data> data = messages ? readJournal(*messages) : nullptr;
        if (data)
            qCInfo(lcGui) << "message history read:" << data->rows.size() << "messages in" << clock.elapsed() << "ms";
        // The model outlives this thread (its destructor waits for it).
        QMetaObject::invokeMethod(this, [this, data, generation] {
            if (generation == m_generation)
                adopt(data ? std::make_unique<Data>(std::move(*data)) : std::make_unique<Data>());
        });
    });
}

void MessageTableModel::reloadNow()
{
    m_loadClock.start();
    ++m_generation;
    std::shared_ptr<Data> data = readJournal(m_messages);
    m_loading = true; // adopt() announces the end of it
    adopt(data ? std::make_unique<Data>(std::move(*data)) : std::make_unique<Data>());
}

void MessageTableModel::adopt(std::unique_ptr<Data> data)
{
    beginResetModel();
    m_data = std::move(data);
    m_data->labelsGrew = false;
    m_records.clear();
    endResetModel();
    m_lastLoadMs = m_loadClock.elapsed();
    m_loading = false;
    m_reading = false; // what was being read is in these rows, or comes again from m_pending
    Q_EMIT loadingChanged(false);
    Q_EMIT labelsChanged();
    Q_EMIT countsChanged();
    if (!m_pending.isEmpty())
        applyChanges(std::exchange(m_pending, {}));
}

int MessageTableModel::storageOf(qint64 messageId) const
{
    const auto& rows = m_data->rows;
    const auto it
        = std::lower_bound(rows.begin(), rows.end(), messageId, [](const Row& r, qint64 id) { return r.id < id; });
    return it != rows.end() && it->id == messageId ? static_cast<int>(it - rows.begin()) : -1;
}

int MessageTableModel::rowOf(qint64 messageId) const
{
    const int storage = storageOf(messageId);
    return storage < 0 ? -1 : rowOfStorage(storage);
}

qint64 MessageTableModel::idAt(int row) const
{
    return row >= 0 && row < rowCount() ? rowAt(row).id : 0;
}

const MessageTableModel::StateCounts& MessageTableModel::stateCounts() const
{
    return m_data->counts;
}

const QList<MessageTableModel::Label>& MessageTableModel::campaigns() const
{
    return m_data->campaigns;
}

const QList<MessageTableModel::Label>& MessageTableModel::profiles() const
{
    return m_data->profiles;
}

const QList<MessageTableModel::Label>& MessageTableModel::templates() const
{
    return m_data->templates;
}

const QList<MessageTableModel::Label>& MessageTableModel::channels() const
{
    return m_data->channels;
}

const QList<MessageTableModel::Label>& MessageTableModel::errors() const
{
    return m_data->errors;
}

void MessageTableModel::applyChanges(const QList<qint64>& ids)
{
    if (ids.isEmpty())
        return;
    if (m_loading || m_reading) {
        m_pending += ids; // read after what is being read, so nothing goes back to an older state
        return;
    }
    QList<qint64> known;
    QList<qint64> fresh;
    known.reserve(ids.size());
    for (const qint64 id : ids)
        (storageOf(id) >= 0 ? known : fresh).append(id);

    Reader* r = ids.size() > kReadHereMax ? reader() : nullptr;
    if (!r) {
        Batch batch;
        batch.progress = m_messages.progress(known); // one query for the lot; only what a state change alters
        batch.fresh = m_messages.summaries(fresh);
        applyBatch(batch);
        Q_EMIT changesApplied();
        return;
    }
    m_reading = true;
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(r, [this, r, known, fresh, generation] {
        auto batch = std::make_shared<Batch>();
        if (const MessageRepository* messages = r->messages()) {
            batch->progress = messages->progress(known);
            batch->fresh = messages->summaries(fresh);
        }
        QMetaObject::invokeMethod(this, [this, batch, generation] { finishRead(*batch, generation); });
    });
}

void MessageTableModel::finishRead(const Batch& batch, quint64 generation)
{
    if (generation != m_generation)
        return; // a reload since: its rows are newer than this read
    m_reading = false;
    applyBatch(batch);
    Q_EMIT changesApplied();
    if (!m_pending.isEmpty())
        applyChanges(std::exchange(m_pending, {}));
}

void MessageTableModel::applyBatch(const Batch& batch)
{
    bool countsMoved = false;
    Data& d = *m_data;
    QList<int> changed;
    changed.reserve(batch.progress.size());
    for (const MessageProgress& p : batch.progress) {
        const int storage = storageOf(p.id);
        if (storage < 0)
            continue;
        Row& r = d.rows[static_cast<size_t>(storage)];
        const int error = d.text(d.errors, d.errorIndex, p.errorText);
        const auto channel = static_cast<quint16>(d.text(d.channels, d.channelIndex, p.channel));
        if (r.state == p.state && r.updatedMs == p.updatedMs && r.error == error && r.channel == channel)
            continue;
        if (r.state != p.state) {
            --d.counts[r.state];
            ++d.counts[p.state];
            countsMoved = true;
        }
        r.state = p.state;
        r.updatedMs = p.updatedMs;
        r.error = error;
        r.channel = channel;
        changed.append(rowOfStorage(storage));
    }
    if (std::exchange(d.labelsGrew, false))
        Q_EMIT labelsChanged();
    if (!changed.isEmpty()) {
        std::sort(changed.begin(), changed.end());
        Q_EMIT rowsUpdated(changed);
        // One signal for the batch: a range per run of rows would cost a proxy a pass each.
        Q_EMIT dataChanged(index(changed.constFirst(), Channel), index(changed.constLast(), Error));
    }
    if (!batch.fresh.isEmpty()) {
        insertSummaries(batch.fresh);
        countsMoved = true;
    }
    if (countsMoved)
        Q_EMIT countsChanged();
}

void MessageTableModel::insertSummaries(const QList<MessageSummary>& summaries)
{
    Data& d = *m_data;
    std::vector<Row> rows;
    rows.reserve(static_cast<size_t>(summaries.size()));
    for (const MessageSummary& m : summaries) // in id order
        rows.push_back(d.row(m, nullptr));
    if (std::exchange(d.labelsGrew, false))
        Q_EMIT labelsChanged();

    // Newer than everything shown (the usual case): one block at the top.
    auto firstNewer = rows.begin();
    if (!d.rows.empty()) {
        const qint64 newest = d.rows.back().id;
        firstNewer = std::find_if(rows.begin(), rows.end(), [newest](const Row& r) { return r.id > newest; });
    }
    if (firstNewer != rows.end()) {
        const int count = static_cast<int>(rows.end() - firstNewer);
        beginInsertRows({}, 0, count - 1);
        for (auto it = firstNewer; it != rows.end(); ++it) {
            ++d.counts[it->state];
            d.rows.push_back(std::move(*it));
        }
        endInsertRows();
    }
    // Older ones (a message journaled while the history was being read, say): each in its place.
    for (auto it = rows.begin(); it != firstNewer; ++it) {
        const auto at
            = std::lower_bound(d.rows.begin(), d.rows.end(), it->id, [](const Row& r, qint64 id) { return r.id < id; });
        if (at != d.rows.end() && at->id == it->id)
            continue;
        const int storage = static_cast<int>(at - d.rows.begin());
        const int row = static_cast<int>(d.rows.size()) - storage;
        beginInsertRows({}, row, row);
        ++d.counts[it->state];
        d.rows.insert(d.rows.begin() + storage, std::move(*it));
        endInsertRows();
    }
}

const MessageRecord* MessageTableModel::message(int row) const
{
    const qint64 id = idAt(row);
    if (id == 0)
        return nullptr;
    std::optional<MessageRecord> record = m_messages.find(id);
    if (!record)
        return nullptr;
    auto it = m_records.find(id);
    if (it == m_records.end()) {
        if (m_records.size() >= kRecordCacheSize)
            m_records.clear();
        it = m_records.emplace(id, std::make_unique<MessageRecord>()).first;
    }
    *it->second = std::move(*record);
    return it->second.get();
}

} // namespace herald
