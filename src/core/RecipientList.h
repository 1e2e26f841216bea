#pragma once

#include "core/CsvReader.h"
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
    QString problem; ///< why the number could not be read, in words
    QStringList cells; ///< every cell, in the list's column order (the phone column included)
};

/// A saved list of recipients with its columns, which template variables can be bound to.
struct RecipientList
{
    qint64 id = 0;
    QString name;
    QStringList columns;
    int phoneColumn = 0; ///< index into columns
    QString source; ///< the file it came from, for the operator; may be empty
    QDateTime createdAt;
    QList<RecipientRow> rows;
};

/**
 * The column most likely to hold phone numbers: one whose name says so (phone, mobile, msisdn,
 * WhatsApp, Telefon, …), otherwise the one whose first cells most often read as numbers; -1 if none does.
 */
int guessPhoneColumn(const CsvTable& table, const PhoneNumberNormalizer& numbers);

/// A list made from @p table: its header as the columns, each row's number normalised.
RecipientList recipientListFrom(
    const CsvTable& table, int phoneColumn, const PhoneNumberNormalizer& numbers, const QString& name);

} // namespace herald
