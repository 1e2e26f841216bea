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

/// The whole application stack as the composition root builds it, against the in-process sandbox.
class TestAppSandbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void sandboxProfileIsReady();
    void sendsAndTracksToDelivered();
    void failedDeliveryIsExplained();
    void scheduledMessageCanBeCancelled();
    void kaleyraStatusesArriveByCallback();
    void restartKeepsHistoryAndRecoversInterruptedSends();

private:
    std::unique_ptr<AppContext> start(double speed = 20.0);
    qint64 saveTemplate(AppContext& app);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAppSandbox::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

std::unique_ptr<AppContext> TestAppSandbox::start(double speed)
{
    return test::startSandboxContext(m_dir->path(), speed);
}

qint64 TestAppSandbox::saveTemplate(AppContext& app)
{
    Template tpl;
    tpl.name = QStringLiteral("order_update");
    tpl.language = QStringLiteral("en");
    tpl.body = QStringLiteral("Hello {{1}}, your order has shipped.");
    return app.templates().save(tpl);
}

void TestAppSandbox::sandboxProfileIsReady()
{
    auto app = start();
    QVERIFY(app->sandbox());
    const std::optional<Profile> p = app->profiles().find(app->sandboxProfileId());
    QVERIFY(p);
    QCOMPARE(p->name, AppContext::sandboxProfileName());
    QVERIFY(p->isSandbox);
    QCOMPARE(p->baseUrl, app->sandbox()->messenteBaseUrl());
}

void TestAppSandbox::sendsAndTracksToDelivered()
{
    // Slow enough (delivered lasts 500 ms) that polling every 100 ms sees every state.
    auto app = start(4.0);
    const qint64 templateId = saveTemplate(*app);
    QVERIFY(templateId > 0);
    SendRequest request;
    request.profileId = app->sandboxProfileId();
    request.tpl = *app->templates().find(templateId);
    request.values.body.insert(QStringLiteral("1"), QStringLiteral("Mari"));
    request.recipient = QStringLiteral("5123 4567"); // local Estonian form
    QSignalSpy finished(&app->sender(), &SendController::sendFinished);
    const qint64 id = app->sender().send(request);
    QVERIFY(id > 0);
    QVERIFY(finished.wait(5000));
    QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(2).toString()));
    QCOMPARE(app->messages().find(id)->recipient, QStringLiteral("+37251234567"));
    QTRY_COMPARE_WITH_TIMEOUT(app->messages().find(id)->state, MessageState::Read, 10000);

    QStringList statuses;
    for (const StatusEvent& e : app->messages().events(id))
        statuses << stateKey(e.state);
    QVERIFY2(statuses.contains(QStringLiteral("delivered")), qPrintable(statuses.join(QLatin1Char(','))));
    QCOMPARE(statuses.first(), QStringLiteral("queued"));
    QCOMPARE(statuses.at(1), QStringLiteral("sending"));
}

void TestAppSandbox::failedDeliveryIsExplained()
{
    auto app = start();
    SendRequest request;
    request.profileId = app->sandboxProfileId();
    request.tpl = *app->templates().find(saveTemplate(*app));
    request.values.body.insert(QStringLiteral("1"), QStringLiteral("Mari"));
    request.recipient = QStringLiteral("+372 5123 4500"); // the sandbox does not deliver numbers ending in 00
    const qint64 id = app->sender().send(request);
    QTRY_COMPARE_WITH_TIMEOUT(app->messages().find(id)->state, MessageState::Failed, 10000);
    const MessageRecord m = *app->messages().find(id);
    QCOMPARE(m.errorCode, QStringLiteral("1"));
    QCOMPARE(m.providerStatus, QStringLiteral("UNDELIV"));
    QVERIFY2(m.errorText.contains(QStringLiteral("could not be delivered")), qPrintable(m.errorText));
}

void TestAppSandbox::scheduledMessageCanBeCancelled()
{
    auto app = start();
    SendRequest request;
    request.profileId = app->sandboxProfileId();
    request.tpl = *app->templates().find(saveTemplate(*app));
    request.values.body.insert(QStringLiteral("1"), QStringLiteral("Mari"));
    request.recipient = QStringLiteral("+372 5123 4567");
    request.scheduledFor = QDateTime::currentDateTimeUtc().addSecs(3600);
    QSignalSpy finished(&app->sender(), &SendController::sendFinished);
    const qint64 id = app->sender().send(request);
    QVERIFY(finished.wait(5000));
    QCOMPARE(app->messages().find(id)->state, MessageState::Scheduled);
    QTest::qWait(300); // polls meanwhile must not pretend it left
    QCOMPARE(app->messages().find(id)->state, MessageState::Scheduled);

    QSignalSpy cancelled(&app->sender(), &SendController::cancelFinished);
    app->sender().cancelScheduled(id);
    QVERIFY(cancelled.wait(5000));
    QVERIFY2(cancelled.first().at(1).toBool(), qPrintable(cancelled.first().at(2).toString()));
    QCOMPARE(app->messages().find(id)->state, MessageState::Cancelled);
    QCOMPARE(app->sandbox()->requests().last().method, QStringLiteral("DELETE"));

    // Once cancelled it cannot be cancelled again, and Herald says so.
    app->sender().cancelScheduled(id);
    QTRY_COMPARE(cancelled.size(), 2);
    QCOMPARE(cancelled.last().at(1).toBool(), false);
}

void TestAppSandbox::kaleyraStatusesArriveByCallback()
{
    auto app = start();
    const std::optional<Profile> kaleyra
        = app->profiles().findByName(AppContext::sandboxProfileName(ProviderKind::Kaleyra));
    QVERIFY(kaleyra && kaleyra->hasCallbackRoute());
    SendRequest request;
    request.profileId = kaleyra->id;
    request.tpl = *app->templates().find(saveTemplate(*app));
    request.values.body.insert(QStringLiteral("1"), QStringLiteral("Mari"));
    request.recipient = QStringLiteral("+372 5123 4567");
    const qint64 id = app->sender().send(request);
    QTRY_COMPARE_WITH_TIMEOUT(app->messages().find(id)->state, MessageState::Read, 10000);
    QVERIFY(app->callbacks().reportsReceived() >= 3); // SENT, DELIVERED, READ, each pushed by the sandbox
    QVERIFY(app->sandbox()->requests().first().body.contains("callback_url"));
}

void TestAppSandbox::restartKeepsHistoryAndRecoversInterruptedSends()
{
    qint64 interrupted = 0;
    {
        auto app = start();
        saveTemplate(*app);
        // A message journaled as sending whose answer never came (the process was killed).
        interrupted = app->messages().insertQueued({ app->sandboxProfileId(), 0, QStringLiteral("order_update"),
            QStringLiteral("en"), QStringLiteral("+37251234567"), QStringLiteral("x"), QStringLiteral("{}"), {}, {} });
        QVERIFY(app->messages().applyChange(interrupted, { MessageState::Sending, {}, {}, {}, {}, {} }));
    }
    auto app = start();
    QCOMPARE(app->templates().all().size(), 1);
    QCOMPARE(app->profiles().all().size(), 3); // one per provider, reused on restart, not duplicated
    const MessageRecord m = *app->messages().find(interrupted);
    QCOMPARE(m.state, MessageState::Unknown);
    QVERIFY(!m.errorText.isEmpty());
    QTest::qWait(300);
    QCOMPARE(app->sandbox()->requests().size(), 0); // never re-sent on its own
}

QTEST_GUILESS_MAIN(TestAppSandbox)
#include "tst_app_sandbox.moc"
