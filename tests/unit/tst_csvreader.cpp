#include "core/CsvReader.h"
#include "core/RecipientList.h"
#include "core/RecipientListOps.h"

#include <QFile>
#include <QTest>

using namespace herald;
using namespace Qt::StringLiterals;

class TestCsvReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void detectsDelimiter_data();
    void detectsDelimiter();
    void readsQuotedCells();
    void readsCommittedFileWithBomSemicolonsAndCrlf();
    void keepsTrailingEmptyCellsAndUnterminatedQuote();
    void decodesUtf8AndWindows1252();
    void guessesPhoneColumnByNameOrContent();
    void guessesNameColumnByItsName();
    void listKeepsRowsWhoseNumberIsBad();
    void rowsReadLikeAListOfCells();
    void oddQuotingAndLineEnds();
};

void TestCsvReader::detectsDelimiter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("comma") << u"a,b,c\n1,2,3\n"_s << u","_s;
    QTest::newRow("semicolon") << u"a;b\n1;2\n"_s << u";"_s;
    QTest::newRow("tab") << u"a\tb\n1\t2\n"_s << u"\t"_s;
    QTest::newRow("comma inside names loses to semicolon") << u"name;phone\n\"Smith, A\";1\nB, C;2\n"_s << u";"_s;
    QTest::newRow("single column") << u"phone\n+3725123\n"_s << u","_s;
}

void TestCsvReader::detectsDelimiter()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(QString(detectDelimiter(text)), expected);
}

void TestCsvReader::readsQuotedCells()
{
    const CsvTable table = readCsv(u"name,note\n\"Doe, Jane\",\"said \"\"hi\"\"\nthen left\"\nBob,plain\n");
    QCOMPARE(table.header, QStringList({ u"name"_s, u"note"_s }));
    QCOMPARE(table.rows.size(), 2);
    QCOMPARE(table.rows.at(0), QStringList({ u"Doe, Jane"_s, u"said \"hi\"\nthen left"_s }));
    QCOMPARE(table.rows.at(1), QStringList({ u"Bob"_s, u"plain"_s }));
    QCOMPARE(table.lines, QList<int>({ 2, 4 }));
}

void TestCsvReader::readsCommittedFileWithBomSemicolonsAndCrlf()
{
    QFile file(QStringLiteral(HERALD_TEST_DATA "/lists/semicolon-bom-crlf.csv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString encoding;
    const CsvTable table = readCsv(decodeText(file.readAll(), &encoding));
    QCOMPARE(encoding, QStringLiteral("UTF-8"));
    QCOMPARE(table.delimiter, QLatin1Char(';'));
    QCOMPARE(table.header, QStringList({ u"name"_s, u"phone"_s, u"order"_s, u"amount"_s })); // no BOM in the first name
    QCOMPARE(table.rows.size(), 3);
    QCOMPARE(table.rows.at(1).at(0), QStringLiteral("Smith; Anna"));
    QCOMPARE(table.rows.at(2).at(0), QStringLiteral("Multi\r\nline"));
    QCOMPARE(table.blankLines, 1);
    QCOMPARE(table.lines, QList<int>({ 2, 3, 5 }));
}

void TestCsvReader::keepsTrailingEmptyCellsAndUnterminatedQuote()
{
    CsvTable table = readCsv(u"a,b,c\n1,,\n", QLatin1Char(','));
    QCOMPARE(table.rows.at(0), QStringList({ u"1"_s, u""_s, u""_s }));
    QVERIFY(!table.unterminatedQuote);
    table = readCsv(u"a,b\n1,\"never closed\n2,3\n", QLatin1Char(','));
    QVERIFY(table.unterminatedQuote);
    QCOMPARE(table.rows.size(), 1);
    QCOMPARE(table.rows.at(0).at(1), QStringLiteral("never closed\n2,3\n"));
}

void TestCsvReader::decodesUtf8AndWindows1252()
{
    QString encoding;
    QCOMPARE(decodeText(QByteArray("J\xc3\xbcri"), &encoding), QStringLiteral("Jüri"));
    QCOMPARE(encoding, QStringLiteral("UTF-8"));
    // 0x80 is the euro sign in Windows-1252 and not valid UTF-8 on its own.
    const QString text = decodeText(QByteArray("J\xfcri \x80"), &encoding);
    QVERIFY2(
        encoding == QStringLiteral("Windows-1252") || encoding == QStringLiteral("ISO-8859-1"), qPrintable(encoding));
    QVERIFY(text.startsWith(QStringLiteral("Jüri ")));
    if (encoding == QStringLiteral("Windows-1252"))
        QCOMPARE(text, QStringLiteral("Jüri €"));
}

void TestCsvReader::guessesPhoneColumnByNameOrContent()
{
    const PhoneNumberNormalizer numbers(QStringLiteral("EE"));
    QCOMPARE(guessPhoneColumn(readCsv(u"name,Mobile number\nA,5123 4567\n"), numbers), 1);
    QCOMPARE(guessPhoneColumn(readCsv(u"who,contact,city\nA,+372 5123 4567,Tartu\nB,5234 5678,Tallinn\n"), numbers), 1);
    QCOMPARE(guessPhoneColumn(readCsv(u"who,city\nA,Tartu\n"), numbers), -1);
}

void TestCsvReader::guessesNameColumnByItsName()
{
    QCOMPARE(guessNameColumn({ u"Name"_s, u"Telefon"_s, u"Linn"_s }, 1), 0);
    QCOMPARE(guessNameColumn({ u"phone"_s, u"Full name"_s }, 0), 1);
    QCOMPARE(guessNameColumn({ u"Nimi"_s, u"Telefon"_s }, 1), 0);
    QCOMPARE(guessNameColumn({ u"Customer name"_s, u"Mobile"_s }, 1), 0);
    QCOMPARE(guessNameColumn({ u"Mobile"_s, u"City"_s, u"Order"_s }, 0), -1);
    QCOMPARE(guessNameColumn({ u"Name"_s }, 0), -1); // never the phone column itself
}

void TestCsvReader::listKeepsRowsWhoseNumberIsBad()
{
    const PhoneNumberNormalizer numbers(QStringLiteral("EE"));
    const CsvTable table = readCsv(u"name,phone\nMari,+372 5123 4567\nBad,12ab\n");
    const RecipientList list
        = recipientListFromImport(table, analyzeImport(table, 1, numbers, {}), 1, -1, QStringLiteral("customers"));
    QCOMPARE(list.rows.size(), 2);
    QCOMPARE(list.rows.at(0).e164, QStringLiteral("+37251234567"));
    QVERIFY(list.rows.at(0).problem.isEmpty());
    QVERIFY(list.rows.at(1).e164.isEmpty());
    QVERIFY(!list.rows.at(1).problem.isEmpty());
    QCOMPARE(list.rows.at(1).cells, QStringList({ u"Bad"_s, u"12ab"_s }));
}

void TestCsvReader::rowsReadLikeAListOfCells()
{
    CsvTable table = readCsv(u"a,b,c\n1,2\n3,4,5,6\n"_s);
    QCOMPARE(table.rows.size(), 2);
    QCOMPARE(table.rows.cellCount(0), 2);
    QCOMPARE(table.rows.cellCount(1), 4);
    QCOMPARE(table.rows.cell(1, 3), u"6");
    QVERIFY(table.rows.cell(0, 2).isEmpty()); // past the row's end
    QVERIFY(table.rows.cell(7, 0).isEmpty()); // past the table's end
    QVERIFY(table.rows.value(7).isEmpty());
    QCOMPARE(table.rows.last(), QStringList({ u"3"_s, u"4"_s, u"5"_s, u"6"_s }));
    QList<QStringList> seen;
    for (const QStringList& cells : std::as_const(table.rows))
        seen.append(cells);
    QCOMPARE(seen, table.rows.toList());

    table.rows.append({ u"x"_s, u""_s });
    QCOMPARE(table.rows.at(2), QStringList({ u"x"_s, u""_s }));
    const CsvRows copy = table.rows; // shares its buffer
    QVERIFY(copy == table.rows);
    QVERIFY(CsvRows(seen) != table.rows);
    QCOMPARE(CsvRows({ { u"1"_s, u"2"_s } }).first(), QStringList({ u"1"_s, u"2"_s }));
}

void TestCsvReader::oddQuotingAndLineEnds()
{
    // Text after a closing quote joins the cell; a later quote is kept as written.
    CsvTable table = readCsv(u"a,b\n\"ab\"cd,\"x\"y\"z\n"_s, QLatin1Char(','));
    QCOMPARE(table.rows.at(0), QStringList({ u"abcd"_s, u"xy\"z"_s }));
    // A quote inside an unquoted cell is kept; an empty quoted cell is a row, not a blank line.
    table = readCsv(u"a,b\nsay \"hi\",2\n\"\"\n"_s, QLatin1Char(','));
    QCOMPARE(table.rows.size(), 2);
    QCOMPARE(table.rows.at(0).at(0), u"say \"hi\""_s);
    QCOMPARE(table.rows.at(1), QStringList({ u""_s }));
    QCOMPARE(table.blankLines, 0);
    // Old Mac line ends (CR alone), also inside a quoted cell, and a last record without a line end.
    table = readCsv(u"a,b\r1,\"x\ry\"\r\r2,3"_s, QLatin1Char(','));
    QCOMPARE(table.rows.toList(), QList<QStringList>({ { u"1"_s, u"x\ry"_s }, { u"2"_s, u"3"_s } }));
    QCOMPARE(table.lines, QList<int>({ 2, 5 }));
    QCOMPARE(table.blankLines, 1);
    // A trailing delimiter at the very end still ends with an empty cell; blank lines before the header are skipped.
    table = readCsv(u"\n\na,b\n1,"_s, QLatin1Char(','));
    QCOMPARE(table.header, QStringList({ u"a"_s, u"b"_s }));
    QCOMPARE(table.rows.at(0), QStringList({ u"1"_s, u""_s }));
    QCOMPARE(table.lines, QList<int>({ 4 }));
    QCOMPARE(table.blankLines, 2);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
