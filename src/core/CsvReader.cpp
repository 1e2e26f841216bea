#include "core/CsvReader.h"

#include <QStringDecoder>
#include <array>

namespace herald {

namespace {

constexpr QChar kQuote = QLatin1Char('"');

/// Counts cells per line for the first lines of @p sample, honouring quotes.
QList<int> cellCounts(QStringView sample, QChar delimiter, int maxLines)
{
    QList<int> counts;
    int cells = 1;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < sample.size() && counts.size() < maxLines; ++i) {
        const QChar c = sample.at(i);
        if (c == kQuote) {
            quoted = !quoted;
        } else if (!quoted && c == delimiter) {
            ++cells;
        } else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r'))) {
            if (any)
                counts.append(cells);
            cells = 1;
            any = false;
            continue;
        }
        any = true;
    }
    if (any && counts.size() < maxLines)
        counts.append(cells);
    return counts;
}

} // namespace

QChar detectDelimiter(QStringView sample)
{
    constexpr std::array candidates { QLatin1Char('\t'), QLatin1Char(';'), QLatin1Char(',') };
    QChar best = QLatin1Char(',');
    int bestScore = 0;
    for (const QChar candidate : candidates) {
        const QList<int> counts = cellCounts(sample.left(64 * 1024), candidate, 20);
        if (counts.isEmpty() || counts.first() < 2)
            continue;
        // Lines that split like the header count; a delimiter that also appears inside values
        // (a comma in "Smith, Anna") splits them unevenly and loses.
        int consistent = 0;
        for (const int count : counts)
            consistent += count == counts.first() ? 1 : 0;
        const int score = consistent * 100 + counts.first();
        if (score > bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    return best;
}

CsvTable readCsv(QStringView text, std::optional<QChar> delimiter)
{
    if (text.startsWith(QChar(0xFEFF)))
        text = text.mid(1);
    CsvTable table;
    table.delimiter = delimiter.value_or(detectDelimiter(text));
    const QChar sep = table.delimiter;

    QStringList record;
    QString cell;
    bool quoted = false;
    bool cellWasQuoted = false;
    int line = 1;
    int recordLine = 1;
    auto endRecord = [&] {
        record.append(cell);
        const bool blank = record.size() == 1 && record.first().isEmpty() && !cellWasQuoted;
        if (blank) {
            ++table.blankLines;
        } else if (table.header.isEmpty() && table.rows.isEmpty()) {
            table.header = record;
        } else {
            table.rows.append(record);
            table.lines.append(recordLine);
        }
        record.clear();
        cell.clear();
        cellWasQuoted = false;
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == kQuote) {
                if (i + 1 < n && text.at(i + 1) == kQuote) {
                    cell += kQuote;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n')
                    || (c == QLatin1Char('\r') && (i + 1 >= n || text.at(i + 1) != QLatin1Char('\n'))))
                    ++line;
                cell += c;
            }
            continue;
        }
        if (c == kQuote && cell.isEmpty() && !cellWasQuoted) {
            quoted = true;
            cellWasQuoted = true;
        } else if (c == sep) {
            record.append(cell);
            cell.clear();
            cellWasQuoted = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            recordLine = line;
        } else {
            cell += c; // a stray quote inside an unquoted cell is kept as written
        }
    }
    table.unterminatedQuote = quoted;
    if (!cell.isEmpty() || !record.isEmpty() || cellWasQuoted)
        endRecord();
    return table;
}

QString decodeText(const QByteArray& bytes, QString* encoding)
{
    auto named = [encoding](const char* name) {
        if (encoding)
            *encoding = QString::fromLatin1(name);
    };
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(bytes.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        named("UTF-16");
        return QString(decoder.decode(bytes.mid(2)));
    }
    QStringDecoder utf8(QStringConverter::Utf8);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError()) {
        named("UTF-8");
        return text;
    }
    // Not UTF-8: Windows-1252 where Qt's ICU knows it; Latin-1 (its subset) otherwise.
    QStringDecoder cp1252("windows-1252");
    if (cp1252.isValid()) {
        named("Windows-1252");
        return QString(cp1252.decode(bytes));
    }
    named("ISO-8859-1");
    return QString::fromLatin1(bytes);
}

} // namespace herald
