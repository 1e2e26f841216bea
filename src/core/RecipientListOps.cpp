#include "core/RecipientListOps.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>

namespace herald {

namespace {

/// This file's words, in the translation context "RecipientList" (a name lupdate can see).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(RecipientList)
};

} // namespace

QString headerKey(const QStringList& header)
{
    QStringList cleaned;
    for (const QString& column : header)
        cleaned.append(column.trimmed().toCaseFolded());
    return QString::fromLatin1(
        QCryptographicHash::hash(cleaned.join(QChar(0x1F)).toUtf8(), QCryptographicHash::Sha1).toHex());
}

QString rowFateKey(RowFate fate)
{
    switch (fate) {
    case RowFate::Valid:
        return QStringLiteral("valid");
    case RowFate::Invalid:
        return QStringLiteral("invalid");
    case RowFate::Duplicate:
        return QStringLiteral("duplicate");
    case RowFate::Suppressed:
        return QStringLiteral("suppressed");
    case RowFate::Empty:
        return QStringLiteral("empty");
    }
    return QStringLiteral("valid");
}

RowFate rowFateFromKey(const QString& key)
{
    for (const RowFate fate :
        { RowFate::Valid, RowFate::Invalid, RowFate::Duplicate, RowFate::Suppressed, RowFate::Empty }) {
        if (rowFateKey(fate) == key)
            return fate;
    }
    return RowFate::Invalid; // an unknown value is never sent to
}

QString rowFateName(RowFate fate)
{
    switch (fate) {
    case RowFate::Valid:
        return Words::tr("Valid");
    case RowFate::Invalid:
        return Words::tr("Invalid");
    case RowFate::Duplicate:
        return Words::tr("Duplicate");
    case RowFate::Suppressed:
        return Words::tr("Opted out");
    case RowFate::Empty:
        return Words::tr("No number");
    }
    return {};
}

QString importedRowProblem(const ImportedRow& imported)
{
    switch (imported.fate) {
    case RowFate::Valid:
        return imported.notMobile ? Words::tr("Not a mobile number: WhatsApp may not reach it.") : QString();
    case RowFate::Invalid:
        return imported.reason;
    case RowFate::Duplicate:
        return Words::tr("The same number as row %1.").arg(imported.duplicateOf + 1);
    case RowFate::Suppressed:
        return Words::tr("On the opt-out list.");
    case RowFate::Empty:
        return Words::tr("The phone cell is empty.");
    }
    return {};
}

RecipientList recipientListFromImport(
    const CsvTable& table, const ImportReport& report, int phoneColumn, int nameColumn, const QString& name)
{
    RecipientList list;
    list.name = name;
    list.columns = table.header;
    list.phoneColumn = phoneColumn;
    list.nameColumn = nameColumn;
    list.rows.reserve(report.rows.size());
    for (const ImportedRow& imported : report.rows) {
        RecipientRow row;
        row.position = imported.index;
        row.sourceLine = imported.line;
        row.phone = imported.phone;
        row.e164 = imported.e164;
        row.fate = imported.fate;
        row.problem = importedRowProblem(imported);
        row.cells = table.rows.at(imported.index);
        list.rows.append(row);
    }
    return list;
}

void reassessRow(
    RecipientRow& row, const RecipientList& list, const PhoneNumberNormalizer& numbers, const QSet<QString>& suppressed)
{
    row.phone = row.cells.value(list.phoneColumn).trimmed();
    row.e164.clear();
    row.problem.clear();
    if (row.phone.isEmpty()) {
        row.fate = RowFate::Empty;
        row.problem = Words::tr("The phone cell is empty.");
        return;
    }
    const PhoneNumberResult number = numbers.normalize(row.phone);
    if (!number.ok()) {
        row.fate = RowFate::Invalid;
        row.problem = number.message();
        return;
    }
    row.e164 = number.e164;
    for (const RecipientRow& other : list.rows) {
        if (other.id != row.id && other.position < row.position && other.e164 == row.e164
            && other.fate != RowFate::Invalid) {
            row.fate = RowFate::Duplicate;
            row.problem = Words::tr("The same number as row %1.").arg(other.position + 1);
            return;
        }
    }
    if (suppressed.contains(row.e164)) {
        row.fate = RowFate::Suppressed;
        row.problem = Words::tr("On the opt-out list.");
        return;
    }
    row.fate = RowFate::Valid;
    if (!number.isMobile)
        row.problem = Words::tr("Not a mobile number: WhatsApp may not reach it.");
}

QList<int> applySuppressions(RecipientList& list, const QSet<QString>& suppressed)
{
    QList<int> changed;
    for (int i = 0; i < list.rows.size(); ++i) {
        RecipientRow& row = list.rows[i];
        if (row.e164.isEmpty())
            continue;
        if (row.fate == RowFate::Valid && suppressed.contains(row.e164)) {
            row.fate = RowFate::Suppressed;
            row.problem = Words::tr("On the opt-out list.");
            changed.append(i);
        } else if (row.fate == RowFate::Suppressed && !suppressed.contains(row.e164)) {
            row.fate = RowFate::Valid;
            row.problem.clear();
            changed.append(i);
        }
    }
    return changed;
}

RecipientList mergeLists(const QList<RecipientList>& lists, const QString& name)
{
    RecipientList merged;
    merged.name = name;
    if (lists.isEmpty())
        return merged;
    merged.columns = lists.first().columns;
    merged.phoneColumn = lists.first().phoneColumn;
    merged.nameColumn = lists.first().nameColumn;
    QHash<QString, int> firstRow; // E.164 → position in the merged list
    for (const RecipientList& list : lists) {
        // Where each of this list's columns lands; its phone column always feeds the merged one.
        QList<int> target;
        for (int c = 0; c < list.columns.size(); ++c) {
            int index = c == list.phoneColumn ? merged.phoneColumn
                : c == list.nameColumn && merged.nameColumn >= 0
                ? merged.nameColumn
                : static_cast<int>(merged.columns.indexOf(list.columns.at(c)));
            if (index < 0) {
                merged.columns.append(list.columns.at(c));
                index = static_cast<int>(merged.columns.size() - 1);
            }
            target.append(index);
        }
        for (const RecipientRow& source : list.rows) {
            RecipientRow row = source;
            row.id = 0;
            row.position = static_cast<int>(merged.rows.size());
            row.cells = QStringList();
            for (int c = 0; c < source.cells.size(); ++c) {
                const int index = c < target.size() ? target.at(c) : -1;
                if (index < 0)
                    continue;
                while (row.cells.size() <= index)
                    row.cells.append(QString());
                row.cells[index] = source.cells.at(c);
            }
            if (!row.e164.isEmpty() && row.fate != RowFate::Invalid) {
                const auto seen = firstRow.constFind(row.e164);
                if (seen != firstRow.constEnd()) {
                    row.fate = RowFate::Duplicate;
                    row.problem = Words::tr("The same number as row %1.").arg(*seen + 1);
                } else {
                    firstRow.insert(row.e164, row.position);
                    if (row.fate == RowFate::Duplicate) { // its first occurrence did not come along
                        row.fate = RowFate::Valid;
                        row.problem.clear();
                    }
                }
            }
            merged.rows.append(row);
        }
    }
    for (RecipientRow& row : merged.rows) {
        while (row.cells.size() < merged.columns.size())
            row.cells.append(QString());
    }
    return merged;
}

QString recipientListCsv(const RecipientList& list)
{
    QString out;
    QStringList header;
    for (const QString& column : list.columns)
        header.append(csvCell(column));
    header << csvCell(Words::tr("Status")) << csvCell(Words::tr("Problem"));
    out += header.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const RecipientRow& row : list.rows) {
        QStringList cells;
        for (int c = 0; c < list.columns.size(); ++c)
            cells.append(csvCell(row.cells.value(c)));
        cells << csvCell(rowFateName(row.fate)) << csvCell(row.problem);
        out += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out;
}

} // namespace herald
