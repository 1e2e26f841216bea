#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace herald {

/// A table read from CSV or TSV text, or from cells pasted from a spreadsheet.
struct CsvTable
{
    QStringList header; ///< the first non-blank record
    QList<QStringList> rows; ///< every later non-blank record, as many cells as it had
    QList<int> lines; ///< for each row, the line of the text it starts on, from 1
    QChar delimiter;
    int blankLines = 0; ///< records with no text at all, skipped
    bool unterminatedQuote = false; ///< the text ended inside a quoted cell (kept as read)
};

/**
 * The delimiter @p sample most likely uses: tab, semicolon or comma, whichever splits its first
 * lines (outside quotes) most consistently into more than one cell; comma when none does.
 */
QChar detectDelimiter(QStringView sample);

/**
 * Reads RFC 4180 text: cells in double quotes may hold the delimiter, line breaks and doubled
 * quotes; CRLF, LF and CR all end a record. A leading byte-order mark is dropped.
 */
CsvTable readCsv(QStringView text, std::optional<QChar> delimiter = std::nullopt);

/**
 * Text from a file's bytes: UTF-8 (with or without a byte-order mark), UTF-16 with one, and
 * otherwise Windows-1252, which spreadsheet programs on Windows still write. @p encoding names
 * the one used.
 */
QString decodeText(const QByteArray& bytes, QString* encoding = nullptr);

} // namespace herald
