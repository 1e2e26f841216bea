#include "core/PhoneNumber.h"

#include <QTest>

using namespace herald;
using Problem = PhoneNumberResult::Problem;

Q_DECLARE_METATYPE(PhoneNumberResult::Problem)

class TestPhoneNumber : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normalises_data();
    void normalises();
    void rejects_data();
    void rejects();
    void fixedLineIsAWarningNotARejection();
};

void TestPhoneNumber::normalises_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("e164");
    QTest::newRow("international with spaces")
        << QStringLiteral("US") << QStringLiteral("+372 5123 4567") << QStringLiteral("+37251234567");
    QTest::newRow("local Estonian") << QStringLiteral("EE") << QStringLiteral("5123 4567")
                                    << QStringLiteral("+37251234567");
    QTest::newRow("00 prefix from anywhere")
        << QStringLiteral("US") << QStringLiteral("00372 5123 4567") << QStringLiteral("+37251234567");
    QTest::newRow("UK national with trunk 0")
        << QStringLiteral("GB") << QStringLiteral("07400 123456") << QStringLiteral("+447400123456");
    QTest::newRow("UK with punctuation") << QStringLiteral("GB") << QStringLiteral("(07400) 123-456")
                                         << QStringLiteral("+447400123456");
    QTest::newRow("German mobile") << QStringLiteral("DE") << QStringLiteral("+49 1512 3456789")
                                   << QStringLiteral("+4915123456789");
    QTest::newRow("US dashed") << QStringLiteral("US") << QStringLiteral("201-555-0123")
                               << QStringLiteral("+12015550123");
    QTest::newRow("already E.164") << QStringLiteral("EE") << QStringLiteral("+37251234567")
                                   << QStringLiteral("+37251234567");
    QTest::newRow("surrounding blanks") << QStringLiteral("EE") << QStringLiteral("  +372 5123 4567 ")
                                        << QStringLiteral("+37251234567");
}

void TestPhoneNumber::normalises()
{
    QFETCH(QString, region);
    QFETCH(QString, input);
    QFETCH(QString, e164);
    const PhoneNumberResult r = PhoneNumberNormalizer(region).normalize(input);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(r.e164, e164);
}

void TestPhoneNumber::rejects_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Problem>("problem");
    QTest::newRow("empty") << QStringLiteral("") << Problem::Empty;
    QTest::newRow("letters") << QStringLiteral("call me") << Problem::NotANumber;
    QTest::newRow("letters mixed in") << QStringLiteral("+372 5123 ABCD") << Problem::NotANumber;
    QTest::newRow("unknown country code") << QStringLiteral("+999 1234 5678") << Problem::UnknownCountryCode;
    QTest::newRow("too short") << QStringLiteral("+372 51") << Problem::TooShort;
    QTest::newRow("too long") << QStringLiteral("+372 5123 4567 8901 2345") << Problem::TooLong;
}

void TestPhoneNumber::rejects()
{
    QFETCH(QString, input);
    QFETCH(Problem, problem);
    const PhoneNumberResult r = PhoneNumberNormalizer(QStringLiteral("EE")).normalize(input);
    QVERIFY(!r.ok());
    QCOMPARE(r.problem, problem);
    QVERIFY(r.e164.isEmpty());
    QVERIFY(!r.message().isEmpty());
}

void TestPhoneNumber::fixedLineIsAWarningNotARejection()
{
    // Tallinn fixed line: valid, so accepted, but flagged as probably not on WhatsApp.
    const PhoneNumberResult r = PhoneNumberNormalizer(QStringLiteral("EE")).normalize(QStringLiteral("+372 640 4040"));
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(r.e164, QStringLiteral("+3726404040"));
    QVERIFY(!r.isMobile);
    QVERIFY(!r.message().isEmpty());
    QCOMPARE(r.region, QStringLiteral("EE"));
}

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
