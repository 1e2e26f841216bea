#include "core/CsvReader.h"

#include <QStringDecoder>
#include <algorithm>
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

CsvRows::CsvRows(std::initializer_list<QStringList> rows)
{
    for (const QStringList& cells : rows)
        append(cells);
}

CsvRows::CsvRows(const QList<QStringList>& rows)
{
    for (const QStringList& cells : rows)
        append(cells);
}

QStringView CsvRows::cell(qsizetype row, qsizetype column) const
{
    if (row < 0 || row >= size() || column < 0 || column >= cellCount(row))
        return {};
    const qsizetype index = firstCell(row) + column;
    const qsizetype start = cellStart(index);
    return QStringView(m_text).sliced(start, m_cellEnds.at(index) - start);
}

QStringList CsvRows::at(qsizetype row) const
{
    Q_ASSERT(row >= 0 && row < size());
    QStringList cells;
    const qsizetype first = firstCell(row);
    const qsizetype last = m_rowEnds.at(row);
    cells.reserve(last - first);
    for (qsizetype index = first; index < last; ++index) {
        const qsizetype start = cellStart(index);
        cells.append(m_text.sliced(start, m_cellEnds.at(index) - start));
    }
    return cells;
}

void CsvRows::append(const QStringList& cells)
{
    for (const QString& text : cells)
        appendCell(text);
    endRow();
}

void CsvRows::clear()
{
    m_text.clear();
    m_cellEnds.clear();
    m_rowEnds.clear();
}

void CsvRows::reserve(qsizetype rows, qsizetype cells, qsizetype chars)
{
    m_rowEnds.reserve(rows);
    m_cellEnds.reserve(cells);
    m_text.reserve(chars);
}

void CsvRows::squeeze()
{
    m_rowEnds.squeeze();
    m_cellEnds.squeeze();
    m_text.squeeze();
}

QList<QStringList> CsvRows::toList() const
{
    QList<QStringList> list;
    list.reserve(size());
    for (qsizetype row = 0; row < size(); ++row)
        list.append(at(row));
    return list;
}

bool CsvRows::operator==(const CsvRows& other) const
{
    // The same cells can be stored the same way only: offsets and text decide.
    return m_rowEnds == other.m_rowEnds && m_cellEnds == other.m_cellEnds && m_text == other.m_text;
}

/// Reads RFC 4180 text straight into a CsvTable's shared buffer, a span of text at a time.
class CsvParser
{
public:
    CsvParser(QStringView text, QChar delimiter, CsvTable& table)
        : m_text(text)
        , m_sep(delimiter.unicode())
        , m_table(table)
        , m_rows(table.rows)
    { }

    void run()
    {
        const qsizetype n = m_text.size();
        const char16_t* const data = m_text.utf16();
        qsizetype i = 0;
        while (i < n) {
            // One cell starts at i.
            bool quotedCell = false;
            if (data[i] == u'"') {
                quotedCell = true;
                ++i;
                while (true) {
                    const qsizetype from = i;
                    while (i < n && data[i] != u'"') {
                        if (data[i] == u'\n' || (data[i] == u'\r' && (i + 1 >= n || data[i + 1] != u'\n')))
                            ++m_line;
                        ++i;
                    }
                    m_rows.m_text.append(m_text.sliced(from, i - from));
                    if (i >= n) {
                        m_table.unterminatedQuote = true;
                        break;
                    }
                    if (i + 1 < n && data[i + 1] == u'"') { // a doubled quote stands for one
                        m_rows.m_text.append(QLatin1Char('"'));
                        i += 2;
                        continue;
                    }
                    ++i; // the closing quote
                    break;
                }
            }
            // The unquoted part (or what follows a closing quote, quotes then kept as written).
            const qsizetype from = i;
            while (i < n && data[i] != m_sep && data[i] != u'\n' && data[i] != u'\r')
                ++i;
            if (i > from)
                m_rows.m_text.append(m_text.sliced(from, i - from));
            endCell(quotedCell);
            if (i >= n)
                break;
            if (data[i] == m_sep) {
                ++i;
                if (i >= n) // a trailing delimiter: the record ends with an empty cell
                    endCell(false);
                continue;
            }
            // A line break ends the record.
            if (data[i] == u'\r' && i + 1 < n && data[i + 1] == u'\n')
                ++i;
            ++i;
            endRecord();
            ++m_line;
            m_recordLine = m_line;
        }
        if (m_cellsInRecord > 0)
            endRecord();
    }

private:
    void endCell(bool quoted)
    {
        m_rows.m_cellEnds.append(m_rows.m_text.size());
        ++m_cellsInRecord;
        m_recordQuoted = m_recordQuoted || quoted;
    }

    void endRecord()
    {
        const qsizetype firstCell = m_rows.m_rowEnds.isEmpty() ? 0 : m_rows.m_rowEnds.constLast();
        const bool blank = m_cellsInRecord == 1 && !m_recordQuoted
            && m_rows.m_cellEnds.constLast() == (firstCell == 0 ? 0 : m_rows.m_cellEnds.at(firstCell - 1));
        if (blank) {
            ++m_table.blankLines;
            m_rows.m_cellEnds.removeLast();
        } else if (!m_haveHeader) {
            m_rows.endRow();
            m_table.header = m_rows.at(0);
            m_rows.clear();
            m_haveHeader = true;
            // The rest of the text holds the rows: room for all of them at once, instead of growing.
            const qsizetype rest = m_text.size();
            const qsizetype lines = m_text.count(u'\n') + 1;
            m_rows.reserve(lines, lines * std::max<qsizetype>(1, m_table.header.size()), rest);
            m_table.lines.reserve(lines);
        } else {
            m_rows.endRow();
            m_table.lines.append(m_recordLine);
        }
        m_cellsInRecord = 0;
        m_recordQuoted = false;
    }

    QStringView m_text;
    char16_t m_sep;
    CsvTable& m_table;
    CsvRows& m_rows;
    int m_line = 1;
    int m_recordLine = 1;
    int m_cellsInRecord = 0;
    bool m_recordQuoted = false;
    bool m_haveHeader = false;
};

CsvTable readCsv(QStringView text, std::optional<QChar> delimiter)
{
    if (text.startsWith(QChar(0xFEFF)))
        text = text.mid(1);
    CsvTable table;
    table.delimiter = delimiter.value_or(detectDelimiter(text));
    CsvParser(text, table.delimiter, table).run();
    table.lines.squeeze();
    table.rows.squeeze();
    return table;
}

QString csvCell(const QString& value, QChar delimiter)
{
    QString cell = value;
    if (!cell.isEmpty()) {
        const QChar first = cell.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
            cell.prepend(u'\'');
    }
    const bool quote = cell.contains(delimiter) || cell.contains(u',') || cell.contains(u';') || cell.contains(u'"')
        || cell.contains(u'\n') || cell.contains(u'\r');
    if (!quote)
        return cell;
    cell.replace(u'"', QStringLiteral("\"\""));
    return u'"' + cell + u'"';
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
