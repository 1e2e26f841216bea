#include "Fixture.h"
#include "core/BirdStatus.h"
#include "providers/BirdProtocol.h"
#include "providers/BirdProvider.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimeZone>
#include <limits>

using namespace herald;

namespace {
QByteArray fixture(const char* name)
{
    return test::fixture(QStringLiteral("bird/") + QLatin1String(name));
}

OutgoingMessage templateMessage()
{
    OutgoingMessage message;
    message.to = QStringLiteral("+31612345678");
    message.tpl.name = QStringLiteral("welcome");
    message.tpl.language = QStringLiteral("en");
    message.tpl.birdProjectId = QStringLiteral("ce6a2fd6-b2fa-4f5a-a2cd-f3bd15883318");
    message.tpl.body = QStringLiteral("Hello {{name}}");
    message.values.body.insert(QStringLiteral("name"), QStringLiteral("Robert"));
    return message;
}

/// Answers one HTTP request on loopback with @p status and @p body, and keeps the request's head.
class OneShotServer
{
public:
    OneShotServer(int status, QByteArray body)
    {
        m_server.listen(QHostAddress::LocalHost);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this, status, body] {
            QTcpSocket* socket = m_server.nextPendingConnection();
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, status, body] {
                m_request += socket->readAll();
                if (!m_request.contains("\r\n\r\n"))
                    return;
                socket->write(QByteArray("HTTP/1.1 " + QByteArray::number(status)
                    + " X\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
                    + "\r\nConnection: close\r\n\r\n" + body));
                socket->disconnectFromHost();
            });
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    const QByteArray& request() const { return m_request; }

private:
    QTcpServer m_server;
    QByteArray m_request;
};
} // namespace

class TestBirdProtocol : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void buildsTheDocumentedTemplateRequest();
    void convertsLocale();
    void usesVersionAndOmitsEmptyParameters();
    void keysHeaderAndBodyVariables();
    void usesTheMappedStudioVariableKeys();
    void buildsTextBody();
    void addsScheduleValidityAndReference();
    void buildsEncodedUrls();
    void parsesTheSeedSendResponse();
    void acceptedWithoutIdIsUnknownOutcome();
    void mapsEveryStatus_data();
    void mapsEveryStatus();
    void explainsStatusAndReason();
    void parsesFailedMessage();
    void readsSeedFailureSource();
    void deliveredHasNoErrorText();
    void undocumentedStatusIsNamed();
    void rejectsMalformedMessage();
    void parsesRequestError();
    void validationErrorsAppearInMessage();
    void rateLimitedReadsRetryAfter();
    void classifiesOtherStatuses();
    void serviceWindow();
    void cancelIsUnsupportedAndAsynchronous();
    void hasNoBatchSendAndSaysSo();
    void sendsAccessKeyToTheDocumentedPath();
    void bearerSchemeAndContactLookup();
    void fetchesStatusAndTestsConnection();
};

void TestBirdProtocol::buildsTheDocumentedTemplateRequest()
{
    // provider-apis.md §2.3: the official "Text template with variable" example.
    QCOMPARE(
        bird::buildMessage(templateMessage()), QJsonDocument::fromJson(fixture("send-request-template.json")).object());
}

void TestBirdProtocol::convertsLocale()
{
    QCOMPARE(bird::localeFor(QStringLiteral("en_US")), QStringLiteral("en-US"));
    QCOMPARE(bird::localeFor(QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(bird::localeFor(QStringLiteral("prs_AF")), QStringLiteral("prs-AF"));
    OutgoingMessage message = templateMessage();
    message.tpl.language = QStringLiteral("pt_BR");
    const QJsonObject tpl = bird::buildMessage(message).value(QStringLiteral("template")).toObject();
    QCOMPARE(tpl.value(QStringLiteral("locale")).toString(), QStringLiteral("pt-BR"));
}

void TestBirdProtocol::usesVersionAndOmitsEmptyParameters()
{
    OutgoingMessage message = templateMessage();
    message.tpl.birdVersion = QStringLiteral("e0e9190c-c3e7-4026-8fc3-d28a77aa1a52");
    message.tpl.body = QStringLiteral("Hello world");
    const QJsonObject tpl = bird::buildMessage(message).value(QStringLiteral("template")).toObject();
    QCOMPARE(tpl.value(QStringLiteral("version")).toString(), QStringLiteral("e0e9190c-c3e7-4026-8fc3-d28a77aa1a52"));
    QVERIFY(!tpl.contains(QStringLiteral("parameters"))); // the spec's minimum is one
}

void TestBirdProtocol::keysHeaderAndBodyVariables()
{
    OutgoingMessage message = templateMessage();
    message.tpl.headerText = QStringLiteral("Order {{order_id}}");
    message.tpl.body = QStringLiteral("Hi {{2}}, {{1}} and {{1}}");
    message.values.header.insert(QStringLiteral("order_id"), QStringLiteral("#42"));
    message.values.body.insert(QStringLiteral("1"), QStringLiteral("one"));
    message.values.body.insert(QStringLiteral("2"), QStringLiteral("two"));
    const QJsonArray parameters = bird::buildMessage(message)
                                      .value(QStringLiteral("template"))
                                      .toObject()
                                      .value(QStringLiteral("parameters"))
                                      .toArray();
    QCOMPARE(parameters.size(), 3);
    const auto keyOf = [&](int i) {
        return parameters.at(i).toObject().value(QStringLiteral("key")).toString();
    };
    const auto valueOf = [&](int i) {
        return parameters.at(i).toObject().value(QStringLiteral("value")).toString();
    };
    QCOMPARE(keyOf(0), QStringLiteral("header_order_id"));
    QCOMPARE(valueOf(0), QStringLiteral("#42"));
    QCOMPARE(keyOf(1), QStringLiteral("1"));
    QCOMPARE(valueOf(1), QStringLiteral("one"));
    QCOMPARE(keyOf(2), QStringLiteral("2"));
    QCOMPARE(parameters.at(2).toObject().value(QStringLiteral("type")).toString(), QStringLiteral("string"));
}

void TestBirdProtocol::usesTheMappedStudioVariableKeys()
{
    // Bird's documented example (B-WA "Template"): the Studio template's variable is keyed "name",
    // while the template Meta approved numbers it {{1}}; the header's variable is "order" in Studio.
    OutgoingMessage message = templateMessage();
    message.tpl.headerText = QStringLiteral("Order {{1}}");
    message.tpl.body = QStringLiteral("Hello {{1}}, your order is {{2}}.");
    message.tpl.birdVariableKeys = { { QStringLiteral("1"), QStringLiteral("name") },
        { QStringLiteral("header_1"), QStringLiteral("order") }, { QStringLiteral("2"), QString() } };
    message.values.header.insert(QStringLiteral("1"), QStringLiteral("#42"));
    message.values.body.insert(QStringLiteral("1"), QStringLiteral("Robert"));
    message.values.body.insert(QStringLiteral("2"), QStringLiteral("shipped"));
    const QJsonArray parameters = bird::buildMessage(message)
                                      .value(QStringLiteral("template"))
                                      .toObject()
                                      .value(QStringLiteral("parameters"))
                                      .toArray();
    const QJsonArray expected {
        QJsonObject { { QStringLiteral("type"), QStringLiteral("string") },
            { QStringLiteral("key"), QStringLiteral("order") }, { QStringLiteral("value"), QStringLiteral("#42") } },
        QJsonObject { { QStringLiteral("type"), QStringLiteral("string") },
            { QStringLiteral("key"), QStringLiteral("name") }, { QStringLiteral("value"), QStringLiteral("Robert") } },
        // An empty mapping keeps the default key: the variable's own name.
        QJsonObject { { QStringLiteral("type"), QStringLiteral("string") },
            { QStringLiteral("key"), QStringLiteral("2") }, { QStringLiteral("value"), QStringLiteral("shipped") } },
    };
    QCOMPARE(parameters, expected);
    QCOMPARE(birdDefaultVariableKeys(message.tpl),
        (QStringList { QStringLiteral("header_1"), QStringLiteral("1"), QStringLiteral("2") }));
}

void TestBirdProtocol::buildsTextBody()
{
    OutgoingMessage message = templateMessage();
    message.freeText = QStringLiteral("Single text message");
    const QJsonObject built = bird::buildMessage(message);
    QVERIFY(!built.contains(QStringLiteral("template")));
    // B-WA "Text Message" example inside the body field.
    const QJsonObject expected = QJsonDocument::fromJson(
        QByteArrayLiteral("{\"type\": \"text\", \"text\": {\"text\": \"Single text message\"}}"))
                                     .object();
    QCOMPARE(built.value(QStringLiteral("body")).toObject(), expected);
    QCOMPARE(built.value(QStringLiteral("receiver")),
        bird::buildMessage(templateMessage()).value(QStringLiteral("receiver")));
}

void TestBirdProtocol::addsScheduleValidityAndReference()
{
    QJsonObject built = bird::buildMessage(templateMessage());
    QVERIFY(!built.contains(QStringLiteral("scheduledFor")));
    QVERIFY(!built.contains(QStringLiteral("validity")));
    QVERIFY(!built.contains(QStringLiteral("reference")));

    OutgoingMessage message = templateMessage();
    message.scheduledFor = QDateTime(QDate(2030, 1, 2), QTime(12, 30), QTimeZone(QByteArrayLiteral("Europe/Tallinn")));
    message.options.ttlSeconds = 600;
    message.reference = QStringLiteral("herald-42");
    built = bird::buildMessage(message);
    QCOMPARE(built.value(QStringLiteral("scheduledFor")).toString(), QStringLiteral("2030-01-02T10:30:00Z"));
    QCOMPARE(built.value(QStringLiteral("validity")), QJsonValue(600));
    QCOMPARE(built.value(QStringLiteral("reference")).toString(), QStringLiteral("herald-42"));
}

void TestBirdProtocol::buildsEncodedUrls()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("contactIdentifierValue"), QStringLiteral("%2B31612345678"));
    const QUrl url = bird::channelUrl(QUrl(QStringLiteral("https://api.bird.com/")), QStringLiteral("ws-1"),
        QStringLiteral("ch-1"), { QStringLiteral("contacts"), QStringLiteral("+31612345678") }, query);
    QCOMPARE(url.toEncoded(),
        QByteArrayLiteral("https://api.bird.com/workspaces/ws-1/channels/ch-1/contacts/"
                          "%2B31612345678?contactIdentifierValue=%2B31612345678"));
}

void TestBirdProtocol::parsesTheSeedSendResponse()
{
    const SendResult r = bird::parseSendResponse(202, fixture("message-202-seed.json"));
    QVERIFY(!r.error.isError());
    QCOMPARE(r.providerMessageId, QStringLiteral("123e4567-e89b-12d3-a456-426614174000"));
    QCOMPARE(r.channels.size(), 1);
    QCOMPARE(r.channels.first().channel, QStringLiteral("whatsapp"));
    QCOMPARE(r.channels.first().messageId, r.providerMessageId);
    QCOMPARE(r.channels.first().sender, QStringLiteral("text"));
}

void TestBirdProtocol::acceptedWithoutIdIsUnknownOutcome()
{
    const SendResult r = bird::parseSendResponse(202, QByteArrayLiteral("{}"));
    QCOMPARE(r.error.kind, ProviderError::Kind::OutcomeUnknown);
    QVERIFY(!r.error.certainlyNotTaken());
}

void TestBirdProtocol::mapsEveryStatus_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("stateKey"); // empty = not documented (std::nullopt)
    const auto row = [](const char* status, std::optional<MessageState> state) {
        QTest::newRow(status) << QString::fromLatin1(status) << (state ? stateKey(*state) : QString());
    };
    row("accepted", MessageState::Accepted);
    row("processing", MessageState::Accepted);
    row("scheduled", MessageState::Scheduled);
    row("sent", MessageState::Sent);
    row("delivered", MessageState::Delivered);
    row("sending_failed", MessageState::Failed);
    row("delivery_failed", MessageState::Failed);
    row("rejected", MessageState::Failed);
    row("skipped", MessageState::Failed);
    row("deleted", MessageState::Cancelled);
    row("read", std::nullopt); // not a Channels API status: read is an interaction
    row("DELIVERED", std::nullopt);
    row("", std::nullopt);
}

void TestBirdProtocol::mapsEveryStatus()
{
    QFETCH(QString, status);
    QFETCH(QString, stateKey);
    const std::optional<MessageState> state = stateKey.isEmpty() ? std::nullopt : stateFromKey(stateKey);
    QCOMPARE(bird::mapStatus(status), state);
    const QByteArray body = QJsonDocument(
        QJsonObject { { QStringLiteral("id"), QStringLiteral("m-1") },
            { QStringLiteral("status"),
                status } }).toJson();
    QCOMPARE(bird::parseMessage(200, body).current()->state, state);
}

void TestBirdProtocol::explainsStatusAndReason()
{
    QVERIFY(bird::explainStatus(QStringLiteral("sending_failed"), {}).contains(QStringLiteral("could not hand")));
    const QString withReason = bird::explainStatus(QStringLiteral("rejected"), QStringLiteral("Opted out"));
    QVERIFY2(withReason.contains(QStringLiteral("rejected")), qPrintable(withReason));
    QVERIFY2(withReason.contains(QStringLiteral("Opted out")), qPrintable(withReason));
}

void TestBirdProtocol::parsesFailedMessage()
{
    // Shaped after the official Message schema (B-WA): failure{code, description, source{code, name}}.
    const StatusResult r = bird::parseMessage(200, fixture("message-delivery-failed.json"));
    QVERIFY(!r.error.isError());
    QCOMPARE(r.providerMessageId, QStringLiteral("3fa85f64-5717-4562-b3fc-2c963f66afa6"));
    const ChannelStatus* s = r.current();
    QVERIFY(s);
    QCOMPARE(s->channel, QStringLiteral("whatsapp"));
    QCOMPARE(s->providerStatus, QStringLiteral("delivery_failed"));
    QCOMPARE(s->state, MessageState::Failed);
    QCOMPARE(s->errorCode, QStringLiteral("3"));
    // Bird's description, then Herald's words: sentences, each with its full stop.
    QVERIFY2(s->errorText.startsWith(QStringLiteral("Message undeliverable. ")), qPrintable(s->errorText));
    QVERIFY2(s->errorText.contains(QStringLiteral("could not deliver")), qPrintable(s->errorText));
    QVERIFY2(s->errorText.contains(QStringLiteral("131026")), qPrintable(s->errorText));
    QVERIFY2(s->errorText.contains(QStringLiteral("not reachable on WhatsApp")), qPrintable(s->errorText));
    QCOMPARE(s->timestamp, QDateTime(QDate(2023, 6, 23), QTime(15, 51, 19, 660), Qt::UTC));
}

void TestBirdProtocol::readsSeedFailureSource()
{
    // Seed 004's Message example has failure.source only, as a string code.
    const StatusResult r = bird::parseMessage(200, fixture("message-202-seed.json"));
    QCOMPARE(r.current()->state, MessageState::Accepted);
    QCOMPARE(r.current()->errorCode, QStringLiteral("text"));
    QVERIFY(!r.current()->errorText.isEmpty());
    QCOMPARE(r.current()->timestamp, QDateTime(QDate(2024, 4, 24), QTime(14, 45, 9, 682), Qt::UTC));
}

void TestBirdProtocol::deliveredHasNoErrorText()
{
    const StatusResult r = bird::parseMessage(200,
        QByteArrayLiteral("{\"id\": \"m-1\", \"status\": \"delivered\", \"reason\": \"ok\", \"failure\": null, "
                          "\"lastStatusAt\": \"2024-04-24T14:45:09.682Z\"}"));
    QCOMPARE(r.current()->state, MessageState::Delivered);
    QVERIFY(r.current()->errorCode.isEmpty());
    QVERIFY(r.current()->errorText.isEmpty());
}

void TestBirdProtocol::undocumentedStatusIsNamed()
{
    const StatusResult r = bird::parseMessage(200, QByteArrayLiteral("{\"id\": \"m-1\", \"status\": \"read\"}"));
    QVERIFY(!r.current()->state);
    QVERIFY2(r.current()->errorText.contains(QStringLiteral("not documented")), qPrintable(r.current()->errorText));
}

void TestBirdProtocol::rejectsMalformedMessage()
{
    QCOMPARE(bird::parseMessage(200, QByteArrayLiteral("not json")).error.kind, ProviderError::Kind::BadResponse);
    QCOMPARE(
        bird::parseMessage(200, QByteArrayLiteral("{\"id\": \"m-1\"}")).error.kind, ProviderError::Kind::BadResponse);
    QCOMPARE(bird::parseMessage(404, fixture("error-404-request.json")).error.kind, ProviderError::Kind::NotFound);
}

void TestBirdProtocol::parsesRequestError()
{
    const ProviderError e = bird::parseError(404, fixture("error-404-request.json"));
    QCOMPARE(e.kind, ProviderError::Kind::NotFound);
    QCOMPARE(e.providerCode, QStringLiteral("NotFound"));
    QCOMPARE(e.detail, QStringLiteral("The requested resource does not exist: channel not found"));
    // On a send, 404 names a missing workspace or channel: refused, not "unknown message".
    const SendResult send = bird::parseSendResponse(404, fixture("error-404-request.json"));
    QCOMPARE(send.error.kind, ProviderError::Kind::Rejected);
    QVERIFY(send.error.certainlyNotTaken());
    QVERIFY(send.error.message().contains(QStringLiteral("channel not found")));
    QCOMPARE(bird::parseError(409, fixture("error-404-request.json")).kind, ProviderError::Kind::Rejected);
    QCOMPARE(bird::parseError(400, fixture("error-404-request.json")).kind, ProviderError::Kind::Rejected);
}

void TestBirdProtocol::validationErrorsAppearInMessage()
{
    const ProviderError e = bird::parseError(422, fixture("error-422-validation.json"));
    QCOMPARE(e.kind, ProviderError::Kind::Rejected);
    QCOMPARE(e.providerCode, QStringLiteral("InvalidPayload"));
    QCOMPARE(e.fieldErrors.size(), 3);
    QCOMPARE(e.fieldErrors.at(0).first, QStringLiteral("receiver.contacts[0].identifierValue"));
    QCOMPARE(
        e.fieldErrors.at(2), qMakePair(QStringLiteral("template.locale"), QStringLiteral("must be a BCP-47 locale")));
    const QString text = e.message();
    QVERIFY2(text.contains(QStringLiteral("must be a valid phone number")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("template.locale: is required")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("InvalidPayload")), qPrintable(text));
}

void TestBirdProtocol::rateLimitedReadsRetryAfter()
{
    const ProviderError e = bird::parseError(429, fixture("error-429.json"), QByteArrayLiteral("7"));
    QCOMPARE(e.kind, ProviderError::Kind::RateLimited);
    QCOMPARE(e.retryAfterSeconds, 7);
    QVERIFY(e.certainlyNotTaken()); // B-RATE: a 429 request was not processed
    QCOMPARE(
        bird::parseSendResponse(429, fixture("error-429.json"), QByteArrayLiteral("3")).error.retryAfterSeconds, 3);
    QCOMPARE(bird::parseError(429, fixture("error-429.json")).retryAfterSeconds, 0);
    const QDateTime now(QDate(2015, 10, 21), QTime(7, 27, 30), Qt::UTC);
    QCOMPARE(bird::retryAfterSeconds(QByteArrayLiteral("Wed, 21 Oct 2015 07:28:00 GMT"), now), 30);
    QCOMPARE(bird::retryAfterSeconds(QByteArrayLiteral("soon"), now), 0);
    // A date more seconds ahead than an int holds waits the longest an int holds, not a wrapped-around time.
    QCOMPARE(bird::retryAfterSeconds(QByteArrayLiteral("Fri, 31 Dec 9999 23:59:59 GMT"), now),
        std::numeric_limits<int>::max());
}

void TestBirdProtocol::classifiesOtherStatuses()
{
    QCOMPARE(bird::parseError(401, {}).kind, ProviderError::Kind::Unauthorized);
    QCOMPARE(bird::parseError(403, {}).kind, ProviderError::Kind::Unauthorized);
    const ProviderError e = bird::parseError(502, QByteArrayLiteral("<html>Bad   gateway</html>"));
    QCOMPARE(e.kind, ProviderError::Kind::ProviderFault);
    QCOMPARE(e.detail, QStringLiteral("<html>Bad gateway</html>"));
    QVERIFY(!e.certainlyNotTaken());
}

void TestBirdProtocol::serviceWindow()
{
    const QByteArray documented = fixture("contact-information.json"); // expires 2024-04-24T14:45:09.682Z
    const QDateTime before(QDate(2024, 4, 24), QTime(10, 0), Qt::UTC);
    ServiceWindowResult r = bird::parseContactInformation(200, documented, {}, before);
    QVERIFY(!r.error.isError());
    QVERIFY(r.open);
    QVERIFY(!r.permanent);
    QCOMPARE(r.expiresAt, QDateTime(QDate(2024, 4, 24), QTime(14, 45, 9, 682), Qt::UTC));

    r = bird::parseContactInformation(200, documented); // now is long past the example's time
    QVERIFY(!r.error.isError());
    QVERIFY(!r.open);
    QVERIFY(!r.expiresAt.isValid());

    r = bird::parseContactInformation(200, QByteArrayLiteral("{\"serviceWindowExpireAt\": null}"));
    QVERIFY(!r.error.isError());
    QVERIFY(!r.open);

    r = bird::parseContactInformation(
        200, QByteArrayLiteral("{\"serviceWindowExpireAt\": null, \"isPermanentSession\": true}"));
    QVERIFY(r.open);
    QVERIFY(r.permanent);
    QVERIFY(!r.expiresAt.isValid());

    QCOMPARE(bird::parseContactInformation(200, QByteArrayLiteral("{}")).error.kind, ProviderError::Kind::BadResponse);
    QCOMPARE(bird::parseContactInformation(404, fixture("error-404-request.json")).error.kind,
        ProviderError::Kind::NotFound);
}

void TestBirdProtocol::cancelIsUnsupportedAndAsynchronous()
{
    QNetworkAccessManager nam;
    BirdProvider provider(&nam,
        BirdCredentials { QUrl(QStringLiteral("https://api.bird.com")), QStringLiteral("ws"), QStringLiteral("ch"),
            QStringLiteral("key"), {} });
    QObject context;
    std::optional<ProviderError> answer;
    provider.cancel(QStringLiteral("m-1"), &context, [&](const ProviderError& e) { answer = e; });
    QVERIFY(!answer); // never synchronously
    QTRY_VERIFY(answer.has_value());
    QCOMPARE(answer->kind, ProviderError::Kind::Unsupported);
    QVERIFY2(answer->message().contains(QStringLiteral("cancel")), qPrintable(answer->message()));

    bool called = false;
    auto* doomed = new QObject;
    provider.cancel(QStringLiteral("m-1"), doomed, [&](const ProviderError&) { called = true; });
    delete doomed;
    QTest::qWait(20);
    QVERIFY(!called);
}

void TestBirdProtocol::hasNoBatchSendAndSaysSo()
{
    // Bird has no bulk endpoint: Provider's default refuses the batch, unsent and asynchronously.
    OneShotServer server(202, fixture("message-202-seed.json"));
    QNetworkAccessManager nam;
    BirdProvider provider(
        &nam, BirdCredentials { server.url(), QStringLiteral("ws"), QStringLiteral("ch"), QStringLiteral("key"), {} });
    QCOMPARE(provider.maxBatchSize(), 1);
    QObject context;
    std::optional<BatchSendResult> answer;
    provider.sendBatch(
        { templateMessage(), templateMessage() }, &context, [&](const BatchSendResult& r) { answer = r; });
    QVERIFY(!answer); // never synchronously
    QTRY_VERIFY(answer.has_value());
    QCOMPARE(answer->error.kind, ProviderError::Kind::Unsupported);
    QVERIFY(answer->error.certainlyNotTaken());
    QVERIFY(answer->results.isEmpty());
    QVERIFY2(answer->error.message().contains(QStringLiteral("Bird")), qPrintable(answer->error.message()));
    QVERIFY(server.request().isEmpty()); // nothing went out

    bool called = false;
    auto* doomed = new QObject;
    provider.sendBatch({ templateMessage() }, doomed, [&](const BatchSendResult&) { called = true; });
    delete doomed;
    QTest::qWait(20);
    QVERIFY(!called);
}

void TestBirdProtocol::sendsAccessKeyToTheDocumentedPath()
{
    OneShotServer server(202, fixture("message-202-seed.json"));
    QNetworkAccessManager nam;
    BirdProvider provider(&nam,
        BirdCredentials { server.url(), QStringLiteral("ws-1"), QStringLiteral("ch-1"), QStringLiteral("s3cret"),
            BirdAuthScheme::AccessKey });
    QObject context;
    std::optional<SendResult> result;
    provider.send(templateMessage(), &context, [&](const SendResult& r) { result = r; });
    QTRY_VERIFY(result.has_value());
    QVERIFY2(!result->error.isError(), qPrintable(result->error.message()));
    QCOMPARE(result->providerMessageId, QStringLiteral("123e4567-e89b-12d3-a456-426614174000"));
    QVERIFY2(server.request().startsWith("POST /workspaces/ws-1/channels/ch-1/messages HTTP/1.1"),
        server.request().constData());
    QVERIFY(server.request().contains("\r\nAuthorization: AccessKey s3cret\r\n"));
}

void TestBirdProtocol::bearerSchemeAndContactLookup()
{
    OneShotServer server(200, QByteArrayLiteral("{\"serviceWindowExpireAt\": null, \"isPermanentSession\": true}"));
    QNetworkAccessManager nam;
    BirdProvider provider(&nam,
        BirdCredentials { server.url(), QStringLiteral("ws-1"), QStringLiteral("ch-1"), QStringLiteral("s3cret"),
            BirdAuthScheme::Bearer });
    QObject context;
    std::optional<ServiceWindowResult> result;
    provider.checkServiceWindow(
        QStringLiteral("+31612345678"), &context, [&](const ServiceWindowResult& r) { result = r; });
    QTRY_VERIFY(result.has_value());
    QVERIFY(result->permanent);
    QVERIFY2(server.request().startsWith("GET /workspaces/ws-1/channels/ch-1/contacts/%2B31612345678"
                                         "?contactIdentifierValue=%2B31612345678 HTTP/1.1"),
        server.request().constData());
    QVERIFY(server.request().contains("\r\nAuthorization: Bearer s3cret\r\n"));
}

void TestBirdProtocol::fetchesStatusAndTestsConnection()
{
    QNetworkAccessManager nam;
    QObject context;
    {
        OneShotServer server(200, fixture("message-delivery-failed.json"));
        BirdProvider provider(&nam,
            BirdCredentials { server.url(), QStringLiteral("ws-1"), QStringLiteral("ch-1"), QStringLiteral("s3cret"),
                BirdAuthScheme::AccessKey });
        std::optional<StatusResult> result;
        provider.fetchStatus(QStringLiteral("m-1"), &context, [&](const StatusResult& r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->current()->state, MessageState::Failed);
        QVERIFY2(server.request().startsWith("GET /workspaces/ws-1/channels/ch-1/messages/m-1 HTTP/1.1"),
            server.request().constData());
    }
    {
        OneShotServer server(200, QByteArrayLiteral("{\"results\": []}"));
        BirdProvider provider(&nam,
            BirdCredentials { server.url(), QStringLiteral("ws-1"), QStringLiteral("ch-1"), QStringLiteral("s3cret"),
                BirdAuthScheme::AccessKey });
        std::optional<ProviderError> error;
        provider.testConnection(&context, [&](const ProviderError& e) { error = e; });
        QTRY_VERIFY(error.has_value());
        QVERIFY2(!error->isError(), qPrintable(error->message()));
        QVERIFY2(server.request().startsWith("GET /workspaces/ws-1/channels/ch-1/messages?limit=1 HTTP/1.1"),
            server.request().constData());
    }
    {
        OneShotServer server(401, QByteArrayLiteral("{\"code\": \"Unauthorized\", \"message\": \"invalid key\"}"));
        BirdProvider provider(&nam,
            BirdCredentials { server.url(), QStringLiteral("ws-1"), QStringLiteral("ch-1"), QStringLiteral("wrong"),
                BirdAuthScheme::AccessKey });
        std::optional<ProviderError> error;
        provider.testConnection(&context, [&](const ProviderError& e) { error = e; });
        QTRY_VERIFY(error.has_value());
        QCOMPARE(error->kind, ProviderError::Kind::Unauthorized);
        QVERIFY(error->message().contains(QStringLiteral("invalid key")));
    }
}

QTEST_GUILESS_MAIN(TestBirdProtocol)
#include "tst_birdprotocol.moc"
