#include "FileScan.h"
#include "app/AppContext.h"
#include "dispatch/ProfileService.h"
#include "dispatch/SendController.h"
#include "dispatch/StatusTracker.h"
#include "sandbox/SandboxServer.h"
#include "storage/MessageRepository.h"
#include "storage/ProfileRepository.h"
#include "storage/TemplateRepository.h"

#include <QDir>
#include <QMutex>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace herald;
using namespace std::chrono_literals;

namespace {
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previous = nullptr;

void collect(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        const QMutexLocker lock(&g_logMutex);
        g_log.append(message);
    }
    if (g_previous)
        g_previous(type, context, message);
}
} // namespace

/**
 * A full send through the real keychain with a canary password, then a restart: the password is
 * found again in the keychain, and in no file Herald wrote nor in anything it logged.
 */
class TestCanary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void canaryPasswordStaysInTheKeychain();

private:
    std::unique_ptr<AppContext> start(const QString& dataDir);
};

void TestCanary::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    g_previous = qInstallMessageHandler(collect);
    // Log everything, debug included, so a leak in any category would be caught.
    QLoggingCategory::setFilterRules(QStringLiteral("herald.*=true"));
}

void TestCanary::cleanupTestCase()
{
    qInstallMessageHandler(g_previous);
}

std::unique_ptr<AppContext> TestCanary::start(const QString& dataDir)
{
    AppOptions options;
    options.dataDir = dataDir;
    options.region = QStringLiteral("EE");
    auto app = std::make_unique<AppContext>(options); // the real system keychain
    QString error;
    if (!app->initialize(&error))
        qWarning("initialize failed: %s", qPrintable(error));
    StatusTracker::Schedule fast;
    fast.first = 50ms;
    fast.max = 200ms;
    app->tracker().setSchedule(fast);
    return app;
}

void TestCanary::canaryPasswordStaysInTheKeychain()
{
    const QString canary = QStringLiteral("canary-7f3a9c2e-Pw!");
    sandbox::SandboxOptions sandboxOptions;
    sandboxOptions.messenteUser = QStringLiteral("canary-user");
    sandboxOptions.messentePassword = canary;
    sandboxOptions.speed = 20.0;
    sandbox::SandboxServer sandbox(sandboxOptions);
    QVERIFY(sandbox.listen(0));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    qint64 profileId = 0;
    {
        auto app = start(dir.path());
        Profile profile;
        profile.name = QStringLiteral("Canary");
        profile.baseUrl = sandbox.messenteBaseUrl();
        profile.username = QStringLiteral("canary-user");
        std::optional<std::pair<bool, QString>> saved;
        app->profileService().save(profile, canary, this,
            [&saved](const ProfileService::SaveOutcome& o) { saved = std::make_pair(o.ok, o.error); });
        QTRY_VERIFY_WITH_TIMEOUT(saved.has_value(), 10000);
        QVERIFY2(saved->first, qPrintable(saved->second));
        profileId = app->profiles().findByName(QStringLiteral("Canary"))->id;

        Template tpl;
        tpl.name = QStringLiteral("order_update");
        tpl.language = QStringLiteral("en");
        tpl.body = QStringLiteral("Hello {{1}}");
        SendRequest request;
        request.profileId = profileId;
        request.tpl = *app->templates().find(app->templates().save(tpl));
        request.values.body.insert(QStringLiteral("1"), QStringLiteral("Mari"));
        request.recipient = QStringLiteral("+372 5123 4567");
        QSignalSpy finished(&app->sender(), &SendController::sendFinished);
        const qint64 id = app->sender().send(request);
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(2).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(app->messages().find(id)->state, MessageState::Read, 10000);
    }
    {
        // After a restart the password comes back from the keychain, and nothing else.
        auto app = start(dir.path());
        std::optional<std::pair<bool, QString>> tested;
        app->profileService().testConnection(*app->profiles().find(profileId), std::nullopt, this,
            [&tested](bool ok, const QString& e) { tested = std::make_pair(ok, e); });
        QTRY_VERIFY_WITH_TIMEOUT(tested.has_value(), 10000);
        QVERIFY2(tested->first, qPrintable(tested->second));
    }

    QVERIFY(QDir(dir.path()).exists(QStringLiteral("herald.sqlite")));
    QVERIFY(QDir(dir.path()).exists(QStringLiteral("logs/herald.log")));
    const QStringList files = test::filesContaining(dir.path(), canary);
    QVERIFY2(files.isEmpty(), qPrintable(files.join(QLatin1Char(' '))));
    const QStringList settings
        = test::filesContaining(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation), canary);
    QVERIFY2(settings.isEmpty(), qPrintable(settings.join(QLatin1Char(' '))));
    const QMutexLocker lock(&g_logMutex);
    QVERIFY(!g_log.isEmpty());
    for (const QString& line : std::as_const(g_log))
        QVERIFY2(!line.contains(canary), qPrintable(line));
    // The positive control: the scanner does find the canary where it is.
    QFile control(dir.filePath(QStringLiteral("control.txt")));
    QVERIFY(control.open(QIODevice::WriteOnly));
    control.write("Authorization: Basic " + (QStringLiteral("canary-user:") + canary).toUtf8().toBase64());
    control.close();
    QCOMPARE(test::filesContaining(dir.path(), canary).size(), 1);
}

QTEST_GUILESS_MAIN(TestCanary)
#include "tst_canary.moc"
