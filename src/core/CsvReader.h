#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <initializer_list>
#include <iterator>
#include <optional>

namespace herald {

/**
 * The records of a table. Every cell's text lives in one shared buffer with offsets, so a million
 * rows cost little more than their text (a QStringList per row costs several allocations each).
 * Reads like a QList<QStringList>: at() and iteration give a row's cells as a QStringList;
 * cell() gives one cell without allocating.
 */
class CsvRows
{
public:
    CsvRows() = default;
    CsvRows(std::initializer_list<QStringList> rows);
    CsvRows(const QList<QStringList>& rows); // NOLINT: reads like the list it stands for

    qsizetype size() const { return m_rowEnds.size(); }
    qsizetype count() const { return size(); }
    bool isEmpty() const { return m_rowEnds.isEmpty(); }

    /// How many cells row @p row has (rows may have more or fewer cells than the header).
    qsizetype cellCount(qsizetype row) const { return m_rowEnds.at(row) - firstCell(row); }
    /// One cell, or an empty view when @p row has no cell @p column.
    QStringView cell(qsizetype row, qsizetype column) const;
    /// Row @p row's cells; @p row must be in range.
    QStringList at(qsizetype row) const;
    QStringList operator[](qsizetype row) const { return at(row); }
    /// Row @p row's cells, or an empty list when out of range.
    QStringList value(qsizetype row) const { return row >= 0 && row < size() ? at(row) : QStringList(); }
    QStringList first() const { return at(0); }
    QStringList last() const { return at(size() - 1); }

    void append(const QStringList& cells);
    void clear();
    /// Room for @p rows rows, @p cells cells and @p chars characters of text.
    void reserve(qsizetype rows, qsizetype cells, qsizetype chars);
    void squeeze();

    /// Appending one cell at a time, then ending the row (what readCsv() does).
    void appendCell(QStringView text)
    {
        m_text.append(text);
        m_cellEnds.append(m_text.size());
    }
    void endRow() { m_rowEnds.append(m_cellEnds.size()); }

    QList<QStringList> toList() const;
    bool operator==(const CsvRows& other) const;
    bool operator!=(const CsvRows& other) const { return !(*this == other); }

    class const_iterator
    {
    public:
        using iterator_category = std::forward_iterator_tag;
        using value_type = QStringList;
        using difference_type = qsizetype;
        using pointer = void;
        using reference = QStringList;

        const_iterator() = default;
        const_iterator(const CsvRows* rows, qsizetype row)
            : m_rows(rows)
            , m_row(row)
        { }
        QStringList operator*() const { return m_rows->at(m_row); }
        const_iterator& operator++()
        {
            ++m_row;
            return *this;
        }
        const_iterator operator++(int)
        {
            const const_iterator before = *this;
            ++m_row;
            return before;
        }
        bool operator==(const const_iterator& other) const { return m_row == other.m_row; }
        bool operator!=(const const_iterator& other) const { return m_row != other.m_row; }

    private:
        const CsvRows* m_rows = nullptr;
        qsizetype m_row = 0;
    };
    const_iterator begin() const { return { this, 0 }; }
    const_iterator end() const { return { this, size() }; }
    const_iterator cbegin() const { return begin(); }
    const_iterator cend() const { return end(); }

private:
    friend class CsvParser;
    qsizetype firstCell(qsizetype row) const { return row == 0 ? 0 : m_rowEnds.at(row - 1); }
    qsizetype cellStart(qsizetype cell) const { return cell == 0 ? 0 : m_cellEnds.at(cell - 1); }

    QString m_text; ///< every cell's text, one after the other
    QList<qsizetype> m_cellEnds; ///< for each cell, where its text ends in m_text
    QList<qsizetype> m_rowEnds; ///< for each row, one past its last cell in m_cellEnds
};

/// A table read from CSV or TSV text, or from cells pasted from a spreadsheet.
struct CsvTable
{
    QStringList header; ///< the first non-blank record
    CsvRows rows; ///< every later non-blank record, as many cells as it had
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
 * One cell for a CSV file that people open in spreadsheets: a cell that begins with =, +, -, @, a
 * tab or a carriage return is prefixed with an apostrophe so the spreadsheet shows it instead of
 * running it (numbers written "+372 …" too; Herald reads them back with the apostrophe), and a cell
 * holding @p delimiter, a comma, a semicolon, a quote or a line break is quoted (RFC 4180).
 */
QString csvCell(const QString& value, QChar delimiter = QLatin1Char(','));

/**
 * Text from a file's bytes: UTF-8 (with or without a byte-order mark), UTF-16 with one, and
 * otherwise Windows-1252, which spreadsheet programs on Windows still write. @p encoding names
 * the one used.
 */
QString decodeText(const QByteArray& bytes, QString* encoding = nullptr);

} // namespace herald
