#include "FakeProvider.h"
#include "dispatch/CampaignRunner.h"
#include "dispatch/ProviderRegistry.h"
#include "secrets/MemorySecretStore.h"
#include "storage/AuditLog.h"
#include "storage/CampaignRepository.h"
#include "storage/Database.h"
#include "storage/MessageRepository.h"
#include "storage/ProfileRepository.h"
#include "storage/SuppressionRepository.h"
#include "storage/TemplateRepository.h"

#include <QLocale>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <numeric>

using namespace herald;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

/// The fake provider's answers: taken, refused as an invalid number, or no answer in time.
SendResult taken()
{
    SendResult r;
    r.providerMessageId = u"omni"_s;
    return r;
}

SendResult invalidNumber()
{
    SendResult r;
    r.error.kind = ProviderError::Kind::Rejected;
    r.error.providerCode = u"102"_s;
    r.error.detail = u"Invalid number"_s;
    return r;
}

SendResult timedOut()
{
    SendResult r;
    r.error.kind = ProviderError::Kind::OutcomeUnknown;
    r.error.transportError = u"Operation timed out"_s;
    return r;
}

} // namespace

/// The campaign runner over a fake provider: journal first, outcomes, pause, cancel, retry and restart.
class TestCampaignRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void journalsEachMessageAsSendingBeforeItLeaves();
    void sendsEveryMessageOnceAndFinishes();
    void rateLimitedGoesBackToTheQueueAndNeverFails();
    void unknownOutcomeIsNotResentUntilAsked();
    void refusedCredentialsPauseTheCampaign();
    void pauseStopsAndResumeCarriesOn();
    void cancelLeavesQueuedMessagesUnsent();
    void retryFailedResendsOnlyTheFailed();
    void retryChecksOptOutsAndTheTemplateAgain();
    void retryMessagesTakesOnlyTheChosenOnes();
    void restartResumesWhereTheJournalStopped();
    void heldCampaignWaitsForItsTime();
    void providerHeldScheduleIsCancelledThere();
    void failureRateJumpIsReported();
    void readyMessagesShareABulkRequest();

private:
    qint64 createCampaign(int count, CampaignState state = CampaignState::Running, QDateTime at = {});
    std::unique_ptr<CampaignRunner> makeRunner();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ProfileRepository> m_profiles;
    std::unique_ptr<MessageRepository> m_messages;
    std::unique_ptr<CampaignRepository> m_campaigns;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<SuppressionRepository> m_suppressions;
    std::unique_ptr<TemplateRepository> m_templates;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ProviderRegistry> m_registry;
    std::unique_ptr<CampaignRunner> m_runner;
    test::FakeProvider* m_fake = nullptr; // owned by the registry
    qint64 m_profileId = 0;
};

void TestCampaignRunner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(m_dir->filePath(u"h.sqlite"_s));
    QVERIFY(m_db->open());
    m_profiles = std::make_unique<ProfileRepository>(*m_db);
    m_messages = std::make_unique<MessageRepository>(*m_db);
    m_campaigns = std::make_unique<CampaignRepository>(*m_db);
    m_audit = std::make_unique<AuditLog>(*m_db, u"tester"_s);
    m_suppressions = std::make_unique<SuppressionRepository>(*m_db);
    m_templates = std::make_unique<TemplateRepository>(*m_db);
    m_secrets = std::make_unique<MemorySecretStore>();
    m_registry = std::make_unique<ProviderRegistry>(
        *m_profiles, *m_secrets, [this](const Profile&, const QString&) -> std::unique_ptr<Provider> {
            auto fake = std::make_unique<test::FakeProvider>();
            fake->nextSend.providerMessageId = u"omni"_s;
            // Two acquires racing build two; the registry keeps the first and drops the other.
            if (!m_fake)
                m_fake = fake.get();
            return fake;
        });
    Profile p;
    p.name = u"Fake"_s;
    p.baseUrl = QUrl(u"https://fake.test/v1"_s);
    p.secretKey = u"profile/fake"_s;
    p.sendRate = 1000;
    m_profileId = m_profiles->save(p);
    bool stored = false;
    m_secrets->write(p.secretKey, u"pw"_s, this, [&stored](const SecretResult& r) { stored = r.ok(); });
    QTRY_VERIFY(stored);
    m_runner = makeRunner();
}

std::unique_ptr<CampaignRunner> TestCampaignRunner::makeRunner()
{
    auto runner = std::make_unique<CampaignRunner>(
        *m_campaigns, *m_messages, *m_profiles, *m_registry, *m_audit, *m_suppressions, *m_templates);
    CampaignRunner::Settings settings;
    settings.maxInFlight = 4;
    settings.firstRetryDelay = 10ms;
    settings.maxRetryDelay = 50ms;
    settings.progressInterval = 10ms;
    runner->setSettings(settings);
    return runner;
}

void TestCampaignRunner::cleanup()
{
    m_runner.reset();
    m_registry.reset();
    m_fake = nullptr;
    m_audit.reset();
    m_suppressions.reset();
    m_templates.reset();
    m_campaigns.reset();
    m_messages.reset();
    m_profiles.reset();
    m_db.reset();
}

qint64 TestCampaignRunner::createCampaign(int count, CampaignState state, QDateTime at)
{
    Template tpl;
    tpl.name = u"hello"_s;
    tpl.language = u"en"_s;
    tpl.headerFormat = HeaderFormat::None;
    tpl.body = u"Hello {{1}}"_s;
    CampaignPlan plan;
    for (int i = 0; i < count; ++i) {
        PlannedMessage m;
        m.position = i;
        m.e164 = u"+3725550%1"_s.arg(1000 + i);
        m.values.body.insert(u"1"_s, u"Client %1"_s.arg(i));
        m.renderedBody = u"Hello Client %1"_s.arg(i);
        plan.messages.append(m);
    }
    NewCampaign c;
    c.name = u"Test"_s;
    c.profileId = m_profileId;
    c.tpl = tpl;
    c.state = state;
    c.scheduledFor = at;
    return m_runner->create(c, plan);
}

void TestCampaignRunner::journalsEachMessageAsSendingBeforeItLeaves()
{
    QStringList statesSeen;
    bool hooked = false;
    QSignalSpy finished(m_runner.get(), &CampaignRunner::campaignFinished);
    const auto hook = [&] {
        if (hooked || !m_fake)
            return;
        hooked = true;
        m_fake->onSend = [&](const OutgoingMessage& message) {
            const std::optional<MessageRecord> row = m_messages->find(message.reference.toLongLong());
            statesSeen.append(row ? stateKey(row->state) : u"missing"_s);
        };
    };
    // The fake is built when the campaign first needs it: hook it as soon as it exists.
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, hook);
    poll.start(0);
    m_registry->acquire(m_profileId, this, [&](Provider*, const QString&) { hook(); });
    const qint64 id = createCampaign(5);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(statesSeen, QStringList(5, u"sending"_s));
    QCOMPARE(m_fake->sent.first().to, u"+37255501000"_s);
    QCOMPARE(m_fake->sent.first().values.body.value(u"1"_s), u"Client 0"_s);
    QCOMPARE(m_campaigns->counts(id).count(MessageState::Accepted), 5);
    QCOMPARE(m_campaigns->find(id)->state, CampaignState::Finished);
}

void TestCampaignRunner::sendsEveryMessageOnceAndFinishes()
{
    QSignalSpy finished(m_runner.get(), &CampaignRunner::campaignFinished);
    QSignalSpy taken(m_runner.get(), &CampaignRunner::messageTaken);
    const qint64 id = createCampaign(1200); // more than one read from the journal
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(m_fake->sent.size(), 1200);
    QSet<QString> numbers;
    for (const OutgoingMessage& m : m_fake->sent)
        numbers.insert(m.to);
    QCOMPARE(numbers.size(), 1200);
    QCOMPARE(taken.size(), 1200);
    QCOMPARE(m_campaigns->counts(id).taken(), 1200);
    QVERIFY(finished.first().at(1).toString().contains(
        QLocale().toString(1200) + u" taken"_s)); // grouped as the operator reads numbers
    const QList<AuditEntry> audit = m_audit->entries(id);
    QCOMPARE(audit.first().action, u"created"_s);
    QCOMPARE(audit.last().action, u"sent"_s);
    QCOMPARE(audit.last().osUser, u"tester"_s);
}

void TestCampaignRunner::rateLimitedGoesBackToTheQueueAndNeverFails()
{
    m_registry->acquire(m_profileId, this, [](Provider*, const QString&) {});
    QTRY_VERIFY(m_fake);
    SendResult limited;
    limited.error.kind = ProviderError::Kind::RateLimited;
    limited.error.httpStatus = 429;
    SendResult refused;
    refused.error.kind = ProviderError::Kind::NotDelivered;
    m_fake->sendScript = { limited, refused, limited };
    QSignalSpy finished(m_runner.get(), &CampaignRunner::campaignFinished);
    QSignalSpy notices(m_runner.get(), &CampaignRunner::notice);
    const qint64 id = createCampaign(3);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(m_campaigns->counts(id).count(MessageState::Accepted), 3);
    QCOMPARE(m_campaigns->counts(id).count(MessageState::Failed), 0);
    QCOMPARE(m_fake->sent.size(), 6);
    QVERIFY(!notices.isEmpty());
    // The history says why a message went back to the queue.
    bool explained = false;
    for (const qint64 messageId : m_campaigns->messagesIn(id, MessageState::Accepted)) {
        for (const StatusEvent& e : m_messages->events(messageId))
            explained = explained || e.errorText.contains(u"nothing was sent"_s);
    }
    QVERIFY(explained);
}

void TestCampaignRunner::unknownOutcomeIsNotResentUntilAsked()
{
    m_registry->acquire(m_profileId, this, [](Provider*, const QString&) {});
    QTRY_VERIFY(m_fake);
    const SendResult timeout = timedOut();
    const SendResult invalid = invalidNumber();
    m_fake->sendScript = { timeout, invalid };
    QSignalSpy finished(m_runner.get(), &CampaignRunner::campaignFinished);
    const qint64 id = createCampaign(4);
    QTRY_COMPARE(finished.size(), 1);
    CampaignCounts counts = m_campaigns->counts(id);
    QCOMPARE(counts.count(MessageState::Unknown), 1);
    QCOMPARE(counts.count(MessageState::Failed), 1);
    QCOMPARE(counts.count(MessageState::Accepted), 2);
    QCOMPARE(m_fake->sent.size(), 4);
    const qint64 unknownId = m_campaigns->messagesIn(id, MessageState::Unknown).first();
    QVERIFY(!m_messages->find(unknownId)->errorText.isEmpty());

    // Only at the operator's word, and only that one.
    QCOMPARE(m_runner->resendUnknown(id), 1);
    QTRY_COMPARE(finished.size(), 2);
    QCOMPARE(m_fake->sent.size(), 5);
    QCOMPARE(m_fake->sent.last().to, m_messages->find(unknownId)->recipient);
    counts = m_campaigns->counts(id);
    QCOMPARE(counts.count(MessageState::Unknown), 0);
    QCOMPARE(counts.count(MessageState::Accepted), 3);
    QCOMPARE(m_audit->entries(id).at(2).action, u"resent_unknown"_s);
}

void TestCampaignRunner::refusedCredentialsPauseTheCampaign()
{
    m_registry->acquire(m_profileId, this, [](Provider*, const QString&) {});
    QTRY_VERIFY(m_fake);
    SendResult unauthorized;
    unauthorized.error.kind = ProviderError::Kind::Unauthorized;
    unauthorized.error.httpStatus = 401;
    m_fake->nextSend = unauthorized;
    QSignalSpy notices(m_runner.get(), &CampaignRunner::notice);
    const qint64 id = createCampaign(10);
    QTRY_COMPARE(m_campaigns->find(id)->state, CampaignState::Paused);
    QTRY_VERIFY(!m_runner->isActive(id));
    // Nothing counted as failed: every message is still waiting to go.
    const CampaignCounts counts = m_campaigns->counts(id);
    QCOMPARE(counts.count(MessageState::Queued), 10);
    QVERIFY(notices.last().at(1).toString().contains(u"credentials"_s));

    m_fake->nextSend = taken();
    QSignalSpy finished(m_runner.get(), &CampaignRunner::campaignFinished);
    QVERIFY(m_runner->resume(id));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(m_campaigns->counts(id).count(MessageState::Accepted), 10);
}

void TestCampaignRunner::pauseStopsAndResumeCarriesOn()
{
    m_profiles->find(m_profileId);
    Profile slow = *m_profiles->find(m_profileId);
    slow.sendRate = 50;
    m_profiles->save(slow);
    QSignalSpy finished(m_runner.get(), &CampaignRunner::campaignFinished);
    const qint64 id = createCampaign(40);
    QTRY_VERIFY(m_fake && m_fake->sent.size() >= 5);
    QVERIFY(m_runner->pause(id));
    QCOMPARE(m_campaigns->find(id)->state, CampaignState::Paused);
    QTRY_VERIFY(!m_runner->isActive(id));
    const qsizetype sentAtPause = m_fake->sent.size();
    QTest::qWait(200);
    QCOMPARE(m_fake->sent.size(), sentAtPause);
    QVERIFY(sentAtPause < 40);
    QVERIFY(m_runner->resume(id));
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(m_fake->sent.size(), 40);
    QCOMPARE(m_campaigns->counts(id).taken(), 40);
    QStringList actions;
    for (const AuditEntry& e : m_audit->entries(id))
        actions.append(e.action);
    QCOMPARE(actions, (QStringList { u"created"_s, u"paused"_s, u"resumed"_s, u"sent"_s }));
}

void TestCampaignRunner::cancelLeavesQueuedMessagesUnsent()
{
    Profile slow = *m_profiles->find(m_profileId);
    slow.sendRate = 20;
    m_profiles->save(slow);
    const qint64 id = createCampaign(30);
    QTRY_VERIFY(m_fake && m_fake->sent.size() >= 2);
    QVERIFY(m_runner->cancel(id));
    QTRY_VERIFY(!m_runner->isActive(id));
    QTest::qWait(100);
    const qsizetype sent = m_fake->sent.size();
    const CampaignCounts counts = m_campaigns->counts(id);
    QCOMPARE(counts.count(MessageState::Cancelled) + counts.taken(), 30);
    QCOMPARE(counts.taken(), sent);
    QCOMPARE(m_campaigns->find(id)->state, CampaignState::Cancelled);
    QVERIFY(!m_runner->resume(id));
}

void TestCampaignRunner::retryFailedResendsOnlyTheFailed()
{
    m_registry->acquire(m_profileId, this, [](Provider*, const QString&) {});
    QTRY_VERIFY(m_fake);
    const SendResult ok = taken();
    const SendResult invalid = invalidNumber();
    m_fake->sendScript = { ok, invalid, ok, invalid, ok };
    QSignalSpy finished(m_runner.get(), &CampaignRunner::campaignFinished);
    const qint64 id = createCampaign(5);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(m_campaigns->counts(id).count(MessageState::Failed), 2);
    const QStringList failedNumbers { m_fake->sent.at(1).to, m_fake->sent.at(3).to };

    QCOMPARE(m_runner->retryFailed(id), 2);
    QTRY_COMPARE(finished.size(), 2);
    QCOMPARE(m_fake->sent.size(), 7);
    QCOMPARE((QStringList { m_fake->sent.at(5).to, m_fake->sent.at(6).to }), failedNumbers);
    QCOMPARE(m_campaigns->counts(id).count(MessageState::Failed), 0);
    QCOMPARE(m_campaigns->counts(id).taken(), 5);
    QCOMPARE(m_runner->retryFailed(id), 0);
}

void TestCampaignRunner::retryChecksOptOutsAndTheTemplateAgain()
{
    m_registry->acquire(m_profileId, this, [](Provider*, const QString&) {});
    QTRY_VERIFY(m_fake);
    const SendResult invalid = invalidNumber();
    m_fake->nextSend = invalid;
    QSignalSpy finished(m_runner.get(), &CampaignRunner::campaignFinished);
    QSignalSpy notices(m_runner.get(), &CampaignRunner::notice);
    const qint64 id = createCampaign(3);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(m_campaigns->counts(id).count(MessageState::Failed), 3);
    // One of them expired instead: that is a failure to retry too.
    const QList<qint64> failed = m_campaigns->messagesIn(id, MessageState::Failed);
    QSqlQuery expire(m_db->connection());
    QVERIFY(expire.exec(u"UPDATE messages SET state = 'expired' WHERE id = %1"_s.arg(failed.at(2))));

    // Since the send, one person opted out: nothing goes to them again.
    const QString optedOut = m_messages->find(failed.first())->recipient;
    m_suppressions->add(Suppression { optedOut, u"asked by phone"_s, {}, u"typed"_s, {} });
    m_fake->nextSend = taken();
    const qsizetype before = m_fake->sent.size();
    QCOMPARE(m_runner->retryFailed(id), 2);
    QTRY_COMPARE(finished.size(), 2);
    QCOMPARE(m_fake->sent.size(), before + 2);
    for (qsizetype i = before; i < m_fake->sent.size(); ++i)
        QVERIFY(m_fake->sent.at(i).to != optedOut);
    QVERIFY(notices.last().at(1).toString().contains(optedOut));
    QCOMPARE(m_campaigns->counts(id).count(MessageState::Failed), 1);

    // Meta paused the template since: nothing is queued again, and the operator is told why.
    Template library = m_campaigns->find(id)->tpl;
    library.status = u"paused"_s;
    library.id = m_templates->save(library);
    QSqlQuery link(m_db->connection());
    QVERIFY(link.exec(
        u"UPDATE campaigns SET template_json = replace(template_json, '\"id\":0', '\"id\":%1')"_s.arg(library.id)));
    QCOMPARE(m_campaigns->find(id)->tpl.id, library.id);
    QCOMPARE(m_runner->retryFailed(id), 0);
    QVERIFY2(notices.last().at(1).toString().contains(u"paused"_s), qPrintable(notices.last().at(1).toString()));
    QCOMPARE(m_campaigns->counts(id).count(MessageState::Failed), 1);
}

void TestCampaignRunner::retryMessagesTakesOnlyTheChosenOnes()
{
    m_registry->acquire(m_profileId, this, [](Provider*, const QString&) {});
    QTRY_VERIFY(m_fake);
    const SendResult ok = taken();
    const SendResult invalid = invalidNumber();
    const SendResult timeout = timedOut();
    m_fake->sendScript = { invalid, invalid, ok, timeout };
    QSignalSpy finished(m_runner.get(), &CampaignRunner::campaignFinished);
    const qint64 id = createCampaign(4);
    QTRY_COMPARE(finished.size(), 1);
    const QList<qint64> failed = m_campaigns->messagesIn(id, MessageState::Failed);
    const QList<qint64> accepted = m_campaigns->messagesIn(id, MessageState::Accepted);
    const QList<qint64> unknown = m_campaigns->messagesIn(id, MessageState::Unknown);
    QCOMPARE(failed.size(), 2);
    QCOMPARE(unknown.size(), 1);

    // One failed message of two; an accepted one and the unknown one are not retried without the word.
    m_fake->sendScript = { ok, ok };
    QList<qint64> again = m_runner->retryMessages(id, { failed.last(), accepted.first(), unknown.first() }, false);
    QCOMPARE(again.size(), 1);
    QTRY_COMPARE(finished.size(), 2);
    QCOMPARE(m_fake->sent.size(), 5);
    QCOMPARE(m_fake->sent.last().to, m_messages->find(failed.last())->recipient);
    QCOMPARE(m_messages->find(again.first())->state, MessageState::Accepted);
    QCOMPARE(m_campaigns->counts(id).count(MessageState::Failed), 1);
    const auto logged = [this, id](const QString& action) {
        const QList<AuditEntry> entries = m_audit->entries(id);
        return std::count_if(entries.begin(), entries.end(), [&](const AuditEntry& e) { return e.action == action; });
    };
    QCOMPARE(logged(u"retried"_s), 1);

    // Asked twice for the same message: it was superseded, so nothing goes twice.
    QVERIFY(m_runner->retryMessages(id, { failed.last() }, false).isEmpty());
    // Another campaign's message, or none: nothing.
    QVERIFY(m_runner->retryMessages(id + 1, { failed.first() }, true).isEmpty());

    // The unknown one at the operator's word.
    again = m_runner->retryMessages(id, { unknown.first() }, true);
    QCOMPARE(again.size(), 1);
    QTRY_COMPARE(finished.size(), 3);
    QCOMPARE(m_fake->sent.size(), 6);
    QCOMPARE(m_fake->sent.last().to, m_messages->find(unknown.first())->recipient);
    QCOMPARE(logged(u"resent_unknown"_s), 1);
    QCOMPARE(m_campaigns->counts(id).count(MessageState::Unknown), 0);
}

void TestCampaignRunner::restartResumesWhereTheJournalStopped()
{
    Profile slow = *m_profiles->find(m_profileId);
    slow.sendRate = 100;
    m_profiles->save(slow);
    const qint64 id = createCampaign(30);
    QTRY_VERIFY(m_fake && m_fake->sent.size() >= 8);
    // A hard kill: the runner and its provider vanish with requests on their way.
    m_runner.reset();
    m_registry.reset();
    m_fake = nullptr;
    const CampaignCounts atKill = m_campaigns->counts(id);
    const int inFlight = atKill.count(MessageState::Sending);
    QVERIFY(inFlight <= 4);

    // The next start: the journal is repaired, then the campaign carries on.
    QCOMPARE(m_messages->markInterruptedAsUnknown(), inFlight);
    m_registry = std::make_unique<ProviderRegistry>(
        *m_profiles, *m_secrets, [this](const Profile&, const QString&) -> std::unique_ptr<Provider> {
            auto fake = std::make_unique<test::FakeProvider>();
            fake->nextSend.providerMessageId = u"omni"_s;
            // Two acquires racing build two; the registry keeps the first and drops the other.
            if (!m_fake)
                m_fake = fake.get();
            return fake;
        });
    m_runner = makeRunner();
    QSignalSpy finished(m_runner.get(), &CampaignRunner::campaignFinished);
    m_runner->resumeUnfinished();
    QTRY_COMPARE(finished.size(), 1);
    const CampaignCounts end = m_campaigns->counts(id);
    QCOMPARE(end.count(MessageState::Unknown), inFlight);
    QCOMPARE(end.taken() + end.count(MessageState::Unknown), 30);
    QCOMPARE(m_fake->sent.size(), atKill.count(MessageState::Queued));
}

void TestCampaignRunner::heldCampaignWaitsForItsTime()
{
    // Kaleyra cannot hold a message at the provider: Herald holds the campaign.
    Profile kaleyra = *m_profiles->find(m_profileId);
    kaleyra.kind = ProviderKind::Kaleyra;
    m_profiles->save(kaleyra);
    const QDateTime at = QDateTime::currentDateTimeUtc().addMSecs(600);
    QSignalSpy finished(m_runner.get(), &CampaignRunner::campaignFinished);
    const qint64 id = createCampaign(3, CampaignState::Held, at);
    QVERIFY(!m_runner->isActive(id));
    QTest::qWait(300);
    QVERIFY(!m_fake || m_fake->sent.isEmpty());
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(QDateTime::currentDateTimeUtc() >= at);
    // Herald held it, so the provider gets no time to send: it goes now.
    QVERIFY(!m_fake->sent.first().scheduledFor.isValid());
    QCOMPARE(m_campaigns->counts(id).count(MessageState::Accepted), 3);

    // Held long past its time while Herald was not running: it waits for the operator.
    const qint64 late = createCampaign(2, CampaignState::Held, QDateTime::currentDateTimeUtc().addSecs(-3600));
    QCOMPARE(m_campaigns->find(late)->state, CampaignState::Paused);
    QCOMPARE(m_campaigns->counts(late).count(MessageState::Queued), 2);
}

void TestCampaignRunner::providerHeldScheduleIsCancelledThere()
{
    const QDateTime at = QDateTime::currentDateTimeUtc().addDays(1);
    QSignalSpy finished(m_runner.get(), &CampaignRunner::campaignFinished);
    const qint64 id = createCampaign(3, CampaignState::Running, at);
    QTRY_COMPARE(finished.size(), 1);
    // Messente holds them: each leaves now with its time to send, and waits there.
    QCOMPARE(m_fake->sent.size(), 3);
    QCOMPARE(m_fake->sent.first().scheduledFor, at);
    QCOMPARE(m_campaigns->counts(id).count(MessageState::Scheduled), 3);

    QVERIFY(m_runner->cancel(id));
    QTRY_COMPARE(m_campaigns->counts(id).count(MessageState::Cancelled), 3);
    QCOMPARE(m_fake->cancelled.size(), 3);
    QCOMPARE(m_audit->entries(id).last().action, u"cancelled"_s);
}

void TestCampaignRunner::failureRateJumpIsReported()
{
    m_registry->acquire(m_profileId, this, [](Provider*, const QString&) {});
    QTRY_VERIFY(m_fake);
    const SendResult invalid = invalidNumber();
    m_fake->nextSend = invalid;
    QSignalSpy jumps(m_runner.get(), &CampaignRunner::failureRateJumped);
    QSignalSpy finished(m_runner.get(), &CampaignRunner::campaignFinished);
    createCampaign(60);
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(jumps.size(), 1);
    QVERIFY(jumps.first().at(1).toString().contains(u"50"_s));
}

void TestCampaignRunner::readyMessagesShareABulkRequest()
{
    m_registry->acquire(m_profileId, this, [](Provider*, const QString&) {});
    QTRY_VERIFY(m_fake);
    m_fake->batchLimit = 1000;
    const SendResult ok = taken();
    const SendResult invalid = invalidNumber();
    m_fake->sendScript = { ok, invalid, ok };
    // No pace to wait for: everything the window allows is ready at once.
    Profile unpaced = *m_profiles->find(m_profileId);
    unpaced.sendRate = 100000;
    m_profiles->save(unpaced);
    QSignalSpy finished(m_runner.get(), &CampaignRunner::campaignFinished);
    const qint64 id = createCampaign(10);
    QTRY_COMPARE(finished.size(), 1);
    // Never more in one request, nor on the way at once, than the in-flight window (4 here).
    QVERIFY(!m_fake->batches.isEmpty());
    QCOMPARE(*std::max_element(m_fake->batches.cbegin(), m_fake->batches.cend()), 4);
    QCOMPARE(m_fake->sent.size(), 10);
    // Fewer requests than messages: the rest went one by one, as the pace's first tokens came.
    QVERIFY(std::accumulate(m_fake->batches.cbegin(), m_fake->batches.cend(), 0) >= 8);
    // Each message of a batch gets its own outcome.
    const CampaignCounts counts = m_campaigns->counts(id);
    QCOMPARE(counts.count(MessageState::Failed), 1);
    QCOMPARE(counts.count(MessageState::Accepted), 9);
    QCOMPARE(
        m_messages->find(m_campaigns->messagesIn(id, MessageState::Failed).first())->recipient, m_fake->sent.at(1).to);
}

QTEST_GUILESS_MAIN(TestCampaignRunner)
#include "tst_campaignrunner.moc"
