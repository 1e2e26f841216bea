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

/// The Bird Channels API sandbox over real loopback HTTP, spoken to with a plain QNetworkAccessManager
/// and hand-written JSON: nothing from Herald's providers code, so the two sides check each other.
class TestSandboxBird : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void acceptsTheDocumentedTemplateExample();
    void authorization_data();
    void authorization();
    void unknownWorkspaceChannelPathOrMethod();
    void rejectsInvalidMessages_data();
    void rejectsInvalidMessages();
    void rejectsABodyThatIsNotJson();
    void statusProgressesToDelivered();
    void numberEndingDecidesTheFailure_data();
    void numberEndingDecidesTheFailure();
    void numberEndingIn99StaysSent();
    void validityExpiresAnUnsettledMessage();
    void scheduledMessageWaitsForItsTime();
    void serviceWindowsByNumber_data();
    void serviceWindowsByNumber();
    void contactIsFoundByIdentifierValueFirst();
    void bodyTextOnlyInsideTheServiceWindow();
    void listsMessagesNewestFirst();
    void unknownMessageIsNotFound();

private:
    struct Reply
    {
        int status = -1;
        QByteArray body;
        QJsonObject json;
    };

    Reply call(const QByteArray& verb, const QString& path, const QByteArray& body = {},
        const QByteArray& authorization = QByteArrayLiteral("AccessKey bird-key"));
    QString channelPath(const QString& suffix) const; ///< "/workspaces/WS/channels/CH" + suffix
    Reply send(const QJsonObject& payload);
    QJsonObject message(const QString& id);

    QNetworkAccessManager m_nam;
    std::unique_ptr<SandboxServer> m_sandbox;
};

namespace {

const QString kWorkspace = QStringLiteral("9b7c6a12-3e4f-4d5a-8b9c-0d1e2f3a4b5c");
const QString kChannel = QStringLiteral("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d");
const QRegularExpression kUuid(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
const QRegularExpression kRfc3339(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));

/// Bird's documented template example (Channels API, "Template" section), with `to` as the number.
QJsonObject templateMessage(const QString& to)
{
    const QByteArray json = "{\"receiver\":{\"contacts\":[{\"identifierKey\":\"phonenumber\",\"identifierValue\":\""
        + to.toUtf8()
        + "\"}]},\"template\":{\"projectId\":\"ce6a2fd6-b2fa-4f5a-a2cd-f3bd15883318\",\"version\":\"latest\","
          "\"locale\":\"en\",\"parameters\":[{\"type\":\"string\",\"key\":\"name\",\"value\":\"Robert\"}]}}";
    return QJsonDocument::fromJson(json).object();
}

/// Bird's documented "Text Message" body, sent to `to`.
QJsonObject textMessage(const QString& to)
{
    const QByteArray json = "{\"receiver\":{\"contacts\":[{\"identifierValue\":\"" + to.toUtf8()
        + "\"}]},\"body\":{\"type\":\"text\",\"text\":{\"text\":\"Single text message\"}}}";
    return QJsonDocument::fromJson(json).object();
}

QDateTime timeOf(const QJsonObject& object, const QString& key)
{
    return QDateTime::fromString(object.value(key).toString(), Qt::ISODateWithMs);
}

} // namespace

void TestSandboxBird::init()
{
    SandboxOptions options;
    options.birdWorkspaceId = kWorkspace;
    options.birdChannelId = kChannel;
    options.birdAccessKey = QStringLiteral("bird-key");
    options.speed = 20.0;
    m_sandbox = std::make_unique<SandboxServer>(options);
    QVERIFY(m_sandbox->listen(0));
    QCOMPARE(m_sandbox->birdBaseUrl(), m_sandbox->baseUrl());
}

void TestSandboxBird::cleanup()
{
    m_sandbox.reset();
}

QString TestSandboxBird::channelPath(const QString& suffix) const
{
    return QStringLiteral("/workspaces/%1/channels/%2").arg(kWorkspace, kChannel) + suffix;
}

TestSandboxBird::Reply TestSandboxBird::call(
    const QByteArray& verb, const QString& path, const QByteArray& body, const QByteArray& authorization)
{
    QNetworkRequest request(QUrl(m_sandbox->birdBaseUrl().toString() + path));
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
    result.json = QJsonDocument::fromJson(result.body).object();
    return result;
}

TestSandboxBird::Reply TestSandboxBird::send(const QJsonObject& payload)
{
    return call("POST", channelPath(QStringLiteral("/messages")), QJsonDocument(payload).toJson());
}

QJsonObject TestSandboxBird::message(const QString& id)
{
    return call("GET", channelPath(QStringLiteral("/messages/") + id)).json;
}

void TestSandboxBird::acceptsTheDocumentedTemplateExample()
{
    QJsonObject payload = templateMessage(QStringLiteral("+31612345678"));
    payload.insert(QStringLiteral("reference"), QStringLiteral("herald-42"));
    const Reply reply = send(payload);
    QCOMPARE(reply.status, 202);
    const QJsonObject& m = reply.json;
    QVERIFY(kUuid.match(m.value(QStringLiteral("id")).toString()).hasMatch());
    QCOMPARE(m.value(QStringLiteral("channelId")).toString(), kChannel);
    const QJsonObject connector
        = m.value(QStringLiteral("sender")).toObject().value(QStringLiteral("connector")).toObject();
    QVERIFY(kUuid.match(connector.value(QStringLiteral("id")).toString()).hasMatch());
    QVERIFY(connector.value(QStringLiteral("identifierValue")).toString().startsWith(QLatin1Char('+')));
    const QJsonObject contact
        = m.value(QStringLiteral("receiver")).toObject().value(QStringLiteral("contacts")).toArray().first().toObject();
    QCOMPARE(contact.value(QStringLiteral("identifierValue")).toString(), QStringLiteral("+31612345678"));
    QCOMPARE(contact.value(QStringLiteral("identifierKey")).toString(), QStringLiteral("phonenumber"));
    QCOMPARE(m.value(QStringLiteral("reference")).toString(), QStringLiteral("herald-42"));
    QCOMPARE(m.value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
    QCOMPARE(m.value(QStringLiteral("template")).toObject(), payload.value(QStringLiteral("template")).toObject());
    QVERIFY(!m.contains(QStringLiteral("body")));
    QVERIFY(!m.contains(QStringLiteral("failure")));
    for (const char* key : { "lastStatusAt", "createdAt", "updatedAt" })
        QVERIFY2(kRfc3339.match(m.value(QLatin1String(key)).toString()).hasMatch(), key);
    // The same message, read back.
    const QJsonObject read = message(m.value(QStringLiteral("id")).toString());
    QCOMPARE(read.value(QStringLiteral("id")), m.value(QStringLiteral("id")));
    QCOMPARE(read.value(QStringLiteral("createdAt")), m.value(QStringLiteral("createdAt")));
}

void TestSandboxBird::authorization_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("status");
    QTest::newRow("AccessKey (spec)") << QByteArrayLiteral("AccessKey bird-key") << 202;
    QTest::newRow("Bearer (seed)") << QByteArrayLiteral("Bearer bird-key") << 202;
    QTest::newRow("scheme in lower case") << QByteArrayLiteral("accesskey bird-key") << 202;
    QTest::newRow("missing") << QByteArray() << 401;
    QTest::newRow("wrong key") << QByteArrayLiteral("AccessKey other-key") << 401;
    QTest::newRow("Basic") << QByteArrayLiteral("Basic YmlyZC1rZXk6") << 401;
}

void TestSandboxBird::authorization()
{
    QFETCH(QByteArray, header);
    QFETCH(int, status);
    const QByteArray body = QJsonDocument(templateMessage(QStringLiteral("+31612345678"))).toJson();
    const Reply reply = call("POST", channelPath(QStringLiteral("/messages")), body, header);
    QCOMPARE(reply.status, status);
    if (status == 401) {
        QCOMPARE(reply.json.value(QStringLiteral("code")).toString(), QStringLiteral("Unauthorized"));
        QVERIFY(!reply.json.value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(!reply.body.contains("bird-key"));
    }
    QCOMPARE(m_sandbox->requests().last().authorized, status != 401);
}

void TestSandboxBird::unknownWorkspaceChannelPathOrMethod()
{
    const QString other = QStringLiteral("00000000-0000-4000-8000-000000000000");
    for (const QString& path : { QStringLiteral("/workspaces/%1/channels/%2/messages").arg(other, kChannel),
             QStringLiteral("/workspaces/%1/channels/%2/messages").arg(kWorkspace, other) }) {
        const Reply reply = call("GET", path);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.json.value(QStringLiteral("code")).toString(), QStringLiteral("NotFound"));
        QCOMPARE(reply.json.value(QStringLiteral("message")).toString(),
            QStringLiteral("The requested resource does not exist: channel not found"));
    }
    QCOMPARE(call("GET", channelPath(QStringLiteral("/templates"))).status, 404);
    QCOMPARE(call("GET", channelPath(QStringLiteral("/templates")), {}, {}).status, 401); // credentials first
    const Reply wrongMethod = call("DELETE", channelPath(QStringLiteral("/messages")));
    QCOMPARE(wrongMethod.status, 405);
    QCOMPARE(wrongMethod.json.value(QStringLiteral("code")).toString(), QStringLiteral("MethodNotAllowed"));
}

void TestSandboxBird::rejectsInvalidMessages_data()
{
    QTest::addColumn<QJsonObject>("payload");
    QTest::addColumn<QString>("field");
    const QJsonObject valid = templateMessage(QStringLiteral("+31612345678"));
    const auto without = [](QJsonObject object, const QString& key) {
        object.remove(key);
        return object;
    };
    const auto with = [](QJsonObject object, const QString& key, const QJsonValue& value) {
        object.insert(key, value);
        return object;
    };
    const QJsonObject tpl = valid.value(QStringLiteral("template")).toObject();
    const QString to = QStringLiteral("receiver.contacts.0.identifierValue");
    QTest::newRow("no receiver") << without(valid, QStringLiteral("receiver")) << QStringLiteral("receiver");
    QTest::newRow("no identifierValue") << with(
        valid, QStringLiteral("receiver"), QJsonDocument::fromJson("{\"contacts\":[{}]}").object())
                                        << to;
    QTest::newRow("not E.164") << templateMessage(QStringLiteral("0612345678")) << to;
    QTest::newRow("ending 13 is invalid") << templateMessage(QStringLiteral("+31612345613")) << to;
    QTest::newRow("neither template nor body") << without(valid, QStringLiteral("template")) << QStringLiteral("body");
    QTest::newRow("template and body") << with(
        valid, QStringLiteral("body"), textMessage(QStringLiteral("+1")).value(QStringLiteral("body")))
                                       << QStringLiteral("body");
    for (const char* key : { "projectId", "version", "locale" })
        QTest::newRow(key) << with(valid, QStringLiteral("template"), without(tpl, QLatin1String(key)))
                           << QString(QStringLiteral("template.") + QLatin1String(key));
    QTest::newRow("parameter without key") << with(valid, QStringLiteral("template"),
        with(tpl, QStringLiteral("parameters"),
            QJsonDocument::fromJson("[{\"type\":\"string\",\"value\":\"x\"}]").array()))
                                           << QStringLiteral("template.parameters.0.key");
    QTest::newRow("unknown field") << with(valid, QStringLiteral("priority"), 1) << QStringLiteral("priority");
    QTest::newRow("scheduledFor not RFC3339")
        << with(valid, QStringLiteral("scheduledFor"), QStringLiteral("tomorrow")) << QStringLiteral("scheduledFor");
    QTest::newRow("scheduledFor without offset") << with(valid, QStringLiteral("scheduledFor"),
        QStringLiteral("2030-01-01T10:00:00")) << QStringLiteral("scheduledFor");
    QTest::newRow("scheduledFor in 36 days") << with(
        valid, QStringLiteral("scheduledFor"), QDateTime::currentDateTimeUtc().addDays(36).toString(Qt::ISODateWithMs))
                                             << QStringLiteral("scheduledFor");
    QTest::newRow("validity 0") << with(valid, QStringLiteral("validity"), 0) << QStringLiteral("validity");
    QTest::newRow("validity text") << with(valid, QStringLiteral("validity"), QStringLiteral("60"))
                                   << QStringLiteral("validity");
}

void TestSandboxBird::rejectsInvalidMessages()
{
    QFETCH(QJsonObject, payload);
    QFETCH(QString, field);
    const Reply reply = send(payload);
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.json.value(QStringLiteral("code")).toString(), QStringLiteral("ValidationError"));
    QVERIFY(!reply.json.value(QStringLiteral("message")).toString().isEmpty());
    const QJsonObject details = reply.json.value(QStringLiteral("details")).toObject();
    QVERIFY2(details.contains(field), reply.body.constData());
    const QJsonArray problems = details.value(field).toArray();
    QVERIFY(!problems.isEmpty());
    QVERIFY(problems.first().isString());
    QCOMPARE(m_sandbox->stats().perProvider.value(QStringLiteral("bird")), 0);
}

void TestSandboxBird::rejectsABodyThatIsNotJson()
{
    const Reply reply = call("POST", channelPath(QStringLiteral("/messages")), "receiver=+31612345678");
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.json.value(QStringLiteral("code")).isString());
    QVERIFY(reply.json.value(QStringLiteral("message")).isString());
}

void TestSandboxBird::statusProgressesToDelivered()
{
    const Reply sent = send(templateMessage(QStringLiteral("+31612345678")));
    QCOMPARE(sent.status, 202);
    const QString id = sent.json.value(QStringLiteral("id")).toString();
    const QStringList order { QStringLiteral("accepted"), QStringLiteral("processing"), QStringLiteral("sent"),
        QStringLiteral("delivered") };
    QStringList seen;
    QJsonObject last;
    QDeadlineTimer deadline(5000);
    while (!deadline.hasExpired() && !seen.contains(QStringLiteral("delivered"))) {
        last = message(id);
        const QString status = last.value(QStringLiteral("status")).toString();
        if (seen.isEmpty() || seen.last() != status)
            seen << status;
        QTest::qWait(5);
    }
    qsizetype previous = -1;
    for (const QString& status : seen) {
        QVERIFY2(order.indexOf(status) > previous, qPrintable(seen.join(QLatin1Char(','))));
        previous = order.indexOf(status);
    }
    QCOMPARE(seen.last(), QStringLiteral("delivered"));
    QVERIFY(!last.contains(QStringLiteral("failure")));
    // delivered 2 s after creation, divided by the speed of 20
    QCOMPARE(timeOf(last, QStringLiteral("createdAt")).msecsTo(timeOf(last, QStringLiteral("lastStatusAt"))), 100);
    QCOMPARE(last.value(QStringLiteral("updatedAt")), last.value(QStringLiteral("lastStatusAt")));
}

void TestSandboxBird::numberEndingDecidesTheFailure_data()
{
    QTest::addColumn<QString>("to");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("afterMs");
    QTest::newRow("00 undeliverable") << QStringLiteral("+31612345600") << 131026 << 100;
    QTest::newRow("98 expired") << QStringLiteral("+31612345698") << 2 << 150;
}

void TestSandboxBird::numberEndingDecidesTheFailure()
{
    QFETCH(QString, to);
    QFETCH(int, code);
    QFETCH(int, afterMs);
    const QString id = send(templateMessage(to)).json.value(QStringLiteral("id")).toString();
    QVERIFY(!id.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(
        message(id).value(QStringLiteral("status")).toString(), QStringLiteral("delivery_failed"), 5000);
    const QJsonObject m = message(id);
    const QJsonObject failure = m.value(QStringLiteral("failure")).toObject();
    QCOMPARE(failure.value(QStringLiteral("code")).toInt(), code);
    QVERIFY(!failure.value(QStringLiteral("description")).toString().isEmpty());
    const QJsonObject source = failure.value(QStringLiteral("source")).toObject();
    QVERIFY(!source.value(QStringLiteral("code")).toString().isEmpty());
    QVERIFY(!source.value(QStringLiteral("name")).toString().isEmpty());
    QVERIFY(!m.value(QStringLiteral("reason")).toString().isEmpty());
    QCOMPARE(timeOf(m, QStringLiteral("createdAt")).msecsTo(timeOf(m, QStringLiteral("lastStatusAt"))), afterMs);
}

void TestSandboxBird::numberEndingIn99StaysSent()
{
    const QString id
        = send(templateMessage(QStringLiteral("+31612345699"))).json.value(QStringLiteral("id")).toString();
    QTRY_COMPARE_WITH_TIMEOUT(message(id).value(QStringLiteral("status")).toString(), QStringLiteral("sent"), 5000);
    QTest::qWait(400); // 8 s of lifecycle at speed 20
    QCOMPARE(message(id).value(QStringLiteral("status")).toString(), QStringLiteral("sent"));
}

void TestSandboxBird::validityExpiresAnUnsettledMessage()
{
    QJsonObject payload = templateMessage(QStringLiteral("+31612345699"));
    payload.insert(QStringLiteral("validity"), 2);
    const QString id = send(payload).json.value(QStringLiteral("id")).toString();
    QTRY_COMPARE_WITH_TIMEOUT(
        message(id).value(QStringLiteral("status")).toString(), QStringLiteral("delivery_failed"), 5000);
    const QJsonObject m = message(id);
    QCOMPARE(m.value(QStringLiteral("failure")).toObject().value(QStringLiteral("code")).toInt(), 2);
    QCOMPARE(timeOf(m, QStringLiteral("createdAt")).msecsTo(timeOf(m, QStringLiteral("lastStatusAt"))), 100);
}

void TestSandboxBird::scheduledMessageWaitsForItsTime()
{
    const QDateTime when = QDateTime::currentDateTimeUtc().addMSecs(1500);
    QJsonObject payload = templateMessage(QStringLiteral("+31612345678"));
    payload.insert(QStringLiteral("scheduledFor"), when.toOffsetFromUtc(3600).toString(Qt::ISODateWithMs));
    const Reply reply = send(payload);
    QCOMPARE(reply.status, 202);
    QCOMPARE(reply.json.value(QStringLiteral("status")).toString(), QStringLiteral("scheduled"));
    QCOMPARE(timeOf(reply.json, QStringLiteral("scheduledFor")), when);
    const QString id = reply.json.value(QStringLiteral("id")).toString();
    QCOMPARE(message(id).value(QStringLiteral("status")).toString(), QStringLiteral("scheduled"));
    QTRY_COMPARE_WITH_TIMEOUT(
        message(id).value(QStringLiteral("status")).toString(), QStringLiteral("delivered"), 6000);
    QVERIFY(timeOf(message(id), QStringLiteral("lastStatusAt")) >= when);

    // A time in the past sends at once.
    payload.insert(QStringLiteral("scheduledFor"), QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODate));
    QCOMPARE(send(payload).json.value(QStringLiteral("status")).toString(), QStringLiteral("accepted"));
}

void TestSandboxBird::serviceWindowsByNumber_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<int>("window"); ///< 1 open, 0 none (null), -1 expired
    QTest::newRow("11 open") << QStringLiteral("+31612345611") << 1;
    QTest::newRow("12 expired") << QStringLiteral("+31612345612") << -1;
    QTest::newRow("others none") << QStringLiteral("+31612345678") << 0;
}

void TestSandboxBird::serviceWindowsByNumber()
{
    QFETCH(QString, number);
    QFETCH(int, window);
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(number));
    const Reply reply = call("GET", channelPath(QStringLiteral("/contacts/%1?contactIdentifierValue=%1").arg(encoded)));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json.value(QStringLiteral("isPermanentSession")), QJsonValue(false));
    QVERIFY(reply.json.contains(QStringLiteral("metadata")));
    const QJsonValue expireAt = reply.json.value(QStringLiteral("serviceWindowExpireAt"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (window == 0) {
        QVERIFY(expireAt.isNull());
        return;
    }
    QVERIFY(kRfc3339.match(expireAt.toString()).hasMatch());
    const QDateTime at = QDateTime::fromString(expireAt.toString(), Qt::ISODateWithMs);
    if (window > 0)
        QVERIFY(at > now.addSecs(23 * 3600) && at <= now.addSecs(24 * 3600));
    else
        QVERIFY(at < now);
}

void TestSandboxBird::contactIsFoundByIdentifierValueFirst()
{
    const auto expireAt = [this](const QString& query) {
        return call("GET", channelPath(QStringLiteral("/contacts/") + query))
            .json.value(QStringLiteral("serviceWindowExpireAt"));
    };
    QVERIFY(expireAt(QStringLiteral("%2B31612345678?contactIdentifierValue=%2B31612345611")).isString());
    QVERIFY(expireAt(QStringLiteral("%2B31612345611?contactIdentifierValue=%2B31612345678")).isNull());
    QVERIFY(expireAt(QStringLiteral("%2B31612345611")).isString()); // the decoded contactId alone
    const Reply unknown = call("GET", channelPath(QStringLiteral("/contacts/not-a-number")));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.json.value(QStringLiteral("code")).toString(), QStringLiteral("NotFound"));
}

void TestSandboxBird::bodyTextOnlyInsideTheServiceWindow()
{
    const Reply open = send(textMessage(QStringLiteral("+31612345611")));
    QCOMPARE(open.status, 202);
    QCOMPARE(open.json.value(QStringLiteral("body")).toObject(),
        textMessage(QStringLiteral("+1")).value(QStringLiteral("body")).toObject());
    QVERIFY(!open.json.contains(QStringLiteral("template")));
    for (const QString& to : { QStringLiteral("+31612345612"), QStringLiteral("+31612345678") }) {
        const Reply closed = send(textMessage(to));
        QCOMPARE(closed.status, 422);
        QVERIFY(closed.json.value(QStringLiteral("details")).toObject().contains(QStringLiteral("body")));
    }
}

void TestSandboxBird::listsMessagesNewestFirst()
{
    QStringList ids;
    for (const QString& to :
        { QStringLiteral("+31612345601"), QStringLiteral("+31612345602"), QStringLiteral("+31612345603") })
        ids << send(templateMessage(to)).json.value(QStringLiteral("id")).toString();
    const Reply two = call("GET", channelPath(QStringLiteral("/messages?limit=2")));
    QCOMPARE(two.status, 200);
    const QJsonArray results = two.json.value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.at(0).toObject().value(QStringLiteral("id")).toString(), ids.at(2));
    QCOMPARE(results.at(1).toObject().value(QStringLiteral("id")).toString(), ids.at(1));
    QCOMPARE(
        call("GET", channelPath(QStringLiteral("/messages"))).json.value(QStringLiteral("results")).toArray().size(),
        3);
    QCOMPARE(call("GET", channelPath(QStringLiteral("/messages?limit=0"))).status, 422);
}

void TestSandboxBird::unknownMessageIsNotFound()
{
    const Reply reply = call("GET", channelPath(QStringLiteral("/messages/7a1c1d9e-0000-4000-8000-000000000000")));
    QCOMPARE(reply.status, 404);
    QCOMPARE(reply.json.value(QStringLiteral("code")).toString(), QStringLiteral("NotFound"));
}

QTEST_GUILESS_MAIN(TestSandboxBird)
#include "tst_sandbox_bird.moc"
