// herald-bench: the project's benchmarks, one subcommand per scenario, each printing one JSON
// object per line on standard output (notes go to standard error). Add a scenario by writing its
// run function in its own file and adding a line to kScenarios.
#include "BenchSupport.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QStringList>
#include <cstdio>
#include <cstring>
#include <iterator>
#include <memory>

namespace herald::bench {
int runImport(const QStringList& args);
int runSend(const QStringList& args);
int runStatusView(const QStringList& args);
int runStartup(const QStringList& args);
int runHistory(const QStringList& args);
} // namespace herald::bench

namespace {

using herald::bench::Scenario;

const Scenario kScenarios[] = {
    { "import",
        "--rows N[,N…] [--region CC] [--seed S] [--keep] [--no-peer] | --file PATH [--region CC] [--no-peer]\n"
        "      reads a generated (or the given) CSV list: decode, CSV, phone column, normalise, de-duplicate",
        herald::bench::runImport },
    { "send",
        "[--count N] [--latency-ms L] [--rate R] [--jitter-ms J] [--fault-rate F] [--seed S] [--timeout-ms T]\n"
        "      [--first-number E164] [--db PATH] [--keep-sandbox | --sandbox-url URL [--messente-user U]\n"
        "      --messente-password P] [--no-peer] [--peer-count M]\n"
        "      sends N WhatsApp templates (default 2000, at 50 ms latency and 200/s) with Herald's campaign\n"
        "      engine through herald-sandbox, then with the official Messente Node SDK to a fresh one",
        herald::bench::runSend },
    { "status-view",
        "[--rows N] [--seed S] [--db PATH] [--keep]\n"
        "      the Delivery pane's model, filter and table (offscreen) over a history of N messages (default\n"
        "      100000): load, a poll that changes 10,000 states, filtering, sorting, memory",
        herald::bench::runStatusView },
    { "startup",
        "[--rows N] [--runs R] [--seed S] [--data-dir DIR] [--herald PATH] [--keep]\n"
        "      launches the real herald (offscreen) R times (default 5) on a history of N messages (default\n"
        "      100000): launch to the first painted window, and to the Delivery pane's history being in",
        herald::bench::runStartup },
    { "history",
        "--db PATH [--rows N] [--seed S]\n"
        "      writes a realistic history of N messages (campaigns, lists, profiles, states) into a database",
        herald::bench::runHistory },
};

// The scenarios that show widgets (offscreen unless told otherwise) need a QApplication.
bool needsWidgets(int argc, char* argv[])
{
    return argc > 1 && std::strcmp(argv[1], "status-view") == 0;
}

void usage(FILE* to)
{
    std::fprintf(to, "usage: herald-bench SCENARIO [ARGS…]\n\nscenarios:\n");
    for (const Scenario& scenario : kScenarios)
        std::fprintf(to, "  %s %s\n", scenario.name, scenario.usage);
}

} // namespace

int main(int argc, char* argv[])
{
    if (needsWidgets(argc, argv) && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> app = needsWidgets(argc, argv)
        ? std::make_unique<QApplication>(argc, argv)
        : std::make_unique<QCoreApplication>(argc, argv);
    // Standard error is for notes: the engine's per-request debug lines would drown them.
    QLoggingCategory::setFilterRules(QStringLiteral("herald.*.debug=false"));
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        usage(args.isEmpty() ? stderr : stdout);
        return args.isEmpty() ? 2 : 0;
    }
    const QString name = args.takeFirst();
    for (const Scenario& scenario : kScenarios) {
        if (name == QLatin1String(scenario.name))
            return scenario.run(args);
    }
    std::fprintf(stderr, "herald-bench: no scenario named '%s'\n\n", qUtf8Printable(name));
    usage(stderr);
    return 2;
}
