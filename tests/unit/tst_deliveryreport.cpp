// The delivery report: every column, cells a spreadsheet would run shown as text instead, phone
// numbers kept whole, text with commas, quotes and line breaks kept exact, large exports in chunks.
#include "core/CsvReader.h"
#include "core/DeliveryReport.h"
#include "core/ErrorExplanation.h"
#include "core/PhoneNumber.h"

#include <QBuffer>
#include <QTest>
#include <QTimeZone>

using namespace herald;
using namespace Qt::StringLiterals;

namespace {

DeliveryReportRow fullRow()
{
    DeliveryReportRow row;
    MessageRecord& m = row.message;
    m.id = 42;
    m.recipient = u"+37251234500"_s;
    m.templateName = u"order_update"_s;
    m.language = u"en"_s;
    m.profileName = u"Shop (Messente)"_s;
    m.channel = u"sms"_s;
    m.state = MessageState::Failed;
    m.providerStatus = u"UNDELIV"_s;
    m.providerMessageId = u"632c6f3d-49d0-4a8f-9b2e-74023d31e51d"_s;
    m.scheduledFor = QDateTime(QDate(2026, 5, 4), QTime(9, 0), QTimeZone::utc());
    m.createdAt = QDateTime(QDate(2026, 5, 3), QTime(10, 22, 1), QTimeZone::utc());
    m.updatedAt = QDateTime(QDate(2026, 5, 3), QTime(10, 22, 5), QTimeZone::utc());
    m.errorCode = u"1"_s;
    m.errorText = u"Delivery failure"_s;
    m.renderedBody = u"Hello Mari, your order A-1 is ready."_s;
    row.provider = ProviderKind::Messente;
    row.recipientName = u"Mari Maasikas"_s;
    row.campaignName = u"May orders"_s;
    row.channels = { u"whatsapp"_s, u"sms"_s };
    return row;
}

/// The report read back as a spreadsheet program reads it: the records after the header.
CsvTable readBack(const QString& csv)
{
    return readCsv(csv, QLatin1Char(','));
}

} // namespace

class TestDeliveryReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyColumnIsThere();
    void textWithCommasQuotesAndLineBreaksIsExact();
    void formulaCellsAreShownAsText_data();
    void formulaCellsAreShownAsText();
    void csvCellNeutralisesTabAndCarriageReturn();
    void phoneNumbersStayWholeAndReadBack();
    void largeReportsAreWrittenInChunksInTheOrderAsked();
    void aFailedWriteSaysWhy();
};

void TestDeliveryReport::everyColumnIsThere()
{
    const DeliveryReportRow row = fullRow();
    const QString csv = deliveryReportCsv({ row });
    QVERIFY(csv.startsWith(QChar(0xFEFF))); // spreadsheets then read it as UTF-8
    QVERIFY(csv.endsWith(u"\r\n"_s));

    const CsvTable table = readBack(csv);
    QCOMPARE(table.header, deliveryReportHeader());
    QCOMPARE(table.header.size(), 20);
    QCOMPARE(table.rows.size(), 1);
    const QStringList cells = table.rows.at(0);
    QCOMPARE(cells.size(), table.header.size());
    const QString explained = explainMessage(ProviderKind::Messente, row.message).summary();
    const QStringList expected { u"42"_s, u"'+37251234500"_s, u"Mari Maasikas"_s, u"May orders"_s, u"order_update"_s,
        u"en"_s, u"Shop (Messente)"_s, u"Messente"_s, u"sms"_s, u"whatsapp → sms"_s,
        stateDisplayName(MessageState::Failed), u"UNDELIV"_s, u"632c6f3d-49d0-4a8f-9b2e-74023d31e51d"_s,
        u"2026-05-04 09:00:00"_s, u"2026-05-03 10:22:01"_s, u"2026-05-03 10:22:05"_s, u"1"_s, explained,
        u"Delivery failure"_s, u"Hello Mari, your order A-1 is ready."_s };
    QCOMPARE(cells, expected);
    QVERIFY(explained.contains(u"Delivery failure"_s)); // Messente's err 1, in words

    // A message with no error, not scheduled, sent on its own: those cells are empty, never made up.
    DeliveryReportRow plain = fullRow();
    plain.message.state = MessageState::Delivered;
    plain.message.errorCode.clear();
    plain.message.errorText.clear();
    plain.message.scheduledFor = {};
    plain.campaignName.clear();
    const QStringList plainCells = readBack(deliveryReportCsv({ plain })).rows.at(0);
    QCOMPARE(plainCells.at(3), QString());
    QCOMPARE(plainCells.at(13), QString());
    QCOMPARE(plainCells.at(16), QString());
    QCOMPARE(plainCells.at(17), QString());
}

void TestDeliveryReport::textWithCommasQuotesAndLineBreaksIsExact()
{
    DeliveryReportRow row = fullRow();
    row.message.renderedBody = u"Hi \"Mari\", your order:\n* 2 × coffee, 1 × tea\r\nTotal; 9,50 €"_s;
    row.recipientName = u"Maasikas, Mari"_s;
    const QString line = deliveryReportLine(row);
    QVERIFY(line.contains(u"\"Hi \"\"Mari\"\", your order:\n* 2 × coffee, 1 × tea\r\nTotal; 9,50 €\""_s));
    const QStringList cells = readBack(deliveryReportCsv({ row })).rows.at(0);
    QCOMPARE(cells.size(), 20);
    QCOMPARE(cells.at(2), row.recipientName);
    QCOMPARE(cells.at(19), row.message.renderedBody);
}

void TestDeliveryReport::formulaCellsAreShownAsText_data()
{
    QTest::addColumn<QString>("value");
    QTest::addRow("equals") << u"=HYPERLINK(\"http://evil.test\",\"click\")"_s;
    QTest::addRow("plus") << u"+cmd|' /C calc'!A0"_s;
    QTest::addRow("minus") << u"-2+3+cmd|' /C calc'!A0"_s;
    QTest::addRow("at") << u"@SUM(1+1)*cmd|' /C calc'!A0"_s;
    QTest::addRow("tab") << u"\t=1+1"_s;
    QTest::addRow("carriage return") << u"\r=1+1"_s;
}

void TestDeliveryReport::formulaCellsAreShownAsText()
{
    QFETCH(QString, value);
    // Anything the operator or a recipient list can put in the journal: template, name, campaign,
    // the provider's words, the text.
    DeliveryReportRow row = fullRow();
    row.message.templateName = value;
    row.recipientName = value;
    row.campaignName = value;
    row.message.errorText = value;
    row.message.renderedBody = value;
    row.message.providerStatus = value;
    const QStringList cells = readBack(deliveryReportCsv({ row })).rows.at(0);
    for (const int column : { 2, 3, 4, 11, 18, 19 }) {
        QVERIFY2(cells.at(column).startsWith(QLatin1Char('\'')), qPrintable(cells.at(column)));
        QCOMPARE(cells.at(column).mid(1), value); // nothing else changed
    }
}

void TestDeliveryReport::csvCellNeutralisesTabAndCarriageReturn()
{
    QCOMPARE(csvCell(u"\tcmd"_s), u"'\tcmd"_s);
    QCOMPARE(csvCell(u"\r=1"_s), u"\"'\r=1\""_s); // quoted too: the cell holds a line break
    QCOMPARE(csvCell(u"a=b"_s), u"a=b"_s); // only the first character counts
    QCOMPARE(csvCell(u"semi;colon"_s), u"\"semi;colon\""_s); // European spreadsheets split on ';'
}

void TestDeliveryReport::phoneNumbersStayWholeAndReadBack()
{
    // Decision (DeliveryReport.h): a number gets the apostrophe like any cell that begins with '+',
    // so no spreadsheet evaluates it; the text keeps the '+' and every digit.
    DeliveryReportRow row = fullRow();
    for (const QString& number : { u"+37251234500"_s, u"+4930901820"_s, u"+442071234567"_s }) {
        row.message.recipient = number;
        const QString cell = readBack(deliveryReportCsv({ row })).rows.at(0).at(1);
        QCOMPARE(cell, u"'"_s + number);
        // Herald's own import reads the exported number back as the number.
        const PhoneNumberResult back = PhoneNumberNormalizer(u"EE"_s).normalize(cell);
        QVERIFY2(back.ok(), qPrintable(back.message()));
        QCOMPARE(back.e164, number);
    }
}

void TestDeliveryReport::largeReportsAreWrittenInChunksInTheOrderAsked()
{
    QList<qint64> ids;
    for (qint64 id = 1; id <= 7; ++id)
        ids.prepend(id); // 7, 6, … 1: newest first, as the view lists them
    ids.append(99); // the journal has no message 99: left out
    QList<QList<qint64>> asked;
    const auto fetch = [&asked](const QList<qint64>& chunk) {
        asked.append(chunk);
        QList<DeliveryReportRow> rows;
        for (auto it = chunk.crbegin(); it != chunk.crend(); ++it) { // in another order than asked
            if (*it == 99)
                continue;
            DeliveryReportRow row = fullRow();
            row.message.id = *it;
            rows.append(row);
        }
        return rows;
    };
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QString error;
    QVERIFY(writeDeliveryReport(buffer, ids, fetch, &error, 3));
    QCOMPARE(asked.size(), 3);
    QCOMPARE(asked.first(), (QList<qint64> { 7, 6, 5 }));

    const CsvTable table = readBack(QString::fromUtf8(buffer.data()));
    QCOMPARE(table.rows.size(), 7);
    for (int i = 0; i < 7; ++i)
        QCOMPARE(table.rows.at(i).at(0), QString::number(7 - i));
    // The same bytes as the report made in one go.
    QList<DeliveryReportRow> all;
    for (qint64 id = 7; id >= 1; --id) {
        DeliveryReportRow row = fullRow();
        row.message.id = id;
        all.append(row);
    }
    QCOMPARE(buffer.data(), deliveryReportCsv(all).toUtf8());
}

void TestDeliveryReport::aFailedWriteSaysWhy()
{
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::ReadOnly)); // refuses every write
    QString error;
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
    QVERIFY(!writeDeliveryReport(
        buffer, { 1 }, [](const QList<qint64>&) { return QList<DeliveryReportRow>(); }, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestDeliveryReport)
#include "tst_deliveryreport.moc"
