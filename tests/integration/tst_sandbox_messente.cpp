#include "sandbox/SandboxServer.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <memory>

using herald::sandbox::SandboxOptions;
using herald::sandbox::SandboxServer;

/// The Messente sandbox over real loopback HTTP, spoken to with a plain QNetworkAccessManager and
/// hand-written JSON: nothing from Herald's providers code, so the two sides check each other.
class TestSandboxMessente : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void acceptsTheDocumentedCurlExample();
    void senderDefaultsAndFallbackChainIsListed();
    void refusesMissingOrWrongCredentials_data();
    void refusesMissingOrWrongCredentials();
    void rejectsInvalidPayloads_data();
    void rejectsInvalidPayloads();
    void statusStartsNullThenProgressesToSeen();
    void numberEndingDecidesTheOutcome_data();
    void numberEndingDecidesTheOutcome();
    void numberEndingIn99StaysAcknowledged();
    void fallsBackToTheNextChannelAfterUndeliv();
    void expiredValidityFallsBack();
    void unknownIdIsNotFound();
    void cancelsAScheduledMessage_data();
    void cancelsAScheduledMessage();
    void cannotCancelASentMessage();
    void unknownPathsAndMethods();
    void bulkSendAnswersPerOmnimessage();
    void recordsRequestsInOrder();

private:
    struct Reply
    {
        int status = -1;
        QByteArray body;
        QByteArray contentType;
        QJsonObject json;
    };

    void start(double speed);
    Reply call(const QByteArray& verb, const QString& path, const QByteArray& body = {});
    Reply call(const QByteArray& verb, const QString& path, const QByteArray& body, const QByteArray& authorization);
    QString send(const QByteArray& body); ///< POST /v1/omnimessage, returns the omnimessage_id
    QJsonArray statuses(const QString& id);
    QString statusAt(const QString& id, int index);

    static QByteArray basic(const QString& user, const QString& password);
    static QByteArray templateBody(const QString& to, const QByteArray& extra = {});

    QNetworkAccessManager m_nam;
    std::unique_ptr<SandboxServer> m_sandbox;
};

namespace {

const QRegularExpression kUuid(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
const QRegularExpression kTimestamp(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+00:00$"));

QJsonObject firstError(const QJsonObject& json)
{
    return json.value(QStringLiteral("errors")).toArray().first().toObject();
}

QDateTime timestampOf(const QJsonValue& status)
{
    return QDateTime::fromString(status.toObject().value(QStringLiteral("timestamp")).toString(), Qt::ISODateWithMs);
}

} // namespace

void TestSandboxMessente::init()
{
    start(20.0);
}

void TestSandboxMessente::cleanup()
{
    m_sandbox.reset();
}

void TestSandboxMessente::start(double speed)
{
    SandboxOptions options;
    options.messenteUser = QStringLiteral("tester");
    options.messentePassword = QStringLiteral("secret");
    options.speed = speed;
    m_sandbox = std::make_unique<SandboxServer>(options);
    QVERIFY(m_sandbox->listen(0));
    QVERIFY(m_sandbox->port() != 0);
    QCOMPARE(m_sandbox->messenteBaseUrl().toString(), m_sandbox->baseUrl().toString() + QStringLiteral("/v1"));
}

QByteArray TestSandboxMessente::basic(const QString& user, const QString& password)
{
    return "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
}

QByteArray TestSandboxMessente::templateBody(const QString& to, const QByteArray& extra)
{
    return R"({"to":")" + to.toUtf8() + R"(","messages":[{"channel":"whatsapp","template":{"name":"order_update",)"
        + R"("language":{"code":"en"},"components":[{"type":"body","parameters":[{"type":"text","text":"Mari"}]}]}})"
        + extra + "]}";
}

TestSandboxMessente::Reply TestSandboxMessente::call(
    const QByteArray& verb, const QString& path, const QByteArray& body)
{
    return call(verb, path, body, basic(QStringLiteral("tester"), QStringLiteral("secret")));
}

TestSandboxMessente::Reply TestSandboxMessente::call(
    const QByteArray& verb, const QString& path, const QByteArray& body, const QByteArray& authorization)
{
    QNetworkRequest request(QUrl(m_sandbox->baseUrl().toString() + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!authorization.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), authorization);
    std::unique_ptr<QNetworkReply> reply(m_nam.sendCustomRequest(request, verb, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(5000))
        return {};
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    result.json = QJsonDocument::fromJson(result.body).object();
    return result;
}

QString TestSandboxMessente::send(const QByteArray& body)
{
    const Reply reply = call("POST", QStringLiteral("/v1/omnimessage"), body);
    return reply.status == 201 ? reply.json.value(QStringLiteral("omnimessage_id")).toString() : QString();
}

QJsonArray TestSandboxMessente::statuses(const QString& id)
{
    return call("GET", QStringLiteral("/v1/omnimessage/%1/status").arg(id))
        .json.value(QStringLiteral("statuses"))
        .toArray();
}

QString TestSandboxMessente::statusAt(const QString& id, int index)
{
    const QJsonValue status = statuses(id).at(index).toObject().value(QStringLiteral("status"));
    return status.isNull() ? QStringLiteral("null") : status.toString();
}

void TestSandboxMessente::acceptsTheDocumentedCurlExample()
{
    // The body of the curl example in Messente's WhatsApp documentation, with a real number for `to`.
    const QByteArray body = R"({
      "to": "+37251234567",
      "messages": [
        {
          "channel": "whatsapp",
          "sender": "<sender name (optional)>",
          "template": {
            "name": "<template_name>",
            "language": {
              "code": "<language_code>"
            },
            "components": [
              {
                "type": "body",
                "parameters": [
                  {
                    "type": "text",
                    "text": "hello whatsapp"
                  }
                ]
              }
            ]
          }
        }
      ]
    })";
    const Reply reply = call("POST", QStringLiteral("/v1/omnimessage"), body);
    QCOMPARE(reply.status, 201);
    QVERIFY2(reply.contentType.startsWith("application/json"), reply.contentType.constData());
    QCOMPARE(reply.json.value(QStringLiteral("to")).toString(), QStringLiteral("+37251234567"));
    QVERIFY(kUuid.match(reply.json.value(QStringLiteral("omnimessage_id")).toString()).hasMatch());
    const QJsonArray messages = reply.json.value(QStringLiteral("messages")).toArray();
    QCOMPARE(messages.size(), 1);
    const QJsonObject message = messages.first().toObject();
    QCOMPARE(message.value(QStringLiteral("channel")).toString(), QStringLiteral("whatsapp"));
    QCOMPARE(message.value(QStringLiteral("sender")).toString(), QStringLiteral("<sender name (optional)>"));
    QVERIFY(kUuid.match(message.value(QStringLiteral("message_id")).toString()).hasMatch());
    QCOMPARE(reply.json.keys(),
        (QStringList { QStringLiteral("messages"), QStringLiteral("omnimessage_id"), QStringLiteral("to") }));
}

void TestSandboxMessente::senderDefaultsAndFallbackChainIsListed()
{
    const Reply reply = call("POST", QStringLiteral("/v1/omnimessage"),
        templateBody(
            QStringLiteral("+37251234567"), R"(,{"channel":"sms","sender":"Shop","text":"Your order shipped"})"));
    QCOMPARE(reply.status, 201);
    const QJsonArray messages = reply.json.value(QStringLiteral("messages")).toArray();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(0).toObject().value(QStringLiteral("sender")).toString(), QStringLiteral("Messente"));
    QCOMPARE(messages.at(1).toObject().value(QStringLiteral("channel")).toString(), QStringLiteral("sms"));
    QCOMPARE(messages.at(1).toObject().value(QStringLiteral("sender")).toString(), QStringLiteral("Shop"));
    QVERIFY(messages.at(0).toObject().value(QStringLiteral("message_id"))
        != messages.at(1).toObject().value(QStringLiteral("message_id")));
}

void TestSandboxMessente::refusesMissingOrWrongCredentials_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("missing") << QByteArray();
    QTest::newRow("wrong password") << basic(QStringLiteral("tester"), QStringLiteral("nope"));
    QTest::newRow("wrong user") << basic(QStringLiteral("someone"), QStringLiteral("secret"));
    QTest::newRow("not basic") << QByteArrayLiteral("Bearer secret");
    QTest::newRow("not base64") << QByteArrayLiteral("Basic !!!");
}

void TestSandboxMessente::refusesMissingOrWrongCredentials()
{
    QFETCH(QByteArray, authorization);
    for (const auto& [verb, path] : { std::pair { QByteArrayLiteral("POST"), QStringLiteral("/v1/omnimessage") },
             std::pair { QByteArrayLiteral("GET"), QStringLiteral("/v1/omnimessage/x/status") },
             std::pair { QByteArrayLiteral("DELETE"), QStringLiteral("/v1/omnimessage/x") },
             std::pair { QByteArrayLiteral("GET"), QStringLiteral("/v1/nothing/here") } }) {
        const Reply reply = call(verb, path, templateBody(QStringLiteral("+37251234567")), authorization);
        QCOMPARE(reply.status, 401);
        const QJsonObject error = firstError(reply.json);
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("103"));
        QCOMPARE(error.value(QStringLiteral("title")).toString(), QStringLiteral("Unauthorized"));
        QVERIFY(!error.value(QStringLiteral("detail")).toString().isEmpty());
        QVERIFY(error.contains(QStringLiteral("source")) && error.value(QStringLiteral("source")).isNull());
    }
    for (const auto& r : m_sandbox->requests())
        QVERIFY(!r.authorized);
}

void TestSandboxMessente::rejectsInvalidPayloads_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("source");
    const auto row = [](const char* name, const QByteArray& body, int code, const char* source) {
        QTest::newRow(name) << body << QString::number(code) << QString::fromLatin1(source);
    };
    // An omnimessage to a valid number whose one WhatsApp message has `fields`, with `top` added at the top level.
    const auto wa = [](const QByteArray& fields, const QByteArray& top = {}) -> QByteArray {
        return R"({"to":"+37251234567",)" + top + R"("messages":[{"channel":"whatsapp",)" + fields + "}]}";
    };
    const QByteArray tpl = R"("template":{"name":"t","language":{"code":"en"},"components":[]})";

    row("not json", "hello", 105, "payload");
    row("not an object", "[1,2]", 105, "payload");
    row("no to", R"({"messages":[{"channel":"whatsapp",)" + tpl + "}]}", 106, "payload[to]");
    row("to without +", R"({"to":"37251234567","messages":[{"channel":"whatsapp",)" + tpl + "}]}", 105, "payload[to]");
    row("to too short", R"({"to":"+12345","messages":[{"channel":"whatsapp",)" + tpl + "}]}", 105, "payload[to]");
    row("no messages", R"({"to":"+37251234567"})", 106, "payload[messages]");
    row("empty messages", R"({"to":"+37251234567","messages":[]})", 106, "payload[messages]");
    row("messages not array", R"({"to":"+37251234567","messages":{}})", 106, "payload[messages]");
    row("unknown channel", R"({"to":"+37251234567","messages":[{"channel":"telegram","text":"hi"}]})", 105,
        "payload[messages][channel]");
    row("no channel", R"({"to":"+37251234567","messages":[{"text":"hi"}]})", 105, "payload[messages][channel]");
    row("whatsapp without content", wa(R"("sender":"x")"), 106, "payload[whatsapp]");
    row("no template name", wa(R"("template":{"language":{"code":"en"},"components":[]})"), 106,
        "payload[whatsapp][template][name]");
    row("no language", wa(R"("template":{"name":"t","components":[]})"), 106,
        "payload[whatsapp][template][language][code]");
    row("no language code", wa(R"("template":{"name":"t","language":{},"components":[]})"), 106,
        "payload[whatsapp][template][language][code]");
    row("no components", wa(R"("template":{"name":"t","language":{"code":"en"}})"), 106,
        "payload[whatsapp][template][components]");
    row("validity and ttl", wa(R"("validity":360,"ttl":21600,)" + tpl), 105, "payload[whatsapp][ttl]");
    row("bad time_to_send", wa(tpl, R"("time_to_send":"tomorrow",)"), 105, "payload[time_to_send]");
    row("sms without text", R"({"to":"+37251234567","messages":[{"channel":"sms","sender":"x"}]})", 106,
        "payload[sms][text]");
}

void TestSandboxMessente::rejectsInvalidPayloads()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, source);
    const Reply reply = call("POST", QStringLiteral("/v1/omnimessage"), body);
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.contentType.startsWith("application/json"));
    const QJsonObject error = firstError(reply.json);
    QCOMPARE(error.value(QStringLiteral("code")).toString(), code);
    QCOMPARE(error.value(QStringLiteral("title")).toString(),
        code == QLatin1String("105") ? QStringLiteral("Invalid data") : QStringLiteral("Missing data"));
    QCOMPARE(error.value(QStringLiteral("source")).toString(), source);
    QVERIFY(!error.value(QStringLiteral("detail")).toString().isEmpty());
    if (source == QLatin1String("payload[to]") && code == QLatin1String("105"))
        QCOMPARE(error.value(QStringLiteral("detail")).toString(), QStringLiteral("Invalid phone number"));
}

void TestSandboxMessente::statusStartsNullThenProgressesToSeen()
{
    start(2.0); // slow enough that polling sees every status (ACK at 250 ms … SEEN at 2 s)
    const QString id = send(templateBody(QStringLiteral("+37251234567")));
    QVERIFY(!id.isEmpty());

    const Reply first = call("GET", QStringLiteral("/v1/omnimessage/%1/status").arg(id));
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json.value(QStringLiteral("omnimessage_id")).toString(), id);
    QCOMPARE(first.json.value(QStringLiteral("to")).toString(), QStringLiteral("+37251234567"));
    const QJsonObject pending = first.json.value(QStringLiteral("statuses")).toArray().first().toObject();
    for (const char* key : { "status", "err", "error", "price_info" })
        QVERIFY2(pending.value(QLatin1String(key)).isNull(), key);
    QCOMPARE(pending.value(QStringLiteral("channel")).toString(), QStringLiteral("whatsapp"));
    QVERIFY(kTimestamp.match(pending.value(QStringLiteral("timestamp")).toString()).hasMatch());

    QStringList seen;
    QHash<QString, QJsonObject> reports;
    QDeadlineTimer deadline(5000);
    while (!deadline.hasExpired() && !seen.contains(QStringLiteral("SEEN"))) {
        const QJsonArray all = statuses(id);
        QCOMPARE(all.size(), 1);
        const QJsonObject report = all.first().toObject();
        const QString status = report.value(QStringLiteral("status")).toString(QStringLiteral("null"));
        if (seen.isEmpty() || seen.last() != status)
            seen << status;
        reports.insert(status, report);
        QTest::qWait(10);
    }
    const QStringList order { QStringLiteral("null"), QStringLiteral("ACK"), QStringLiteral("ACCEPTD"),
        QStringLiteral("DELIVRD"), QStringLiteral("SEEN") };
    qsizetype previous = -1;
    for (const QString& status : seen) { // in lifecycle order, none skipped backwards
        QVERIFY2(order.indexOf(status) > previous, qPrintable(seen.join(QLatin1Char(','))));
        previous = order.indexOf(status);
    }
    QVERIFY2(seen.contains(QStringLiteral("DELIVRD")), qPrintable(seen.join(QLatin1Char(','))));
    QCOMPARE(seen.last(), QStringLiteral("SEEN"));

    const QJsonObject delivered = reports.value(QStringLiteral("DELIVRD"));
    QCOMPARE(delivered.value(QStringLiteral("err")).toInt(-1), 0);
    QVERIFY(delivered.value(QStringLiteral("error")).isNull());
    const QJsonObject read = reports.value(QStringLiteral("SEEN"));
    QCOMPARE(read.value(QStringLiteral("err")).toInt(-1), 10);
    QVERIFY(read.value(QStringLiteral("error")).isNull());
    const QJsonObject price = read.value(QStringLiteral("price_info")).toObject();
    QCOMPARE(price.value(QStringLiteral("part_price")).toString(), QStringLiteral("0.05"));
    QCOMPARE(price.value(QStringLiteral("parts_count")).toInt(), 1);
    QCOMPARE(price.value(QStringLiteral("total_price")).toString(), QStringLiteral("0.05"));
    QVERIFY(kTimestamp.match(read.value(QStringLiteral("timestamp")).toString()).hasMatch());
    // Each timestamp is when that status was reached: DELIVRD at 2 s, SEEN at 4 s, divided by the speed.
    QCOMPARE(timestampOf(delivered).msecsTo(timestampOf(read)), 1000);
    QCOMPARE(read.value(QStringLiteral("message_id")), delivered.value(QStringLiteral("message_id")));
}

void TestSandboxMessente::numberEndingDecidesTheOutcome_data()
{
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("err");
    QTest::addColumn<QString>("error");
    QTest::newRow("00 undelivered") << QStringLiteral("+37251234500") << QStringLiteral("UNDELIV") << 1
                                    << QStringLiteral("Delivery failure");
    QTest::newRow("13 failed") << QStringLiteral("+37251234513") << QStringLiteral("FAILED") << 3
                               << QStringLiteral("Invalid number");
    QTest::newRow("98 expired") << QStringLiteral("+37251234598") << QStringLiteral("EXPIRED") << 2
                                << QStringLiteral("Sending message expired");
}

void TestSandboxMessente::numberEndingDecidesTheOutcome()
{
    QFETCH(QString, to);
    QFETCH(QString, status);
    QFETCH(int, err);
    QFETCH(QString, error);
    const QString id = send(templateBody(to));
    QVERIFY(!id.isEmpty());
    QStringList seen;
    QTRY_VERIFY_WITH_TIMEOUT((seen << statusAt(id, 0), seen.last() == status), 5000);
    QVERIFY2(!seen.contains(QStringLiteral("DELIVRD")), qPrintable(seen.join(QLatin1Char(','))));
    QTest::qWait(300); // 6 s of lifecycle at speed 20: a final status does not change any more
    const QJsonArray all = statuses(id);
    QCOMPARE(all.size(), 1);
    const QJsonObject report = all.first().toObject();
    QCOMPARE(report.value(QStringLiteral("status")).toString(), status);
    QCOMPARE(report.value(QStringLiteral("err")).toInt(-1), err);
    QCOMPARE(report.value(QStringLiteral("error")).toString(), error);
    QVERIFY(report.value(QStringLiteral("price_info")).isObject());
}

void TestSandboxMessente::numberEndingIn99StaysAcknowledged()
{
    const QString id = send(templateBody(QStringLiteral("+37251234599"), R"(,{"channel":"sms","text":"hi"})"));
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(statusAt(id, 0), QStringLiteral("ACK"), 5000);
    QTest::qWait(400); // 8 s of lifecycle at speed 20
    const QJsonArray all = statuses(id);
    QCOMPARE(all.size(), 1); // the fallback channel is never attempted, so it is not listed
    QCOMPARE(all.first().toObject().value(QStringLiteral("status")).toString(), QStringLiteral("ACK"));
    QVERIFY(all.first().toObject().value(QStringLiteral("price_info")).isNull());
}

void TestSandboxMessente::fallsBackToTheNextChannelAfterUndeliv()
{
    const Reply sent = call("POST", QStringLiteral("/v1/omnimessage"),
        templateBody(QStringLiteral("+37251234500"), R"(,{"channel":"sms","text":"hi"})"));
    QCOMPARE(sent.status, 201);
    const QString id = sent.json.value(QStringLiteral("omnimessage_id")).toString();
    const QJsonArray messages = sent.json.value(QStringLiteral("messages")).toArray();
    QTRY_COMPARE_WITH_TIMEOUT(statusAt(id, 1), QStringLiteral("DELIVRD"), 5000);
    const QJsonArray all = statuses(id);
    QCOMPARE(all.size(), 2);
    const QJsonObject whatsapp = all.at(0).toObject();
    const QJsonObject sms = all.at(1).toObject();
    QCOMPARE(whatsapp.value(QStringLiteral("status")).toString(), QStringLiteral("UNDELIV"));
    QCOMPARE(whatsapp.value(QStringLiteral("err")).toInt(-1), 1);
    QCOMPARE(
        whatsapp.value(QStringLiteral("message_id")), messages.at(0).toObject().value(QStringLiteral("message_id")));
    QCOMPARE(sms.value(QStringLiteral("channel")).toString(), QStringLiteral("sms"));
    QCOMPARE(sms.value(QStringLiteral("message_id")), messages.at(1).toObject().value(QStringLiteral("message_id")));
    QCOMPARE(sms.value(QStringLiteral("err")).toInt(-1), 0);
    // The SMS lifecycle starts when WhatsApp failed: DELIVRD 2 s later, at speed 20.
    QCOMPARE(timestampOf(whatsapp).msecsTo(timestampOf(sms)), 100);
}

void TestSandboxMessente::expiredValidityFallsBack()
{
    // 99 never gets past ACK; its ttl of 1 s (50 ms at speed 20) runs out and SMS is tried instead.
    const QString id
        = send(R"({"to":"+37251234599","messages":[{"channel":"whatsapp","ttl":1,"template":)"
               R"({"name":"t","language":{"code":"en"},"components":[]}},{"channel":"sms","text":"hi"}]})");
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(statusAt(id, 1), QStringLiteral("DELIVRD"), 5000);
    const QJsonObject whatsapp = statuses(id).at(0).toObject();
    QCOMPARE(whatsapp.value(QStringLiteral("status")).toString(), QStringLiteral("EXPIRED"));
    QCOMPARE(whatsapp.value(QStringLiteral("err")).toInt(-1), 2);
}

void TestSandboxMessente::unknownIdIsNotFound()
{
    for (const QByteArray& verb : { QByteArrayLiteral("GET"), QByteArrayLiteral("DELETE") }) {
        const QString path = verb == "GET"
            ? QStringLiteral("/v1/omnimessage/7a1c1d9e-0000-4000-8000-000000000000/status")
            : QStringLiteral("/v1/omnimessage/7a1c1d9e-0000-4000-8000-000000000000");
        const Reply reply = call(verb, path);
        QCOMPARE(reply.status, 404);
        const QJsonObject error = firstError(reply.json);
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("101"));
        QCOMPARE(error.value(QStringLiteral("title")).toString(), QStringLiteral("Not found"));
        QVERIFY(error.value(QStringLiteral("source")).isNull());
    }
}

void TestSandboxMessente::cancelsAScheduledMessage_data()
{
    // Every time_to_send form Messente documents; without a zone the time is UTC.
    const QDateTime inAnHour = QDateTime::currentDateTimeUtc().addSecs(3600);
    QTest::addColumn<QString>("timeToSend");
    QTest::newRow("Z") << inAnHour.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
    QTest::newRow("offset") << inAnHour.toOffsetFromUtc(2 * 3600).toString(Qt::ISODate);
    QTest::newRow("no zone") << inAnHour.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss"));
    QTest::newRow("no seconds") << inAnHour.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm"));
}

void TestSandboxMessente::cancelsAScheduledMessage()
{
    QFETCH(QString, timeToSend);
    const QString id = send(R"({"to":"+37251234567","time_to_send":")" + timeToSend.toUtf8()
        + R"(","messages":[{"channel":"whatsapp","template":{"name":"t","language":)"
          R"({"code":"en"},"components":[]}}]})");
    QVERIFY(!id.isEmpty());
    QCOMPARE(statusAt(id, 0), QStringLiteral("null")); // scheduled: not processed yet

    const Reply cancelled = call("DELETE", QStringLiteral("/v1/omnimessage/%1").arg(id));
    QCOMPARE(cancelled.status, 202);
    QCOMPARE(QJsonDocument::fromJson(cancelled.body).object(), QJsonObject {});
    QVERIFY(cancelled.contentType.startsWith("application/json"));

    const QJsonArray all = statuses(id);
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().toObject().value(QStringLiteral("status")).toString(), QStringLiteral("DELETED"));

    const Reply again = call("DELETE", QStringLiteral("/v1/omnimessage/%1").arg(id));
    QCOMPARE(again.status, 404);
    QCOMPARE(firstError(again.json).value(QStringLiteral("code")).toString(), QStringLiteral("101"));
}

void TestSandboxMessente::cannotCancelASentMessage()
{
    const QString id = send(templateBody(QStringLiteral("+37251234567")));
    QVERIFY(!id.isEmpty());
    const Reply reply = call("DELETE", QStringLiteral("/v1/omnimessage/%1").arg(id));
    QCOMPARE(reply.status, 404);
    QCOMPARE(firstError(reply.json).value(QStringLiteral("code")).toString(), QStringLiteral("101"));
    QTRY_COMPARE_WITH_TIMEOUT(statusAt(id, 0), QStringLiteral("SEEN"), 5000); // not cancelled
}

void TestSandboxMessente::unknownPathsAndMethods()
{
    const Reply unknown = call("GET", QStringLiteral("/v1/whatsapp/wabas/1/templates"));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(firstError(unknown.json).value(QStringLiteral("code")).toString(), QStringLiteral("101"));

    for (const auto& [verb, path] : { std::pair { QByteArrayLiteral("GET"), QStringLiteral("/v1/omnimessage") },
             std::pair { QByteArrayLiteral("PUT"), QStringLiteral("/v1/omnimessage/x") },
             std::pair { QByteArrayLiteral("POST"), QStringLiteral("/v1/omnimessage/x/status") } }) {
        const Reply reply = call(verb, path);
        QCOMPARE(reply.status, 405);
        const QJsonObject error = firstError(reply.json);
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("107"));
        QCOMPARE(error.value(QStringLiteral("title")).toString(), QStringLiteral("Method not allowed"));
    }

    // Outside /v1 nothing speaks Messente: a bare 404 without Messente's envelope.
    const Reply outside = call("POST", QStringLiteral("/omnimessage"), templateBody(QStringLiteral("+37251234567")));
    QCOMPARE(outside.status, 404);
    QVERIFY(!outside.json.contains(QStringLiteral("errors")));
}

void TestSandboxMessente::bulkSendAnswersPerOmnimessage()
{
    const QByteArray body = R"({"messages":[)" + templateBody(QStringLiteral("+37251234567")) + ","
        + templateBody(QStringLiteral("12345")) + "]}";
    const Reply reply = call("POST", QStringLiteral("/v1/omnimessages"), body);
    QCOMPARE(reply.status, 201);
    const QJsonArray results = reply.json.value(QStringLiteral("messages")).toArray();
    QCOMPARE(results.size(), 2);
    const QString id = results.at(0).toObject().value(QStringLiteral("omnimessage_id")).toString();
    QVERIFY(kUuid.match(id).hasMatch());
    QCOMPARE(statuses(id).size(), 1);
    QCOMPARE(firstError(results.at(1).toObject()).value(QStringLiteral("code")).toString(), QStringLiteral("105"));
}

void TestSandboxMessente::recordsRequestsInOrder()
{
    const QByteArray body = templateBody(QStringLiteral("+37251234567"));
    const QString id = send(body);
    QVERIFY(!id.isEmpty());
    call("GET", QStringLiteral("/v1/omnimessage/%1/status").arg(id), {},
        basic(QStringLiteral("tester"), QStringLiteral("x")));
    call("DELETE", QStringLiteral("/v1/omnimessage/%1").arg(id));

    const QList<herald::sandbox::RecordedRequest> requests = m_sandbox->requests();
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests.at(0).method, QStringLiteral("POST"));
    QCOMPARE(requests.at(0).path, QStringLiteral("/v1/omnimessage"));
    QCOMPARE(requests.at(0).body, body);
    QVERIFY(requests.at(0).authorized);
    QCOMPARE(requests.at(1).method, QStringLiteral("GET"));
    QCOMPARE(requests.at(1).path, QStringLiteral("/v1/omnimessage/%1/status").arg(id));
    QVERIFY(!requests.at(1).authorized);
    QCOMPARE(requests.at(2).method, QStringLiteral("DELETE"));
    QVERIFY(requests.at(2).authorized);
    for (qsizetype i = 0; i < requests.size(); ++i) {
        QVERIFY(requests.at(i).receivedAt.isValid());
        if (i > 0)
            QVERIFY(requests.at(i - 1).receivedAt <= requests.at(i).receivedAt);
    }
    m_sandbox->clearRequests();
    QVERIFY(m_sandbox->requests().isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxMessente)
#include "tst_sandbox_messente.moc"
