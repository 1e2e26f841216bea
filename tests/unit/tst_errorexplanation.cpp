// Every error code the providers document (provider-apis.md §1.4, §1.6, §2, §3.5; docs/sandbox.md)
// explained in words, with what to do; unknown codes said to be unknown, the provider's text kept.
#include "core/ErrorExplanation.h"
#include "core/KaleyraStatus.h"
#include "core/MessenteStatus.h"

#include <QTest>

using namespace herald;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(herald::ProviderKind)

namespace {

// WhatsApp's own codes, which Bird and Kaleyra pass on.
const QStringList kWhatsAppCodes { u"131026"_s, u"131047"_s, u"131048"_s, u"131049"_s, u"131042"_s, u"131031"_s,
    u"130472"_s, u"130429"_s, u"132001"_s };

MessageRecord message(MessageState state, const QString& code, const QString& text)
{
    MessageRecord m;
    m.id = 7;
    m.state = state;
    m.errorCode = code;
    m.errorText = text;
    return m;
}

} // namespace

class TestErrorExplanation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyDocumentedCodeIsExplained_data();
    void everyDocumentedCodeIsExplained();
    void messenteErrWordsComeFromItsOwnExplainer();
    void kaleyraWordsComeFromItsOwnExplainer();
    void whatToDoFitsTheCode();
    void codesThatMeanNoError();
    void unknownCodesSaySoAndKeepTheProvidersWords();
    void codesBelongToTheirProvider();
    void noCodeGivesTheTextAsIs();
    void providersWordsAreShownWhenTheyAddSomething();
    void explainMessageUsesTheState();
};

void TestErrorExplanation::everyDocumentedCodeIsExplained_data()
{
    QTest::addColumn<ProviderKind>("provider");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("hasAction");

    // Messente's delivery-report err (0–10, 999) and API codes (101–107); 429/500 as the sandbox sends them.
    for (const int err : { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 999 })
        QTest::addRow("messente err %d", err)
            << ProviderKind::Messente << QString::number(err) << (err != 0 && err != 10);
    for (int code = 101; code <= 107; ++code)
        QTest::addRow("messente api %d", code) << ProviderKind::Messente << QString::number(code) << true;
    QTest::addRow("messente 429") << ProviderKind::Messente << u"429"_s << true;
    QTest::addRow("messente 500") << ProviderKind::Messente << u"500"_s << true;

    // Bird: WhatsApp's failure codes, the expired failure, the Channels API's error codes.
    for (const QString& code : kWhatsAppCodes)
        QTest::addRow("bird %s", qPrintable(code)) << ProviderKind::Bird << code << true;
    for (const QString& code : { u"2"_s, u"expired"_s, u"ValidationError"_s, u"BadRequest"_s, u"Unauthorized"_s,
             u"NotFound"_s, u"MethodNotAllowed"_s, u"TooManyRequests"_s, u"InternalServerError"_s })
        QTest::addRow("bird %s", qPrintable(code)) << ProviderKind::Bird << code << true;

    // Kaleyra: v1 and v2 codes, a NOT-SENT's reason, the sandbox's own E405 and HTTP codes, WhatsApp's codes.
    for (const QString& code : { u"E13008"_s, u"E13009"_s, u"E413"_s, u"E13001"_s, u"WA400"_s, u"WA401"_s, u"WA500"_s,
             u"EXPIRED"_s, u"E405"_s, u"429"_s, u"500"_s })
        QTest::addRow("kaleyra %s", qPrintable(code)) << ProviderKind::Kaleyra << code << true;
    // Kaleyra's own words for these already say what to do.
    for (const QString& code : { u"WA200"_s, u"RBC001"_s, u"E110"_s, u"WAV2101"_s })
        QTest::addRow("kaleyra %s", qPrintable(code)) << ProviderKind::Kaleyra << code << false;
    for (const QString& code : kWhatsAppCodes)
        QTest::addRow("kaleyra %s", qPrintable(code)) << ProviderKind::Kaleyra << code << true;
}

void TestErrorExplanation::everyDocumentedCodeIsExplained()
{
    QFETCH(ProviderKind, provider);
    QFETCH(QString, code);
    QFETCH(bool, hasAction);

    const ErrorExplanation e = explainError(provider, code, u"the provider's words"_s);
    QVERIFY(e.known);
    QCOMPARE(e.code, code);
    QVERIFY(!e.what.isEmpty());
    QVERIFY2(
        !e.what.contains(u"which Herald does not know"_s) && !e.what.contains(u"not documented"_s), qPrintable(e.what));
    QCOMPARE(!e.action.isEmpty(), hasAction);
    QVERIFY(e.inWords().startsWith(e.what));
    // Codes are matched as the provider writes them, and with spaces around them.
    QCOMPARE(explainError(provider, u"  "_s + code + u" "_s).what, e.what);
}

void TestErrorExplanation::messenteErrWordsComeFromItsOwnExplainer()
{
    for (const int err : { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 999 })
        QCOMPARE(explainError(ProviderKind::Messente, QString::number(err)).what, messente::explainErrorCode(err));
}

void TestErrorExplanation::kaleyraWordsComeFromItsOwnExplainer()
{
    for (const QString& code : { u"E13008"_s, u"E13009"_s, u"E413"_s, u"E13001"_s, u"WA200"_s, u"RBC001"_s, u"E110"_s,
             u"WAV2101"_s, u"WA400"_s, u"WA401"_s, u"WA500"_s })
        QCOMPARE(explainError(ProviderKind::Kaleyra, code).what, kaleyra::explainErrorCode(code));
    // Kaleyra's v2 callbacks spell codes in any case.
    QCOMPARE(explainError(ProviderKind::Kaleyra, u"e13009"_s).what, kaleyra::explainErrorCode(u"E13009"_s));
}

void TestErrorExplanation::whatToDoFitsTheCode()
{
    QVERIFY(explainError(ProviderKind::Messente, u"3"_s).action.contains(u"Correct the number"_s));
    QVERIFY(explainError(ProviderKind::Messente, u"4"_s).action.contains(u"Top up"_s));
    QVERIFY(explainError(ProviderKind::Messente, u"103"_s).what.contains(u"username or password"_s));
    QVERIFY(explainError(ProviderKind::Messente, u"104"_s).action.contains(u"check before sending it again"_s));
    QVERIFY(explainError(ProviderKind::Bird, u"131026"_s).what.contains(u"could not deliver"_s));
    QVERIFY(explainError(ProviderKind::Bird, u"131047"_s).action.contains(u"template"_s));
    QVERIFY(explainError(ProviderKind::Bird, u"Unauthorized"_s).action.contains(u"access key"_s));
    QCOMPARE(explainError(ProviderKind::Bird, u"expired"_s).what, explainError(ProviderKind::Bird, u"2"_s).what);
    QVERIFY(explainError(ProviderKind::Kaleyra, u"E413"_s).action.contains(u"tags"_s));
    QVERIFY(explainError(ProviderKind::Kaleyra, u"EXPIRED"_s).what.contains(u"expired"_s));
    // The same WhatsApp code means the same through Bird and Kaleyra.
    for (const QString& code : kWhatsAppCodes)
        QCOMPARE(explainError(ProviderKind::Kaleyra, code).summary(), explainError(ProviderKind::Bird, code).summary());
}

void TestErrorExplanation::codesThatMeanNoError()
{
    QVERIFY(explainError(ProviderKind::Messente, u"0"_s).noError);
    QVERIFY(explainError(ProviderKind::Messente, u"10"_s).noError);
    QVERIFY(explainError(ProviderKind::Kaleyra, u"WA200"_s).noError);
    QVERIFY(!explainError(ProviderKind::Messente, u"1"_s).noError);
    QVERIFY(!explainError(ProviderKind::Bird, u"131026"_s).noError);
}

void TestErrorExplanation::unknownCodesSaySoAndKeepTheProvidersWords()
{
    const ErrorExplanation messente = explainError(ProviderKind::Messente, u"42"_s, u"Something odd happened"_s);
    QVERIFY(!messente.known);
    QVERIFY(messente.what.contains(u"42"_s));
    QVERIFY(messente.what.contains(u"which Herald does not know"_s));
    QVERIFY(messente.what.contains(u"Messente"_s));
    QVERIFY(messente.inWords().contains(u"Something odd happened"_s));

    const ErrorExplanation bird = explainError(ProviderKind::Bird, u"131999"_s, u"Mystery failure"_s);
    QVERIFY(!bird.known);
    QVERIFY(bird.what.contains(u"Bird"_s));
    QVERIFY(bird.inWords().contains(u"Mystery failure"_s));

    // Without any words from the provider, the operator is told where to look.
    const ErrorExplanation kaleyra = explainError(ProviderKind::Kaleyra, u"E999"_s);
    QVERIFY(!kaleyra.known);
    QVERIFY(kaleyra.what.contains(u"E999"_s));
    QVERIFY(!kaleyra.action.isEmpty());
}

void TestErrorExplanation::codesBelongToTheirProvider()
{
    // Messente's err 3 is not Bird's, WhatsApp's codes do not come through Messente, Bird's code names are Bird's.
    QVERIFY(!explainError(ProviderKind::Bird, u"3"_s).known);
    QVERIFY(!explainError(ProviderKind::Messente, u"131026"_s).known);
    QVERIFY(!explainError(ProviderKind::Kaleyra, u"ValidationError"_s).known);
    QVERIFY(!explainError(ProviderKind::Messente, u"E13009"_s).known);
}

void TestErrorExplanation::noCodeGivesTheTextAsIs()
{
    const ErrorExplanation e = explainError(ProviderKind::Messente, {}, u"Herald stopped while sending."_s);
    QVERIFY(e.known);
    QCOMPARE(e.what, u"Herald stopped while sending."_s);
    QCOMPARE(e.inWords(), u"Herald stopped while sending."_s);
    QVERIFY(explainError(ProviderKind::Bird, {}).isEmpty());
}

void TestErrorExplanation::providersWordsAreShownWhenTheyAddSomething()
{
    // Messente's 105 names the field only in its own words.
    const ErrorExplanation e = explainError(ProviderKind::Messente, u"105"_s, u"Invalid phone number"_s);
    QVERIFY(e.inWords().contains(u"Invalid phone number"_s));
    QVERIFY(e.inWords().contains(e.action));
    QVERIFY(!e.summary().contains(u"Invalid phone number"_s));
    // Herald's own words stored as the text (Messente's err explained at parse time) are not repeated.
    const QString herald = messente::explainErrorCode(1);
    const ErrorExplanation same = explainError(ProviderKind::Messente, u"1"_s, herald);
    QCOMPARE(same.inWords().count(herald), 1);
}

void TestErrorExplanation::explainMessageUsesTheState()
{
    // Delivered and read messages carry "no error" codes: nothing to explain.
    QVERIFY(explainMessage(ProviderKind::Messente, message(MessageState::Delivered, u"0"_s, {})).isEmpty());
    QVERIFY(explainMessage(ProviderKind::Messente, message(MessageState::Read, u"10"_s, {})).isEmpty());
    QVERIFY(explainMessage(ProviderKind::Bird, message(MessageState::Sent, {}, {})).isEmpty());
    QVERIFY(
        explainMessage(ProviderKind::Messente, message(MessageState::Cancelled, {}, u"Cancelled by the operator."_s))
            .isEmpty());
    // A code that is trouble is shown whatever the state (Messente may still deliver after its 999).
    QVERIFY(!explainMessage(ProviderKind::Messente, message(MessageState::Accepted, u"999"_s, {})).isEmpty());

    const ErrorExplanation failed = explainMessage(ProviderKind::Messente, message(MessageState::Failed, u"3"_s, {}));
    QCOMPARE(failed.what, messente::explainErrorCode(3));

    // Without a code, what the state means.
    const ErrorExplanation unknown = explainMessage(
        ProviderKind::Messente, message(MessageState::Unknown, {}, u"Herald stopped while sending."_s));
    QCOMPARE(unknown.what, u"Herald stopped while sending."_s);
    QVERIFY(unknown.action.contains(u"twice"_s));
    const ErrorExplanation bare = explainMessage(ProviderKind::Kaleyra, message(MessageState::Unknown, {}, {}));
    QVERIFY(bare.what.contains(u"not known"_s));
    QVERIFY(!explainMessage(ProviderKind::Bird, message(MessageState::Expired, {}, {})).action.isEmpty());
    QVERIFY(!explainMessage(ProviderKind::Bird, message(MessageState::Failed, {}, {})).isEmpty());
}

QTEST_GUILESS_MAIN(TestErrorExplanation)
#include "tst_errorexplanation.moc"
