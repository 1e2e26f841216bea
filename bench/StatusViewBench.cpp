// herald-bench status-view: the Delivery pane's model, filter and table over a large history
// (design.md: 100,000 messages; a poll that changes 10,000 states costs ≤ 50 ms of GUI-thread time;
// filtering ≤ 100 ms), on the offscreen platform.
#include "BenchSupport.h"
#include "HistoryData.h"
#include "gui/MessageFilterModel.h"
#include "gui/MessageTableModel.h"
#include "storage/Database.h"
#include "storage/MessageRepository.h"

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QTableView>
#include <QTemporaryDir>
#include <algorithm>
#include <ctime>
#include <random>

using namespace Qt::StringLiterals;

namespace herald::bench {

namespace {

constexpr int kBatch = 10000;
constexpr int kRuns = 3;

double ms(const QElapsedTimer& clock)
{
    return static_cast<double>(clock.nsecsElapsed()) / 1e6;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

QJsonArray rounded(const QList<double>& values)
{
    QJsonArray array;
    for (const double v : values)
        array.append(std::round(v * 10) / 10);
    return array;
}

/**
 * The GUI thread's busy time over a stretch of wall time: the wall time less the time its event loop
 * slept waiting for events (between the dispatcher's aboutToBlock() and awake()). A batch read on the
 * reader thread costs the GUI thread nothing while it waits.
 */
class GuiThreadTime
{
public:
    GuiThreadTime()
    {
        QAbstractEventDispatcher* dispatcher = QAbstractEventDispatcher::instance();
        QObject::connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, &m_context, [this] {
            if (m_running && m_sleepingSince < 0)
                m_sleepingSince = m_clock.nsecsElapsed();
        });
        QObject::connect(dispatcher, &QAbstractEventDispatcher::awake, &m_context, [this] { wake(); });
    }

    void start()
    {
        m_cpuStart = threadCpuNs();
        m_slept = 0;
        m_sleepingSince = -1;
        m_running = true;
        m_clock.start();
    }

    /// Busy milliseconds since start(); @p wallMs gets the wall time, @p cpuMs the thread's CPU time.
    double stop(double* wallMs, double* cpuMs)
    {
        wake();
        m_running = false;
        const qint64 wall = m_clock.nsecsElapsed();
        *wallMs = static_cast<double>(wall) / 1e6;
        *cpuMs = static_cast<double>(threadCpuNs() - m_cpuStart) / 1e6;
        return static_cast<double>(wall - m_slept) / 1e6;
    }

    /// CPU time this thread has used: unlike busy wall time, not inflated when other processes take the cores.
    static qint64 threadCpuNs()
    {
        timespec now {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
    }

private:
    void wake()
    {
        if (m_running && m_sleepingSince >= 0) {
            m_slept += m_clock.nsecsElapsed() - m_sleepingSince;
            m_sleepingSince = -1;
        }
    }

    QObject m_context;
    QElapsedTimer m_clock;
    qint64 m_cpuStart = 0;
    qint64 m_slept = 0;
    qint64 m_sleepingSince = -1;
    bool m_running = false;
};

/// Lets the view do what the signals asked of it (layout, then a paint of what is on screen).
void settle(QTableView& view)
{
    QCoreApplication::processEvents();
    view.viewport()->repaint();
    QCoreApplication::processEvents();
}

/// VmRSS: what the process holds now, in MiB.
double rssMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

/// The next state a poll would bring a message that is on its way: mostly forward, some failures.
StateChange pollResult(MessageState state, std::mt19937_64& random)
{
    StateChange change;
    change.channel = u"whatsapp"_s;
    const bool fails = std::uniform_int_distribution<int>(0, 19)(random) == 0;
    if (fails) {
        change.state = MessageState::Failed;
        change.errorCode = u"6"_s;
        change.errorText = u"Message undeliverable: the phone was switched off until the message expired."_s;
        return change;
    }
    switch (state) {
    case MessageState::Scheduled:
        change.state = MessageState::Accepted;
        break;
    case MessageState::Accepted:
        change.state = MessageState::Sent;
        break;
    case MessageState::Sent:
        change.state = MessageState::Delivered;
        break;
    default:
        change.state = MessageState::Read;
        break;
    }
    return change;
}

} // namespace

int runStatusView(const QStringList& args)
{
    if (!qobject_cast<QApplication*>(QCoreApplication::instance())) {
        note(u"status-view needs a QApplication (herald-bench makes one for it)"_s);
        return 2;
    }
    const int rows = optionValue(args, u"--rows"_s).value_or(u"100000"_s).toInt();
    const quint64 seed = optionValue(args, u"--seed"_s).value_or(u"1"_s).toULongLong();
    QTemporaryDir dir;
    dir.setAutoRemove(!args.contains(u"--keep"_s));
    QString path = optionValue(args, u"--db"_s).value_or(QString());
    QJsonObject result { { u"scenario"_s, u"status-view"_s }, { u"rows"_s, rows } };
    if (path.isEmpty()) {
        path = dir.filePath(u"herald.sqlite"_s);
        note(u"writing a history of %1 messages into %2"_s.arg(rows).arg(path));
        QString why;
        const std::optional<QJsonObject> history = writeHistoryInChild(path, rows, seed, &why);
        if (!history) {
            result.insert(u"error"_s, why);
            printJsonLine(result);
            return 1;
        }
        result.insert(u"history_seconds"_s, history->value(u"seconds"_s));
        result.insert(u"states"_s, history->value(u"states"_s));
    }
    result.insert(u"db"_s, path);

    Database db(path);
    if (!db.open()) {
        result.insert(u"error"_s, db.lastError());
        printJsonLine(result);
        return 1;
    }
    MessageRepository messages(db);
    const double rssBefore = rssMb();

    // The Delivery pane's parts, set up as DeliveryWidget sets them up, on screen (offscreen).
    MessageTableModel model(messages);
    MessageFilterModel proxy;
    proxy.setSourceModel(&model);
    QTableView view;
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.setSelectionMode(QAbstractItemView::SingleSelection);
    view.setAlternatingRowColors(true);
    view.setWordWrap(false);
    view.verticalHeader()->hide();
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(view.fontMetrics().height() + 10);
    view.horizontalHeader()->setStretchLastSection(true);
    view.sortByColumn(MessageTableModel::Updated, Qt::DescendingOrder);
    view.resize(1200, 800);
    view.show();
    settle(view);

    // Load: the journal read on a worker thread, then one reset (and the proxy's sort) on this one.
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    QObject::connect(&model, &MessageTableModel::loadingChanged, &loop, [&loop](bool loading) {
        if (!loading)
            loop.quit();
    });
    model.reload();
    if (model.isLoading())
        loop.exec();
    const double loadMs = ms(clock);
    settle(view);
    const double loadViewMs = ms(clock);
    if (model.rowCount() != rows)
        note(u"the model holds %1 messages, not %2"_s.arg(model.rowCount()).arg(rows));
    view.selectRow(0); // an operator looks at one
    settle(view);

    // One poll's worth of changes: 10,000 messages on their way, anywhere in the history.
    std::mt19937_64 random(seed);
    QList<qint64> moving;
    for (int r = 0; r < model.rowCount(); ++r) {
        const MessageState state = model.rowAt(r).state;
        if (state == MessageState::Scheduled || state == MessageState::Accepted || state == MessageState::Sent
            || state == MessageState::Delivered)
            moving.append(model.rowAt(r).id);
    }
    std::shuffle(moving.begin(), moving.end(), random);
    QList<double> applyRuns;
    QList<double> wallRuns;
    QList<double> cpuRuns;
    QList<double> busyRuns;
    QList<double> journalRuns;
    int changedTotal = 0;
    GuiThreadTime guiTime;
    const auto poll = [&](QList<qint64> ids, QList<double>* total, QList<double>* wall) {
        QList<MessageChange> changes;
        for (const qint64 id : std::as_const(ids))
            changes.append({ id, pollResult(model.rowAt(model.rowOf(id)).state, random), QString(), QString() });
        QElapsedTimer journal;
        journal.start();
        const QList<qint64> changed = messages.applyChanges(changes); // the tracker's part, not the view's
        journalRuns.append(ms(journal));
        changedTotal += static_cast<int>(changed.size());
        // From the tracker's announcement to the view showing it: the read happens on the reader thread.
        QEventLoop applied;
        const QMetaObject::Connection done
            = QObject::connect(&model, &MessageTableModel::changesApplied, &applied, &QEventLoop::quit);
        guiTime.start();
        model.applyChanges(changed);
        if (model.isReading())
            applied.exec();
        settle(view);
        double wallMs = 0;
        double cpuMs = 0;
        const double busyMs = guiTime.stop(&wallMs, &cpuMs);
        // The larger of the two: busy wall time grows when other processes take the cores, CPU time
        // when the dispatcher works between saying it will sleep and sleeping.
        total->append(std::max(busyMs, cpuMs));
        if (wall)
            busyRuns.append(busyMs);
        if (wall) {
            wall->append(wallMs);
            cpuRuns.append(cpuMs);
        }
        QObject::disconnect(done);
    };
    for (int run = 0; run < kRuns && moving.size() >= kBatch; ++run) {
        poll(moving.mid(0, kBatch), &applyRuns, &wallRuns);
        moving.remove(0, kBatch);
    }

    // Filter: a word of a name and a state, as an operator narrows things down; then a number.
    MessageFilterModel::Criteria criteria;
    criteria.text = u"anna"_s;
    criteria.states = MessageFilterModel::stateBit(MessageState::Delivered);
    clock.restart();
    proxy.setCriteria(criteria);
    const int filtered = proxy.rowCount();
    const double filterMs = ms(clock);
    settle(view);
    const double filterViewMs = ms(clock);

    MessageFilterModel::Criteria number;
    number.text = u"+372 5000"_s;
    clock.restart();
    proxy.setCriteria(number);
    const int byNumber = proxy.rowCount();
    const double numberMs = ms(clock);
    settle(view);

    // A poll while the operator watches only the messages still on their way.
    MessageFilterModel::Criteria onTheirWay;
    onTheirWay.states = MessageFilterModel::stateBit(MessageState::Accepted)
        | MessageFilterModel::stateBit(MessageState::Sent) | MessageFilterModel::stateBit(MessageState::Delivered);
    proxy.setCriteria(onTheirWay);
    settle(view);
    QList<double> filteredApply;
    if (moving.size() >= kBatch)
        poll(moving.mid(0, kBatch), &filteredApply, nullptr);

    clock.restart();
    proxy.setCriteria({});
    const int all = proxy.rowCount();
    const double clearMs = ms(clock);
    settle(view);

    clock.restart();
    view.sortByColumn(MessageTableModel::Name, Qt::AscendingOrder);
    const double sortMs = ms(clock);
    settle(view);

    result.insert(u"load_ms"_s, std::round(loadMs));
    result.insert(u"load_view_ms"_s, std::round(loadViewMs));
    result.insert(u"apply_10k_changes_ms"_s, std::round(median(applyRuns) * 10) / 10);
    result.insert(u"apply_10k_runs_ms"_s, rounded(applyRuns));
    result.insert(u"apply_10k_wall_ms"_s, rounded(wallRuns));
    result.insert(u"apply_10k_gui_cpu_ms"_s, rounded(cpuRuns));
    result.insert(u"apply_10k_gui_busy_ms"_s, rounded(busyRuns));
    result.insert(u"apply_10k_filtered_ms"_s, rounded(filteredApply));
    result.insert(u"journal_10k_write_ms"_s, rounded(journalRuns));
    result.insert(u"changed"_s, changedTotal);
    result.insert(u"filter_ms"_s, std::round(filterMs * 10) / 10);
    result.insert(u"filter_view_ms"_s, std::round(filterViewMs * 10) / 10);
    result.insert(u"filter_rows"_s, filtered);
    result.insert(u"filter_number_ms"_s, std::round(numberMs * 10) / 10);
    result.insert(u"filter_number_rows"_s, byNumber);
    result.insert(u"clear_filter_ms"_s, std::round(clearMs * 10) / 10);
    result.insert(u"shown_after_clear"_s, all);
    result.insert(u"sort_by_name_ms"_s, std::round(sortMs * 10) / 10);
    result.insert(u"model_rows"_s, model.rowCount());
    result.insert(u"rss_growth_mb"_s, std::round((rssMb() - rssBefore) * 10) / 10);
    result.insert(u"peak_rss_mb"_s, std::round(peakRssMb() * 10) / 10);
    printJsonLine(result);
    return 0;
}

} // namespace herald::bench
