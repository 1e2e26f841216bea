// herald-bench startup: the real `herald` launched on a data folder whose journal holds a large
// history, timed from launch to the first painted main window (design.md: ≤ 700 ms with 100,000
// messages), on the offscreen platform.
#include "BenchSupport.h"
#include "HistoryData.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace herald::bench {

namespace {

constexpr int kRunTimeoutMs = 120000;

struct Run
{
    double launchToPaintMs = -1; ///< measured here: from starting the process to its first-paint line
    double paintMs = -1; ///< the app's own figure: since main() began
    double historyMs = -1; ///< the app's: since main(), until the Delivery pane's rows are in
    double launchToHistoryMs = -1;
    double peakRssMb = 0;
    int rows = 0;
    QString error;
};

Run launch(const QString& program, const QString& dataDir)
{
    Run run;
    QProcess herald;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    herald.setProcessEnvironment(env);
    herald.setProgram(program);
    herald.setArguments({ u"--data-dir"_s, dataDir, u"--measure-startup"_s });
    herald.setReadChannel(QProcess::StandardError); // its report comes there
    herald.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer clock;
    clock.start();
    herald.start();
    if (!herald.waitForStarted(10000)) {
        run.error = u"%1 did not start: %2"_s.arg(program, herald.errorString());
        return run;
    }
    QByteArray pending;
    bool done = false;
    while (!done && clock.elapsed() < kRunTimeoutMs) {
        const bool more = herald.waitForReadyRead(1000);
        pending += herald.readAllStandardError();
        if (!more && herald.state() == QProcess::NotRunning && !pending.contains('\n'))
            break;
        qsizetype end = 0;
        while ((end = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.left(end).trimmed();
            pending.remove(0, end + 1);
            if (!line.startsWith("herald-startup "))
                continue;
            const QJsonObject event = QJsonDocument::fromJson(line.mid(15)).object();
            const QString kind = event.value(u"event"_s).toString();
            if (kind == u"first_paint"_s) {
                run.launchToPaintMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
                run.paintMs = event.value(u"ms"_s).toDouble();
            } else if (kind == u"history_loaded"_s) {
                run.launchToHistoryMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
                run.historyMs = event.value(u"ms"_s).toDouble();
                run.rows = event.value(u"rows"_s).toInt();
            } else if (kind == u"done"_s) {
                run.peakRssMb = event.value(u"peak_rss_mb"_s).toDouble();
                done = true;
            }
        }
    }
    if (!herald.waitForFinished(10000)) {
        herald.kill();
        herald.waitForFinished();
    }
    if (!done)
        run.error = u"herald did not report its start-up within %1 s (exit code %2)"_s.arg(kRunTimeoutMs / 1000)
                        .arg(herald.exitCode());
    return run;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

} // namespace

int runStartup(const QStringList& args)
{
    const int rows = optionValue(args, u"--rows"_s).value_or(u"100000"_s).toInt();
    const int runs = std::max(1, optionValue(args, u"--runs"_s).value_or(u"5"_s).toInt());
    const quint64 seed = optionValue(args, u"--seed"_s).value_or(u"1"_s).toULongLong();
    const QString program
        = optionValue(args, u"--herald"_s).value_or(QDir(QCoreApplication::applicationDirPath()).filePath(u"herald"_s));
    QJsonObject result { { u"scenario"_s, u"startup"_s }, { u"rows"_s, rows }, { u"runs"_s, runs } };
    if (!QFileInfo(program).isExecutable()) {
        result.insert(u"error"_s, u"no herald at %1 (build the herald target, or give --herald PATH)"_s.arg(program));
        printJsonLine(result);
        return 1;
    }

    QTemporaryDir dir;
    dir.setAutoRemove(!args.contains(u"--keep"_s));
    QString dataDir = optionValue(args, u"--data-dir"_s).value_or(QString());
    if (dataDir.isEmpty()) {
        dataDir = dir.filePath(u"data"_s);
        QDir().mkpath(dataDir);
        note(u"writing a history of %1 messages into %2"_s.arg(rows).arg(dataDir));
        QString why;
        const std::optional<QJsonObject> history
            = writeHistoryInChild(QDir(dataDir).filePath(u"herald.sqlite"_s), rows, seed, &why);
        if (!history) {
            result.insert(u"error"_s, why);
            printJsonLine(result);
            return 1;
        }
        result.insert(u"history_seconds"_s, history->value(u"seconds"_s));
    }
    result.insert(u"data_dir"_s, dataDir);

    QList<double> launchToPaint;
    QList<double> paint;
    QList<double> history;
    QList<double> launchToHistory;
    double peak = 0;
    QJsonArray each;
    for (int i = 0; i < runs; ++i) {
        const Run run = launch(program, dataDir);
        if (!run.error.isEmpty()) {
            result.insert(u"error"_s, run.error);
            printJsonLine(result);
            return 1;
        }
        launchToPaint.append(run.launchToPaintMs);
        paint.append(run.paintMs);
        history.append(run.historyMs);
        launchToHistory.append(run.launchToHistoryMs);
        peak = std::max(peak, run.peakRssMb);
        each.append(std::round(run.launchToPaintMs));
        if (run.rows != rows)
            note(u"herald's Delivery pane holds %1 messages, not %2"_s.arg(run.rows).arg(rows));
    }
    result.insert(u"startup_ms"_s, std::round(median(launchToPaint)));
    result.insert(u"startup_runs_ms"_s, each);
    result.insert(u"first_paint_since_main_ms"_s, std::round(median(paint)));
    result.insert(u"history_loaded_ms"_s, std::round(median(launchToHistory)));
    result.insert(u"history_loaded_since_main_ms"_s, std::round(median(history)));
    result.insert(u"peak_rss_mb"_s, peak);
    printJsonLine(result);
    return 0;
}

} // namespace herald::bench
