#include "sandbox/SandboxServer.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTest>
#include <memory>
#include <vector>

using herald::sandbox::SandboxOptions;
using herald::sandbox::SandboxServer;
using herald::sandbox::SandboxStats;

/// The sandbox's network conditions (latency, jitter, rate limit, faults) seen from outside: over real
/// loopback HTTP, with several QNetworkAccessManagers for concurrency and raw sockets where a client must
/// tell a dropped connection from a hung one.
class TestSandboxFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup();
    void defaultsReportNoConditions();
    void latencyIsConcurrent();
    void jitterStaysWithinItsBounds();
    void rateLimitAnswers429WithRetryAfter();
    void rateLimitUsesEachProvidersShape_data();
    void rateLimitUsesEachProvidersShape();
    void rateLimitWindowSlides();
    void faultRateOneProducesEveryKind();
    void faultMixGivesEachKindItsShare();
    void serverErrorUsesEachProvidersShape_data();
    void serverErrorUsesEachProvidersShape();
    void sameSeedSameFaultSequence();
    void statsAccountForEveryRequest();
    void clientGivingUpDuringLatencyIsHarmless();
    void servesSampleMediaAndNothingElse();

private:
    /// One request on its own connection, as a raw socket saw it.
    struct Exchange
    {
        enum Outcome
        {
            Pending,
            Answered,
            Dropped,
            Hung
        };
        Outcome outcome = Pending;
        int status = -1;
        QByteArray headers; ///< the header block, lowercased
        QByteArray body;

        QByteArray header(const QByteArray& name) const;
        bool isValidJson() const;
    };

    void start(const SandboxOptions& options);
    /// Sends each request on its own connection at once, then waits until every one is answered, closed
    /// without an answer (Dropped) or silent for `hangMs` (Hung).
    QList<Exchange> exchange(const QList<QByteArray>& requests, int hangMs = 400);
    QByteArray request(const QString& provider) const; ///< a valid send to that provider, as raw HTTP/1.1
    QJsonObject statsJson();

    std::unique_ptr<SandboxServer> m_sandbox;
};

namespace {

const QString kWorkspace = QStringLiteral("9b7c6a12-3e4f-4d5a-8b9c-0d1e2f3a4b5c");
const QString kChannel = QStringLiteral("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d");

SandboxOptions baseOptions()
{
    SandboxOptions options;
    options.messenteUser = QStringLiteral("tester");
    options.messentePassword = QStringLiteral("secret");
    options.birdWorkspaceId = kWorkspace;
    options.birdChannelId = kChannel;
    options.birdAccessKey = QStringLiteral("bird-key");
    options.kaleyraApiKey = QStringLiteral("kaleyra-key");
    options.speed = 20.0;
    return options;
}

const QByteArray kMessenteBody = "{\"to\":\"+37251234567\",\"messages\":[{\"channel\":\"whatsapp\",\"template\":"
                                 "{\"name\":\"hello\",\"language\":{\"code\":\"en\"},\"components\":[]}}]}";

/// The first item of Messente's error envelope.
QJsonObject firstError(const QByteArray& body)
{
    return QJsonDocument::fromJson(body).object().value(QStringLiteral("errors")).toArray().first().toObject();
}

/// Parses a complete HTTP/1.1 answer; false while it is still incomplete.
bool parseAnswer(const QByteArray& data, int* status, QByteArray* headers, QByteArray* body)
{
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QByteArray head = data.left(end).toLower();
    const QList<QByteArray> statusLine = head.left(head.indexOf("\r\n")).split(' ');
    qsizetype length = 0;
    for (const QByteArray& line : head.split('\n')) {
        if (line.startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    if (data.size() - end - 4 < length)
        return false;
    *status = statusLine.value(1).toInt();
    *headers = head;
    *body = data.mid(end + 4, length);
    return true;
}

} // namespace

QByteArray TestSandboxFaults::Exchange::header(const QByteArray& name) const
{
    for (const QByteArray& line : headers.split('\n')) {
        if (line.startsWith(QByteArray(name.toLower() + ':')))
            return line.mid(name.size() + 1).trimmed();
    }
    return {};
}

bool TestSandboxFaults::Exchange::isValidJson() const
{
    QJsonParseError error;
    QJsonDocument::fromJson(body, &error);
    return error.error == QJsonParseError::NoError;
}

void TestSandboxFaults::cleanup()
{
    m_sandbox.reset();
}

void TestSandboxFaults::start(const SandboxOptions& options)
{
    m_sandbox = std::make_unique<SandboxServer>(options);
    QVERIFY(m_sandbox->listen(0));
}

QByteArray TestSandboxFaults::request(const QString& provider) const
{
    QByteArray path;
    QByteArray headers;
    QByteArray body;
    if (provider == QLatin1String("messente")) {
        path = "/v1/omnimessage";
        headers = "Authorization: Basic " + QByteArrayLiteral("tester:secret").toBase64()
            + "\r\nContent-Type: application/json\r\n";
        body = kMessenteBody;
    } else if (provider == QLatin1String("bird")) {
        path = "/workspaces/" + kWorkspace.toLatin1() + "/channels/" + kChannel.toLatin1() + "/messages";
        headers = "Authorization: AccessKey bird-key\r\nContent-Type: application/json\r\n";
        body = "{\"receiver\":{\"contacts\":[{\"identifierValue\":\"+31612345678\"}]},\"template\":"
               "{\"projectId\":\"ce6a2fd6-b2fa-4f5a-a2cd-f3bd15883318\",\"version\":\"latest\",\"locale\":\"en\"}}";
    } else {
        path = "/v1/HXSANDBOX0001/messages";
        headers = "api-key: kaleyra-key\r\nContent-Type: application/x-www-form-urlencoded\r\n";
        body = "to=%2B15551234567&type=template&channel=whatsapp&from=%2B15550100000&template_name=hello";
    }
    return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(m_sandbox->port()) + "\r\n" + headers
        + "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

QList<TestSandboxFaults::Exchange> TestSandboxFaults::exchange(const QList<QByteArray>& requests, int hangMs)
{
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    QList<QByteArray> received(requests.size());
    QList<Exchange> results(requests.size());
    for (const QByteArray& raw : requests) {
        sockets.push_back(std::make_unique<QTcpSocket>());
        sockets.back()->connectToHost(QHostAddress::LocalHost, m_sandbox->port());
        sockets.back()->write(raw);
    }
    QElapsedTimer clock;
    clock.start();
    for (bool pending = true; pending;) {
        QTest::qWait(2);
        pending = false;
        for (qsizetype i = 0; i < results.size(); ++i) {
            Exchange& result = results[i];
            if (result.outcome != Exchange::Pending)
                continue;
            received[i] += sockets[static_cast<std::size_t>(i)]->readAll();
            if (parseAnswer(received[i], &result.status, &result.headers, &result.body))
                result.outcome = Exchange::Answered;
            else if (sockets[static_cast<std::size_t>(i)]->state() == QAbstractSocket::UnconnectedState)
                result.outcome = received[i].isEmpty() ? Exchange::Dropped : Exchange::Answered;
            else if (clock.elapsed() > hangMs)
                result.outcome = received[i].isEmpty() ? Exchange::Hung : Exchange::Answered;
            else
                pending = true;
        }
    }
    return results;
}

QJsonObject TestSandboxFaults::statsJson()
{
    const QList<Exchange> answer = exchange({ "GET /_sandbox/stats HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n" });
    if (answer.first().status != 200)
        return {};
    return QJsonDocument::fromJson(answer.first().body).object();
}

void TestSandboxFaults::defaultsReportNoConditions()
{
    start(baseOptions());
    QVERIFY(m_sandbox->options().seed.has_value()); // a random one, reported so a run can be repeated
    const QList<Exchange> answers = exchange({ request(QStringLiteral("messente")) });
    QCOMPARE(answers.first().status, 201);
    QVERIFY(answers.first().isValidJson());
    const QJsonObject stats = statsJson();
    QCOMPARE(stats.value(QStringLiteral("requests_total")).toInt(), 1);
    QCOMPARE(stats.value(QStringLiteral("accepted_total")).toInt(), 1);
    QCOMPARE(stats.value(QStringLiteral("rate_limited")).toInt(-1), 0);
    const QJsonObject faults = stats.value(QStringLiteral("faults")).toObject();
    for (const char* kind : { "server_error", "hung", "dropped", "malformed" })
        QCOMPARE(faults.value(QLatin1String(kind)).toInt(-1), 0);
}

void TestSandboxFaults::latencyIsConcurrent()
{
    SandboxOptions options = baseOptions();
    options.latencyMs = 100;
    start(options);
    // One QNetworkAccessManager opens at most 6 connections per host: 5 of them carry 30 requests at once.
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    for (int i = 0; i < 5; ++i)
        managers.push_back(std::make_unique<QNetworkAccessManager>());
    QNetworkRequest post(QUrl(m_sandbox->messenteBaseUrl().toString() + QStringLiteral("/omnimessage")));
    post.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    post.setRawHeader("Authorization", "Basic " + QByteArrayLiteral("tester:secret").toBase64());

    QElapsedTimer clock;
    clock.start();
    QList<QNetworkReply*> replies;
    for (int i = 0; i < 30; ++i)
        replies << managers[static_cast<std::size_t>(i % 5)]->post(post, kMessenteBody);
    int finished = 0;
    for (QNetworkReply* reply : replies)
        connect(reply, &QNetworkReply::finished, this, [&finished] { ++finished; });
    QTRY_COMPARE_WITH_TIMEOUT(finished, 30, 5000);
    const qint64 elapsed = clock.elapsed();
    qInfo() << "30 requests with 100 ms latency took" << elapsed << "ms";
    QVERIFY2(elapsed >= 95, qPrintable(QString::number(elapsed)));
    QVERIFY2(elapsed < 1000, qPrintable(QString::number(elapsed))); // serial answers would take 3 s
    for (QNetworkReply* reply : replies) {
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        reply->deleteLater();
    }
    QCOMPARE(m_sandbox->stats().acceptedTotal, 30);
}

void TestSandboxFaults::jitterStaysWithinItsBounds()
{
    SandboxOptions options = baseOptions();
    options.latencyMs = 150;
    options.jitterMs = 100;
    options.seed = 7;
    start(options);
    QElapsedTimer clock;
    clock.start();
    const QList<Exchange> answers = exchange(QList<QByteArray>(12, request(QStringLiteral("messente"))), 2000);
    const qint64 elapsed = clock.elapsed();
    for (const Exchange& answer : answers)
        QCOMPARE(answer.status, 201);
    QVERIFY2(elapsed >= 50 && elapsed < 1000, qPrintable(QString::number(elapsed))); // 150 ± 100 ms, concurrently
}

void TestSandboxFaults::rateLimitAnswers429WithRetryAfter()
{
    SandboxOptions options = baseOptions();
    options.rateLimit = 5;
    start(options);
    const QList<Exchange> answers = exchange(QList<QByteArray>(12, request(QStringLiteral("messente"))));
    int created = 0, limited = 0;
    for (const Exchange& answer : answers) {
        if (answer.status == 201) {
            ++created;
            continue;
        }
        QCOMPARE(answer.status, 429);
        ++limited;
        QVERIFY(answer.header("Retry-After").toInt() >= 1);
        const QJsonObject error = firstError(answer.body);
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("429"));
        QCOMPARE(error.value(QStringLiteral("title")).toString(), QStringLiteral("Too Many Requests"));
    }
    QCOMPARE(created, 5);
    QCOMPARE(limited, 7);
    // Each provider has its own window: Bird is not limited by Messente's traffic.
    QCOMPARE(exchange({ request(QStringLiteral("bird")) }).first().status, 202);
    const SandboxStats stats = m_sandbox->stats();
    QCOMPARE(stats.acceptedTotal, 6); // exactly the 2xx answers
    QCOMPARE(stats.rateLimited, 7);
    QCOMPARE(stats.requestsTotal, 13);
    QCOMPARE(m_sandbox->requests().size(), 6); // refused requests never reached a provider
}

void TestSandboxFaults::rateLimitUsesEachProvidersShape_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("code");
    QTest::newRow("bird") << QStringLiteral("bird") << QStringLiteral("TooManyRequests");
    QTest::newRow("kaleyra") << QStringLiteral("kaleyra") << QStringLiteral("429");
}

void TestSandboxFaults::rateLimitUsesEachProvidersShape()
{
    QFETCH(QString, provider);
    QFETCH(QString, code);
    SandboxOptions options = baseOptions();
    options.rateLimit = 1;
    start(options);
    const QList<Exchange> answers = exchange({ request(provider), request(provider) });
    const Exchange& limited = answers.at(0).status == 429 ? answers.at(0) : answers.at(1);
    QVERIFY(answers.at(0).status != answers.at(1).status);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.header("Retry-After"), QByteArrayLiteral("1"));
    QJsonObject json = QJsonDocument::fromJson(limited.body).object();
    if (provider == QLatin1String("kaleyra")) // {"error":{"code","message"}}; Bird's is {"code","message"}
        json = json.value(QStringLiteral("error")).toObject();
    QCOMPARE(json.value(QStringLiteral("code")).toString(), code);
    QVERIFY(!json.value(QStringLiteral("message")).toString().isEmpty());
    QCOMPARE(m_sandbox->stats().acceptedTotal, 1);
}

void TestSandboxFaults::rateLimitWindowSlides()
{
    SandboxOptions options = baseOptions();
    options.rateLimit = 2;
    start(options);
    const QList<Exchange> first = exchange(QList<QByteArray>(3, request(QStringLiteral("kaleyra"))));
    int limited = 0;
    for (const Exchange& answer : first)
        limited += answer.status == 429 ? 1 : 0;
    QCOMPARE(limited, 1);
    QTest::qWait(1050); // the two admissions leave the one-second window
    const QList<Exchange> second = exchange(QList<QByteArray>(2, request(QStringLiteral("kaleyra"))));
    QCOMPARE(second.at(0).status, 202);
    QCOMPARE(second.at(1).status, 202);
    QCOMPARE(m_sandbox->stats().acceptedTotal, 4);
    QCOMPARE(m_sandbox->stats().rateLimited, 1);
}

void TestSandboxFaults::faultRateOneProducesEveryKind()
{
    SandboxOptions options = baseOptions();
    options.faultRate = 1.0;
    options.seed = 42;
    start(options);
    const int sent = 40;
    const QList<Exchange> answers = exchange(QList<QByteArray>(sent, request(QStringLiteral("messente"))));
    int serverError = 0, hung = 0, dropped = 0, malformed = 0;
    for (const Exchange& answer : answers) {
        if (answer.outcome == Exchange::Hung) {
            ++hung;
        } else if (answer.outcome == Exchange::Dropped) {
            ++dropped;
        } else if (answer.status == 500) {
            ++serverError;
            QVERIFY(answer.isValidJson());
        } else {
            QCOMPARE(answer.status, 201); // the message was accepted, but its answer is cut short
            QVERIFY(!answer.isValidJson());
            QVERIFY(answer.body.startsWith('{'));
            ++malformed;
        }
    }
    QVERIFY(serverError > 0 && hung > 0 && dropped > 0 && malformed > 0);
    const SandboxStats stats = m_sandbox->stats();
    QCOMPARE(stats.faults.serverError, serverError);
    QCOMPARE(stats.faults.hung, hung);
    QCOMPARE(stats.faults.dropped, dropped);
    QCOMPARE(stats.faults.malformed, malformed);
    QCOMPARE(stats.acceptedTotal, hung + dropped + malformed); // an unknown outcome is still a sent message
    QCOMPARE(stats.acceptedTotal + stats.faults.serverError, sent);
    QCOMPARE(stats.requestsTotal, sent);
    const QJsonObject faults = statsJson().value(QStringLiteral("faults")).toObject();
    QCOMPARE(faults.value(QStringLiteral("hung")).toInt(), hung);
    QCOMPARE(faults.value(QStringLiteral("dropped")).toInt(), dropped);
}

void TestSandboxFaults::faultMixGivesEachKindItsShare()
{
    SandboxOptions options = baseOptions();
    options.faultMix = SandboxOptions::FaultMix { 0.5, 0, 0.5, 0 };
    options.seed = 7;
    start(options);
    const int sent = 40;
    const QList<Exchange> answers = exchange(QList<QByteArray>(sent, request(QStringLiteral("messente"))));
    int serverError = 0, dropped = 0;
    for (const Exchange& answer : answers) {
        QVERIFY(answer.outcome != Exchange::Hung);
        if (answer.outcome == Exchange::Dropped)
            ++dropped;
        else if (answer.status == 500)
            ++serverError;
    }
    // Only the kinds asked for, every request one of them.
    QCOMPARE(serverError + dropped, sent);
    QVERIFY(serverError > 5 && dropped > 5);
    const SandboxStats stats = m_sandbox->stats();
    QCOMPARE(stats.faults.hung, 0);
    QCOMPARE(stats.faults.malformed, 0);
    QCOMPARE(stats.faults.dropped, dropped);
}

void TestSandboxFaults::serverErrorUsesEachProvidersShape_data()
{
    QTest::addColumn<QString>("provider");
    QTest::newRow("messente") << QStringLiteral("messente");
    QTest::newRow("bird") << QStringLiteral("bird");
    QTest::newRow("kaleyra") << QStringLiteral("kaleyra");
}

void TestSandboxFaults::serverErrorUsesEachProvidersShape()
{
    QFETCH(QString, provider);
    SandboxOptions options = baseOptions();
    options.faultRate = 1.0;
    options.seed = 42;
    start(options);
    const QList<Exchange> answers = exchange(QList<QByteArray>(12, request(provider)), 150);
    int found = 0;
    for (const Exchange& answer : answers) {
        if (answer.status != 500)
            continue;
        ++found;
        const QJsonObject json = QJsonDocument::fromJson(answer.body).object();
        if (provider == QLatin1String("messente")) {
            const QJsonObject item = firstError(answer.body);
            QCOMPARE(item.value(QStringLiteral("code")).toString(), QStringLiteral("500"));
            QCOMPARE(item.value(QStringLiteral("title")).toString(), QStringLiteral("Internal Server Error"));
        } else if (provider == QLatin1String("bird")) {
            QCOMPARE(json.value(QStringLiteral("code")).toString(), QStringLiteral("InternalServerError"));
        } else {
            QCOMPARE(json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString(),
                QStringLiteral("500"));
        }
    }
    QVERIFY(found > 0);
    QCOMPARE(m_sandbox->stats().faults.serverError, found);
}

void TestSandboxFaults::sameSeedSameFaultSequence()
{
    // Sent one after the other, so the sandbox sees the same request sequence each time.
    const auto run = [this](quint32 seed) {
        SandboxOptions options = baseOptions();
        options.faultRate = 0.6;
        options.seed = seed;
        m_sandbox = std::make_unique<SandboxServer>(options);
        QList<int> sequence;
        if (!m_sandbox->listen(0))
            return sequence;
        for (int i = 0; i < 14; ++i) {
            const Exchange answer = exchange({ request(QStringLiteral("messente")) }, 150).first();
            const bool cut = answer.outcome == Exchange::Answered && !answer.isValidJson();
            sequence << (cut ? 1000 : answer.outcome * 1000 + answer.status);
        }
        m_sandbox.reset();
        return sequence;
    };
    const QList<int> first = run(1234);
    QCOMPARE(run(1234), first);
    QVERIFY(run(4321) != first);
}

void TestSandboxFaults::statsAccountForEveryRequest()
{
    SandboxOptions options = baseOptions();
    options.rateLimit = 12;
    options.faultRate = 0.5;
    options.seed = 99;
    start(options);
    QList<QByteArray> requests;
    for (int i = 0; i < 30; ++i)
        requests << request(i % 2 ? QStringLiteral("messente") : QStringLiteral("kaleyra"));
    const QList<Exchange> answers = exchange(requests);
    int ok = 0, limited = 0, serverError = 0, unknown = 0;
    for (const Exchange& answer : answers) {
        if (answer.outcome != Exchange::Answered)
            ++unknown;
        else if (answer.status == 429)
            ++limited;
        else if (answer.status == 500)
            ++serverError;
        else if (answer.status >= 200 && answer.status < 300)
            ++ok;
    }
    QCOMPARE(ok + limited + serverError + unknown, 30);
    const QJsonObject stats = statsJson();
    const QJsonObject faults = stats.value(QStringLiteral("faults")).toObject();
    QCOMPARE(stats.value(QStringLiteral("requests_total")).toInt(), 30);
    QCOMPARE(stats.value(QStringLiteral("rate_limited")).toInt(), limited);
    QCOMPARE(limited, 6); // 15 per provider, 12 admitted each second
    QCOMPARE(faults.value(QStringLiteral("server_error")).toInt(), serverError);
    QCOMPARE(faults.value(QStringLiteral("hung")).toInt() + faults.value(QStringLiteral("dropped")).toInt(), unknown);
    QCOMPARE(stats.value(QStringLiteral("accepted_total")).toInt(), ok + unknown);
    QCOMPARE(stats.value(QStringLiteral("accepted_total")).toInt() + limited + serverError, 30);
}

void TestSandboxFaults::clientGivingUpDuringLatencyIsHarmless()
{
    SandboxOptions options = baseOptions();
    options.latencyMs = 200;
    start(options);
    {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, m_sandbox->port());
        socket->write(request(QStringLiteral("bird")));
        QTest::qWait(50);
        socket->abort(); // the sandbox must not write to the closed connection later
    }
    QTest::qWait(300);
    QCOMPARE(m_sandbox->stats().acceptedTotal, 1);
    // The sandbox still answers, and its own endpoint is never delayed.
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(statsJson().value(QStringLiteral("accepted_total")).toInt(), 1);
    QVERIFY(clock.elapsed() < 150);
    QCOMPARE(exchange({ request(QStringLiteral("bird")) }).first().status, 202);
}

void TestSandboxFaults::servesSampleMediaAndNothingElse()
{
    start(baseOptions());
    QCOMPARE(m_sandbox->mediaUrl(QStringLiteral("sample-header.png")).path(),
        QStringLiteral("/_sandbox/media/sample-header.png"));
    const QList<Exchange> answers = exchange({ "GET /_sandbox/media/sample-header.png HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET /_sandbox/media/sample-invoice.pdf HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET /_sandbox/media/missing.png HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET /_sandbox/media/..%2Fsql%2F001_initial.sql HTTP/1.1\r\nHost: x\r\n\r\n" });
    QCOMPARE(answers.at(0).status, 200);
    QCOMPARE(answers.at(0).header("content-type"), QByteArrayLiteral("image/png"));
    QVERIFY(answers.at(0).body.startsWith("\x89PNG"));
    QCOMPARE(answers.at(1).status, 200);
    QCOMPARE(answers.at(1).header("content-type"), QByteArrayLiteral("application/pdf"));
    QVERIFY(answers.at(1).body.startsWith("%PDF-"));
    QCOMPARE(answers.at(2).status, 404);
    QCOMPARE(answers.at(3).status, 404);
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
