#include "core/RecipientList.h"

#include <QRegularExpression>

namespace herald {

int guessPhoneColumn(const CsvTable& table, const PhoneNumberNormalizer& numbers)
{
    static const QRegularExpression phoneName(
        QStringLiteral(R"(phone|mobile|msisdn|whatsapp|cell|number|^tel|telefon|teléfono|telefono|handy|^gsm$|^to$)"),
        QRegularExpression::CaseInsensitiveOption);
    for (qsizetype i = 0; i < table.header.size(); ++i) {
        if (phoneName.match(table.header.at(i).trimmed()).hasMatch())
            return static_cast<int>(i);
    }
    int best = -1;
    int bestValid = 0;
    const qsizetype sample = std::min<qsizetype>(table.rows.size(), 50);
    for (qsizetype column = 0; column < table.header.size(); ++column) {
        int valid = 0;
        for (qsizetype row = 0; row < sample; ++row) {
            if (column < table.rows.cellCount(row) && numbers.normalize(table.rows.cell(row, column).toString()).ok())
                ++valid;
        }
        if (valid > bestValid) {
            bestValid = valid;
            best = static_cast<int>(column);
        }
    }
    return best;
}

int guessNameColumn(const QStringList& header, int phoneColumn)
{
    static const QRegularExpression nameName(
        QStringLiteral(
            R"(^(full[ _]?)?name$|^(first|given|customer|contact)[ _]?name$|^nimi$|^nombre$|^nom$|^vorname$|^name[ _]|^kunde$|^customer$|^contact$)"),
        QRegularExpression::CaseInsensitiveOption);
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (i != phoneColumn && nameName.match(header.at(i).trimmed()).hasMatch())
            return static_cast<int>(i);
    }
    return -1;
}

} // namespace herald
