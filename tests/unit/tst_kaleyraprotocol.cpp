#include "Fixture.h"
#include "core/KaleyraStatus.h"
#include "providers/KaleyraProtocol.h"

#include <QFile>
#include <QLocale>
#include <QTest>
#include <QUrlQuery>

using namespace herald;

Q_DECLARE_METATYPE(herald::ProviderError::Kind)
Q_DECLARE_METATYPE(herald::SendParameter::Type)

namespace {
QByteArray fixture(const char* name)
{
    return test::fixture(QStringLiteral("kaleyra/") + QLatin1String(name));
}

QUrlQuery decoded(const QByteArray& form)
{
    return QUrlQuery(QString::fromLatin1(form));
}

QString field(const QByteArray& form, const char* key)
{
    return decoded(form).queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded);
}

bool hasField(const QByteArray& form, const char* key)
{
    return decoded(form).hasQueryItem(QString::fromLatin1(key));
}

OutgoingMessage templateMessage()
{
    OutgoingMessage message;
    message.to = QStringLiteral("+919812345678");
    message.tpl.name = QStringLiteral("booking_confirm");
    message.tpl.language = QStringLiteral("en");
    message.tpl.body = QStringLiteral("Hi {{1}}, your booking {{2}} is confirmed");
    message.values.body.insert(QStringLiteral("1"), QStringLiteral("Raman"));
    message.values.body.insert(QStringLiteral("2"), QStringLiteral("B-17"));
    message.components = sendComponentsFor(message.tpl, message.values);
    return message;
}

SendComponent mediaHeader(SendParameter::Type type, const QString& link)
{
    SendParameter parameter;
    parameter.type = type;
    parameter.media.link = link;
    SendComponent header;
    header.type = SendComponent::Type::Header;
    header.parameters.append(parameter);
    return header;
}

SendComponent urlButton(const QString& suffix)
{
    SendComponent button;
    button.type = SendComponent::Type::Button;
    button.subType = QStringLiteral("url");
    button.index = 0;
    button.parameters.append(SendParameter::textValue(suffix));
    return button;
}

const QString kFrom = QStringLiteral("+911234567890");
} // namespace

class TestKaleyraProtocol : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rateLimitWaitIsNeverNegative();
    void buildsTemplateForm();
    void usesKaleyraTemplateName();
    void usesKaleyraLanguageCode();
    void encodesPlusAndReservedCharacters();
    void quotesParams_data();
    void quotesParams();
    void quotedParamsSurviveTheForm();
    void buildsMediaTemplateForm_data();
    void buildsMediaTemplateForm();
    void textHeaderGoesToParamHeader();
    void buildsTextForm();
    void omitsOptionalFieldsWhenUnset();
    void parsesTheSeedSendResponse();
    void fallsBackToTopLevelId();
    void sendResponseWithErrorIsError();
    void successWithoutIdIsUnknownOutcome();
    void parsesErrorFixtures_data();
    void parsesErrorFixtures();
    void typesErrorsByStatus_data();
    void typesErrorsByStatus();
    void nonEnvelopeErrorKeepsAnExcerpt();
    void explainsEveryCode_data();
    void explainsEveryCode();
    void explainsUnknownCodes();
    void mapsStatuses_data();
    void mapsStatuses();
    void parsesV2SentCallback();
    void parsesV2TopLevelCallback();
    void parsesV2FailedCallbackWithErrors();
    void parsesV2CallbackWithSeveralStatuses();
    void parsesV1JsonCallbacks();
    void parsesV1FormCallback();
    void parsesV1QueryCallback();
    void keepsUnknownStatusVerbatim();
    void ignoresGarbageCallbacks_data();
    void ignoresGarbageCallbacks();
};

void TestKaleyraProtocol::buildsTemplateForm()
{
    OutgoingMessage message = templateMessage();
    message.callbackUrl = QUrl(QStringLiteral("https://hooks.example.com/kaleyra?profile=3&x=a+b"));
    message.reference = QStringLiteral("herald-42");
    const QByteArray form = kaleyra::buildMessageForm(message, kFrom);

    QCOMPARE(field(form, "to"), QStringLiteral("+919812345678"));
    QCOMPARE(field(form, "from"), kFrom);
    QCOMPARE(field(form, "channel"), QStringLiteral("whatsapp"));
    QCOMPARE(field(form, "type"), QStringLiteral("template"));
    QCOMPARE(field(form, "template_name"), QStringLiteral("booking_confirm"));
    QCOMPARE(field(form, "params"), QStringLiteral("Raman,B-17"));
    QCOMPARE(field(form, "lang_code"), QStringLiteral("en")); // lang_code, not lang (K-TXT)
    QCOMPARE(field(form, "callback_url"), QStringLiteral("https://hooks.example.com/kaleyra?profile=3&x=a+b"));
    QCOMPARE(field(form, "ref"), QStringLiteral("herald-42"));
    for (const char* absent : { "media_url", "param_header", "param_url", "body" })
        QVERIFY2(!hasField(form, absent), absent);
    QCOMPARE(decoded(form).queryItems().size(), 9);
}

void TestKaleyraProtocol::usesKaleyraTemplateName()
{
    OutgoingMessage message = templateMessage();
    message.tpl.kaleyraName = QStringLiteral("booking_confirm_v2");
    QCOMPARE(field(kaleyra::buildMessageForm(message, kFrom), "template_name"), QStringLiteral("booking_confirm_v2"));
}

void TestKaleyraProtocol::usesKaleyraLanguageCode()
{
    // K-TXT: `lang_code` is Meta's code unless the template was registered with Kaleyra under another.
    OutgoingMessage message = templateMessage();
    message.tpl.language = QStringLiteral("en_US");
    QCOMPARE(field(kaleyra::buildMessageForm(message, kFrom), "lang_code"), QStringLiteral("en_US"));
    message.tpl.kaleyraLangCode = QStringLiteral("en");
    QCOMPARE(field(kaleyra::buildMessageForm(message, kFrom), "lang_code"), QStringLiteral("en"));
    QCOMPARE(field(kaleyra::buildMessageForm(message, kFrom), "template_name"), QStringLiteral("booking_confirm"));
}

void TestKaleyraProtocol::encodesPlusAndReservedCharacters()
{
    OutgoingMessage message = templateMessage();
    message.values.body.insert(QStringLiteral("1"), QStringLiteral("100%41 & more=yes; caf\u00e9"));
    message.components = sendComponentsFor(message.tpl, message.values);
    const QByteArray form = kaleyra::buildMessageForm(message, kFrom);
    // A form decoder reads '+' as a space, so the E.164 plus must be %2B.
    QVERIFY2(form.startsWith("to=%2B919812345678&from=%2B911234567890&"), form.constData());
    QVERIFY2(!form.contains('+'), form.constData());
    QVERIFY2(!form.contains(' '), form.constData());
    QCOMPARE(field(form, "params"), QStringLiteral("100%41 & more=yes; caf\u00e9,B-17"));
}

void TestKaleyraProtocol::quotesParams_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << QStringList {} << QString();
    QTest::newRow("seed sandbox sample") << QStringList { QStringLiteral("Raman") } << QStringLiteral("Raman");
    QTest::newRow("plain") << QStringList { QStringLiteral("A"), QStringLiteral("B") } << QStringLiteral("A,B");
    QTest::newRow("comma") << QStringList { QStringLiteral("Tallinn, Estonia"), QStringLiteral("B") }
                           << QStringLiteral("\"Tallinn, Estonia\",B");
    QTest::newRow("quote") << QStringList { QStringLiteral("say \"hi\"") } << QStringLiteral("\"say \"\"hi\"\"\"");
    QTest::newRow("empty value") << QStringList { QString(), QStringLiteral("x") } << QStringLiteral(",x");
}

void TestKaleyraProtocol::quotesParams()
{
    QFETCH(QStringList, values);
    QFETCH(QString, expected);
    QCOMPARE(kaleyra::joinParams(values), expected);
}

void TestKaleyraProtocol::quotedParamsSurviveTheForm()
{
    OutgoingMessage message = templateMessage();
    message.values.body.insert(QStringLiteral("1"), QStringLiteral("Mari \"M\", Jr"));
    message.components = sendComponentsFor(message.tpl, message.values);
    QCOMPARE(field(kaleyra::buildMessageForm(message, kFrom), "params"), QStringLiteral("\"Mari \"\"M\"\", Jr\",B-17"));
}

void TestKaleyraProtocol::buildsMediaTemplateForm_data()
{
    QTest::addColumn<SendParameter::Type>("type");
    QTest::addColumn<QString>("link");
    QTest::newRow("image") << SendParameter::Type::Image << QStringLiteral("https://cdn.example.com/a.jpg");
    QTest::newRow("document") << SendParameter::Type::Document << QStringLiteral("https://cdn.example.com/t.pdf");
    QTest::newRow("video") << SendParameter::Type::Video << QStringLiteral("https://cdn.example.com/v.mp4?s=1&t=2");
}

void TestKaleyraProtocol::buildsMediaTemplateForm()
{
    QFETCH(SendParameter::Type, type);
    QFETCH(QString, link);
    OutgoingMessage message = templateMessage();
    message.tpl.name = QStringLiteral("temp_test_1");
    message.components.prepend(mediaHeader(type, link));
    message.components.append(urlButton(QStringLiteral("track/B-17?x=1")));
    const QByteArray form = kaleyra::buildMessageForm(message, kFrom);

    QCOMPARE(field(form, "type"), QStringLiteral("mediatemplate"));
    QCOMPARE(field(form, "template_name"), QStringLiteral("temp_test_1"));
    QCOMPARE(field(form, "media_url"), link);
    QCOMPARE(field(form, "params"), QStringLiteral("Raman,B-17"));
    QCOMPARE(field(form, "param_url"), QStringLiteral("track/B-17?x=1"));
    QCOMPARE(field(form, "lang_code"), QStringLiteral("en"));
    QVERIFY(!hasField(form, "param_header"));
    QVERIFY(!hasField(form, "callback_url"));
}

void TestKaleyraProtocol::textHeaderGoesToParamHeader()
{
    OutgoingMessage message = templateMessage();
    message.tpl.headerText = QStringLiteral("Booking {{1}}");
    message.values.header.insert(QStringLiteral("1"), QStringLiteral("#17, today"));
    message.components = sendComponentsFor(message.tpl, message.values);
    SendComponent quickReply;
    quickReply.type = SendComponent::Type::Button;
    quickReply.subType = QStringLiteral("quick_reply");
    quickReply.parameters.append(SendParameter::textValue(QStringLiteral("not a url")));
    message.components.append(quickReply);
    const QByteArray form = kaleyra::buildMessageForm(message, kFrom);

    QCOMPARE(field(form, "type"), QStringLiteral("template"));
    QCOMPARE(field(form, "param_header"), QStringLiteral("#17, today")); // a single value: never quoted
    QCOMPARE(field(form, "params"), QStringLiteral("Raman,B-17"));
    QVERIFY(!hasField(form, "media_url"));
    QVERIFY(!hasField(form, "param_url")); // quick replies carry no URL
}

void TestKaleyraProtocol::buildsTextForm()
{
    OutgoingMessage message = templateMessage();
    message.freeText = QStringLiteral("Hi, your order has been shipped + tracked");
    message.callbackUrl = QUrl(QStringLiteral("https://hooks.example.com/k"));
    message.reference = QStringLiteral("herald-43");
    const QByteArray form = kaleyra::buildMessageForm(message, kFrom);

    QCOMPARE(field(form, "type"), QStringLiteral("text"));
    QCOMPARE(field(form, "body"), QStringLiteral("Hi, your order has been shipped + tracked"));
    QCOMPARE(field(form, "channel"), QStringLiteral("whatsapp"));
    QCOMPARE(field(form, "callback_url"), QStringLiteral("https://hooks.example.com/k"));
    QCOMPARE(field(form, "ref"), QStringLiteral("herald-43"));
    for (const char* absent : { "template_name", "params", "lang_code", "media_url", "param_header", "param_url" })
        QVERIFY2(!hasField(form, absent), absent);
}

void TestKaleyraProtocol::omitsOptionalFieldsWhenUnset()
{
    OutgoingMessage message;
    message.to = QStringLiteral("+919812345678");
    message.tpl.name = QStringLiteral("hello_world");
    message.tpl.language = QStringLiteral("en_US");
    message.tpl.body = QStringLiteral("Hello world");
    message.components = sendComponentsFor(message.tpl, message.values); // no variables: no components
    const QByteArray form = kaleyra::buildMessageForm(message, kFrom);
    QCOMPARE(field(form, "type"), QStringLiteral("template"));
    QCOMPARE(field(form, "lang_code"), QStringLiteral("en_US"));
    for (const char* absent : { "params", "callback_url", "ref", "media_url", "param_header", "param_url" })
        QVERIFY2(!hasField(form, absent), absent);
}

void TestKaleyraProtocol::parsesTheSeedSendResponse()
{
    const SendResult r = kaleyra::parseSendResponse(200, fixture("send-response-seed.json"));
    QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
    QCOMPARE(r.providerMessageId, QStringLiteral("cc8074ae-990d-40f5-b604-115XXXe2ab32:0"));
    QCOMPARE(r.channels.size(), 1);
    QCOMPARE(r.channels.first().channel, QStringLiteral("whatsapp"));
    QCOMPARE(r.channels.first().messageId, QStringLiteral("cc8074ae-990d-40f5-b604-115XXXe2ab32:0"));
    QVERIFY(!kaleyra::parseSendResponse(202, fixture("send-response-seed.json")).error.isError());
}

void TestKaleyraProtocol::fallsBackToTopLevelId()
{
    const SendResult r
        = kaleyra::parseSendResponse(200, QByteArrayLiteral("{\"id\":\"abc-1\",\"data\":[],\"error\":{}}"));
    QVERIFY(!r.error.isError());
    QCOMPARE(r.providerMessageId, QStringLiteral("abc-1"));
    QVERIFY(r.channels.isEmpty());
}

void TestKaleyraProtocol::sendResponseWithErrorIsError()
{
    const SendResult rejected = kaleyra::parseSendResponse(
        200, QByteArrayLiteral("{\"data\":[],\"error\":{\"code\":\"E13009\",\"param\":\"to_invalid\"}}"));
    QCOMPARE(rejected.error.kind, ProviderError::Kind::Rejected);
    QCOMPARE(rejected.error.providerCode, QStringLiteral("E13009"));
    QCOMPARE(rejected.error.source, QStringLiteral("to_invalid"));
    QCOMPARE(rejected.error.detail, kaleyra::explainErrorCode(QStringLiteral("E13009")));

    // An error beside a message id may follow a taken message: never "certainly not taken".
    const SendResult partial = kaleyra::parseSendResponse(
        200, QByteArrayLiteral("{\"data\":[{\"message_id\":\"m:0\"}],\"error\":{\"code\":\"WA500\"}}"));
    QCOMPARE(partial.error.kind, ProviderError::Kind::OutcomeUnknown);
    QCOMPARE(partial.providerMessageId, QStringLiteral("m:0"));
    QVERIFY(!partial.error.certainlyNotTaken());

    const SendResult badRequest = kaleyra::parseSendResponse(400, fixture("error-E13008.json"));
    QCOMPARE(badRequest.error.kind, ProviderError::Kind::Rejected);
    QVERIFY(badRequest.providerMessageId.isEmpty());
}

void TestKaleyraProtocol::successWithoutIdIsUnknownOutcome()
{
    for (const QByteArray& body : { QByteArrayLiteral("{}"), QByteArrayLiteral("not json"), QByteArray() }) {
        const SendResult r = kaleyra::parseSendResponse(200, body);
        QCOMPARE(r.error.kind, ProviderError::Kind::OutcomeUnknown);
        QVERIFY(!r.error.certainlyNotTaken());
        QVERIFY(!r.error.detail.isEmpty());
    }
}

void TestKaleyraProtocol::parsesErrorFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("status");
    QTest::addColumn<ProviderError::Kind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("detail");
    QTest::newRow("E13008 nested") << QStringLiteral("error-E13008.json") << 400 << ProviderError::Kind::Rejected
                                   << QStringLiteral("E13008") << QStringLiteral("from_invalid")
                                   << QStringLiteral("Invalid or in-correct input of the From number.");
    QTest::newRow("E13009 top level") << QStringLiteral("error-E13009.json") << 400 << ProviderError::Kind::Rejected
                                      << QStringLiteral("E13009") << QStringLiteral("to_invalid")
                                      << QStringLiteral("Invalid or in-correct input of the TO number.");
    QTest::newRow("E413 without message")
        << QStringLiteral("error-E413.json") << 400 << ProviderError::Kind::Rejected << QStringLiteral("E413")
        << QStringLiteral("all parameters except for body") << kaleyra::explainErrorCode(QStringLiteral("E413"));
    QTest::newRow("RBC001 on 400") << QStringLiteral("error-RBC001.json") << 400 << ProviderError::Kind::Unauthorized
                                   << QStringLiteral("RBC001") << QString()
                                   << QStringLiteral("Incorrect SID or API key.");
    QTest::newRow("RBC001 on 401") << QStringLiteral("error-RBC001.json") << 401 << ProviderError::Kind::Unauthorized
                                   << QStringLiteral("RBC001") << QString()
                                   << QStringLiteral("Incorrect SID or API key.");
}

void TestKaleyraProtocol::parsesErrorFixtures()
{
    QFETCH(QString, file);
    QFETCH(int, status);
    QFETCH(ProviderError::Kind, kind);
    QFETCH(QString, code);
    QFETCH(QString, source);
    QFETCH(QString, detail);
    const ProviderError e = kaleyra::parseError(status, fixture(file.toLatin1().constData()));
    QCOMPARE(e.kind, kind);
    QCOMPARE(e.httpStatus, status);
    QCOMPARE(e.providerCode, code);
    QCOMPARE(e.source, source);
    QCOMPARE(e.detail, detail);
    QVERIFY(e.certainlyNotTaken());
    const QString text = e.message();
    QVERIFY2(text.contains(code) && text.contains(detail), qPrintable(text));
}

void TestKaleyraProtocol::typesErrorsByStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<ProviderError::Kind>("kind");
    const QByteArray generic = QByteArrayLiteral("{\"code\":\"X1\",\"message\":\"m\"}");
    QTest::newRow("401") << 401 << QByteArray() << ProviderError::Kind::Unauthorized;
    QTest::newRow("403") << 403 << generic << ProviderError::Kind::Unauthorized;
    QTest::newRow("429") << 429 << generic << ProviderError::Kind::RateLimited;
    QTest::newRow("500") << 500 << QByteArrayLiteral("{\"code\":\"WA500\"}") << ProviderError::Kind::ProviderFault;
    QTest::newRow("503") << 503 << QByteArray() << ProviderError::Kind::ProviderFault;
    QTest::newRow("404") << 404 << generic << ProviderError::Kind::Rejected;
    QTest::newRow("422") << 422 << generic << ProviderError::Kind::Rejected;
    QTest::newRow("400 E13001") << 400 << QByteArrayLiteral("{\"error\":{\"code\":\"E13001\",\"field\":\"to\"}}")
                                << ProviderError::Kind::Rejected;
    QTest::newRow("error as a string") << 400 << QByteArrayLiteral("{\"error\":\"to is required\"}")
                                       << ProviderError::Kind::Rejected;
}

void TestKaleyraProtocol::typesErrorsByStatus()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(ProviderError::Kind, kind);
    const ProviderError e = kaleyra::parseError(status, body);
    QCOMPARE(e.kind, kind);
    QVERIFY(e.isError());
    QVERIFY(!e.message().isEmpty());
}

void TestKaleyraProtocol::nonEnvelopeErrorKeepsAnExcerpt()
{
    const ProviderError e = kaleyra::parseError(502, QByteArrayLiteral("<html>Bad   gateway</html>"));
    QCOMPARE(e.kind, ProviderError::Kind::ProviderFault);
    QCOMPARE(e.detail, QStringLiteral("<html>Bad gateway</html>"));
    QVERIFY(e.providerCode.isEmpty());
    QVERIFY(!e.certainlyNotTaken());
    QCOMPARE(kaleyra::parseError(400, QByteArrayLiteral("{\"error\":\"to is required\"}")).detail,
        QStringLiteral("to is required"));
}

void TestKaleyraProtocol::explainsEveryCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("words");
    QTest::newRow("E13008") << QStringLiteral("E13008") << QStringLiteral("sender (from) number");
    QTest::newRow("E13009") << QStringLiteral("E13009") << QStringLiteral("recipient (to) number");
    QTest::newRow("E413") << QStringLiteral("E413") << QStringLiteral("HTML tags");
    QTest::newRow("E13001") << QStringLiteral("E13001") << QStringLiteral("required field is missing");
    QTest::newRow("RBC001") << QStringLiteral("RBC001") << QStringLiteral("SID or the API key is wrong");
    QTest::newRow("E110") << QStringLiteral("E110") << QStringLiteral("balance");
    QTest::newRow("WAV2101") << QStringLiteral("WAV2101") << QStringLiteral("daily sending limit");
    QTest::newRow("WA400") << QStringLiteral("WA400") << QStringLiteral("content incorrect");
    QTest::newRow("WA401") << QStringLiteral("WA401") << QStringLiteral("template");
    QTest::newRow("WA500") << QStringLiteral("WA500") << QStringLiteral("internal error");
    QTest::newRow("lowercase") << QStringLiteral(" e13008 ") << QStringLiteral("sender (from) number");
}

void TestKaleyraProtocol::explainsEveryCode()
{
    QFETCH(QString, code);
    QFETCH(QString, words);
    const QString text = kaleyra::explainErrorCode(code);
    QVERIFY2(text.contains(words), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("does not know")), qPrintable(text));
}

void TestKaleyraProtocol::explainsUnknownCodes()
{
    const QString text = kaleyra::explainErrorCode(QStringLiteral("E99999"));
    QVERIFY2(text.contains(QStringLiteral("E99999")), qPrintable(text));
    QVERIFY(text.endsWith(QLatin1Char('.')));
    QVERIFY(kaleyra::explainErrorCode(QString()).isEmpty());
}

void TestKaleyraProtocol::mapsStatuses_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("state"); // -1 = no mapping
    QTest::newRow("SENT") << QStringLiteral("SENT") << static_cast<int>(MessageState::Sent);
    QTest::newRow("sent") << QStringLiteral("sent") << static_cast<int>(MessageState::Sent);
    QTest::newRow("DELIVERED") << QStringLiteral("DELIVERED") << static_cast<int>(MessageState::Delivered);
    QTest::newRow("Delivered") << QStringLiteral("Delivered") << static_cast<int>(MessageState::Delivered);
    QTest::newRow("READ") << QStringLiteral("READ") << static_cast<int>(MessageState::Read);
    QTest::newRow("read") << QStringLiteral("read") << static_cast<int>(MessageState::Read);
    QTest::newRow("FAILED") << QStringLiteral("FAILED") << static_cast<int>(MessageState::Failed);
    QTest::newRow("failed") << QStringLiteral("failed") << static_cast<int>(MessageState::Failed);
    QTest::newRow("NOT-SENT") << QStringLiteral("NOT-SENT") << static_cast<int>(MessageState::Failed);
    QTest::newRow("not-sent") << QStringLiteral("not-sent") << static_cast<int>(MessageState::Failed);
    QTest::newRow("deleted") << QStringLiteral("deleted") << -1;
    QTest::newRow("NOT_SENT") << QStringLiteral("NOT_SENT") << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestKaleyraProtocol::mapsStatuses()
{
    QFETCH(QString, status);
    QFETCH(int, state);
    const std::optional<MessageState> mapped = kaleyra::mapStatus(status);
    if (state < 0)
        QVERIFY(!mapped.has_value());
    else
        QCOMPARE(static_cast<int>(mapped.value_or(MessageState::Unknown)), state);
}

void TestKaleyraProtocol::parsesV2SentCallback()
{
    const QList<CallbackStatus> list
        = kaleyra::parseCallback(fixture("callback-v2-sent.json"), QByteArrayLiteral("application/json"), {});
    QCOMPARE(list.size(), 1);
    const CallbackStatus& c = list.first();
    QCOMPARE(c.providerMessageId, QStringLiteral("wamid.HBgMOTE5\u2026"));
    QCOMPARE(c.status.messageId, QStringLiteral("XXX7f9c\u2026"));
    QCOMPARE(c.status.channel, QStringLiteral("whatsapp"));
    QCOMPARE(c.status.providerStatus, QStringLiteral("sent"));
    QCOMPARE(c.status.state, MessageState::Sent);
    QVERIFY(c.status.errorCode.isEmpty());
    QVERIFY(c.status.errorText.isEmpty());
    QCOMPARE(c.status.timestamp, QDateTime::fromSecsSinceEpoch(1722834665, Qt::UTC));
}

void TestKaleyraProtocol::parsesV2TopLevelCallback()
{
    const QList<CallbackStatus> list = kaleyra::parseCallback(
        QByteArrayLiteral("{\"status\":\"delivered\",\"message_id\":\"wamid.A\",\"extra_info\":{\"ref\":\"h-1\"}}"),
        QByteArrayLiteral("application/json; charset=utf-8"), {});
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().providerMessageId, QStringLiteral("wamid.A"));
    QCOMPARE(list.first().status.state, MessageState::Delivered);
    QVERIFY(!list.first().status.timestamp.isValid());
}

void TestKaleyraProtocol::parsesV2FailedCallbackWithErrors()
{
    const QByteArray body = QByteArrayLiteral(
        "{\"meta_object\":{\"value\":{\"statuses\":[{\"id\":\"wamid.F\",\"status\":\"failed\",\"timestamp\":1722834700,"
        "\"errors\":[{\"code\":131026,\"title\":\"Message undeliverable\"}]}]}},\"status\":\"failed\"}");
    const QList<CallbackStatus> list = kaleyra::parseCallback(body, QByteArrayLiteral("application/json"), {});
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().providerMessageId, QStringLiteral("wamid.F"));
    QCOMPARE(list.first().status.state, MessageState::Failed);
    QCOMPARE(list.first().status.errorCode, QStringLiteral("131026"));
    QCOMPARE(list.first().status.errorText, QStringLiteral("Message undeliverable"));
    QCOMPARE(list.first().status.timestamp, QDateTime::fromSecsSinceEpoch(1722834700, Qt::UTC));
}

void TestKaleyraProtocol::parsesV2CallbackWithSeveralStatuses()
{
    const QByteArray body = QByteArrayLiteral(
        "{\"meta_object\":{\"value\":{\"statuses\":[{\"id\":\"w1\",\"status\":\"delivered\",\"timestamp\":\"1\"},"
        "{\"id\":\"w2\",\"status\":\"read\",\"timestamp\":\"2\"},{\"status\":\"read\"}]}},\"message_id\":\"w1\"}");
    const QList<CallbackStatus> list = kaleyra::parseCallback(body, {}, {});
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).providerMessageId, QStringLiteral("w1"));
    QCOMPARE(list.at(0).status.state, MessageState::Delivered);
    QCOMPARE(list.at(1).providerMessageId, QStringLiteral("w2"));
    QCOMPARE(list.at(1).status.state, MessageState::Read);
    QCOMPARE(list.at(2).providerMessageId, QStringLiteral("w1")); // no own id: the top-level one
}

void TestKaleyraProtocol::parsesV1JsonCallbacks()
{
    const QList<CallbackStatus> delivered
        = kaleyra::parseCallback(fixture("callback-v1-delivered.json"), QByteArrayLiteral("application/json"), {});
    QCOMPARE(delivered.size(), 1);
    QCOMPARE(delivered.first().providerMessageId, QStringLiteral("cc8074ae-990d-40f5-b604-115XXXe2ab32:0"));
    QCOMPARE(delivered.first().status.providerStatus, QStringLiteral("DELIVERED"));
    QCOMPARE(delivered.first().status.state, MessageState::Delivered);
    QCOMPARE(delivered.first().status.timestamp, QDateTime(QDate(2020, 1, 29), QTime(6, 25, 40), Qt::UTC));

    const QList<CallbackStatus> failed = kaleyra::parseCallback(fixture("callback-v1-failed.json"), {}, {});
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().status.providerStatus, QStringLiteral("NOT-SENT"));
    QCOMPARE(failed.first().status.state, MessageState::Failed);
    QCOMPARE(failed.first().status.errorCode, QStringLiteral("E13009"));
    QCOMPARE(failed.first().status.errorText, kaleyra::explainErrorCode(QStringLiteral("E13009")));
    QCOMPARE(failed.first().status.timestamp, QDateTime::fromSecsSinceEpoch(1580279140, Qt::UTC));

    const QList<CallbackStatus> nested = kaleyra::parseCallback(
        QByteArrayLiteral("{\"id\":\"m\",\"status\":\"FAILED\",\"error\":{\"code\":\"E413\",\"message\":\"\"}}"),
        QByteArrayLiteral("application/json"), {});
    QCOMPARE(nested.size(), 1);
    QCOMPARE(nested.first().status.errorCode, QStringLiteral("E413"));
    QCOMPARE(nested.first().status.errorText, kaleyra::explainErrorCode(QStringLiteral("E413")));
}

void TestKaleyraProtocol::parsesV1FormCallback()
{
    const QByteArray body
        = QByteArrayLiteral("id=cc8074ae%3A0&status=FAILED&error=E13009&description=Number+not+on+WhatsApp"
                            "&created_at=2020-01-29+06%3A22%3A21%2B00%3A00");
    const QList<CallbackStatus> list
        = kaleyra::parseCallback(body, QByteArrayLiteral("application/x-www-form-urlencoded"), {});
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().providerMessageId, QStringLiteral("cc8074ae:0"));
    QCOMPARE(list.first().status.state, MessageState::Failed);
    QCOMPARE(list.first().status.errorCode, QStringLiteral("E13009"));
    QCOMPARE(list.first().status.errorText, QStringLiteral("Number not on WhatsApp"));
    QCOMPARE(list.first().status.timestamp, QDateTime(QDate(2020, 1, 29), QTime(6, 22, 21), Qt::UTC));
}

void TestKaleyraProtocol::parsesV1QueryCallback()
{
    // A GET callback: every field in the query, no body.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("message_id"), QStringLiteral("k-7"));
    query.addQueryItem(QStringLiteral("status"), QStringLiteral("READ"));
    query.addQueryItem(QStringLiteral("timestamp"), QStringLiteral("1580279140"));
    query.addQueryItem(QStringLiteral("error"), QStringLiteral("0"));
    const QList<CallbackStatus> list = kaleyra::parseCallback({}, {}, query);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().providerMessageId, QStringLiteral("k-7"));
    QCOMPARE(list.first().status.state, MessageState::Read);
    QVERIFY(list.first().status.errorCode.isEmpty()); // "0" is no error
    QVERIFY(list.first().status.errorText.isEmpty());
    QCOMPARE(list.first().status.timestamp, QDateTime::fromSecsSinceEpoch(1580279140, Qt::UTC));

    // A form body wins over the query.
    const QList<CallbackStatus> merged = kaleyra::parseCallback(
        QByteArrayLiteral("status=DELIVERED"), QByteArrayLiteral("application/x-www-form-urlencoded"), query);
    QCOMPARE(merged.size(), 1);
    QCOMPARE(merged.first().providerMessageId, QStringLiteral("k-7"));
    QCOMPARE(merged.first().status.state, MessageState::Delivered);
}

void TestKaleyraProtocol::keepsUnknownStatusVerbatim()
{
    const QList<CallbackStatus> list
        = kaleyra::parseCallback(QByteArrayLiteral("{\"id\":\"m\",\"status\":\"QUEUED_AT_META\"}"), {}, {});
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().status.providerStatus, QStringLiteral("QUEUED_AT_META"));
    QVERIFY(!list.first().status.state.has_value());
}

void TestKaleyraProtocol::ignoresGarbageCallbacks_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    const QByteArray json = QByteArrayLiteral("application/json");
    const QByteArray form = QByteArrayLiteral("application/x-www-form-urlencoded");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("empty json") << QByteArray() << json;
    QTest::newRow("not json") << QByteArrayLiteral("not json") << json;
    QTest::newRow("broken json") << QByteArrayLiteral("{\"id\":\"m\",\"status\":") << json;
    QTest::newRow("object") << QByteArrayLiteral("{}") << json;
    QTest::newRow("array") << QByteArrayLiteral("[]") << json;
    QTest::newRow("array of numbers") << QByteArrayLiteral("[1,2,null]") << json;
    QTest::newRow("null") << QByteArrayLiteral("null") << json;
    QTest::newRow("no id") << QByteArrayLiteral("{\"status\":\"SENT\"}") << json;
    QTest::newRow("no status") << QByteArrayLiteral("{\"id\":\"m\"}") << json;
    QTest::newRow("wrong types") << QByteArrayLiteral("{\"id\":[1],\"status\":{}}") << json;
    QTest::newRow("meta_object number") << QByteArrayLiteral("{\"meta_object\":5}") << json;
    QTest::newRow("bad statuses") << QByteArrayLiteral(
        "{\"meta_object\":{\"value\":{\"statuses\":[5,\"x\",{},{\"errors\":7}]}}}")
                                  << json;
    QTest::newRow("truncated fixture") << fixture("callback-v2-sent.json").left(300) << json;
    QTest::newRow("form without id") << QByteArrayLiteral("status=SENT") << form;
    QTest::newRow("form noise") << QByteArrayLiteral("&&==%%%zz&=x&") << form;
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe{[\x01", 6) << QByteArray();
    QTest::newRow("binary as json") << QByteArray("\x00\xff\xfe{[\x01", 6) << json;
}

void TestKaleyraProtocol::ignoresGarbageCallbacks()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QVERIFY(kaleyra::parseCallback(body, contentType, {}).isEmpty());
}

void TestKaleyraProtocol::rateLimitWaitIsNeverNegative()
{
    // Found by fuzzing's review: Retry-After was read with toInt(), so "-5" asked for a negative wait
    // and an HTTP-date for none.
    const QByteArray body = QByteArrayLiteral("{\"code\":\"E429\",\"message\":\"Too many requests\"}");
    QCOMPARE(kaleyra::parseSendResponse(429, body, QByteArrayLiteral("7")).error.retryAfterSeconds, 7);
    QCOMPARE(kaleyra::parseSendResponse(429, body, QByteArrayLiteral("-5")).error.retryAfterSeconds, 0);
    const QByteArray later
        = QLocale::c()
              .toString(QDateTime::currentDateTimeUtc().addSecs(120), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
              .toLatin1();
    const int wait = kaleyra::parseSendResponse(429, body, later).error.retryAfterSeconds;
    QVERIFY2(wait >= 110 && wait <= 121, qPrintable(QString::number(wait)));
}

QTEST_GUILESS_MAIN(TestKaleyraProtocol)
#include "tst_kaleyraprotocol.moc"
