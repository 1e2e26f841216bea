#include "app/AppContext.h"
#include "dispatch/SendController.h"
#include "providers/BirdProvider.h"
#include "providers/KaleyraProvider.h"
#include "providers/MessenteProvider.h"
#include "sandbox/HostileAnswers.h"
#include "sandbox/SandboxServer.h"
#include "secrets/MemorySecretStore.h"
#include "storage/MessageRepository.h"
#include "storage/ProfileRepository.h"
#include "storage/TemplateRepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace herald;
using namespace std::chrono_literals;

/// Herald against providers that misbehave, over real loopback HTTP: hostile bodies from the sandbox,
/// a redirect to another port, a certificate nobody vouches for, and plain HTTP to another machine.
class TestHostile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void hostileAnswersBecomeErrorsInWords();
    void noHostileAnswerLeadsToADuplicate_data();
    void noHostileAnswerLeadsToADuplicate();
    void redirectToAnotherPortCarriesNoCredentials_data();
    void redirectToAnotherPortCarriesNoCredentials();
    void untrustedCertificateIsRefusedInWords();
    void plainHttpToAnotherMachineIsNeverSent();

private:
    std::unique_ptr<AppContext> startHostileApp();
    std::shared_ptr<Provider> providerFor(const QString& kind, const QUrl& base, const sandbox::SandboxOptions& o);

    std::unique_ptr<QTemporaryDir> m_dir;
    QNetworkAccessManager m_nam;
};

namespace {

OutgoingMessage plainMessage(const QString& to)
{
    OutgoingMessage m;
    m.to = to;
    m.tpl.name = QStringLiteral("order_update");
    m.tpl.language = QStringLiteral("en");
    m.tpl.birdProjectId = QStringLiteral("ce6a2fd6-b2fa-4f5a-a2cd-f3bd15883318");
    m.tpl.body = QStringLiteral("Hello {{1}}, your order has shipped.");
    m.values.body.insert(QStringLiteral("1"), QStringLiteral("Mari"));
    return m;
}

SendResult sendAndWait(Provider& provider, const OutgoingMessage& message, QObject* context)
{
    std::optional<SendResult> result;
    provider.send(message, context, [&](const SendResult& r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 15000))
        return {};
    return *result;
}

} // namespace

void TestHostile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<AppContext> TestHostile::startHostileApp()
{
    AppOptions options;
    options.dataDir = m_dir->path();
    options.sandbox = true;
    options.sandboxSpeed = 20.0;
    options.sandboxHostile = 1.0;
    options.region = QStringLiteral("EE");
    auto app = std::make_unique<AppContext>(options, std::make_unique<MemorySecretStore>());
    QString error;
    if (!app->initialize(&error)) {
        qWarning("Herald did not start on the sandbox: %s", qPrintable(error));
        return nullptr;
    }
    return app;
}

std::shared_ptr<Provider> TestHostile::providerFor(
    const QString& kind, const QUrl& base, const sandbox::SandboxOptions& o)
{
    if (kind == QLatin1String("messente"))
        return std::make_shared<MessenteProvider>(&m_nam,
            MessenteCredentials { base.resolved(QUrl(QStringLiteral("/v1"))), o.messenteUser, o.messentePassword, {} },
            5s);
    if (kind == QLatin1String("bird"))
        return std::make_shared<BirdProvider>(
            &m_nam, BirdCredentials { base, o.birdWorkspaceId, o.birdChannelId, o.birdAccessKey }, 5s);
    return std::make_shared<KaleyraProvider>(
        &m_nam, KaleyraCredentials { base, o.kaleyraSid, o.kaleyraApiKey, o.kaleyraFromNumber, {} }, 5s);
}

void TestHostile::hostileAnswersBecomeErrorsInWords()
{
    auto app = startHostileApp();
    QVERIFY(app);
    Template tpl;
    tpl.name = QStringLiteral("order_update");
    tpl.language = QStringLiteral("en");
    tpl.body = QStringLiteral("Hello {{1}}, your order has shipped.");
    const qint64 templateId = app->templates().save(tpl);

    // The sandbox answers every request with the next hostile kind, in HostileKind's order; one more
    // send after the six shows Herald still works.
    const QStringList numbers { QStringLiteral("+37251234501"), QStringLiteral("+37251234502"),
        QStringLiteral("+37251234503"), QStringLiteral("+37251234504"), QStringLiteral("+37251234505"),
        QStringLiteral("+37251234506"), QStringLiteral("+37251234507") };
    QList<qint64> ids;
    for (const QString& number : numbers) {
        SendRequest request;
        request.profileId = app->sandboxProfileId();
        request.tpl = *app->templates().find(templateId);
        request.values.body.insert(QStringLiteral("1"), QStringLiteral("Mari"));
        request.recipient = number;
        QSignalSpy finished(&app->sender(), &SendController::sendFinished);
        const qint64 id = app->sender().send(request);
        QVERIFY(id > 0);
        QVERIFY(finished.wait(15000));
        QVERIFY2(!finished.first().at(1).toBool(), "a hostile answer was taken for an accepted message");
        ids.append(id);
    }

    const auto record = [&](int kind) {
        return *app->messages().find(ids.at(kind));
    };
    // Markup: refused by the provider, its text kept as text (the GUI test checks how it is shown).
    QCOMPARE(record(0).state, MessageState::Failed);
    QVERIFY2(record(0).errorText.contains(sandbox::hostileMarkupText()), qPrintable(record(0).errorText));
    // Wrong types, deep nesting and an oversized body came after the sandbox took the message: Herald
    // cannot know it was taken, so it must not say "failed" (which would invite a duplicate).
    for (const int processed : { 1, 3, 4 }) {
        QCOMPARE(record(processed).state, MessageState::Unknown);
        QVERIFY2(!record(processed).errorText.isEmpty(), "no reason given");
    }
    QVERIFY2(record(1).errorText.contains(QLatin1String("could not be read")), qPrintable(record(1).errorText));
    QVERIFY2(record(3).errorText.contains(QLatin1String("could not be read")), qPrintable(record(3).errorText));
    QVERIFY2(record(4).errorText.contains(QLatin1String("larger than 4 MB")), qPrintable(record(4).errorText));
    // Invalid UTF-8: refused, the bad bytes shown as replacement characters, never dropped silently.
    QCOMPARE(record(2).state, MessageState::Failed);
    QVERIFY2(record(2).errorText.contains(QChar(QChar::ReplacementCharacter)), qPrintable(record(2).errorText));
    // A 300,000-character text is cut to what a person reads.
    QCOMPARE(record(5).state, MessageState::Failed);
    QVERIFY2(record(5).errorText.size() < 600, qPrintable(QString::number(record(5).errorText.size())));
    QVERIFY(record(5).errorText.contains(QStringLiteral("…")));
    // And the next message is handled as the first was.
    QCOMPARE(record(6).state, MessageState::Failed);

    const sandbox::SandboxStats stats = app->sandbox()->stats();
    QCOMPARE(stats.faults.hostile, 7);
    for (auto it = stats.perRecipient.cbegin(); it != stats.perRecipient.cend(); ++it)
        QVERIFY2(it.value() <= 1, qPrintable(it.key()));
}

void TestHostile::noHostileAnswerLeadsToADuplicate_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("Messente") << int(ProviderKind::Messente);
    QTest::newRow("Bird") << int(ProviderKind::Bird);
    QTest::newRow("Kaleyra") << int(ProviderKind::Kaleyra);
}

void TestHostile::noHostileAnswerLeadsToADuplicate()
{
    // Whatever the provider answers, Herald may only call a message failed (which invites sending it
    // again) when the provider did not take it; and it always says why.
    QFETCH(int, kind);
    auto app = startHostileApp();
    QVERIFY(app);
    const std::optional<Profile> profile
        = app->profiles().findByName(AppContext::sandboxProfileName(static_cast<ProviderKind>(kind)));
    QVERIFY(profile);
    Template tpl;
    tpl.name = QStringLiteral("order_update");
    tpl.language = QStringLiteral("en");
    tpl.body = QStringLiteral("Hello {{1}}, your order has shipped.");
    tpl.birdProjectId = QStringLiteral("ce6a2fd6-b2fa-4f5a-a2cd-f3bd15883318");
    const qint64 templateId = app->templates().save(tpl);
    QHash<qint64, QString> recipients;
    for (int i = 0; i < sandbox::kHostileKinds; ++i) {
        SendRequest request;
        request.profileId = profile->id;
        request.tpl = *app->templates().find(templateId);
        request.values.body.insert(QStringLiteral("1"), QStringLiteral("Mari"));
        request.recipient = QStringLiteral("+3725123451%1").arg(i);
        QSignalSpy finished(&app->sender(), &SendController::sendFinished);
        const qint64 id = app->sender().send(request);
        QVERIFY(id > 0);
        QVERIFY(finished.wait(15000));
        recipients.insert(id, request.recipient);
    }
    const sandbox::SandboxStats stats = app->sandbox()->stats();
    QCOMPARE(stats.faults.hostile, sandbox::kHostileKinds);
    int taken = 0;
    for (auto it = recipients.cbegin(); it != recipients.cend(); ++it) {
        const MessageRecord m = *app->messages().find(it.key());
        const int accepted = stats.perRecipient.value(it.value());
        QVERIFY2(accepted <= 1, qPrintable(it.value()));
        const QString what = it.value() + QLatin1Char(' ') + stateKey(m.state) + QLatin1String(": ") + m.errorText;
        if (accepted == 0) {
            // Not taken: refused in words, never shown as accepted.
            QVERIFY2(m.state == MessageState::Failed || m.state == MessageState::Unknown, qPrintable(what));
            QVERIFY2(!m.errorText.isEmpty(), qPrintable(what));
        } else {
            // Taken: unknown (with a reason) or, where the answer still named an id, accepted; never failed.
            ++taken;
            QVERIFY2(m.state != MessageState::Failed, qPrintable(what));
            QVERIFY2(m.state != MessageState::Unknown || !m.errorText.isEmpty(), qPrintable(what));
        }
    }
    QVERIFY2(taken > 0, "no hostile answer came after the sandbox took a message, so the rule was not tried");
}

void TestHostile::redirectToAnotherPortCarriesNoCredentials_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("Messente (Authorization: Basic)") << QStringLiteral("messente");
    QTest::newRow("Bird (Authorization: AccessKey)") << QStringLiteral("bird");
    QTest::newRow("Kaleyra (api-key)") << QStringLiteral("kaleyra");
}

void TestHostile::redirectToAnotherPortCarriesNoCredentials()
{
    QFETCH(QString, kind);
    sandbox::SandboxOptions options;
    options.speed = 20.0;
    sandbox::SandboxServer other(options); // the second port: where the redirect points
    QVERIFY(other.listen(0));
    options = other.options(); // the same credentials, so the second would accept them if they arrived
    options.redirectTo = other.baseUrl();
    sandbox::SandboxServer redirecting(options);
    QVERIFY(redirecting.listen(0));

    auto provider = providerFor(kind, redirecting.baseUrl(), other.options());
    const SendResult result = sendAndWait(*provider, plainMessage(QStringLiteral("+37251234567")), this);
    QVERIFY(result.error.isError());
    const QString authority = QStringLiteral("127.0.0.1:%1").arg(other.baseUrl().port());
    QVERIFY2(
        result.error.message().contains(authority) && result.error.message().contains(QLatin1String("credentials")),
        qPrintable(result.error.message()));
    // A redirect may come after the request was handled (303 after a POST), so the outcome is unknown.
    QCOMPARE(result.error.kind, ProviderError::Kind::OutcomeUnknown);
    QCOMPARE(redirecting.stats().redirected, 1);
    QCOMPARE(other.requests().size(), 0);
    QCOMPARE(other.stats().requestsTotal, 0);
}

void TestHostile::untrustedCertificateIsRefusedInWords()
{
    if (!QSslSocket::supportsSsl())
        QSKIP("this Qt has no TLS backend");
    QTemporaryDir keys;
    QVERIFY(keys.isValid());
    const QString certFile = keys.filePath(QStringLiteral("cert.pem"));
    const QString keyFile = keys.filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
        { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
            QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
            QStringLiteral("/CN=provider.invalid"), QStringLiteral("-keyout"), keyFile, QStringLiteral("-out"),
            certFile });
    QVERIFY2(openssl.waitForFinished(30000) && openssl.exitCode() == 0, openssl.readAllStandardError().constData());

    QFile certIn(certFile);
    QFile keyIn(keyFile);
    QVERIFY(certIn.open(QIODevice::ReadOnly) && keyIn.open(QIODevice::ReadOnly));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(&certIn, QSsl::Pem));
    tls.setPrivateKey(QSslKey(&keyIn, QSsl::Rsa, QSsl::Pem));
    QSslServer server;
    server.setSslConfiguration(tls);
    QByteArray received; // what came through the TLS layer, if anything did
    connect(&server, &QSslServer::pendingConnectionAvailable, this, [&] {
        while (QTcpSocket* socket = server.nextPendingConnection())
            connect(socket, &QIODevice::readyRead, this, [&received, socket] { received += socket->readAll(); });
    });
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));

    sandbox::SandboxOptions credentials;
    credentials.messentePassword = QStringLiteral("canary-tls-password");
    const QUrl base(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort()));
    auto provider = providerFor(QStringLiteral("messente"), base, credentials);
    const SendResult result = sendAndWait(*provider, plainMessage(QStringLiteral("+37251234567")), this);
    QCOMPARE(result.error.kind, ProviderError::Kind::NotDelivered);
    const QString text = result.error.message();
    QVERIFY2(text.contains(QLatin1String("certificate cannot be trusted")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("self-signed"), Qt::CaseInsensitive), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("nothing was sent")), qPrintable(text));
    QTest::qWait(100);
    QVERIFY2(received.isEmpty(), received.constData());
}

void TestHostile::plainHttpToAnotherMachineIsNeverSent()
{
    // 192.0.2.0/24 is TEST-NET-1: nothing answers there, so a connection attempt would only time out.
    sandbox::SandboxOptions credentials;
    credentials.messentePassword = QStringLiteral("canary-plain-password");
    auto provider = providerFor(QStringLiteral("messente"), QUrl(QStringLiteral("http://192.0.2.10")), credentials);
    QElapsedTimer clock;
    clock.start();
    const SendResult result = sendAndWait(*provider, plainMessage(QStringLiteral("+37251234567")), this);
    QVERIFY2(clock.elapsed() < 2000, "Herald tried to connect");
    QCOMPARE(result.error.kind, ProviderError::Kind::NotDelivered);
    QVERIFY2(result.error.message().contains(QLatin1String("https")), qPrintable(result.error.message()));
    QVERIFY(result.error.message().contains(QLatin1String("192.0.2.10")));
}

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
