// Status tracking through the whole application stack against the in-process sandbox: Messente's
// dlr_url callbacks instead of polling, and the provider's own answer kept, masked, with each change.
#include "SandboxContext.h"
#include "app/AppContext.h"
#include "dispatch/CallbackReceiver.h"
#include "dispatch/SendController.h"
#include "dispatch/StatusTracker.h"
#include "sandbox/SandboxServer.h"
#include "secrets/MemorySecretStore.h"
#include "storage/MessageRepository.h"
#include "storage/ProfileRepository.h"
#include "storage/TemplateRepository.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace herald;
using namespace std::chrono_literals;

class TestTrackingSandbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void messenteWithACallbackRouteIsNotPolled();
    void polledAnswersAreKeptMasked();

private:
    std::unique_ptr<AppContext> start();
    qint64 send(AppContext& app, qint64 profileId, const QString& recipient);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestTrackingSandbox::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<AppContext> TestTrackingSandbox::start()
{
    return test::startSandboxContext(m_dir->path());
}

qint64 TestTrackingSandbox::send(AppContext& app, qint64 profileId, const QString& recipient)
{
    Template tpl;
    tpl.name = QStringLiteral("order_update");
    tpl.language = QStringLiteral("en");
    tpl.body = QStringLiteral("Hello {{1}}, your order has shipped.");
    tpl.birdProjectId = QStringLiteral("6f1e0c2a-0000-4000-8000-000000000001"); // Bird sends by Studio project
    if (app.templates().all().isEmpty())
        app.templates().save(tpl);
    SendRequest request;
    request.profileId = profileId;
    request.tpl = app.templates().all().constFirst();
    request.values.body.insert(QStringLiteral("1"), QStringLiteral("Mari"));
    request.recipient = recipient;
    QSignalSpy finished(&app.sender(), &SendController::sendFinished);
    const qint64 id = app.sender().send(request);
    if (!finished.wait(5000) || !finished.first().at(1).toBool())
        qWarning("the send was not accepted");
    return id;
}

void TestTrackingSandbox::messenteWithACallbackRouteIsNotPolled()
{
    auto app = start();
    // The sandbox's Messente profile, given a callback route on a free loopback port.
    Profile messente = *app->profiles().find(app->sandboxProfileId());
    messente.callbackListen = QStringLiteral("127.0.0.1:0");
    QString error;
    const quint16 port = app->callbacks().listen(messente, &error);
    QVERIFY2(port != 0, qPrintable(error));
    messente.callbackListen = QStringLiteral("127.0.0.1:%1").arg(port);
    messente.callbackPublicUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/messente").arg(port));
    QVERIFY(app->profiles().save(messente) > 0);
    app->tracker().refreshProfiles();

    QSignalSpy campaigns(&app->callbacks(), &CallbackReceiver::campaignsChanged);
    QSignalSpy changed(&app->callbacks(), &CallbackReceiver::messagesChanged);
    const qint64 id = send(*app, messente.id, QStringLiteral("+372 5123 4567"));
    QVERIFY(app->sandbox()->requests().first().body.contains("dlr_url"));
    QTRY_COMPARE_WITH_TIMEOUT(app->messages().find(id)->state, MessageState::Read, 10000);
    QVERIFY(app->callbacks().reportsReceived() >= 3); // ACK, ACCEPTD, DELIVRD, SEEN, each posted by the sandbox
    QTest::qWait(300);
    for (const sandbox::RecordedRequest& request : app->sandbox()->requests())
        QVERIFY2(!request.path.endsWith(QLatin1String("/status")), qPrintable(request.path)); // never polled
    QCOMPARE(app->tracker().trackedCount(), 0);
    // Callbacks come in batches too; a message sent on its own belongs to no campaign.
    QVERIFY(!changed.isEmpty());
    QVERIFY(changed.size() < app->callbacks().reportsReceived() + 1);
    QVERIFY(campaigns.isEmpty());

    // Each change keeps the callback's body: indented JSON, nothing secret in it.
    const QList<StatusEvent> events = app->messages().events(id);
    const StatusEvent& read = events.constLast();
    QCOMPARE(read.state, MessageState::Read);
    QVERIFY2(read.raw.contains(QStringLiteral("\"status\": \"SEEN\"")), qPrintable(read.raw));
    QVERIFY(read.raw.contains(QStringLiteral("\"omnimessage_id\"")));
    QVERIFY(!read.raw.contains(app->sandbox()->options().messentePassword));
}

void TestTrackingSandbox::polledAnswersAreKeptMasked()
{
    auto app = start();
    const std::optional<Profile> bird = app->profiles().findByName(AppContext::sandboxProfileName(ProviderKind::Bird));
    QVERIFY(bird);
    const qint64 birdId = send(*app, bird->id, QStringLiteral("+372 5123 4567"));
    const qint64 messenteId = send(*app, app->sandboxProfileId(), QStringLiteral("+372 5123 4500")); // undelivered
    QVERIFY(birdId > 0 && messenteId > 0);
    QTRY_COMPARE_WITH_TIMEOUT(app->messages().find(birdId)->state, MessageState::Delivered, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(app->messages().find(messenteId)->state, MessageState::Failed, 10000);

    const StatusEvent birdDelivered = app->messages().events(birdId).constLast();
    QVERIFY2(birdDelivered.raw.contains(QStringLiteral("\"status\": \"delivered\"")), qPrintable(birdDelivered.raw));
    QVERIFY(!birdDelivered.raw.contains(app->sandbox()->options().birdAccessKey));
    const StatusEvent failed = app->messages().events(messenteId).constLast();
    QVERIFY2(failed.raw.contains(QStringLiteral("\"status\": \"UNDELIV\"")), qPrintable(failed.raw));
    QVERIFY(failed.raw.size() <= 16 * 1024);
    // The states Herald set itself carry no answer.
    QVERIFY(app->messages().events(messenteId).constFirst().raw.isEmpty());
}

QTEST_GUILESS_MAIN(TestTrackingSandbox)
#include "tst_tracking_sandbox.moc"
