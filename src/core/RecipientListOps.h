#pragma once

#include "core/ImportAnalysis.h"
#include "core/RecipientList.h"

#include <QString>
#include <QStringList>

namespace herald {

/// Stable key for "files with this header row", to remember how their columns were mapped.
QString headerKey(const QStringList& header);

/// How the columns of files with one header row were mapped at their last import.
struct ImportMapping
{
    QString phoneColumn; ///< the column's name
    QString nameColumn; ///< empty: none
    QChar delimiter; ///< null: detect
    QString region; ///< default country for numbers without a country code; empty: the app's default
};

/// The lowercase key a fate is stored under ("valid", "invalid", …) and back.
QString rowFateKey(RowFate fate);
RowFate rowFateFromKey(const QString& key);
/// The fate in words, for the operator ("Valid", "Opted out", …).
QString rowFateName(RowFate fate);

/// Why @p imported will not be sent to (or, for a valid one, its warning), in the words lists show.
QString importedRowProblem(const ImportedRow& imported);

/**
 * The list an import makes: @p table's header as the columns and each row with the fate
 * @p report gave it (reasons in words, duplicates naming the row they repeat).
 */
RecipientList recipientListFromImport(
    const CsvTable& table, const ImportReport& report, int phoneColumn, int nameColumn, const QString& name);

/**
 * Re-reads @p row's number after an edit: its E.164 form, fate and problem, against the rest of
 * @p list (a number already on another row makes it a duplicate) and @p suppressed.
 */
void reassessRow(RecipientRow& row, const RecipientList& list, const PhoneNumberNormalizer& numbers,
    const QSet<QString>& suppressed);

/**
 * Brings @p list up to date with the opt-out list @p suppressed: a valid row whose number is now on
 * it becomes opted out, and an opted-out row whose number was taken off becomes valid again.
 * Returns the indexes of the rows that changed.
 */
QList<int> applySuppressions(RecipientList& list, const QSet<QString>& suppressed);

/**
 * One list made of @p lists, in order: the union of their columns (matched by name, the first
 * list's phone and name columns kept), every row kept, and a number already seen in an earlier
 * row becoming a duplicate of it.
 */
RecipientList mergeLists(const QList<RecipientList>& lists, const QString& name);

/**
 * The list as CSV (RFC 4180, CRLF) with a status and a problem column after the list's own;
 * a cell that begins with =, +, -, @ (or a tab or carriage return) is prefixed with an
 * apostrophe so a spreadsheet shows it instead of running it (phone numbers too: "+372 5…" is a
 * formula to a spreadsheet; Herald reads the number back with the apostrophe).
 */
QString recipientListCsv(const RecipientList& list);

} // namespace herald
