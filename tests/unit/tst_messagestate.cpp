#include "core/MessageState.h"
#include "core/MessenteStatus.h"

#include <QTest>

using namespace herald;

Q_DECLARE_METATYPE(herald::MessageState)

class TestMessageState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keysRoundTrip();
    void finals();
    void progressNeverGoesBackwards();
    void messenteMapping_data();
    void messenteMapping();
    void messenteErrorCodesAreExplained();
};

void TestMessageState::keysRoundTrip()
{
    for (int s = 0; s <= int(MessageState::Unknown); ++s) {
        const auto state = static_cast<MessageState>(s);
        QCOMPARE(stateFromKey(stateKey(state)), state);
        QVERIFY(!stateDisplayName(state).isEmpty());
    }
    QCOMPARE(stateFromKey(QStringLiteral("bogus")), std::nullopt);
}

void TestMessageState::finals()
{
    QVERIFY(isFinal(MessageState::Read));
    QVERIFY(isFinal(MessageState::Failed));
    QVERIFY(isFinal(MessageState::Expired));
    QVERIFY(isFinal(MessageState::Cancelled));
    QVERIFY(!isFinal(MessageState::Delivered));
    QVERIFY(!isFinal(MessageState::Unknown));
}

void TestMessageState::progressNeverGoesBackwards()
{
    QVERIFY(isAdvance(MessageState::Queued, MessageState::Sending));
    QVERIFY(isAdvance(MessageState::Sending, MessageState::Accepted));
    QVERIFY(isAdvance(MessageState::Sending, MessageState::Unknown));
    QVERIFY(isAdvance(MessageState::Unknown, MessageState::Delivered));
    QVERIFY(isAdvance(MessageState::Accepted, MessageState::Delivered));
    QVERIFY(isAdvance(MessageState::Delivered, MessageState::Read));
    QVERIFY(isAdvance(MessageState::Sent, MessageState::Failed));
    QVERIFY(!isAdvance(MessageState::Delivered, MessageState::Sent)); // a late "sent" report
    QVERIFY(!isAdvance(MessageState::Delivered, MessageState::Delivered));
    QVERIFY(!isAdvance(MessageState::Read, MessageState::Failed)); // finals are never left
    QVERIFY(!isAdvance(MessageState::Failed, MessageState::Delivered));
    QVERIFY(!isAdvance(MessageState::Accepted, MessageState::Sending));
}

void TestMessageState::messenteMapping_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<bool>("mapped");
    QTest::addColumn<MessageState>("state");
    QTest::newRow("null while processing") << QString() << true << MessageState::Accepted;
    QTest::newRow("ACK") << QStringLiteral("ACK") << true << MessageState::Accepted;
    QTest::newRow("ACCEPTD") << QStringLiteral("ACCEPTD") << true << MessageState::Sent;
    QTest::newRow("DELIVRD") << QStringLiteral("DELIVRD") << true << MessageState::Delivered;
    QTest::newRow("SEEN") << QStringLiteral("SEEN") << true << MessageState::Read;
    QTest::newRow("UNDELIV") << QStringLiteral("UNDELIV") << true << MessageState::Failed;
    QTest::newRow("FAILED") << QStringLiteral("FAILED") << true << MessageState::Failed;
    QTest::newRow("REJECTD") << QStringLiteral("REJECTD") << true << MessageState::Failed;
    QTest::newRow("NACK") << QStringLiteral("NACK") << true << MessageState::Failed;
    QTest::newRow("EXPIRED") << QStringLiteral("EXPIRED") << true << MessageState::Expired;
    QTest::newRow("DELETED") << QStringLiteral("DELETED") << true << MessageState::Cancelled;
    QTest::newRow("UNKNOWN keeps the state") << QStringLiteral("UNKNOWN") << false << MessageState::Unknown;
    QTest::newRow("undocumented") << QStringLiteral("WHATEVER") << false << MessageState::Unknown;
}

void TestMessageState::messenteMapping()
{
    QFETCH(QString, status);
    QFETCH(bool, mapped);
    QFETCH(MessageState, state);
    const std::optional<MessageState> result = messente::mapStatus(status);
    QCOMPARE(result.has_value(), mapped);
    if (mapped)
        QCOMPARE(*result, state);
}

void TestMessageState::messenteErrorCodesAreExplained()
{
    QStringList texts;
    for (const int err : { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 999 }) {
        const QString text = messente::explainErrorCode(err);
        QVERIFY(!text.isEmpty());
        QVERIFY2(!texts.contains(text), "each documented code has its own explanation");
        texts.append(text);
    }
    QVERIFY(messente::explainErrorCode(42).contains(QStringLiteral("42")));
}

QTEST_GUILESS_MAIN(TestMessageState)
#include "tst_messagestate.moc"
