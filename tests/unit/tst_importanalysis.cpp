#include "core/CsvReader.h"
#include "core/ImportAnalysis.h"
#include "core/RecipientList.h"

#include <QFile>
#include <QTest>
#include <QThread>
#include <algorithm>

using namespace herald;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(herald::RowFate)

namespace {

/// A fixture read the way the import dialog reads a file: bytes, decoded, CSV, phone column guessed.
struct Imported
{
    QString encoding;
    CsvTable table;
    int phoneColumn = -1;
    ImportReport report;
};

Imported importFixture(const QString& name, const QString& region, const QSet<QString>& suppressed = {})
{
    Imported imported;
    QFile file(QStringLiteral(HERALD_TEST_DATA "/lists/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(name));
    imported.table = readCsv(decodeText(file.readAll(), &imported.encoding));
    const PhoneNumberNormalizer numbers(region);
    imported.phoneColumn = guessPhoneColumn(imported.table, numbers);
    imported.report = analyzeImport(imported.table, imported.phoneColumn, numbers, suppressed);
    return imported;
}

/// What one row should become: its line in the file, fate, and E.164 number or reason (in words).
struct Expected
{
    int line;
    RowFate fate;
    QString e164OrReason;
    int duplicateOf = -1;
    bool normalised = false;
    bool notMobile = false;
};

QString describe(const ImportedRow& row)
{
    return u"row %1 (line %2, phone \"%3\"): fate %4, e164 %5, reason \"%6\", duplicateOf %7"_s.arg(row.index)
        .arg(row.line)
        .arg(row.phone)
        .arg(static_cast<int>(row.fate))
        .arg(row.e164, row.reason)
        .arg(row.duplicateOf);
}

/// Compares every row with @p expected, so a failure names the row and what it became instead.
bool rowsAre(const ImportReport& report, const QList<Expected>& expected)
{
    if (report.rows.size() != expected.size()) {
        qWarning("%lld rows, expected %lld", static_cast<long long>(report.rows.size()),
            static_cast<long long>(expected.size()));
        return false;
    }
    bool all = true;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const ImportedRow& row = report.rows.at(i);
        const Expected& want = expected.at(i);
        const bool numbered
            = want.fate == RowFate::Valid || want.fate == RowFate::Duplicate || want.fate == RowFate::Suppressed;
        bool ok = row.index == i && row.line == want.line && row.fate == want.fate
            && row.duplicateOf == want.duplicateOf && row.normalised == want.normalised
            && row.notMobile == want.notMobile;
        ok = ok && (numbered ? row.e164 == want.e164OrReason : row.e164.isEmpty() && row.reason == want.e164OrReason);
        if (!ok) {
            qWarning("%s", qPrintable(describe(row)));
            all = false;
        }
    }
    return all;
}

bool countsAddUp(const ImportReport& report)
{
    const ImportCounts& c = report.counts;
    return c.rows == report.rows.size() && c.rows == c.valid + c.invalid + c.duplicates + c.suppressed + c.empty
        && c.normalised <= c.valid && c.notMobile <= c.valid;
}

const QString kLetters = u"Letters in the number: not a phone number."_s;
const QString kNotANumber = u"Not a phone number."_s;
const QString kTooShort = u"Too short for a phone number."_s;
const QString kTooLong = u"Too long for a phone number."_s;
const QString kUnknownCode = u"Unknown country code."_s;
const QString kNotInEstonia = u"Not a valid number in Estonia."_s;
const QString kScientific = u"A spreadsheet turned this number into scientific notation (like 3.7E+10), losing "
                            u"digits: format the column as text and export it again."_s;
const QString kEmpty = u"The phone cell is empty."_s;

/// A table of @p rows numbers, in code: every fifth row repeats an earlier one written another way.
CsvTable generatedTable(int rows)
{
    CsvTable table;
    table.header = QStringList { u"name"_s, u"phone"_s };
    for (int i = 0; i < rows; ++i) {
        const int n = i % 5 == 4 ? i / 2 : i;
        const QString number = u"5%1"_s.arg(1000000 + n);
        const QString written = i % 5 == 4 ? u"+372 "_s + number : number;
        table.rows.append({ u"Person %1"_s.arg(i), i % 97 == 0 ? u"no number"_s : written });
        table.lines.append(i + 2);
    }
    return table;
}

} // namespace

class TestImportAnalysis : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void messyExportEveryRowsFate();
    void withoutOptOutsTheSameNumbersAreValid();
    void fiveWaysForThreeCountries();
    void nationalFormsUseTheDefaultRegion_data();
    void nationalFormsUseTheDefaultRegion();
    void windows1252ExportWithSemicolons();
    void pastedTabSeparatedCells();
    void everyReasonInWords();
    void countsAddUpForEveryFixture_data();
    void countsAddUpForEveryFixture();
    void parallelAnalysisMatchesOneByOne();
    void progressOnTheCallingThreadUpToTheTotal();
    void cancelledByProgressKeepsWhatWasDone();
    void emptyTableAndMissingColumn();
    void rejectedRowsExportNeutralisedAndQuoted();
    void rejectedRowsFixedAndImportedAgain();
};

// messy-export.csv: UTF-8 with a byte-order mark, semicolons, CRLF, quoted semicolons, quoted line
// breaks, blank lines (5, 20 and the last), numbers of EE, DE, US and GB in many forms, default region
// EE, +372 5555 1234 on the opt-out list. Each row's fate, by line:
//   2  +372 5123 4567        valid, normalised
//   3  0037251234568         valid, normalised (its Notes cell runs over line 4)
//   6  5123 4569             valid, normalised (local number, default region)
//   7  +49 1512 3456789      valid, normalised
//   8  004915123456789       duplicate of line 7 (the same German number written another way)
//   9  +1 (201) 555-0123     valid, normalised
//  10  001 201 555 0123      duplicate of line 9
//  11  +372 640 4040         valid, normalised, not mobile (Tallinn fixed line: a warning only)
//  12  (empty)               empty
//  13  call me               invalid: letters
//  14  +372 51               invalid: too short
//  15  +999 1234 5678        invalid: unknown country code
//  16  +372 5123 4567 8901…  invalid: too long
//  17  +372 5555 1234        suppressed (opted out)
//  18  (+372) 555-51-234     duplicate of line 17 (a repeat is a duplicate, opted out or not)
//  19  372 5123 4567         duplicate of line 2 (country code without the plus)
//  21  +372 5123 4570        valid, normalised (quoted name with quotes; Notes over lines 22-23)
//  24  "   +37251234571  "   valid, not normalised (only blanks around it)
//  25  +37251234572          valid, not normalised
//  26  3.72512E+10           invalid: scientific notation
//  27  +372 1234 5678        invalid: not a number in use in Estonia
//  28  (no phone cell)       empty (the row has one cell)
//  29  ###                   invalid: not a phone number
//  30  +44 7400 123456       valid, normalised
void TestImportAnalysis::messyExportEveryRowsFate()
{
    const Imported imported = importFixture(u"messy-export.csv"_s, u"EE"_s, { u"+37255551234"_s });
    QCOMPARE(imported.encoding, u"UTF-8"_s);
    QCOMPARE(imported.table.delimiter, QLatin1Char(';'));
    QCOMPARE(imported.table.header, QStringList({ u"Name"_s, u"Phone"_s, u"Order"_s, u"Notes"_s }));
    QCOMPARE(imported.table.blankLines, 3);
    QCOMPARE(imported.phoneColumn, 1);
    QCOMPARE(imported.table.rows.at(1).at(0), u"Smith; Anna"_s);
    QCOMPARE(imported.table.rows.at(1).at(3), u"Prefers\r\nevenings"_s);
    QCOMPARE(imported.table.rows.at(2).at(0), u"Jüri Õun"_s);
    QCOMPARE(imported.table.rows.at(16).at(0), u"Quote \"Q\" Person"_s);

    const ImportReport& report = imported.report;
    QVERIFY(!report.cancelled);
    QVERIFY(rowsAre(report,
        {
            { 2, RowFate::Valid, u"+37251234567"_s, -1, true },
            { 3, RowFate::Valid, u"+37251234568"_s, -1, true },
            { 6, RowFate::Valid, u"+37251234569"_s, -1, true },
            { 7, RowFate::Valid, u"+4915123456789"_s, -1, true },
            { 8, RowFate::Duplicate, u"+4915123456789"_s, 3 },
            { 9, RowFate::Valid, u"+12015550123"_s, -1, true },
            { 10, RowFate::Duplicate, u"+12015550123"_s, 5 },
            { 11, RowFate::Valid, u"+3726404040"_s, -1, true, true },
            { 12, RowFate::Empty, kEmpty },
            { 13, RowFate::Invalid, kLetters },
            { 14, RowFate::Invalid, kTooShort },
            { 15, RowFate::Invalid, kUnknownCode },
            { 16, RowFate::Invalid, kTooLong },
            { 17, RowFate::Suppressed, u"+37255551234"_s },
            { 18, RowFate::Duplicate, u"+37255551234"_s, 13 },
            { 19, RowFate::Duplicate, u"+37251234567"_s, 0 },
            { 21, RowFate::Valid, u"+37251234570"_s, -1, true },
            { 24, RowFate::Valid, u"+37251234571"_s },
            { 25, RowFate::Valid, u"+37251234572"_s },
            { 26, RowFate::Invalid, kScientific },
            { 27, RowFate::Invalid, kNotInEstonia },
            { 28, RowFate::Empty, kEmpty },
            { 29, RowFate::Invalid, kNotANumber },
            { 30, RowFate::Valid, u"+447400123456"_s, -1, true },
        }));
    // Duplicates name the first row in words too, by its line in the file.
    QCOMPARE(report.rows.at(4).reason, u"The same number as line 7."_s);
    QCOMPARE(report.rows.at(15).reason, u"The same number as line 2."_s);
    QCOMPARE(report.rows.at(13).reason, u"On the opt-out list."_s);
    QCOMPARE(report.rows.at(17).phone, u"   +37251234571  "_s); // as written

    const ImportCounts& c = report.counts;
    QCOMPARE(c.rows, 24);
    QCOMPARE(c.valid, 10);
    QCOMPARE(c.normalised, 8);
    QCOMPARE(c.notMobile, 1);
    QCOMPARE(c.invalid, 7);
    QCOMPARE(c.duplicates, 4);
    QCOMPARE(c.suppressed, 1);
    QCOMPARE(c.empty, 2);
    QVERIFY(countsAddUp(report));
}

void TestImportAnalysis::withoutOptOutsTheSameNumbersAreValid()
{
    const Imported imported = importFixture(u"messy-export.csv"_s, u"EE"_s);
    QCOMPARE(imported.report.rows.at(13).fate, RowFate::Valid);
    QCOMPARE(imported.report.rows.at(14).fate, RowFate::Duplicate);
    QCOMPARE(imported.report.counts.valid, 11);
    QCOMPARE(imported.report.counts.suppressed, 0);
    // An opt-out list in another form than E.164 matches nothing: the caller passes E.164.
    QCOMPARE(importFixture(u"messy-export.csv"_s, u"EE"_s, { u"+372 5555 1234"_s }).report.counts.suppressed, 0);
}

// five-ways.csv: one Estonian, one German and one US number, each written five or six ways (default
// region EE, so the Estonian one also as a local number and with its code but no plus). The first
// row of each is valid, every other is a duplicate of it.
void TestImportAnalysis::fiveWaysForThreeCountries()
{
    const Imported imported = importFixture(u"five-ways.csv"_s, u"EE"_s);
    QCOMPARE(imported.table.delimiter, QLatin1Char(','));
    QCOMPARE(imported.phoneColumn, 1); // no header names it: the column that reads as numbers
    const ImportReport& report = imported.report;
    QCOMPARE(report.rows.size(), 17);
    const QHash<QString, QString> e164 { { u"EE"_s, u"+37251234567"_s }, { u"DE"_s, u"+4915123456789"_s },
        { u"US"_s, u"+12015550123"_s } };
    QHash<QString, int> first;
    for (const ImportedRow& row : report.rows) {
        const QString country = imported.table.rows.at(row.index).at(0);
        QVERIFY2(row.e164 == e164.value(country), qPrintable(describe(row)));
        if (!first.contains(country)) {
            first.insert(country, row.index);
            QVERIFY2(row.fate == RowFate::Valid && row.normalised, qPrintable(describe(row)));
        } else {
            QVERIFY2(
                row.fate == RowFate::Duplicate && row.duplicateOf == first.value(country), qPrintable(describe(row)));
        }
    }
    QCOMPARE(report.counts.valid, 3);
    QCOMPARE(report.counts.duplicates, 14);
    QVERIFY(countsAddUp(report));
}

void TestImportAnalysis::nationalFormsUseTheDefaultRegion_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("e164");
    QTest::newRow("EE local") << u"EE"_s << u"5123 4567"_s << u"+37251234567"_s;
    QTest::newRow("DE with trunk 0") << u"DE"_s << u"01512 3456789"_s << u"+4915123456789"_s;
    QTest::newRow("DE with 00") << u"DE"_s << u"0049 1512 3456789"_s << u"+4915123456789"_s;
    QTest::newRow("US area code in brackets") << u"US"_s << u"(201) 555-0123"_s << u"+12015550123"_s;
    QTest::newRow("US with 1") << u"US"_s << u"1 201 555 0123"_s << u"+12015550123"_s;
    QTest::newRow("US dialling Estonia with 00") << u"US"_s << u"00372 5123 4567"_s << u"+37251234567"_s;
    QTest::newRow("GB with trunk 0") << u"GB"_s << u"07400 123456"_s << u"+447400123456"_s;
}

void TestImportAnalysis::nationalFormsUseTheDefaultRegion()
{
    QFETCH(QString, region);
    QFETCH(QString, written);
    QFETCH(QString, e164);
    CsvTable table;
    table.header = QStringList { u"phone"_s };
    table.rows.append({ written });
    table.lines.append(2);
    const ImportReport report = analyzeImport(table, 0, PhoneNumberNormalizer(region), {});
    QCOMPARE(report.rows.at(0).fate, RowFate::Valid);
    QCOMPARE(report.rows.at(0).e164, e164);
}

// windows-1252-semicolon.csv: a German Excel export, Windows-1252 bytes (ü, ö, ä, ß, €) that are not
// valid UTF-8, semicolons, CRLF, a quoted semicolon; default region DE:
//   2 0151 23456789 valid; 3 +49 1512 3456780 valid; 4 0049 1512 3456781 valid;
//   5 030 1234567 valid, not mobile (Berlin fixed line); 6 01512 3456789 duplicate of line 2;
//   7 unbekannt invalid (letters).
void TestImportAnalysis::windows1252ExportWithSemicolons()
{
    const Imported imported = importFixture(u"windows-1252-semicolon.csv"_s, u"DE"_s);
    QVERIFY2(
        imported.encoding == u"Windows-1252"_s || imported.encoding == u"ISO-8859-1"_s, qPrintable(imported.encoding));
    QCOMPARE(imported.table.delimiter, QLatin1Char(';'));
    QCOMPARE(imported.phoneColumn, 1); // "Telefon"
    QCOMPARE(imported.table.rows.at(0).at(0), u"Jürgen Müller"_s);
    QCOMPARE(imported.table.rows.at(2).at(0), u"Bärbel Süß"_s);
    QCOMPARE(imported.table.rows.at(1).at(3), u"Rückruf; bitte"_s);
    if (imported.encoding == u"Windows-1252"_s)
        QCOMPARE(imported.table.rows.at(0).at(2), u"12,50 €"_s);
    QVERIFY(rowsAre(imported.report,
        {
            { 2, RowFate::Valid, u"+4915123456789"_s, -1, true },
            { 3, RowFate::Valid, u"+4915123456780"_s, -1, true },
            { 4, RowFate::Valid, u"+4915123456781"_s, -1, true },
            { 5, RowFate::Valid, u"+49301234567"_s, -1, true, true },
            { 6, RowFate::Duplicate, u"+4915123456789"_s, 0 },
            { 7, RowFate::Invalid, kLetters },
        }));
    QCOMPARE(imported.report.counts.valid, 4);
    QCOMPARE(imported.report.counts.notMobile, 1);
    QVERIFY(countsAddUp(imported.report));
}

// pasted-cells.tsv: cells copied from a spreadsheet: tabs, LF, no byte-order mark, a quoted cell
// with a line break, a row of empty cells; default region EE:
//   2 5123 4567 valid; 3 +372 5234 5678 valid; 4 +372 5234 5679 valid (its name runs over line 5);
//   6 (empty cells) empty; 7 +372 5123 4567 duplicate of line 2.
void TestImportAnalysis::pastedTabSeparatedCells()
{
    const Imported imported = importFixture(u"pasted-cells.tsv"_s, u"EE"_s);
    QCOMPARE(imported.table.delimiter, QLatin1Char('\t'));
    QCOMPARE(imported.phoneColumn, 1); // "Mobile"
    QCOMPARE(imported.table.rows.at(1).at(0), u"Kask, Jaan"_s);
    QCOMPARE(imported.table.rows.at(2).at(0), u"Two\nlines"_s);
    QVERIFY(rowsAre(imported.report,
        {
            { 2, RowFate::Valid, u"+37251234567"_s, -1, true },
            { 3, RowFate::Valid, u"+37252345678"_s, -1, true },
            { 4, RowFate::Valid, u"+37252345679"_s, -1, true },
            { 6, RowFate::Empty, kEmpty },
            { 7, RowFate::Duplicate, u"+37251234567"_s, 0 },
        }));
    QVERIFY(countsAddUp(imported.report));
}

// rejects.csv: one row per way a phone cell goes wrong (default region EE), then one valid row.
void TestImportAnalysis::everyReasonInWords()
{
    const Imported imported = importFixture(u"rejects.csv"_s, u"EE"_s);
    QVERIFY(rowsAre(imported.report,
        {
            { 2, RowFate::Invalid, kLetters }, // call me
            { 3, RowFate::Invalid, kLetters }, // +372 5123 ABCD
            { 4, RowFate::Invalid, kNotANumber }, // ---
            { 5, RowFate::Invalid, kTooShort }, // +372 51
            { 6, RowFate::Invalid, kTooLong }, // +372 5123 4567 8901 2345
            { 7, RowFate::Invalid, kUnknownCode }, // +999 1234 5678
            { 8, RowFate::Invalid, kNotInEstonia }, // +372 1234 5678
            { 9, RowFate::Invalid, kScientific }, // 3.72512E+11
            { 10, RowFate::Empty, kEmpty }, // nothing
            { 11, RowFate::Empty, kEmpty }, // blanks only
            { 12, RowFate::Empty, kEmpty }, // the row ends before the phone column
            { 13, RowFate::Invalid, kLetters }, // =HYPERLINK(…)
            { 14, RowFate::Valid, u"+37251234567"_s, -1, true },
        }));
    const ImportCounts& c = imported.report.counts;
    QCOMPARE(c.invalid, 9);
    QCOMPARE(c.empty, 3);
    QCOMPARE(c.valid, 1);
    QVERIFY(countsAddUp(imported.report));
}

void TestImportAnalysis::countsAddUpForEveryFixture_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("region");
    for (const char* name : { "messy-export.csv", "five-ways.csv", "windows-1252-semicolon.csv", "pasted-cells.tsv",
             "rejects.csv", "semicolon-bom-crlf.csv" }) {
        QTest::newRow(name) << QString::fromLatin1(name)
                            << (qstrcmp(name, "windows-1252-semicolon.csv") == 0 ? u"DE"_s : u"EE"_s);
    }
}

void TestImportAnalysis::countsAddUpForEveryFixture()
{
    QFETCH(QString, fixture);
    QFETCH(QString, region);
    const Imported imported = importFixture(fixture, region, { u"+37255551234"_s });
    QCOMPARE(imported.report.rows.size(), imported.table.rows.size()); // no row lost
    QVERIFY(countsAddUp(imported.report));
    for (qsizetype i = 0; i < imported.report.rows.size(); ++i) {
        const ImportedRow& row = imported.report.rows.at(i);
        QCOMPARE(row.index, i);
        QCOMPARE(row.line, imported.table.lines.at(i));
        QCOMPARE(row.phone, imported.table.rows.cell(i, imported.phoneColumn).toString());
        QCOMPARE(row.fate != RowFate::Valid, !row.reason.isEmpty()); // every refusal says why
        QCOMPARE(row.duplicateOf >= 0, row.fate == RowFate::Duplicate);
        if (row.fate == RowFate::Duplicate) {
            QVERIFY(row.duplicateOf < row.index);
            QCOMPARE(imported.report.rows.at(row.duplicateOf).e164, row.e164);
        }
    }
}

// Thousands of rows, so that both threads take chunks: the result is what reading the rows one by
// one in order gives.
void TestImportAnalysis::parallelAnalysisMatchesOneByOne()
{
    const CsvTable table = generatedTable(20000);
    const PhoneNumberNormalizer numbers(u"EE"_s);
    const QSet<QString> suppressed { u"+37251000010"_s, u"+37251000020"_s };
    const ImportReport report = analyzeImport(table, 1, numbers, suppressed);
    QCOMPARE(report.rows.size(), 20000);
    QHash<QString, int> seen;
    ImportCounts counts;
    for (int i = 0; i < 20000; ++i) {
        const ImportedRow& row = report.rows.at(i);
        const PhoneNumberResult number = numbers.normalize(table.rows.at(i).at(1));
        RowFate fate = RowFate::Invalid;
        if (number.ok()) {
            if (seen.contains(number.e164))
                fate = RowFate::Duplicate;
            else
                fate = suppressed.contains(number.e164) ? RowFate::Suppressed : RowFate::Valid;
            seen.insert(number.e164, seen.value(number.e164, i));
            QCOMPARE(row.e164, number.e164);
            if (fate == RowFate::Duplicate)
                QCOMPARE(row.duplicateOf, seen.value(number.e164));
        }
        QVERIFY2(row.fate == fate, qPrintable(describe(row)));
        QCOMPARE(row.index, i);
        QCOMPARE(row.line, i + 2);
    }
    QCOMPARE(report.counts.suppressed, 2);
    QCOMPARE(report.counts.invalid, 20000 / 97 + 1);
    QVERIFY(countsAddUp(report));
}

void TestImportAnalysis::progressOnTheCallingThreadUpToTheTotal()
{
    const CsvTable table = generatedTable(10000);
    QList<int> done;
    bool elsewhere = false;
    const ImportReport report
        = analyzeImport(table, 1, PhoneNumberNormalizer(u"EE"_s), {}, [&](int rowsDone, int total) {
              elsewhere = elsewhere || QThread::currentThread() != thread();
              done.append(rowsDone);
              return total == 10000;
          });
    QVERIFY(!report.cancelled);
    QVERIFY(!elsewhere);
    QVERIFY(!done.isEmpty());
    QCOMPARE(done.last(), 10000);
    QVERIFY(std::is_sorted(done.cbegin(), done.cend()));
}

void TestImportAnalysis::cancelledByProgressKeepsWhatWasDone()
{
    const CsvTable table = generatedTable(200000);
    int calls = 0;
    const ImportReport report = analyzeImport(table, 1, PhoneNumberNormalizer(u"EE"_s), {}, [&](int, int) {
        ++calls;
        return false; // Cancel at the first report
    });
    QVERIFY(report.cancelled);
    QCOMPARE(calls, 1); // no more once cancelled
    QVERIFY(report.rows.size() < 200000);
    QVERIFY(countsAddUp(report));
    for (qsizetype i = 0; i < report.rows.size(); ++i) {
        QCOMPARE(report.rows.at(i).index, i); // a prefix of the table, each row with its fate
        QVERIFY(report.rows.at(i).fate != RowFate::Empty);
    }
}

void TestImportAnalysis::emptyTableAndMissingColumn()
{
    const PhoneNumberNormalizer numbers(u"EE"_s);
    const CsvTable headerOnly = readCsv(u"name,phone\n");
    int calls = 0;
    ImportReport report = analyzeImport(headerOnly, 1, numbers, {}, [&](int, int) { return ++calls > 0; });
    QCOMPARE(report.rows.size(), 0);
    QCOMPARE(report.counts.rows, 0);
    QVERIFY(!report.cancelled);

    // A column past every row's end: every row is empty, none lost.
    const CsvTable table = readCsv(u"name,phone\nMari,+372 5123 4567\nJüri,5123 4568\n");
    report = analyzeImport(table, 5, numbers, {});
    QCOMPARE(report.counts.empty, 2);
    QVERIFY(countsAddUp(report));
}

void TestImportAnalysis::rejectedRowsExportNeutralisedAndQuoted()
{
    const Imported imported = importFixture(u"messy-export.csv"_s, u"EE"_s, { u"+37255551234"_s });
    const QString csv = rejectedRowsCsv(imported.table, imported.report);
    QVERIFY(csv.startsWith(QChar(0xFEFF))); // spreadsheets then read the names as UTF-8
    QVERIFY(csv.contains(u"\r\n"_s));

    const CsvTable table = readCsv(csv);
    QCOMPARE(table.delimiter, QLatin1Char(';')); // as the file it came from
    QCOMPARE(table.header, QStringList({ u"Name"_s, u"Phone"_s, u"Order"_s, u"Notes"_s, u"Problem"_s }));
    const ImportCounts& c = imported.report.counts;
    QCOMPARE(table.rows.size(), c.rows - c.valid);
    // Every refused row, in order, with its cells as read and the reason last.
    qsizetype out = 0;
    for (const ImportedRow& row : imported.report.rows) {
        if (row.fate == RowFate::Valid)
            continue;
        const QStringList cells = table.rows.at(out++);
        QCOMPARE(cells.size(), 5);
        QCOMPARE(cells.at(4), row.reason);
        const QString original = imported.table.rows.at(row.index).value(1);
        // A leading + (or = - @) would be a formula to a spreadsheet: neutralised with an apostrophe.
        QCOMPARE(cells.at(1), original.startsWith(u'+') ? u'\'' + original : original);
    }
    QCOMPARE(table.rows.at(0).at(0), u"Müller, Hans"_s);

    const Imported rejects = importFixture(u"rejects.csv"_s, u"EE"_s);
    const QString rejectsCsv = rejectedRowsCsv(rejects.table, rejects.report);
    QVERIFY(rejectsCsv.contains(u"Formula,\"'=HYPERLINK(\"\"http://example.com\"\")\",Tartu,"_s));
    QVERIFY(rejectsCsv.contains(u"Missing,,,The phone cell is empty.\r\n"_s));
    QVERIFY(rejectsCsv.contains(u"Symbols,'---,Tartu,Not a phone number.\r\n"_s));
}

// The operator fixes what the problem column says in the exported file and imports it again: fixed
// rows become valid, the rest keep their fates, the apostrophes the export added are read through.
void TestImportAnalysis::rejectedRowsFixedAndImportedAgain()
{
    const Imported rejects = importFixture(u"rejects.csv"_s, u"EE"_s);
    CsvTable exported = readCsv(rejectedRowsCsv(rejects.table, rejects.report));
    QCOMPARE(exported.rows.size(), 12);
    const QHash<QString, QString> fixes { { u"Letters"_s, u"+372 5234 0001"_s },
        { u"Too short"_s, u"+372 5234 0002"_s }, { u"Excel"_s, u"37252340003"_s },
        { u"Empty"_s, u"+372 5123 4567"_s } }; // the last one is already on the list
    CsvTable fixed;
    fixed.header = exported.header;
    fixed.delimiter = exported.delimiter;
    for (qsizetype i = 0; i < exported.rows.size(); ++i) {
        QStringList cells = exported.rows.at(i);
        if (fixes.contains(cells.at(0)))
            cells[1] = fixes.value(cells.at(0));
        fixed.rows.append(cells);
        fixed.lines.append(exported.lines.at(i));
    }
    const PhoneNumberNormalizer numbers(u"EE"_s);
    QCOMPARE(guessPhoneColumn(fixed, numbers), 1);
    const ImportReport again = analyzeImport(fixed, 1, numbers, { u"+37251234567"_s });
    QVERIFY(countsAddUp(again));
    QHash<QString, RowFate> fateByName;
    for (const ImportedRow& row : again.rows)
        fateByName.insert(fixed.rows.at(row.index).at(0), row.fate);
    QCOMPARE(fateByName.value(u"Letters"_s), RowFate::Valid);
    QCOMPARE(fateByName.value(u"Too short"_s), RowFate::Valid);
    QCOMPARE(fateByName.value(u"Excel"_s), RowFate::Valid);
    QCOMPARE(fateByName.value(u"Empty"_s), RowFate::Suppressed); // checked against the opt-out list again
    QCOMPARE(fateByName.value(u"Too long"_s), RowFate::Invalid); // "'+372 5123 4567 8901 2345": still too long
    QCOMPARE(fateByName.value(u"Unknown code"_s), RowFate::Invalid);
    QCOMPARE(fateByName.value(u"Missing"_s), RowFate::Empty);
    QCOMPARE(again.counts.valid, 3);
    QCOMPARE(again.counts.suppressed, 1);
    QCOMPARE(again.counts.invalid, 6);
    QCOMPARE(again.counts.empty, 2);
    QCOMPARE(again.rows.at(4).reason, kTooLong);
}

QTEST_GUILESS_MAIN(TestImportAnalysis)
#include "tst_importanalysis.moc"
