#pragma once

#include "core/CsvReader.h"
#include "core/PhoneNumber.h"

#include <QList>
#include <QSet>
#include <QString>
#include <functional>

namespace herald {

/// What became of one row of an imported list. Every row read has exactly one fate.
enum class RowFate
{
    Valid, ///< a number Herald can send to, seen for the first time in this list
    Invalid, ///< the phone cell holds something that is not a usable number (reason says why)
    Duplicate, ///< the same E.164 number as an earlier row (duplicateOf says which)
    Suppressed, ///< the number is on the opt-out list
    Empty ///< the phone cell is empty
};

/// One row's fate, with what the operator needs to understand it.
struct ImportedRow
{
    int index = 0; ///< position among the table's rows, from 0
    int line = 0; ///< line of the source text the row began on, from 1
    RowFate fate = RowFate::Empty;
    QString phone; ///< the phone cell as written
    QString e164; ///< set for Valid, Duplicate and Suppressed
    bool normalised = false; ///< Valid: the number was written otherwise than its E.164 form
    bool notMobile = false; ///< Valid: a fixed-line or other number WhatsApp rarely reaches (a warning only)
    QString reason; ///< Invalid: in words ("too short", "unknown country code", "letters in the number", …);
                    ///< Duplicate, Suppressed and Empty: what happened, in words, too
    int duplicateOf = -1; ///< Duplicate: index of the first row with that number
};

/// The counts an import report shows; rows == valid + invalid + duplicates + suppressed + empty.
struct ImportCounts
{
    int rows = 0;
    int valid = 0;
    int normalised = 0; ///< among valid
    int notMobile = 0; ///< among valid
    int invalid = 0;
    int duplicates = 0;
    int suppressed = 0;
    int empty = 0;
};

struct ImportReport
{
    ImportCounts counts;
    QList<ImportedRow> rows; ///< one per table row, in order
    bool cancelled = false; ///< stopped by the progress callback; rows then holds what was done
};

/**
 * Reads the phone column of every row of @p table: normalises it to E.164 with @p numbers,
 * marks repeats of an earlier row and numbers on @p suppressed (E.164 strings), and says why
 * each rejected one was rejected. @p progress, when set, is called now and then with the rows done
 * and the total, from the calling thread; returning false cancels. May use several threads.
 */
ImportReport analyzeImport(const CsvTable& table, int phoneColumn, const PhoneNumberNormalizer& numbers,
    const QSet<QString>& suppressed, const std::function<bool(int done, int total)>& progress = {});

/**
 * The rows @p report did not accept, as CSV to fix in a spreadsheet and import again: @p table's
 * header and each such row's cells as read, with a "Problem" column saying in words what was
 * wrong. RFC 4180 quoting, CRLF, @p table's delimiter, a UTF-8 byte-order mark (so spreadsheet
 * programs read names right); a cell that begins with =, +, -, @, a tab or a carriage return is
 * prefixed with an apostrophe, so a spreadsheet shows it instead of running it as a formula.
 */
QString rejectedRowsCsv(const CsvTable& table, const ImportReport& report);

} // namespace herald
