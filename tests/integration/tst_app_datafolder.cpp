// The data folder as the whole application meets it: one Herald per folder, and a full disk while
// sending, one message or a campaign.
#include "SandboxContext.h"
#include "app/AppContext.h"
#include "app/DataFolderLock.h"
#include "dispatch/CampaignRunner.h"
#include "dispatch/SendController.h"
#include "sandbox/SandboxServer.h"
#include "secrets/MemorySecretStore.h"
#include "storage/CampaignRepository.h"
#include "storage/Database.h"
#include "storage/MessageRepository.h"
#include "storage/TemplateRepository.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace herald;
using namespace Qt::StringLiterals;

class TestAppDataFolder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void secondHeraldOnTheSameFolderIsRefused();
    void lockLeftByACrashedHeraldIsTakenOver();
    void sendOnAFullDiskIsNotSentAndSaysWhy();
    void campaignOnAFullDiskPausesWithTheReason();

private:
    std::unique_ptr<AppContext> start() { return test::startSandboxContext(m_dir->path()); }
    static Template orderUpdate();
    /**
     * Makes the database unable to grow beyond its pages (PRAGMA max_page_count, as a full disk
     * does: SQLITE_FULL), then uses up the room left in the journal's status history, so the next
     * journal entry of any message fails.
     */
    static void fillTheDisk(AppContext& app);
    static void freeTheDisk(AppContext& app);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAppDataFolder::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

Template TestAppDataFolder::orderUpdate()
{
    Template tpl;
    tpl.name = u"order_update"_s;
    tpl.language = u"en"_s;
    tpl.body = u"Hello {{1}}, your order has shipped."_s;
    return tpl;
}

void TestAppDataFolder::fillTheDisk(AppContext& app)
{
    QSqlQuery q(app.database().connection());
    QVERIFY(q.exec(u"PRAGMA page_count"_s) && q.next());
    const int pages = q.value(0).toInt();
    q.finish();
    QVERIFY(q.exec(u"PRAGMA max_page_count = %1"_s.arg(pages)));
    q.finish();
    QVERIFY(q.exec(u"SELECT max(id) FROM messages"_s) && q.next());
    const qint64 newest = q.value(0).toLongLong();
    q.finish();
    QVERIFY(newest > 0);
    // The smallest entries there are, at the end of the table and of its index: once one no longer
    // fits, no message's entry does.
    int added = 0;
    QSqlQuery filler(app.database().connection());
    filler.prepare(u"INSERT INTO status_events (message_id, state, occurred_at) VALUES (?, 'queued', '')"_s);
    for (; added < 200000; ++added) {
        filler.addBindValue(newest);
        if (!filler.exec())
            break;
    }
    QVERIFY(added < 200000);
    QCOMPARE(filler.lastError().nativeErrorCode(), u"13"_s); // SQLITE_FULL
}

void TestAppDataFolder::freeTheDisk(AppContext& app)
{
    QSqlQuery q(app.database().connection());
    QVERIFY(q.exec(u"PRAGMA max_page_count = 1073741823"_s));
}

void TestAppDataFolder::secondHeraldOnTheSameFolderIsRefused()
{
    auto first = start();
    QVERIFY(first);
    const quint64 failuresOfTheFirst = first->database().failureCount();

    AppOptions options;
    options.dataDir = m_dir->path();
    options.region = u"EE"_s;
    auto second = std::make_unique<AppContext>(options, std::make_unique<MemorySecretStore>());
    QString error;
    QVERIFY(!second->initialize(&error));
    QVERIFY2(error.startsWith(
                 u"Herald is already running with the data folder "_s + QDir::toNativeSeparators(m_dir->path())),
        qPrintable(error));
    QVERIFY2(
        error.contains(u"as process %1 on this computer"_s.arg(QCoreApplication::applicationPid())), qPrintable(error));
    QVERIFY(error.contains(u"choose another data folder"_s));
    QCOMPARE(second->startupProblem().kind, DatabaseProblem::Kind::OtherHerald);
    QCOMPARE(second->startupProblem().dataDir, QDir(m_dir->path()).absolutePath());
    second.reset();
    // The first goes on as if nothing happened: its lock and its database are its own.
    QCOMPARE(first->database().failureCount(), failuresOfTheFirst);
    QVERIFY(QFile::exists(QDir(m_dir->path()).filePath(DataFolderLock::fileName())));
    QVERIFY(first->templates().save(orderUpdate()) > 0);

    first.reset();
    auto third = start();
    QVERIFY(third);
    QCOMPARE(third->templates().all().size(), 1);
}

void TestAppDataFolder::lockLeftByACrashedHeraldIsTakenOver()
{
    // What a Herald killed mid-run leaves: its lock file, naming a process that is gone.
    QFile lock(QDir(m_dir->path()).filePath(DataFolderLock::fileName()));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write("4194300\n" + QCoreApplication::applicationName().toUtf8() + '\n' + QSysInfo::machineHostName().toUtf8()
        + '\n');
    lock.close();
    auto app = start();
    QVERIFY(app);
}

void TestAppDataFolder::sendOnAFullDiskIsNotSentAndSaysWhy()
{
    auto app = start();
    QVERIFY(app);
    const qint64 templateId = app->templates().save(orderUpdate());
    // An earlier message, journaled before the disk filled up.
    const qint64 earlier = app->messages().insertQueued({ app->sandboxProfileId(), templateId, u"order_update"_s,
        u"en"_s, u"+37251234500"_s, u"x"_s, u"{}"_s, {}, {} });
    QVERIFY(earlier > 0);
    fillTheDisk(*app);

    SendRequest request;
    request.profileId = app->sandboxProfileId();
    request.tpl = *app->templates().find(templateId);
    request.values.body.insert(u"1"_s, u"Mari"_s);
    request.recipient = u"+37251234567"_s;
    QVERIFY(app->sender().check(request).isEmpty());
    QString whyNot;
    QCOMPARE(app->sender().send(request, &whyNot), 0);
    QVERIFY2(whyNot.contains(u"could not be recorded in the journal"_s), qPrintable(whyNot));
    QVERIFY2(whyNot.contains(u"the disk is full; free some space and try again"_s), qPrintable(whyNot));
    QTest::qWait(300);
    QCOMPARE(app->sandbox()->stats().acceptedTotal, 0);
    QCOMPARE(app->sandbox()->requests().size(), 0);
    QVERIFY(app->messages().find(earlier)); // nothing journaled before is lost

    // Space freed: the same send goes.
    freeTheDisk(*app);
    QSignalSpy finished(&app->sender(), &SendController::sendFinished);
    QVERIFY(app->sender().send(request, &whyNot) > 0);
    QVERIFY(finished.wait(5000));
    QCOMPARE(app->sandbox()->stats().acceptedTotal, 1);
}

void TestAppDataFolder::campaignOnAFullDiskPausesWithTheReason()
{
    auto app = start();
    QVERIFY(app);
    CampaignPlan plan;
    for (int i = 0; i < 5; ++i) {
        PlannedMessage m;
        m.position = i;
        m.e164 = u"+3725550%1"_s.arg(1000 + i);
        m.values.body.insert(u"1"_s, u"Client %1"_s.arg(i));
        m.renderedBody = u"Hello Client %1, your order has shipped."_s.arg(i);
        plan.messages.append(m);
    }
    NewCampaign campaign;
    campaign.name = u"Orders"_s;
    campaign.profileId = app->sandboxProfileId();
    campaign.tpl = orderUpdate();
    campaign.state = CampaignState::Paused; // journaled, not started
    const qint64 id = app->campaigns().create(campaign, plan);
    QVERIFY(id > 0);
    fillTheDisk(*app);

    QSignalSpy notices(&app->campaigns(), &CampaignRunner::notice);
    QVERIFY(app->campaigns().resume(id));
    QTRY_COMPARE(app->campaignRecords().find(id)->state, CampaignState::Paused);
    QTRY_VERIFY(!app->campaigns().isActive(id));
    QVERIFY(!notices.isEmpty());
    const QString notice = notices.last().at(1).toString();
    QVERIFY2(notice.contains(u"the journal cannot be written (the disk is full; free some space and try again)"_s),
        qPrintable(notice));
    QTest::qWait(300);
    QCOMPARE(app->sandbox()->stats().acceptedTotal, 0); // no message left without its journal entry
    QCOMPARE(app->campaignRecords().counts(id).count(MessageState::Queued), 5); // none skipped, none lost

    freeTheDisk(*app);
    QSignalSpy finished(&app->campaigns(), &CampaignRunner::campaignFinished);
    QVERIFY(app->campaigns().resume(id));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(app->sandbox()->stats().acceptedTotal, 5);
    QCOMPARE(app->campaignRecords().counts(id).taken(), 5);
}

QTEST_GUILESS_MAIN(TestAppDataFolder)
#include "tst_app_datafolder.moc"
