#include "sandbox/SandboxServer.h"

#include <QHttpMultiPart>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>
#include <memory>

using herald::sandbox::SandboxOptions;
using herald::sandbox::SandboxServer;

/// The Kaleyra WhatsApp API v1 sandbox over real loopback HTTP with hand-written form fields, its status
/// callbacks (and Messente's dlr_url callbacks) arriving at a QHttpServer of the test, and the
/// sandbox's /_sandbox/stats.
class TestSandboxKaleyra : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void acceptsTheDocumentedSandboxRequest();
    void acceptsUrlEncodedQueryStringAndManyRecipients();
    void mediaTemplateWithAnUploadedFile();
    void refusesWrongSidOrKey_data();
    void refusesWrongSidOrKey();
    void rejectsInvalidFields_data();
    void rejectsInvalidFields();
    void callbacksFollowTheLifecycle_data();
    void callbacksFollowTheLifecycle();
    void refusedCallbackTargetIsDroppedWithoutHarm();
    void messenteDlrUrlGetsEveryStatus();
    void messenteCancelledMessageStopsItsCallbacks();
    void statsCountAcceptedMessages();

private:
    struct Reply
    {
        int status = -1;
        QJsonObject json;
    };
    struct Callback
    {
        QString path;
        QJsonObject json;
    };

    Reply finish(QNetworkReply* reply);
    Reply post(const QString& fields, const QByteArray& apiKey = QByteArrayLiteral("kaleyra-key"),
        const QString& sid = QStringLiteral("HXSANDBOX0001"));
    Reply postJson(const QString& path, const QByteArray& body); ///< Messente, with Basic auth
    QList<Callback> callbacksTo(const QString& path) const;
    QString callbackUrl(const QString& path) const;

    QNetworkAccessManager m_nam;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QHttpServer> m_receiver;
    quint16 m_receiverPort = 0;
    QList<Callback> m_callbacks;
};

namespace {

const QRegularExpression kUuid(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));

/// A valid text-template request in the documented form encoding; `extra` is appended as is.
QString templateFields(const QString& to, const QString& extra = {})
{
    return QStringLiteral("to=%1&type=template&channel=whatsapp&from=%2B15550100000&template_name=booking_confirm"
                          "&params=param1,param2,param3&lang_code=en")
               .arg(QString::fromLatin1(QUrl::toPercentEncoding(to)))
        + extra;
}

/// curl --form 'name="value"' for each field.
QHttpMultiPart* multipartOf(const QList<std::pair<QByteArray, QByteArray>>& fields)
{
    auto* multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    for (const auto& [name, value] : fields) {
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentDispositionHeader, QByteArray("form-data; name=\"" + name + "\""));
        part.setBody(value);
        multipart->append(part);
    }
    return multipart;
}

QStringList statusesOf(const QList<QJsonObject>& callbacks)
{
    QStringList statuses;
    for (const QJsonObject& callback : callbacks)
        statuses << callback.value(QStringLiteral("status")).toString();
    return statuses;
}

} // namespace

void TestSandboxKaleyra::init()
{
    SandboxOptions options;
    options.messenteUser = QStringLiteral("tester");
    options.messentePassword = QStringLiteral("secret");
    options.kaleyraApiKey = QStringLiteral("kaleyra-key");
    options.speed = 20.0;
    m_sandbox = std::make_unique<SandboxServer>(options);
    QVERIFY(m_sandbox->listen(0));
    QCOMPARE(m_sandbox->kaleyraBaseUrl(), m_sandbox->baseUrl());
    QCOMPARE(m_sandbox->options().kaleyraSid, QStringLiteral("HXSANDBOX0001"));
    QCOMPARE(m_sandbox->options().kaleyraFromNumber, QStringLiteral("+15550100000"));

    m_callbacks.clear();
    m_receiver = std::make_unique<QHttpServer>();
    m_receiver->route(QStringLiteral("/<arg>"), [this](const QString& path, const QHttpServerRequest& request) {
        m_callbacks.append({ path, QJsonDocument::fromJson(request.body()).object() });
        return QHttpServerResponse(QHttpServerResponder::StatusCode::Ok);
    });
    m_receiverPort = m_receiver->listen(QHostAddress::LocalHost, 0);
    QVERIFY(m_receiverPort != 0);
}

void TestSandboxKaleyra::cleanup()
{
    m_sandbox.reset();
    m_receiver.reset();
}

QString TestSandboxKaleyra::callbackUrl(const QString& path) const
{
    return QStringLiteral("http://127.0.0.1:%1/%2").arg(m_receiverPort).arg(path);
}

QList<TestSandboxKaleyra::Callback> TestSandboxKaleyra::callbacksTo(const QString& path) const
{
    QList<Callback> result;
    for (const Callback& callback : m_callbacks) {
        if (callback.path == path)
            result << callback;
    }
    return result;
}

TestSandboxKaleyra::Reply TestSandboxKaleyra::finish(QNetworkReply* raw)
{
    std::unique_ptr<QNetworkReply> reply(raw);
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(5000))
        return {};
    return { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
        QJsonDocument::fromJson(reply->readAll()).object() };
}

TestSandboxKaleyra::Reply TestSandboxKaleyra::post(const QString& fields, const QByteArray& apiKey, const QString& sid)
{
    QNetworkRequest request(QUrl(m_sandbox->kaleyraBaseUrl().toString() + QStringLiteral("/v1/%1/messages").arg(sid)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    if (!apiKey.isEmpty())
        request.setRawHeader(QByteArrayLiteral("api-key"), apiKey);
    return finish(m_nam.post(request, fields.toUtf8()));
}

TestSandboxKaleyra::Reply TestSandboxKaleyra::postJson(const QString& path, const QByteArray& body)
{
    QNetworkRequest request(QUrl(m_sandbox->baseUrl().toString() + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader(QByteArrayLiteral("Authorization"), "Basic " + QByteArrayLiteral("tester:secret").toBase64());
    return finish(m_nam.post(request, body));
}

void TestSandboxKaleyra::acceptsTheDocumentedSandboxRequest()
{
    // The "Sandbox Request Sample" of Kaleyra's docs: multipart form fields (curl --form).
    QHttpMultiPart* multipart = multipartOf({ { "to", "+15551234567" }, { "type", "template" }, { "params", "Raman" },
        { "template_name", "british_council" }, { "channel", "whatsapp" }, { "from", "+15550100000" },
        { "callback_url", callbackUrl(QStringLiteral("documented")).toUtf8() }, { "source", "sandbox" } });
    QNetworkRequest request(
        QUrl(m_sandbox->kaleyraBaseUrl().toString() + QStringLiteral("/v1/HXSANDBOX0001/messages")));
    request.setRawHeader(QByteArrayLiteral("api-key"), QByteArrayLiteral("kaleyra-key"));
    QNetworkReply* raw = m_nam.post(request, multipart);
    multipart->setParent(raw);
    const Reply reply = finish(raw);

    QCOMPARE(reply.status, 202);
    const QJsonObject& r = reply.json;
    const QString id = r.value(QStringLiteral("id")).toString();
    QVERIFY(kUuid.match(id).hasMatch());
    QCOMPARE(r.value(QStringLiteral("type")).toString(), QStringLiteral("template"));
    QVERIFY(r.value(QStringLiteral("body")).isString());
    QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\+00:00$"))
                .match(r.value(QStringLiteral("createdDateTime")).toString())
                .hasMatch());
    QCOMPARE(r.value(QStringLiteral("totalCount")).toInt(), 1);
    const QJsonArray data = r.value(QStringLiteral("data")).toArray();
    QCOMPARE(data.size(), 1);
    QCOMPARE(data.first().toObject().value(QStringLiteral("message_id")).toString(), id + QStringLiteral(":0"));
    QCOMPARE(data.first().toObject().value(QStringLiteral("recipient")).toString(), QStringLiteral("15551234567"));
    QCOMPARE(r.value(QStringLiteral("error")).toObject(), QJsonObject {});
    QTRY_COMPARE_WITH_TIMEOUT(callbacksTo(QStringLiteral("documented")).size(), 3, 5000);
}

void TestSandboxKaleyra::acceptsUrlEncodedQueryStringAndManyRecipients()
{
    // A literal '+' in form encoding is a space; Kaleyra reads the number without it.
    QCOMPARE(
        post(templateFields(QStringLiteral("+15551234567")).replace(QStringLiteral("%2B"), QStringLiteral("+"))).status,
        202);
    const Reply two = post(templateFields(QStringLiteral("+15551234567,15551234568")));
    QCOMPARE(two.status, 202);
    QCOMPARE(two.json.value(QStringLiteral("totalCount")).toInt(), 2);
    const QJsonArray data = two.json.value(QStringLiteral("data")).toArray();
    const QString id = two.json.value(QStringLiteral("id")).toString();
    QCOMPARE(data.at(1).toObject().value(QStringLiteral("message_id")).toString(), id + QStringLiteral(":1"));
    QCOMPARE(data.at(1).toObject().value(QStringLiteral("recipient")).toString(), QStringLiteral("15551234568"));

    // GET with every field, and the key too, in the query string.
    QUrl url(m_sandbox->kaleyraBaseUrl().toString() + QStringLiteral("/v1/HXSANDBOX0001/messages"));
    QUrlQuery query(QStringLiteral("to=%2B15551234567&type=text&channel=whatsapp&from=%2B15550100000"
                                   "&body=Hi%2C%20your%20order%20has%20been%20shipped&api-key=kaleyra-key"));
    url.setQuery(query);
    const Reply viaGet = finish(m_nam.get(QNetworkRequest(url)));
    QCOMPARE(viaGet.status, 202);
    QCOMPARE(viaGet.json.value(QStringLiteral("type")).toString(), QStringLiteral("text"));
    QCOMPARE(viaGet.json.value(QStringLiteral("body")).toString(), QStringLiteral("Hi, your order has been shipped"));
}

void TestSandboxKaleyra::mediaTemplateWithAnUploadedFile()
{
    QHttpMultiPart* multipart
        = multipartOf({ { "to", "+15551234567" }, { "type", "mediatemplate" }, { "channel", "whatsapp" },
            { "from", "+15550100000" }, { "template_name", "temp_test_1" }, { "params", "\"A\",\"B\"" } });
    QHttpPart file;
    file.setHeader(
        QNetworkRequest::ContentDispositionHeader, QByteArrayLiteral("form-data; name=\"media\"; filename=\"a.jpg\""));
    file.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("image/jpeg"));
    file.setBody(QByteArray::fromHex("ffd8ffe0") + "<b>binary</b>\r\n--not-a-boundary"); // HTML is fine in a file
    multipart->append(file);
    QNetworkRequest request(
        QUrl(m_sandbox->kaleyraBaseUrl().toString() + QStringLiteral("/v1/HXSANDBOX0001/messages")));
    request.setRawHeader(QByteArrayLiteral("api-key"), QByteArrayLiteral("kaleyra-key"));
    QNetworkReply* raw = m_nam.post(request, multipart);
    multipart->setParent(raw);
    const Reply reply = finish(raw);
    QCOMPARE(reply.status, 202);
    QCOMPARE(reply.json.value(QStringLiteral("type")).toString(), QStringLiteral("mediatemplate"));
}

void TestSandboxKaleyra::refusesWrongSidOrKey_data()
{
    QTest::addColumn<QString>("sid");
    QTest::addColumn<QByteArray>("key");
    QTest::newRow("wrong SID") << QStringLiteral("HXOTHER0001") << QByteArrayLiteral("kaleyra-key");
    QTest::newRow("wrong key") << QStringLiteral("HXSANDBOX0001") << QByteArrayLiteral("other-key");
    QTest::newRow("no key") << QStringLiteral("HXSANDBOX0001") << QByteArray();
}

void TestSandboxKaleyra::refusesWrongSidOrKey()
{
    QFETCH(QString, sid);
    QFETCH(QByteArray, key);
    const Reply reply = post(templateFields(QStringLiteral("+15551234567")), key, sid);
    QCOMPARE(reply.status, 401);
    const QJsonObject error = reply.json.value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("RBC001"));
    QCOMPARE(error.value(QStringLiteral("message")).toString(), QStringLiteral("Incorrect SID or API key"));
    QVERIFY(!m_sandbox->requests().last().authorized);
}

void TestSandboxKaleyra::rejectsInvalidFields_data()
{
    QTest::addColumn<QString>("fields");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("param");
    const QString base = QStringLiteral("channel=whatsapp&from=%2B15550100000&to=%2B15551234567");
    for (const char* field : { "to", "type", "channel", "from" }) {
        QString fields = templateFields(QStringLiteral("+15551234567"));
        fields.remove(QRegularExpression(QLatin1String(field) + QStringLiteral("=[^&]*")));
        QTest::newRow(field) << fields << QStringLiteral("E13001") << QString::fromLatin1(field);
    }
    QTest::newRow("template without name")
        << base + QStringLiteral("&type=template") << QStringLiteral("E13001") << QStringLiteral("template_name");
    QTest::newRow("media template without media") << base + QStringLiteral("&type=mediatemplate&template_name=t")
                                                  << QStringLiteral("E13001") << QStringLiteral("media_url");
    QTest::newRow("text without body") << base + QStringLiteral("&type=text") << QStringLiteral("E13001")
                                       << QStringLiteral("body");
    QTest::newRow("unknown type") << base + QStringLiteral("&type=sticker") << QStringLiteral("E13001")
                                  << QStringLiteral("type");
    QTest::newRow("from not a number") << templateFields(QStringLiteral("+15551234567"))
                                              .replace(QStringLiteral("%2B15550100000"), QStringLiteral("abc"))
                                       << QStringLiteral("E13008") << QStringLiteral("from_invalid");
    QTest::newRow("from not the account's")
        << templateFields(QStringLiteral("+15551234567")).replace(QStringLiteral("0100000"), QStringLiteral("0100009"))
        << QStringLiteral("E13008") << QStringLiteral("from_invalid");
    QTest::newRow("to not a number") << templateFields(QStringLiteral("12ab")) << QStringLiteral("E13009")
                                     << QStringLiteral("to_invalid");
    QTest::newRow("to ending 13") << templateFields(QStringLiteral("+15551234567,+15551234513"))
                                  << QStringLiteral("E13009") << QStringLiteral("to_invalid");
    QTest::newRow("HTML in params") << templateFields(
        QStringLiteral("+15551234567"), QStringLiteral("&ref=%3Cb%3Ebold%3C%2Fb%3E"))
                                    << QStringLiteral("E413") << QStringLiteral("ref");
}

void TestSandboxKaleyra::rejectsInvalidFields()
{
    QFETCH(QString, fields);
    QFETCH(QString, code);
    QFETCH(QString, param);
    const Reply reply = post(fields);
    QCOMPARE(reply.status, 400);
    const QJsonObject error = reply.json.value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), code);
    QCOMPARE(error.value(QStringLiteral("param")).toString(), param);
    const QString message = error.value(QStringLiteral("message")).toString();
    if (code == QLatin1String("E13001")) // "<field> is required", or "type is invalid"
        QVERIFY2(message == param + QStringLiteral(" is required") || message == param + QStringLiteral(" is invalid"),
            qPrintable(message));
    else
        QVERIFY(!message.isEmpty());
    QCOMPARE(m_sandbox->stats().perProvider.value(QStringLiteral("kaleyra")), 0);

    // HTML is allowed in the body, and only there.
    if (code == QLatin1String("E413"))
        QCOMPARE(post(QStringLiteral("to=%2B15551234567&type=text&channel=whatsapp&from=%2B15550100000"
                                     "&body=%3Cb%3Ehi%3C%2Fb%3E"))
                     .status,
            202);
}

void TestSandboxKaleyra::callbacksFollowTheLifecycle_data()
{
    QTest::addColumn<QString>("to");
    QTest::addColumn<QStringList>("statuses");
    QTest::newRow("delivered and read") << QStringLiteral(
        "+15551234567") << QStringList { QStringLiteral("SENT"), QStringLiteral("DELIVERED"), QStringLiteral("READ") };
    QTest::newRow("00 failed") << QStringLiteral("+15551234500")
                               << QStringList { QStringLiteral("SENT"), QStringLiteral("FAILED") };
    QTest::newRow("98 not sent") << QStringLiteral("+15551234598") << QStringList { QStringLiteral("NOT-SENT") };
    QTest::newRow("99 stays sent") << QStringLiteral("+15551234599") << QStringList { QStringLiteral("SENT") };
}

void TestSandboxKaleyra::callbacksFollowTheLifecycle()
{
    QFETCH(QString, to);
    QFETCH(QStringList, statuses);
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const Reply reply = post(templateFields(to,
        QStringLiteral("&ref=order-7&callback_url=")
            + QString::fromLatin1(QUrl::toPercentEncoding(callbackUrl(QStringLiteral("kaleyra"))))));
    QCOMPARE(reply.status, 202);
    QTRY_COMPARE_WITH_TIMEOUT(callbacksTo(QStringLiteral("kaleyra")).size(), statuses.size(), 5000);
    QTest::qWait(300); // 6 s of lifecycle at speed 20: nothing more arrives
    QList<QJsonObject> callbacks;
    for (const Callback& callback : callbacksTo(QStringLiteral("kaleyra")))
        callbacks << callback.json;
    QCOMPARE(statusesOf(callbacks), statuses);
    const QString messageId = reply.json.value(QStringLiteral("data"))
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(QStringLiteral("message_id"))
                                  .toString();
    for (const QJsonObject& callback : callbacks) {
        QCOMPARE(callback.value(QStringLiteral("message_id")).toString(), messageId);
        QCOMPARE(callback.value(QStringLiteral("id")).toString(), reply.json.value(QStringLiteral("id")).toString());
        QCOMPARE(callback.value(QStringLiteral("to")).toString(), to.mid(1));
        QCOMPARE(callback.value(QStringLiteral("ref")).toString(), QStringLiteral("order-7"));
        const qint64 createdAt = callback.value(QStringLiteral("created_at")).toInteger();
        QVERIFY(createdAt >= before && createdAt <= QDateTime::currentSecsSinceEpoch());
        const bool failed = callback.value(QStringLiteral("status")).toString() == QLatin1String("FAILED")
            || callback.value(QStringLiteral("status")).toString() == QLatin1String("NOT-SENT");
        QCOMPARE(callback.contains(QStringLiteral("error_code")), failed);
        QCOMPARE(callback.value(QStringLiteral("description")).isString(), failed);
    }
    QCOMPARE(m_sandbox->stats().callbacksDelivered, static_cast<int>(statuses.size()));
}

void TestSandboxKaleyra::refusedCallbackTargetIsDroppedWithoutHarm()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close(); // nothing listens there any more: connections are refused
    const QString url = QStringLiteral("http://127.0.0.1:%1/gone").arg(port);
    const QString extra = QStringLiteral("&callback_url=") + QString::fromLatin1(QUrl::toPercentEncoding(url));
    QCOMPARE(post(templateFields(QStringLiteral("+15551234599"), extra)).status, 202); // one SENT callback
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox->stats().callbacksDropped, 1, 10000);
    QCOMPARE(m_sandbox->stats().callbacksDelivered, 0);
    QCOMPARE(m_sandbox->stats().callbacksPending, 0);
    QCOMPARE(post(templateFields(QStringLiteral("+15551234567"))).status, 202); // still serving
}

void TestSandboxKaleyra::messenteDlrUrlGetsEveryStatus()
{
    const QByteArray body = "{\"to\":\"+37251234500\",\"dlr_url\":\"" + callbackUrl(QStringLiteral("dlr")).toUtf8()
        + "\",\"messages\":[{\"channel\":\"whatsapp\",\"sender\":\"Shop\",\"template\":{\"name\":\"t\",\"language\":"
          "{\"code\":\"en\"},\"components\":[]}},{\"channel\":\"sms\",\"text\":\"hi\"}]}";
    const Reply reply = postJson(QStringLiteral("/v1/omnimessage"), body);
    QCOMPARE(reply.status, 201);
    // WhatsApp: ACK, ACCEPTD, UNDELIV (00); then the SMS fallback: ACK, ACCEPTD, DELIVRD.
    QTRY_COMPARE_WITH_TIMEOUT(callbacksTo(QStringLiteral("dlr")).size(), 6, 5000);
    QList<QJsonObject> reports;
    for (const Callback& callback : callbacksTo(QStringLiteral("dlr")))
        reports << callback.json;
    QCOMPARE(statusesOf(reports),
        (QStringList { QStringLiteral("ACK"), QStringLiteral("ACCEPTD"), QStringLiteral("UNDELIV"),
            QStringLiteral("ACK"), QStringLiteral("ACCEPTD"), QStringLiteral("DELIVRD") }));
    const QJsonArray messages = reply.json.value(QStringLiteral("messages")).toArray();
    const QRegularExpression timestamp(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}$"));
    for (qsizetype i = 0; i < reports.size(); ++i) {
        const QJsonObject& report = reports.at(i);
        // Exactly the fields of Messente's documented callback example.
        QCOMPARE(report.keys(),
            (QStringList { QStringLiteral("channel"), QStringLiteral("err"), QStringLiteral("error"),
                QStringLiteral("message_id"), QStringLiteral("omnimessage_id"), QStringLiteral("sender"),
                QStringLiteral("status"), QStringLiteral("timestamp"), QStringLiteral("to") }));
        const QJsonObject sent = messages.at(i < 3 ? 0 : 1).toObject();
        QCOMPARE(report.value(QStringLiteral("message_id")), sent.value(QStringLiteral("message_id")));
        QCOMPARE(report.value(QStringLiteral("channel")), sent.value(QStringLiteral("channel")));
        QCOMPARE(report.value(QStringLiteral("omnimessage_id")), reply.json.value(QStringLiteral("omnimessage_id")));
        QCOMPARE(report.value(QStringLiteral("to")).toString(), QStringLiteral("+37251234500"));
        QVERIFY(timestamp.match(report.value(QStringLiteral("timestamp")).toString()).hasMatch());
    }
    QCOMPARE(reports.at(0).value(QStringLiteral("sender")).toString(), QStringLiteral("Shop"));
    QCOMPARE(reports.at(2).value(QStringLiteral("err")).toInt(), 1);
    QCOMPARE(reports.at(2).value(QStringLiteral("error")).toString(), QStringLiteral("Delivery failure"));
    QVERIFY(reports.at(5).value(QStringLiteral("error")).isNull());

    const QByteArray badUrl = "{\"to\":\"+37251234567\",\"dlr_url\":\"not a url\",\"messages\":[{\"channel\":\"sms\","
                              "\"text\":\"hi\"}]}";
    QCOMPARE(postJson(QStringLiteral("/v1/omnimessage"), badUrl).status, 400);
}

void TestSandboxKaleyra::messenteCancelledMessageStopsItsCallbacks()
{
    const QString when = QDateTime::currentDateTimeUtc().addMSecs(800).toString(Qt::ISODateWithMs);
    const QByteArray body = "{\"to\":\"+37251234567\",\"time_to_send\":\"" + when.toUtf8() + "\",\"dlr_url\":\""
        + callbackUrl(QStringLiteral("cancelled")).toUtf8()
        + "\",\"messages\":[{\"channel\":\"sms\",\"text\":\"hi\"}]}";
    const Reply reply = postJson(QStringLiteral("/v1/omnimessage"), body);
    QCOMPARE(reply.status, 201);
    QNetworkRequest cancel(QUrl(m_sandbox->baseUrl().toString() + QStringLiteral("/v1/omnimessage/")
        + reply.json.value(QStringLiteral("omnimessage_id")).toString()));
    cancel.setRawHeader(QByteArrayLiteral("Authorization"), "Basic " + QByteArrayLiteral("tester:secret").toBase64());
    QCOMPARE(finish(m_nam.deleteResource(cancel)).status, 202);
    QTest::qWait(1200); // past time_to_send and the whole lifecycle at speed 20
    QVERIFY(callbacksTo(QStringLiteral("cancelled")).isEmpty());
}

void TestSandboxKaleyra::statsCountAcceptedMessages()
{
    const QByteArray messente = "{\"to\":\"+37251234567\",\"messages\":[{\"channel\":\"sms\",\"text\":\"hi\"}]}";
    QCOMPARE(postJson(QStringLiteral("/v1/omnimessage"), messente).status, 201);
    QCOMPARE(postJson(QStringLiteral("/v1/omnimessage"), "{\"to\":\"12\"}").status, 400); // not counted
    QCOMPARE(post(templateFields(QStringLiteral("+15551234567,+37251234567"))).status, 202);
    QCOMPARE(post(templateFields(QStringLiteral("+15551234513"))).status, 400); // not counted

    const Reply stats
        = finish(m_nam.get(QNetworkRequest(QUrl(m_sandbox->baseUrl().toString() + QStringLiteral("/_sandbox/stats")))));
    QCOMPARE(stats.status, 200);
    QCOMPARE(stats.json.value(QStringLiteral("accepted_total")).toInt(), 3);
    const QJsonObject perProvider = stats.json.value(QStringLiteral("per_provider")).toObject();
    QCOMPARE(perProvider.value(QStringLiteral("messente")).toInt(), 1);
    QCOMPARE(perProvider.value(QStringLiteral("kaleyra")).toInt(), 2);
    QCOMPARE(perProvider.value(QStringLiteral("bird")).toInt(), 0);
    const QJsonObject perRecipient = stats.json.value(QStringLiteral("per_recipient")).toObject();
    QCOMPARE(perRecipient.size(), 2);
    QCOMPARE(perRecipient.value(QStringLiteral("+37251234567")).toInt(), 2);
    QCOMPARE(perRecipient.value(QStringLiteral("+15551234567")).toInt(), 1);
    QCOMPARE(m_sandbox->stats().acceptedTotal, 3);
    // The sandbox's own endpoint is not a provider request.
    QCOMPARE(m_sandbox->requests().last().path, QStringLiteral("/v1/HXSANDBOX0001/messages"));
}

QTEST_GUILESS_MAIN(TestSandboxKaleyra)
#include "tst_sandbox_kaleyra.moc"
