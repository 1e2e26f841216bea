#include "FileScan.h"
#include "app/AppContext.h"
#include "core/RecipientListOps.h"
#include "dispatch/ListImporter.h"
#include "dispatch/ProfileService.h"
#include "dispatch/SendController.h"
#include "dispatch/StatusTracker.h"
#include "gui/DeliveryExport.h"
#include "providers/Provider.h"
#include "sandbox/SandboxServer.h"
#include "storage/MessageRepository.h"
#include "storage/ProfileRepository.h"
#include "storage/RecipientListRepository.h"
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

/// The Authorization: Basic value the canary password travels in.
QByteArray basicCredentials(const QString& password)
{
    return (QStringLiteral("canary-user:") + password).toUtf8().toBase64();
}

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

        // Import a list the way the import dialog does: read, analyse, save through its own connection.
        ListImporter importer;
        QSignalSpy read(&importer, &ListImporter::readFinished);
        importer.readText(QStringLiteral("Name,Phone\nMari,+372 5123 4567\nJüri,+372 5234 5678\n"));
        QVERIFY(read.wait(10000));
        const ParsedList parsed = read.first().first().value<ParsedList>();
        QVERIFY2(parsed.ok, qPrintable(parsed.error));
        QSignalSpy analysed(&importer, &ListImporter::analysisFinished);
        importer.analyze(parsed.table, 1, QStringLiteral("EE"), {});
        QVERIFY(analysed.wait(10000));
        const ImportReport report = analysed.first().first().value<ImportReport>();
        RecipientList list = recipientListFromImport(parsed.table, report, 1, 0, QStringLiteral("Canary list"));
        QSignalSpy listSaved(&importer, &ListImporter::saveFinished);
        importer.save(app->lists().databasePath(), list,
            ImportMapping { QStringLiteral("Phone"), QStringLiteral("Name"), QLatin1Char(','), QStringLiteral("EE") });
        QVERIFY(listSaved.wait(10000));
        QVERIFY2(listSaved.first().first().toLongLong() > 0, qPrintable(listSaved.first().at(1).toString()));

        // Show request: the exact request, with the password masked.
        std::optional<RequestPreview> preview;
        app->sender().describeRequest(
            request, this, [&preview](const std::optional<RequestPreview>& p, const QString&) {
                preview = p.value_or(RequestPreview {});
            });
        QTRY_VERIFY_WITH_TIMEOUT(preview.has_value(), 10000);
        QVERIFY(!preview->headers.isEmpty());
        for (const auto& [name, value] : std::as_const(preview->headers))
            QVERIFY2(!value.contains(canary) && !value.contains(QString::fromLatin1(basicCredentials(canary))),
                qPrintable(name));
        QVERIFY(!preview->body.contains(canary));

        // Export the delivery report into the data folder, where the scan below reads it.
        QString exportError;
        QVERIFY2(
            exportDeliveryReport(app->messages(), { id }, dir.filePath(QStringLiteral("report.csv")), &exportError),
            qPrintable(exportError));
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
    QFile report(dir.filePath(QStringLiteral("report.csv")));
    QVERIFY(report.open(QIODevice::ReadOnly));
    QVERIFY(report.readAll().contains("37251234567")); // the export is there, and is scanned below
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
    control.write("Authorization: Basic " + basicCredentials(canary));
    control.close();
    QCOMPARE(test::filesContaining(dir.path(), canary).size(), 1);
}

QTEST_GUILESS_MAIN(TestCanary)
#include "tst_canary.moc"
