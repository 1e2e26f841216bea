#include "Fixture.h"
#include "providers/MessenteProtocol.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace herald;

namespace {
QByteArray fixture(const char* name)
{
    return test::fixture(QStringLiteral("messente/") + QLatin1String(name));
}
} // namespace

class TestMessenteProtocol : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void buildsTheSeedRequest();
    void omitsSenderWhenNotSet();
    void buildsEveryComponentAndOption();
    void buildsCouponCodeTtlScheduleAndViber();
    void freeTextInsteadOfTemplate();
    void buildsBulkFromTheDocumentedExample();
    void buildsHeaderAndNamedParameters();
    void noVariablesMeansNoComponents();
    void parsesTheSeedSendResponse();
    void parsesTheSeedErrorExample();
    void parsesUnauthorized();
    void nonEnvelopeErrorKeepsAnExcerpt();
    void createdWithoutIdIsUnknownOutcome();
    void parsesDeliveryReport();
    void parsesFallbackChain();
    void rejectsMalformedStatus();
    void parsesTheDocumentedDeliveryCallback();
    void parsesTheDocumentedBulkAnswer();
    void parsesAMixedBulkAnswerOneByOne();
    void bulkCountMismatchFailsTheWholeBatch();
    void bulkRefusedAsAWholeHasNoResults();
    void bulkItemErrorsAreTypedByTheirCode();
};

void TestMessenteProtocol::buildsTheSeedRequest()
{
    // The seed's cURL example, built from a template with one body variable.
    OutgoingMessage message;
    message.to = QStringLiteral("<recipient_phone_number>");
    message.tpl.name = QStringLiteral("<template_name>");
    message.tpl.language = QStringLiteral("<language_code>");
    message.tpl.body = QStringLiteral("Hi {{1}}");
    message.values.body.insert(QStringLiteral("1"), QStringLiteral("hello whatsapp"));
    const QJsonObject built = messente::buildOmnimessage(message, QStringLiteral("<sender name (optional)>"));
    QCOMPARE(built, QJsonDocument::fromJson(fixture("send-request-seed.json")).object());
}

void TestMessenteProtocol::omitsSenderWhenNotSet()
{
    OutgoingMessage message;
    message.to = QStringLiteral("+37251234567");
    message.tpl.name = QStringLiteral("hello");
    message.tpl.language = QStringLiteral("en");
    message.tpl.body = QStringLiteral("Hello");
    const QJsonObject whatsapp
        = messente::buildOmnimessage(message, {}).value(QStringLiteral("messages")).toArray().first().toObject();
    QVERIFY(!whatsapp.contains(QStringLiteral("sender")));
    QCOMPARE(whatsapp.value(QStringLiteral("channel")).toString(), QStringLiteral("whatsapp"));
}

void TestMessenteProtocol::buildsEveryComponentAndOption()
{
    // provider-apis.md §1.3: every component and parameter type, options and an SMS fallback.
    OutgoingMessage message;
    message.to = QStringLiteral("+3725555555");
    message.tpl.name = QStringLiteral("order_update");
    message.tpl.language = QStringLiteral("en");
    message.callbackUrl = QUrl(QStringLiteral("https://example.test/dlr"));
    message.options.validityMinutes = 360;
    message.options.languagePolicy = QStringLiteral("deterministic");

    SendComponent header;
    header.type = SendComponent::Type::Header;
    SendParameter image;
    image.type = SendParameter::Type::Image;
    image.media.link = QStringLiteral("https://example.test/a.jpg");
    header.parameters = { image };

    SendComponent body;
    body.type = SendComponent::Type::Body;
    SendParameter currency;
    currency.type = SendParameter::Type::Currency;
    currency.currency = { QStringLiteral("$100.99"), QStringLiteral("USD"), 100990 };
    SendParameter date;
    date.type = SendParameter::Type::DateTime;
    date.text = QStringLiteral("February 25, 1977");
    body.parameters = { SendParameter::textValue(QStringLiteral("John")), currency, date };

    SendComponent url;
    url.type = SendComponent::Type::Button;
    url.subType = QStringLiteral("url");
    url.index = 0;
    url.parameters = { SendParameter::textValue(QStringLiteral("abc123")) };
    SendComponent quickReply;
    quickReply.type = SendComponent::Type::Button;
    quickReply.subType = QStringLiteral("quick_reply");
    quickReply.index = 1;
    SendParameter payload;
    payload.type = SendParameter::Type::Payload;
    payload.text = QStringLiteral("STOP");
    quickReply.parameters = { payload };
    message.components = { header, body, url, quickReply };

    FallbackChannel sms;
    sms.kind = FallbackChannel::Kind::Sms;
    sms.sender = QStringLiteral("MyBrand");
    sms.text = QStringLiteral("Hi John, your order shipped");
    message.options.fallbacks = { sms };

    QCOMPARE(messente::buildOmnimessage(message, QStringLiteral("+3726000000")),
        QJsonDocument::fromJson(fixture("send-request-full.json")).object());
}

void TestMessenteProtocol::buildsCouponCodeTtlScheduleAndViber()
{
    OutgoingMessage message;
    message.to = QStringLiteral("+37251234567");
    message.tpl.name = QStringLiteral("promo");
    message.tpl.language = QStringLiteral("en");
    message.options.ttlSeconds = 21600;
    message.options.priority = QStringLiteral("high");
    message.options.textStore = QStringLiteral("nostore");
    message.scheduledFor = QDateTime(QDate(2026, 12, 1), QTime(9, 5, 7), Qt::UTC);
    SendComponent copy;
    copy.type = SendComponent::Type::Button;
    copy.subType = QStringLiteral("copy_code");
    copy.index = 0;
    SendParameter coupon;
    coupon.type = SendParameter::Type::CouponCode;
    coupon.text = QStringLiteral("SAVE10");
    copy.parameters = { coupon };
    message.components = { copy };
    FallbackChannel viber;
    viber.kind = FallbackChannel::Kind::Viber;
    viber.text = QStringLiteral("Use SAVE10");
    viber.validityMinutes = 60;
    FallbackChannel sms;
    sms.text = QStringLiteral("Use SAVE10");
    sms.smsAutoconvert = QStringLiteral("full");
    message.options.fallbacks = { viber, sms };

    const QJsonObject root = messente::buildOmnimessage(message, {});
    QCOMPARE(root.value(QStringLiteral("priority")).toString(), QStringLiteral("high"));
    QCOMPARE(root.value(QStringLiteral("text_store")).toString(), QStringLiteral("nostore"));
    const QDateTime sent = QDateTime::fromString(root.value(QStringLiteral("time_to_send")).toString(), Qt::ISODate);
    QCOMPARE(sent.toUTC(), message.scheduledFor); // same instant, written in the operator's offset
    const QJsonArray messages = root.value(QStringLiteral("messages")).toArray();
    QCOMPARE(messages.size(), 3);
    const QJsonObject whatsapp = messages.at(0).toObject();
    QCOMPARE(whatsapp.value(QStringLiteral("ttl")).toInt(), 21600);
    QVERIFY(!whatsapp.contains(QStringLiteral("validity")));
    const QJsonObject button = whatsapp.value(QStringLiteral("template"))
                                   .toObject()
                                   .value(QStringLiteral("components"))
                                   .toArray()
                                   .first()
                                   .toObject();
    QCOMPARE(button.value(QStringLiteral("sub_type")).toString(), QStringLiteral("copy_code"));
    QCOMPARE(
        button.value(QStringLiteral("parameters")).toArray().first().toObject().value(QStringLiteral("coupon_code")),
        QJsonValue(QStringLiteral("SAVE10")));
    QCOMPARE(messages.at(1).toObject().value(QStringLiteral("channel")).toString(), QStringLiteral("viber"));
    QCOMPARE(messages.at(1).toObject().value(QStringLiteral("validity")).toInt(), 60);
    QCOMPARE(messages.at(2).toObject().value(QStringLiteral("channel")).toString(), QStringLiteral("sms"));
    QCOMPARE(messages.at(2).toObject().value(QStringLiteral("autoconvert")).toString(), QStringLiteral("full"));
}

void TestMessenteProtocol::freeTextInsteadOfTemplate()
{
    OutgoingMessage message;
    message.to = QStringLiteral("+37251234567");
    message.freeText = QStringLiteral("Thanks, we got your reply.");
    const QJsonObject whatsapp
        = messente::buildOmnimessage(message, {}).value(QStringLiteral("messages")).toArray().first().toObject();
    QVERIFY(!whatsapp.contains(QStringLiteral("template")));
    QCOMPARE(
        whatsapp.value(QStringLiteral("text")).toObject().value(QStringLiteral("body")).toString(), message.freeText);
}

void TestMessenteProtocol::buildsBulkFromTheDocumentedExample()
{
    // M-BULK's example body sends two omnimessages, to +4400000001 and +4400000002, under "messages".
    // Its omnimessages are SMS; Herald sends WhatsApp, so each one here is the seed's WhatsApp example.
    QList<OutgoingMessage> messages;
    for (const char* to : { "+4400000001", "+4400000002" }) {
        OutgoingMessage message;
        message.to = QLatin1String(to);
        message.tpl.name = QStringLiteral("<template_name>");
        message.tpl.language = QStringLiteral("<language_code>");
        message.tpl.body = QStringLiteral("Hi {{1}}");
        message.values.body.insert(QStringLiteral("1"), QStringLiteral("hello whatsapp"));
        messages.append(message);
    }
    const QString sender = QStringLiteral("<sender name (optional)>");
    const QJsonObject bulk = messente::buildBulk(messages, sender);
    QCOMPARE(bulk, QJsonDocument::fromJson(fixture("bulk-request-seed.json")).object());
    // Each item is exactly what a single send would post, in the order given.
    const QJsonArray items = bulk.value(QStringLiteral("messages")).toArray();
    QCOMPARE(items.size(), messages.size());
    for (qsizetype i = 0; i < messages.size(); ++i)
        QCOMPARE(items.at(i).toObject(), messente::buildOmnimessage(messages.at(i), sender));
}

void TestMessenteProtocol::buildsHeaderAndNamedParameters()
{
    OutgoingMessage message;
    message.to = QStringLiteral("+37251234567");
    message.tpl.name = QStringLiteral("order");
    message.tpl.language = QStringLiteral("en_US");
    message.tpl.headerText = QStringLiteral("Order {{1}}");
    message.tpl.body = QStringLiteral("Hi {{first_name}}, {{order_id}} is on its way, {{first_name}}");
    message.values.header.insert(QStringLiteral("1"), QStringLiteral("#42"));
    message.values.body.insert(QStringLiteral("first_name"), QStringLiteral("Mari"));
    message.values.body.insert(QStringLiteral("order_id"), QStringLiteral("A-7"));
    const QJsonArray components = messente::buildOmnimessage(message, {})
                                      .value(QStringLiteral("messages"))
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value(QStringLiteral("template"))
                                      .toObject()
                                      .value(QStringLiteral("components"))
                                      .toArray();
    QCOMPARE(components.size(), 2);
    const QJsonObject header = components.at(0).toObject();
    QCOMPARE(header.value(QStringLiteral("type")).toString(), QStringLiteral("header"));
    QCOMPARE(header.value(QStringLiteral("parameters")).toArray().first().toObject().value(QStringLiteral("text")),
        QJsonValue(QStringLiteral("#42")));
    const QJsonArray body = components.at(1).toObject().value(QStringLiteral("parameters")).toArray();
    QCOMPARE(body.size(), 2); // first_name once, though the body uses it twice
    QCOMPARE(body.at(0).toObject().value(QStringLiteral("parameter_name")).toString(), QStringLiteral("first_name"));
    QCOMPARE(body.at(0).toObject().value(QStringLiteral("text")).toString(), QStringLiteral("Mari"));
    QCOMPARE(body.at(1).toObject().value(QStringLiteral("parameter_name")).toString(), QStringLiteral("order_id"));
}

void TestMessenteProtocol::noVariablesMeansNoComponents()
{
    OutgoingMessage message;
    message.to = QStringLiteral("+37251234567");
    message.tpl.name = QStringLiteral("hello_world");
    message.tpl.language = QStringLiteral("en_US");
    message.tpl.body = QStringLiteral("Hello world");
    const QJsonObject tpl = messente::buildOmnimessage(message, {})
                                .value(QStringLiteral("messages"))
                                .toArray()
                                .first()
                                .toObject()
                                .value(QStringLiteral("template"))
                                .toObject();
    QVERIFY(tpl.value(QStringLiteral("components")).isArray()); // required by the spec, even when empty
    QCOMPARE(tpl.value(QStringLiteral("components")).toArray().size(), 0);
}

void TestMessenteProtocol::parsesTheSeedSendResponse()
{
    const SendResult r = messente::parseSendResponse(201, fixture("send-response-201.json"));
    QVERIFY(!r.error.isError());
    QCOMPARE(r.providerMessageId, QStringLiteral("632c6f3d-49d0-4a8f-5k2n-74023d31e51d"));
    QCOMPARE(r.channels.size(), 1);
    QCOMPARE(r.channels.first().channel, QStringLiteral("whatsapp"));
    QCOMPARE(r.channels.first().messageId, QStringLiteral("fr593ce7-68de-5e44-bc50-044a3ad0a7fa"));
    QCOMPARE(r.channels.first().sender, QStringLiteral("SENDER_ID"));
}

void TestMessenteProtocol::parsesTheSeedErrorExample()
{
    const SendResult r = messente::parseSendResponse(400, fixture("error-105-sender.json"));
    QCOMPARE(r.error.kind, ProviderError::Kind::Rejected);
    QCOMPARE(r.error.httpStatus, 400);
    QCOMPARE(r.error.providerCode, QStringLiteral("105"));
    QCOMPARE(r.error.providerTitle, QStringLiteral("Invalid data"));
    QCOMPARE(r.error.detail, QStringLiteral("Invalid or disallowed sender Messente"));
    QCOMPARE(r.error.source, QStringLiteral("payload[whatsapp][sender]"));
    QVERIFY(r.error.certainlyNotTaken());
    const QString text = r.error.message();
    QVERIFY2(text.contains(QStringLiteral("Invalid or disallowed sender Messente")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("105")), qPrintable(text));
}

void TestMessenteProtocol::parsesUnauthorized()
{
    const ProviderError e = messente::parseError(401, fixture("error-401.json"));
    QCOMPARE(e.kind, ProviderError::Kind::Unauthorized);
    QCOMPARE(e.providerCode, QStringLiteral("103"));
    QVERIFY(e.source.isEmpty()); // null for non-400 answers
    QVERIFY(e.message().contains(QStringLiteral("Invalid credentials")));
}

void TestMessenteProtocol::nonEnvelopeErrorKeepsAnExcerpt()
{
    const ProviderError e = messente::parseError(502, QByteArrayLiteral("<html>Bad   gateway</html>"));
    QCOMPARE(e.kind, ProviderError::Kind::ProviderFault);
    QCOMPARE(e.detail, QStringLiteral("<html>Bad gateway</html>"));
    QVERIFY(!e.certainlyNotTaken());
}

void TestMessenteProtocol::createdWithoutIdIsUnknownOutcome()
{
    const SendResult r = messente::parseSendResponse(201, QByteArrayLiteral("{}"));
    QCOMPARE(r.error.kind, ProviderError::Kind::OutcomeUnknown);
    QVERIFY(!r.error.certainlyNotTaken());
}

void TestMessenteProtocol::parsesDeliveryReport()
{
    const StatusResult r = messente::parseStatusResponse(200, fixture("status-200-delivered.json"));
    QVERIFY(!r.error.isError());
    QCOMPARE(r.providerMessageId, QStringLiteral("632c6f3d-49d0-4a8f-5k2n-74023d31e51d"));
    QCOMPARE(r.channels.size(), 1);
    const ChannelStatus* s = r.current();
    QVERIFY(s);
    QCOMPARE(s->providerStatus, QStringLiteral("DELIVRD"));
    QCOMPARE(s->state, MessageState::Delivered);
    QCOMPARE(s->errorCode, QStringLiteral("0"));
    QVERIFY(s->errorText.isEmpty());
    QCOMPARE(s->timestamp, QDateTime(QDate(2000, 1, 23), QTime(4, 56, 7), Qt::UTC));
}

void TestMessenteProtocol::parsesFallbackChain()
{
    const StatusResult r = messente::parseStatusResponse(200, fixture("status-200-fallback.json"));
    QCOMPARE(r.channels.size(), 2);
    QCOMPARE(r.channels.at(0).state, MessageState::Failed);
    QCOMPARE(r.channels.at(0).errorCode, QStringLiteral("1"));
    QVERIFY(r.channels.at(0).errorText.contains(QStringLiteral("Delivery failure")));
    // The SMS fallback is still being processed (status null): it speaks for the message now.
    QCOMPARE(r.current()->channel, QStringLiteral("sms"));
    QCOMPARE(r.current()->state, MessageState::Accepted);
    QVERIFY(r.current()->errorCode.isEmpty());
}

void TestMessenteProtocol::rejectsMalformedStatus()
{
    QCOMPARE(
        messente::parseStatusResponse(200, QByteArrayLiteral("not json")).error.kind, ProviderError::Kind::BadResponse);
    QCOMPARE(messente::parseStatusResponse(200, QByteArrayLiteral("{\"statuses\": 5}")).error.kind,
        ProviderError::Kind::BadResponse);
    QCOMPARE(messente::parseStatusResponse(404, QByteArrayLiteral("{}")).error.kind, ProviderError::Kind::NotFound);
}

void TestMessenteProtocol::parsesTheDocumentedDeliveryCallback()
{
    const QList<CallbackStatus> reports = messente::parseDeliveryCallback(fixture("dlr-callback.json"));
    QCOMPARE(reports.size(), 1);
    QCOMPARE(reports.first().providerMessageId, QStringLiteral("632c6f3d-49d0-4a8f-5k2n-74023d31e51d"));
    const ChannelStatus& s = reports.first().status;
    QCOMPARE(s.channel, QStringLiteral("sms"));
    QCOMPARE(s.state, MessageState::Delivered);
    // The example's timestamp has no offset and six fractional digits: read as UTC.
    QVERIFY(s.timestamp.isValid());
    QCOMPARE(s.timestamp.toUTC().time().hour(), 8);
    QVERIFY(messente::parseDeliveryCallback(QByteArrayLiteral("<html>")).isEmpty());
}

void TestMessenteProtocol::parsesTheDocumentedBulkAnswer()
{
    // The spec's BulkOmniMessageCreateSuccessResponse example: two created omnimessages.
    const BatchSendResult batch = messente::parseBulkResponse(201, fixture("bulk-response-201-spec.json"), 2);
    QVERIFY2(!batch.error.isError(), qPrintable(batch.error.message()));
    QCOMPARE(batch.results.size(), 2);
    for (const SendResult& r : batch.results) {
        QVERIFY(!r.error.isError());
        QCOMPARE(r.providerMessageId, QStringLiteral("omnimessage_id"));
        QCOMPARE(r.channels.size(), 2);
        QCOMPARE(r.channels.first().channel, QStringLiteral("sms"));
        QCOMPARE(r.channels.first().messageId, QStringLiteral("message_id"));
        QCOMPARE(r.channels.first().sender, QStringLiteral("sender"));
    }
}

void TestMessenteProtocol::parsesAMixedBulkAnswerOneByOne()
{
    const BatchSendResult batch = messente::parseBulkResponse(201, fixture("bulk-response-201.json"), 2);
    QVERIFY(!batch.error.isError());
    QCOMPARE(batch.results.size(), 2);

    const SendResult& sent = batch.results.at(0);
    QVERIFY(!sent.error.isError());
    QCOMPARE(sent.providerMessageId, QStringLiteral("632c6f3d-49d0-4a8f-5k2n-74023d31e51d"));
    QCOMPARE(sent.channels.size(), 1);
    QCOMPARE(sent.channels.first().channel, QStringLiteral("whatsapp"));
    QCOMPARE(sent.channels.first().messageId, QStringLiteral("fr593ce7-68de-5e44-bc50-044a3ad0a7fa"));

    // The second omnimessage was refused on its own, with Messente's own code and words.
    const ProviderError& refused = batch.results.at(1).error;
    QVERIFY(batch.results.at(1).providerMessageId.isEmpty());
    QCOMPARE(refused.kind, ProviderError::Kind::Rejected);
    QCOMPARE(refused.providerCode, QStringLiteral("105"));
    QCOMPARE(refused.providerTitle, QStringLiteral("Invalid data"));
    QCOMPARE(refused.detail, QStringLiteral("Invalid phone number"));
    QCOMPARE(refused.source, QStringLiteral("payload[to]"));
    QCOMPARE(refused.httpStatus, 0); // the exchange itself was a 201
    QVERIFY(refused.certainlyNotTaken());
    QVERIFY2(refused.message().contains(QStringLiteral("Invalid phone number"))
            && refused.message().contains(QStringLiteral("105")),
        qPrintable(refused.message()));
}

void TestMessenteProtocol::bulkCountMismatchFailsTheWholeBatch()
{
    // Two results for three messages, or for one: which result is whose cannot be known.
    for (const qsizetype expected : { 3, 1 }) {
        const BatchSendResult batch = messente::parseBulkResponse(201, fixture("bulk-response-201.json"), expected);
        QCOMPARE(batch.error.kind, ProviderError::Kind::BadResponse);
        QVERIFY(!batch.error.certainlyNotTaken()); // some may have been taken
        QVERIFY(batch.results.isEmpty());
        QVERIFY2(batch.error.message().contains(QString::number(expected)), qPrintable(batch.error.message()));
    }
    // An answer that cannot be read at all is the same.
    for (const QByteArray& body :
        { QByteArrayLiteral("{\"messages\": [{}"), QByteArrayLiteral("{\"messages\": {}}"), QByteArrayLiteral("[]") }) {
        const BatchSendResult batch = messente::parseBulkResponse(201, body, 1);
        QCOMPARE(batch.error.kind, ProviderError::Kind::BadResponse);
        QVERIFY(!batch.error.certainlyNotTaken());
        QVERIFY(batch.results.isEmpty());
    }
}

void TestMessenteProtocol::bulkRefusedAsAWholeHasNoResults()
{
    const BatchSendResult unauthorized = messente::parseBulkResponse(401, fixture("error-401.json"), 2);
    QCOMPARE(unauthorized.error.kind, ProviderError::Kind::Unauthorized);
    QCOMPARE(unauthorized.error.providerCode, QStringLiteral("103"));
    QCOMPARE(unauthorized.error.httpStatus, 401);
    QVERIFY(unauthorized.results.isEmpty());

    const BatchSendResult invalid = messente::parseBulkResponse(400, fixture("error-105-sender.json"), 2);
    QCOMPARE(invalid.error.kind, ProviderError::Kind::Rejected);
    QCOMPARE(invalid.error.providerCode, QStringLiteral("105"));
    QVERIFY(invalid.error.certainlyNotTaken());
    QVERIFY(invalid.results.isEmpty());
}

void TestMessenteProtocol::bulkItemErrorsAreTypedByTheirCode()
{
    const QByteArray body = R"({"messages": [
        {"errors": [{"code": "104", "title": "Internal Server Error", "detail": "Try again", "source": null}]},
        {"errors": [{"code": "106", "title": "Missing data", "detail": "No text", "source": "payload[messages]"}]},
        {"errors": []},
        "not an object",
        {"to": "+37251234567", "messages": []}
    ]})";
    const BatchSendResult batch = messente::parseBulkResponse(201, body, 5);
    QVERIFY(!batch.error.isError());
    QCOMPARE(batch.results.size(), 5);
    // Messente's own fault for one message: it may have been taken.
    QCOMPARE(batch.results.at(0).error.kind, ProviderError::Kind::ProviderFault);
    QCOMPARE(batch.results.at(0).error.providerCode, QStringLiteral("104"));
    QVERIFY(!batch.results.at(0).error.certainlyNotTaken());
    QCOMPARE(batch.results.at(1).error.kind, ProviderError::Kind::Rejected);
    QCOMPARE(batch.results.at(1).error.source, QStringLiteral("payload[messages]"));
    // An error that says nothing, an item that is no object: not known what became of them.
    QCOMPARE(batch.results.at(2).error.kind, ProviderError::Kind::BadResponse);
    QCOMPARE(batch.results.at(3).error.kind, ProviderError::Kind::BadResponse);
    // Created without an id, as a single send would be.
    QCOMPARE(batch.results.at(4).error.kind, ProviderError::Kind::OutcomeUnknown);
    for (qsizetype i = 2; i < 5; ++i)
        QVERIFY(!batch.results.at(i).error.certainlyNotTaken());
}

QTEST_GUILESS_MAIN(TestMessenteProtocol)
#include "tst_messenteprotocol.moc"
