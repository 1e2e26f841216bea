#pragma once

#include "core/CsvReader.h"
#include "core/ImportAnalysis.h"
#include "core/PhoneNumber.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace herald {

/// One row of a recipient list: the number as written, what Herald made of it, and every cell.
struct RecipientRow
{
    qint64 id = 0;
    int position = 0; ///< from 0, in the order the rows were read
    int sourceLine = 0; ///< line of the imported file the row began on; 0 when typed or pasted
    QString phone; ///< as written
    QString e164; ///< empty when the number could not be read
    QString problem; ///< why the row will not be sent (or, for a valid one, a warning), in words
    QStringList cells; ///< every cell, in the list's column order (the phone column included)
    RowFate fate = RowFate::Valid; ///< as of the import or the last edit; opt-outs are checked again at send time
};

/// A saved list of recipients with its columns, which template variables can be bound to.
struct RecipientList
{
    qint64 id = 0;
    QString name;
    QStringList columns;
    int phoneColumn = 0; ///< index into columns
    int nameColumn = -1; ///< index into columns of the recipient's name; -1 when the list has none
    QString source; ///< the file it came from, for the operator; may be empty
    QDateTime createdAt;
    QList<RecipientRow> rows;
};

/**
 * The column most likely to hold phone numbers: one whose name says so (phone, mobile, msisdn,
 * WhatsApp, Telefon, …), otherwise the one whose first cells most often read as numbers; -1 if none does.
 */
int guessPhoneColumn(const CsvTable& table, const PhoneNumberNormalizer& numbers);

/// The column whose name says it holds people's names (Name, Full name, Nimi, Nombre, Kunde…), other than @p
/// phoneColumn; -1 if none.
int guessNameColumn(const QStringList& header, int phoneColumn);

} // namespace herald
