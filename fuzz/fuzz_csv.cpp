// A recipient list's file (src/core/CsvReader.h, ImportAnalysis.h): bytes decoded as an import
// does (UTF-8, UTF-16 with a byte-order mark, Windows-1252), the delimiter guessed, the table read,
// the phone column guessed and every row's fate decided, and the rejected rows written back as CSV.
// Checked: every row has a line and at least one cell; the import's counts add up to its rows; and
// the rejected rows' CSV reads back as one record per rejected row, each as wide as its header.
#include "FuzzInput.h"
#include "core/CsvReader.h"
#include "core/ImportAnalysis.h"
#include "core/PhoneNumber.h"
#include "core/RecipientList.h"

#include <QSet>
#include <QString>

namespace {

void checkTable(const herald::CsvTable& table)
{
    if (table.rows.size() != table.lines.size())
        herald::fuzz::violated();
    int previousLine = 0;
    for (qsizetype row = 0; row < table.rows.size(); ++row) {
        const qsizetype cells = table.rows.cellCount(row);
        if (cells < 1 || table.lines.at(row) <= previousLine || table.rows.at(row).size() != cells)
            herald::fuzz::violated();
        previousLine = table.lines.at(row);
        for (qsizetype column = 0; column < cells; ++column) {
            if (table.rows.cell(row, column) != table.rows.at(row).at(column))
                herald::fuzz::violated();
        }
    }
    if (!table.rows.isEmpty() && table.header.isEmpty())
        herald::fuzz::violated();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace herald;
    fuzz::silenceQt();
    QString encoding;
    const QString text
        = decodeText(QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)), &encoding);
    detectDelimiter(text);
    const CsvTable table = readCsv(text);
    checkTable(table);
    checkTable(readCsv(text, QLatin1Char(';')));

    // Up to 1,000 rows the import runs on the calling thread alone, which keeps runs deterministic.
    if (table.header.isEmpty() || table.rows.size() > 1000)
        return 0;
    static const PhoneNumberNormalizer numbers(QStringLiteral("EE"));
    const int guessed = guessPhoneColumn(table, numbers);
    const int phoneColumn = guessed >= 0 ? guessed : 0;
    const QSet<QString> suppressed { QStringLiteral("+37251234567") };
    const ImportReport report = analyzeImport(table, phoneColumn, numbers, suppressed);
    const ImportCounts& counts = report.counts;
    if (report.rows.size() != table.rows.size() || counts.rows != table.rows.size()
        || counts.rows != counts.valid + counts.invalid + counts.duplicates + counts.suppressed + counts.empty)
        fuzz::violated();

    qsizetype rejected = 0;
    qsizetype columns = table.header.size();
    for (const ImportedRow& row : report.rows) {
        if (row.fate != RowFate::Valid) {
            ++rejected;
            columns = std::max(columns, table.rows.cellCount(row.index));
        }
    }
    const CsvTable back = readCsv(rejectedRowsCsv(table, report), table.delimiter);
    if (back.header.size() != columns + 1 || back.rows.size() != rejected || back.unterminatedQuote)
        fuzz::violated();
    for (qsizetype row = 0; row < back.rows.size(); ++row) {
        if (back.rows.cellCount(row) != columns + 1)
            fuzz::violated();
    }
    return 0;
}
