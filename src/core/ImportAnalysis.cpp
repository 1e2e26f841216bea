#include "core/ImportAnalysis.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QLocale>
#include <QThread>
#include <algorithm>
#include <array>
#include <atomic>
#include <thread>
#include <utility>
#include <vector>

namespace herald {

namespace {

using Problem = PhoneNumberResult::Problem;

/// Rows per unit of work: small enough for prompt progress and cancel, large enough to cost nothing.
constexpr qsizetype kChunk = 1024;
/// How often the calling thread reports progress.
constexpr qint64 kProgressIntervalMs = 40;

/// What a worker found out about one row, for the single-threaded pass that gives it its fate.
struct Outcome
{
    Problem problem = Problem::Empty;
    bool letters = false;
    bool scientific = false;
    std::array<char, 4> region {}; ///< the country an invalid number was read for ("EE", "001")
};

bool hasLetters(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetter(); });
}

/// "3.72512E+10", "3,7E+11": what a spreadsheet makes of a long number it took for a quantity.
bool isScientificNotation(QStringView text)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    auto digits = [&] {
        const qsizetype from = i;
        while (i < n && text.at(i).isDigit())
            ++i;
        return i > from;
    };
    if (!digits())
        return false;
    if (i < n && (text.at(i) == u'.' || text.at(i) == u',')) {
        ++i;
        if (!digits())
            return false;
    }
    if (i >= n || (text.at(i) != u'E' && text.at(i) != u'e'))
        return false;
    ++i;
    if (i < n && text.at(i) == u'+')
        ++i;
    return digits() && i == n;
}

/// The E.164 digits as one number: a cheap, exact key (E.164 has at most 15 digits).
quint64 e164Key(const QString& e164)
{
    quint64 key = 0;
    for (qsizetype i = 1; i < e164.size(); ++i)
        key = key * 10 + static_cast<quint64>(e164.at(i).unicode() - u'0');
    return key;
}

void examine(const CsvTable& table, int phoneColumn, const PhoneNumberNormalizer& numbers, qsizetype row,
    ImportedRow& out, Outcome& outcome)
{
    out.index = static_cast<int>(row);
    out.line = table.lines.value(row);
    const QStringView cell = table.rows.cell(row, phoneColumn);
    out.phone = cell.toString();
    const QStringView trimmed = cell.trimmed();
    if (trimmed.isEmpty())
        return; // Empty
    const PhoneNumberResult number = numbers.normalize(out.phone);
    outcome.problem = number.problem;
    if (number.ok()) {
        out.e164 = number.e164;
        out.notMobile = !number.isMobile;
        out.normalised = trimmed != number.e164;
        return;
    }
    if (number.problem == Problem::NotANumber) {
        outcome.scientific = isScientificNotation(trimmed);
        outcome.letters = !outcome.scientific && hasLetters(trimmed);
    }
    const QByteArray region = number.region.toLatin1();
    std::copy_n(region.constData(), std::min<qsizetype>(region.size(), 3), outcome.region.begin());
}

/// The words for why a number was refused, made once per kind (and per country) on the calling thread.
class Reasons
{
public:
    QString invalid(const Outcome& outcome)
    {
        switch (outcome.problem) {
        case Problem::NotANumber:
            if (outcome.scientific)
                return m_scientific;
            return outcome.letters ? m_letters : m_notANumber;
        case Problem::UnknownCountryCode:
            return m_unknownCountryCode;
        case Problem::TooShort:
            return m_tooShort;
        case Problem::TooLong:
            return m_tooLong;
        case Problem::Invalid:
            return notInPlan(QString::fromLatin1(outcome.region.data()));
        case Problem::Empty:
        case Problem::None:
            break;
        }
        return m_notANumber;
    }

    const QString empty = QCoreApplication::translate("Import", "The phone cell is empty.");
    const QString suppressed = QCoreApplication::translate("Import", "On the opt-out list.");

private:
    QString notInPlan(const QString& region)
    {
        auto found = m_notInPlan.constFind(region);
        if (found != m_notInPlan.cend())
            return *found;
        const QLocale::Territory territory = QLocale::codeToTerritory(region);
        const QString reason = territory == QLocale::AnyTerritory
            ? QCoreApplication::translate("Import", "Not a valid number for its country.")
            : QCoreApplication::translate("Import", "Not a valid number in %1.")
                  .arg(QLocale::territoryToString(territory));
        m_notInPlan.insert(region, reason);
        return reason;
    }

    const QString m_letters = QCoreApplication::translate("Import", "Letters in the number: not a phone number.");
    const QString m_notANumber = QCoreApplication::translate("Import", "Not a phone number.");
    const QString m_scientific = QCoreApplication::translate("Import",
        "A spreadsheet turned this number into scientific notation (like 3.7E+10), "
        "losing digits: format the column as text and export it again.");
    const QString m_unknownCountryCode = QCoreApplication::translate("Import", "Unknown country code.");
    const QString m_tooShort = QCoreApplication::translate("Import", "Too short for a phone number.");
    const QString m_tooLong = QCoreApplication::translate("Import", "Too long for a phone number.");
    QHash<QString, QString> m_notInPlan;
};

} // namespace

ImportReport analyzeImport(const CsvTable& table, int phoneColumn, const PhoneNumberNormalizer& numbers,
    const QSet<QString>& suppressed, const std::function<bool(int done, int total)>& progress)
{
    ImportReport report;
    const qsizetype total = table.rows.size();
    report.rows.resize(total);
    std::vector<Outcome> outcomes(static_cast<size_t>(total));

    // Reading numbers is nearly all the work, and libphonenumber's parsing is thread-safe: every
    // thread takes chunks of rows in turn, and the calling thread, one of them, reports progress.
    const qsizetype chunks = (total + kChunk - 1) / kChunk;
    std::vector<char> chunkDone(static_cast<size_t>(chunks), 0);
    std::atomic<qsizetype> nextChunk { 0 };
    std::atomic<qsizetype> rowsDone { 0 };
    std::atomic<bool> stop { false };
    ImportedRow* const rows = report.rows.data();
    auto work = [&](bool reports) {
        QElapsedTimer sinceReport;
        sinceReport.start();
        bool reported = false;
        while (!stop.load(std::memory_order_relaxed)) {
            const qsizetype chunk = nextChunk.fetch_add(1);
            if (chunk >= chunks)
                break;
            const qsizetype end = std::min(total, (chunk + 1) * kChunk);
            for (qsizetype row = chunk * kChunk; row < end; ++row)
                examine(table, phoneColumn, numbers, row, rows[row], outcomes[static_cast<size_t>(row)]);
            chunkDone[static_cast<size_t>(chunk)] = 1;
            const qsizetype done = rowsDone.fetch_add(end - chunk * kChunk) + end - chunk * kChunk;
            if (reports && progress && (!reported || sinceReport.elapsed() >= kProgressIntervalMs)) {
                reported = true;
                sinceReport.restart();
                if (!progress(static_cast<int>(done), static_cast<int>(total)))
                    stop.store(true);
            }
        }
    };

    numbers.normalize(QStringLiteral("+1")); // libphonenumber builds its tables once, before threads share them
    const int helpers = chunks > 1 ? std::max(0, QThread::idealThreadCount() - 1) : 0;
    std::vector<std::thread> threads;
    threads.reserve(static_cast<size_t>(helpers));
    for (int i = 0; i < helpers; ++i)
        threads.emplace_back(work, false);
    work(true);
    for (std::thread& thread : threads)
        thread.join();

    qsizetype kept = total;
    if (stop.load()) {
        // Keep the rows up to the first chunk no thread finished: a report of a prefix of the table.
        const auto firstUndone = std::find(chunkDone.begin(), chunkDone.end(), 0);
        kept = std::min(total, static_cast<qsizetype>(firstUndone - chunkDone.begin()) * kChunk);
        report.rows.resize(kept);
        report.cancelled = true;
    }

    // Fates, in row order: a number's first row is the one kept; later rows repeat it.
    Reasons reasons;
    std::vector<std::pair<quint64, int>> byNumber;
    byNumber.reserve(static_cast<size_t>(kept));
    for (qsizetype i = 0; i < kept; ++i) {
        ImportedRow& row = report.rows[i];
        const Outcome& outcome = outcomes[static_cast<size_t>(i)];
        if (outcome.problem == Problem::Empty) {
            row.fate = RowFate::Empty;
            row.reason = reasons.empty;
        } else if (outcome.problem != Problem::None) {
            row.fate = RowFate::Invalid;
            row.reason = reasons.invalid(outcome);
        } else {
            byNumber.emplace_back(e164Key(row.e164), static_cast<int>(i));
        }
    }
    std::sort(byNumber.begin(), byNumber.end());
    const QString sameAs = QCoreApplication::translate("Import", "The same number as line %1.");
    size_t first = 0; // sorted by number, then row: where the current number's first row is
    for (size_t i = 0; i < byNumber.size(); ++i) {
        ImportedRow& row = report.rows[byNumber[i].second];
        if (i > 0 && byNumber[i - 1].first == byNumber[i].first) {
            const ImportedRow& original = report.rows.at(byNumber[first].second);
            row.fate = RowFate::Duplicate;
            row.duplicateOf = original.index;
            row.e164 = original.e164; // one string for both rows
            row.normalised = false;
            row.notMobile = false;
            row.reason = sameAs.arg(original.line);
            continue;
        }
        first = i;
        if (!suppressed.isEmpty() && suppressed.contains(row.e164)) {
            row.fate = RowFate::Suppressed;
            row.normalised = false;
            row.notMobile = false;
            row.reason = reasons.suppressed;
        } else {
            row.fate = RowFate::Valid;
        }
    }

    ImportCounts& counts = report.counts;
    counts.rows = static_cast<int>(kept);
    for (const ImportedRow& row : std::as_const(report.rows)) {
        switch (row.fate) {
        case RowFate::Valid:
            ++counts.valid;
            counts.normalised += row.normalised ? 1 : 0;
            counts.notMobile += row.notMobile ? 1 : 0;
            break;
        case RowFate::Invalid:
            ++counts.invalid;
            break;
        case RowFate::Duplicate:
            ++counts.duplicates;
            break;
        case RowFate::Suppressed:
            ++counts.suppressed;
            break;
        case RowFate::Empty:
            ++counts.empty;
            break;
        }
    }
    if (progress && !report.cancelled)
        progress(static_cast<int>(total), static_cast<int>(total));
    return report;
}

QString rejectedRowsCsv(const CsvTable& table, const ImportReport& report)
{
    const QChar delimiter = table.delimiter.isNull() ? QChar(u',') : table.delimiter;
    const QString lineEnd = QStringLiteral("\r\n");
    // A row with more cells than the header keeps them all: the header grows unnamed columns so
    // the problem column stays the last one for every row.
    qsizetype columns = table.header.size();
    for (const ImportedRow& row : report.rows) {
        if (row.fate != RowFate::Valid && row.index < table.rows.size())
            columns = std::max(columns, table.rows.cellCount(row.index));
    }
    QString out(QChar(0xFEFF));
    auto appendRecord = [&](const QStringList& cells, const QString& problem) {
        for (qsizetype c = 0; c < columns; ++c) {
            out += csvCell(cells.value(c), delimiter);
            out += delimiter;
        }
        out += csvCell(problem, delimiter);
        out += lineEnd;
    };
    appendRecord(table.header, QCoreApplication::translate("Import", "Problem"));
    for (const ImportedRow& row : report.rows) {
        if (row.fate == RowFate::Valid)
            continue;
        appendRecord(table.rows.value(row.index), row.reason);
    }
    return out;
}

} // namespace herald
