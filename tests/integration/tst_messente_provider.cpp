#include "providers/MessenteProvider.h"
#include "providers/NetworkPool.h"
#include "sandbox/SandboxServer.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSet>
#include <QTcpServer>
#include <QTest>
#include <algorithm>

using namespace herald;
using namespace std::chrono_literals;

/// Herald's real Messente provider over real HTTP on loopback, against the sandbox.
class TestMessenteProvider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void sendsPollsAndSeesDelivered();
    void sendsExactlyTheDocumentedRequest();
    void wrongCredentialsCarryMessentesCodeAndText();
    void invalidNumberIsRejectedWithCode105();
    void unknownIdIsNotFound();
    void testConnectionProvesCredentials();
    void refusedConnectionMeansNothingWasSent();
    void silentServerTimesOutAsUnknownOutcome();
    void droppedConnectionIsNeverSentAgainByQt();
    void poolCarriesConcurrentSendsOnEveryManager();
    void batchAnswersEachMessageInOrder();
    void batchWithWrongCredentialsFailsAsAWhole();
    void batchBeyondTheLimitIsRefusedUnsent();

private:
    OutgoingMessage message(const QString& to) const;
    std::unique_ptr<MessenteProvider> provider(const QString& password, std::chrono::milliseconds timeout = 10s);

    QNetworkAccessManager m_nam;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
};

void TestMessenteProvider::init()
{
    sandbox::SandboxOptions options;
    options.messentePassword = QStringLiteral("right-password");
    options.speed = 20.0;
    m_sandbox = std::make_unique<sandbox::SandboxServer>(options);
    QVERIFY(m_sandbox->listen(0));
}

OutgoingMessage TestMessenteProvider::message(const QString& to) const
{
    OutgoingMessage m;
    m.to = to;
    m.tpl.name = QStringLiteral("order_update");
    m.tpl.language = QStringLiteral("en");
    m.tpl.body = QStringLiteral("Hello {{1}}, your order has shipped.");
    m.values.body.insert(QStringLiteral("1"), QStringLiteral("Mari"));
    return m;
}

std::unique_ptr<MessenteProvider> TestMessenteProvider::provider(
    const QString& password, std::chrono::milliseconds timeout)
{
    return std::make_unique<MessenteProvider>(&m_nam,
        MessenteCredentials { m_sandbox->messenteBaseUrl(), m_sandbox->options().messenteUser, password, {} }, timeout);
}

void TestMessenteProvider::sendsPollsAndSeesDelivered()
{
    auto p = provider(QStringLiteral("right-password"));
    std::optional<SendResult> sent;
    p->send(message(QStringLiteral("+37251234567")), this, [&](const SendResult& r) { sent = r; });
    QTRY_VERIFY(sent.has_value());
    QVERIFY2(!sent->error.isError(), qPrintable(sent->error.message()));
    QVERIFY(!sent->providerMessageId.isEmpty());
    QCOMPARE(sent->channels.size(), 1);
    QCOMPARE(sent->channels.first().channel, QStringLiteral("whatsapp"));

    std::optional<MessageState> last;
    QList<MessageState> seen;
    QDeadlineTimer deadline(10s);
    while (!deadline.hasExpired() && last != MessageState::Read) {
        std::optional<StatusResult> status;
        p->fetchStatus(sent->providerMessageId, this, [&](const StatusResult& r) { status = r; });
        QTRY_VERIFY(status.has_value());
        QVERIFY2(!status->error.isError(), qPrintable(status->error.message()));
        QCOMPARE(status->providerMessageId, sent->providerMessageId);
        last = status->current()->state;
        if (last && (seen.isEmpty() || seen.last() != *last))
            seen.append(*last);
        QTest::qWait(20);
    }
    QVERIFY(seen.contains(MessageState::Delivered));
    QCOMPARE(seen.last(), MessageState::Read);
}

void TestMessenteProvider::sendsExactlyTheDocumentedRequest()
{
    auto p = provider(QStringLiteral("right-password"));
    std::optional<SendResult> sent;
    p->send(message(QStringLiteral("+37251234567")), this, [&](const SendResult& r) { sent = r; });
    QTRY_VERIFY(sent.has_value());
    const auto requests = m_sandbox->requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().method, QStringLiteral("POST"));
    QCOMPARE(requests.first().path, QStringLiteral("/v1/omnimessage"));
    QVERIFY(requests.first().authorized);
    const QJsonObject body = QJsonDocument::fromJson(requests.first().body).object();
    QCOMPARE(body.value(QStringLiteral("to")).toString(), QStringLiteral("+37251234567"));
    const QJsonObject wa = body.value(QStringLiteral("messages")).toArray().first().toObject();
    QCOMPARE(wa.value(QStringLiteral("channel")).toString(), QStringLiteral("whatsapp"));
    QCOMPARE(wa.value(QStringLiteral("template")).toObject().value(QStringLiteral("name")).toString(),
        QStringLiteral("order_update"));
}

void TestMessenteProvider::wrongCredentialsCarryMessentesCodeAndText()
{
    auto p = provider(QStringLiteral("wrong-password"));
    std::optional<SendResult> sent;
    p->send(message(QStringLiteral("+37251234567")), this, [&](const SendResult& r) { sent = r; });
    QTRY_VERIFY(sent.has_value());
    QCOMPARE(sent->error.kind, ProviderError::Kind::Unauthorized);
    QCOMPARE(sent->error.httpStatus, 401);
    QCOMPARE(sent->error.providerCode, QStringLiteral("103"));
    QVERIFY(!sent->error.detail.isEmpty());
    const QString text = sent->error.message();
    QVERIFY2(text.contains(QStringLiteral("103")) && text.contains(sent->error.detail), qPrintable(text));
    QVERIFY(sent->error.certainlyNotTaken());
}

void TestMessenteProvider::invalidNumberIsRejectedWithCode105()
{
    auto p = provider(QStringLiteral("right-password"));
    std::optional<SendResult> sent;
    p->send(message(QStringLiteral("12345")), this, [&](const SendResult& r) { sent = r; });
    QTRY_VERIFY(sent.has_value());
    QCOMPARE(sent->error.kind, ProviderError::Kind::Rejected);
    QCOMPARE(sent->error.providerCode, QStringLiteral("105"));
    QCOMPARE(sent->error.source, QStringLiteral("payload[to]"));
}

void TestMessenteProvider::unknownIdIsNotFound()
{
    auto p = provider(QStringLiteral("right-password"));
    std::optional<StatusResult> status;
    p->fetchStatus(
        QStringLiteral("7a1c1d9e-0000-4000-8000-000000000000"), this, [&](const StatusResult& r) { status = r; });
    QTRY_VERIFY(status.has_value());
    QCOMPARE(status->error.kind, ProviderError::Kind::NotFound);
    QCOMPARE(status->error.providerCode, QStringLiteral("101"));
}

void TestMessenteProvider::testConnectionProvesCredentials()
{
    std::optional<ProviderError> good;
    auto right = provider(QStringLiteral("right-password"));
    right->testConnection(this, [&](const ProviderError& e) { good = e; });
    QTRY_VERIFY(good.has_value());
    QVERIFY2(!good->isError(), qPrintable(good->message()));

    std::optional<ProviderError> bad;
    auto wrong = provider(QStringLiteral("nope"));
    wrong->testConnection(this, [&](const ProviderError& e) { bad = e; });
    QTRY_VERIFY(bad.has_value());
    QCOMPARE(bad->kind, ProviderError::Kind::Unauthorized);
    QVERIFY(m_sandbox->requests().size() >= 2);
    for (const auto& r : m_sandbox->requests())
        QCOMPARE(r.method, QStringLiteral("GET")); // testing sends nothing
}

void TestMessenteProvider::refusedConnectionMeansNothingWasSent()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now
    MessenteProvider p(&m_nam,
        { QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port)), QStringLiteral("u"), QStringLiteral("p"), {} });
    std::optional<SendResult> sent;
    p.send(message(QStringLiteral("+37251234567")), this, [&](const SendResult& r) { sent = r; });
    QTRY_VERIFY(sent.has_value());
    QCOMPARE(sent->error.kind, ProviderError::Kind::NotDelivered);
    QVERIFY(sent->error.certainlyNotTaken());
    QVERIFY(!sent->error.message().isEmpty());
}

void TestMessenteProvider::silentServerTimesOutAsUnknownOutcome()
{
    // Accepts the connection and the body, never answers: the message may have been taken.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    MessenteProvider p(&m_nam,
        { QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(silent.serverPort())), QStringLiteral("u"),
            QStringLiteral("p"), {} },
        300ms);
    std::optional<SendResult> sent;
    p.send(message(QStringLiteral("+37251234567")), this, [&](const SendResult& r) { sent = r; });
    QTRY_VERIFY_WITH_TIMEOUT(sent.has_value(), 5000);
    QCOMPARE(sent->error.kind, ProviderError::Kind::OutcomeUnknown);
    QVERIFY(!sent->error.certainlyNotTaken());
}

void TestMessenteProvider::droppedConnectionIsNeverSentAgainByQt()
{
    // The provider takes the message, then the connection closes before any answer. Qt 6.4 would
    // quietly POST it again (a second message to the same person); Herald must not let it.
    sandbox::SandboxOptions options;
    options.messentePassword = QStringLiteral("right-password");
    options.faultMix = sandbox::SandboxOptions::FaultMix { 0, 0, 1.0, 0 };
    m_sandbox = std::make_unique<sandbox::SandboxServer>(options);
    QVERIFY(m_sandbox->listen(0));
    const auto p = provider(QStringLiteral("right-password"));
    for (int i = 0; i < 3; ++i) {
        std::optional<SendResult> sent;
        p->send(message(QStringLiteral("+3725123456%1").arg(i)), this, [&](const SendResult& r) { sent = r; });
        QTRY_VERIFY_WITH_TIMEOUT(sent.has_value(), 10000);
        QCOMPARE(sent->error.kind, ProviderError::Kind::OutcomeUnknown);
        QVERIFY(!sent->error.certainlyNotTaken());
    }
    const sandbox::SandboxStats stats = m_sandbox->stats();
    QCOMPARE(stats.requestsTotal, 3);
    QCOMPARE(stats.acceptedTotal, 3);
    for (auto it = stats.perRecipient.cbegin(); it != stats.perRecipient.cend(); ++it)
        QCOMPARE(it.value(), 1);
}

void TestMessenteProvider::poolCarriesConcurrentSendsOnEveryManager()
{
    // More sends at once than one manager's six connections per host carry, each answered late.
    // How fast they finish is for the benchmark; this checks they all arrive, each once, and that
    // the requests take the pool's managers in turn.
    sandbox::SandboxOptions options;
    options.messentePassword = QStringLiteral("right-password");
    options.latencyMs = 200;
    m_sandbox = std::make_unique<sandbox::SandboxServer>(options);
    QVERIFY(m_sandbox->listen(0));

    NetworkPool pool(4);
    QHash<QNetworkAccessManager*, int> answeredBy;
    for (int i = 0; i < pool.size(); ++i) {
        QNetworkAccessManager* manager = pool.next();
        answeredBy.insert(manager, 0);
        connect(manager, &QNetworkAccessManager::finished, this, [&answeredBy, manager] { ++answeredBy[manager]; });
    }
    MessenteProvider p(&pool,
        MessenteCredentials {
            m_sandbox->messenteBaseUrl(), m_sandbox->options().messenteUser, QStringLiteral("right-password"), {} },
        10s);

    constexpr int kSends = 24;
    QList<std::optional<SendResult>> results(kSends);
    for (int i = 0; i < kSends; ++i) {
        const QString to = QStringLiteral("+3725123%1").arg(4500 + i);
        p.send(message(to), this, [&results, i](const SendResult& r) { results[i] = r; });
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(results.cbegin(), results.cend(), [](const auto& r) { return r.has_value(); }), 20000);
    QSet<QString> ids;
    for (const std::optional<SendResult>& r : results) {
        QVERIFY2(!r->error.isError(), qPrintable(r->error.message()));
        ids.insert(r->providerMessageId);
    }
    QCOMPARE(ids.size(), kSends);
    QCOMPARE(m_sandbox->stats().acceptedTotal, kSends);
    QCOMPARE(m_sandbox->stats().perRecipient.size(), kSends);
    // Round robin: each of the four managers carried a quarter of the requests.
    QCOMPARE(answeredBy.size(), 4);
    for (QNetworkAccessManager* manager : answeredBy.keys())
        QTRY_COMPARE(answeredBy.value(manager), kSends / 4);
}

void TestMessenteProvider::batchAnswersEachMessageInOrder()
{
    auto p = provider(QStringLiteral("right-password"));
    QCOMPARE(p->maxBatchSize(), 1000);
    // The sandbox refuses a number that is not E.164 when it is sent (docs/sandbox.md), on its own.
    const QList<OutgoingMessage> batch { message(QStringLiteral("+37251234567")), message(QStringLiteral("12345")),
        message(QStringLiteral("+37251234568")) };
    std::optional<BatchSendResult> sent;
    p->sendBatch(batch, this, [&](const BatchSendResult& r) { sent = r; });
    QTRY_VERIFY(sent.has_value());
    QVERIFY2(!sent->error.isError(), qPrintable(sent->error.message()));
    QCOMPARE(sent->results.size(), 3);

    // One request to the bulk route, carrying the three omnimessages in order.
    const auto requests = m_sandbox->requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().method, QStringLiteral("POST"));
    QCOMPARE(requests.first().path, QStringLiteral("/v1/omnimessages"));
    QVERIFY(requests.first().authorized);
    const QJsonArray posted
        = QJsonDocument::fromJson(requests.first().body).object().value(QStringLiteral("messages")).toArray();
    QCOMPARE(posted.size(), 3);
    for (qsizetype i = 0; i < 3; ++i)
        QCOMPARE(posted.at(i).toObject().value(QStringLiteral("to")).toString(), batch.at(i).to);

    for (const qsizetype i : { 0, 2 }) {
        const SendResult& r = sent->results.at(i);
        QVERIFY2(!r.error.isError(), qPrintable(r.error.message()));
        QVERIFY(!r.providerMessageId.isEmpty());
        QCOMPARE(r.channels.size(), 1);
        QCOMPARE(r.channels.first().channel, QStringLiteral("whatsapp"));
    }
    QVERIFY(sent->results.at(0).providerMessageId != sent->results.at(2).providerMessageId);
    const SendResult& refused = sent->results.at(1);
    QVERIFY(refused.providerMessageId.isEmpty());
    QCOMPARE(refused.error.kind, ProviderError::Kind::Rejected);
    QCOMPARE(refused.error.providerCode, QStringLiteral("105"));
    QCOMPARE(refused.error.source, QStringLiteral("payload[to]"));
    QVERIFY(!refused.error.detail.isEmpty());
    QVERIFY(refused.error.certainlyNotTaken());

    QCOMPARE(m_sandbox->stats().acceptedTotal, 2);
    // A message sent in a batch is followed like any other.
    std::optional<StatusResult> status;
    p->fetchStatus(sent->results.at(2).providerMessageId, this, [&](const StatusResult& r) { status = r; });
    QTRY_VERIFY(status.has_value());
    QVERIFY2(!status->error.isError(), qPrintable(status->error.message()));
    QCOMPARE(status->providerMessageId, sent->results.at(2).providerMessageId);
}

void TestMessenteProvider::batchWithWrongCredentialsFailsAsAWhole()
{
    auto p = provider(QStringLiteral("wrong-password"));
    std::optional<BatchSendResult> sent;
    p->sendBatch({ message(QStringLiteral("+37251234567")), message(QStringLiteral("+37251234568")) }, this,
        [&](const BatchSendResult& r) { sent = r; });
    QTRY_VERIFY(sent.has_value());
    QCOMPARE(sent->error.kind, ProviderError::Kind::Unauthorized);
    QCOMPARE(sent->error.providerCode, QStringLiteral("103"));
    QVERIFY(sent->error.certainlyNotTaken());
    QVERIFY(sent->results.isEmpty());
    QCOMPARE(m_sandbox->stats().acceptedTotal, 0);
}

void TestMessenteProvider::batchBeyondTheLimitIsRefusedUnsent()
{
    auto p = provider(QStringLiteral("right-password"));
    const QList<OutgoingMessage> tooMany(p->maxBatchSize() + 1, message(QStringLiteral("+37251234567")));
    std::optional<BatchSendResult> sent;
    p->sendBatch(tooMany, this, [&](const BatchSendResult& r) { sent = r; });
    QVERIFY(!sent); // never synchronously
    QTRY_VERIFY(sent.has_value());
    QCOMPARE(sent->error.kind, ProviderError::Kind::Unsupported);
    QVERIFY(sent->results.isEmpty());

    std::optional<BatchSendResult> empty;
    p->sendBatch({}, this, [&](const BatchSendResult& r) { empty = r; });
    QTRY_VERIFY(empty.has_value());
    QVERIFY(!empty->error.isError());
    QVERIFY(empty->results.isEmpty());
    QVERIFY(m_sandbox->requests().isEmpty());
}

QTEST_GUILESS_MAIN(TestMessenteProvider)
#include "tst_messente_provider.moc"
