#include "FakeProvider.h"
#include "dispatch/ProfileService.h"
#include "dispatch/ProviderRegistry.h"
#include "dispatch/SendController.h"
#include "dispatch/StatusTracker.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/RoutedSecretStore.h"
#include "storage/Database.h"
#include "storage/MessageRepository.h"
#include "storage/ProfileRepository.h"
#include "storage/SuppressionRepository.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace herald;
using namespace std::chrono_literals;

namespace {

StatusTracker::Schedule fastSchedule(std::chrono::milliseconds first, std::chrono::milliseconds max)
{
    StatusTracker::Schedule schedule;
    schedule.first = first;
    schedule.max = max;
    schedule.factor = 1.5;
    schedule.maxInFlight = 4;
    return schedule;
}

} // namespace

/// Dispatch over fakes: the journal-first order, outcome handling and status tracking.
class TestDispatch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void journalsSendingBeforeTheRequestLeaves();
    void refusedRequestFailsWithTheProvidersWords();
    void deliveryOptionsReachTheProvider();
    void unknownOutcomeIsNeverResentAlone();
    void rateLimitedIsRetriedAndNeverCountedAsFailure();
    void refusedConnectionGivesUpAfterTheLastAttempt();
    void missingSecretIsExplainedAndNothingIsSent();
    void invalidInputIsRefusedBeforeJournaling();
    void templateNotApprovedIsRefused();
    void birdRefusesValuesItCannotCarry();
    void optedOutRecipientIsRefusedWithDateAndReason();
    void trackerFollowsToFinalAndStops();
    void trackerResumesFromTheJournal();
    void trackerLeavesCallbackOnlyProvidersAlone();
    void trackerStopsWhenTheProviderForgetsAMessage();
    void profileSecretFailureSavesNothing();
    void profileSecretForThisSessionWhenTheKeychainIsMissing();
    void removingAProfileRemovesItsSecretAndRenamingKeepsIt();
    void plainHttpIsOnlyForThisComputer_data();
    void plainHttpIsOnlyForThisComputer();

private:
    SendRequest request() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ProfileRepository> m_profiles;
    std::unique_ptr<MessageRepository> m_messages;
    std::unique_ptr<SuppressionRepository> m_suppressions;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ProviderRegistry> m_registry;
    test::FakeProvider* m_fake = nullptr; // owned by the registry
    int m_created = 0;
    qint64 m_profileId = 0;
};

void TestDispatch::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("h.sqlite")));
    QVERIFY(m_db->open());
    m_profiles = std::make_unique<ProfileRepository>(*m_db);
    m_messages = std::make_unique<MessageRepository>(*m_db);
    m_suppressions = std::make_unique<SuppressionRepository>(*m_db);
    m_secrets = std::make_unique<MemorySecretStore>();
    m_created = 0;
    m_registry = std::make_unique<ProviderRegistry>(
        *m_profiles, *m_secrets, [this](const Profile&, const QString& secret) -> std::unique_ptr<Provider> {
            if (secret != QLatin1String("pw"))
                return nullptr;
            auto fake = std::make_unique<test::FakeProvider>();
            m_fake = fake.get();
            ++m_created;
            return fake;
        });
    Profile p;
    p.name = QStringLiteral("Fake");
    p.baseUrl = QUrl(QStringLiteral("https://fake.test/v1"));
    p.username = QStringLiteral("u");
    p.secretKey = QStringLiteral("profile/fake");
    m_profileId = m_profiles->save(p);
    bool stored = false;
    m_secrets->write(p.secretKey, QStringLiteral("pw"), this, [&stored](const SecretResult& r) { stored = r.ok(); });
    QTRY_VERIFY(stored);
}

void TestDispatch::cleanup()
{
    m_registry.reset();
    m_fake = nullptr;
    m_messages.reset();
    m_suppressions.reset();
    m_profiles.reset();
    m_db.reset();
}

SendRequest TestDispatch::request() const
{
    SendRequest r;
    r.profileId = m_profileId;
    r.tpl.id = 0;
    r.tpl.name = QStringLiteral("hello");
    r.tpl.language = QStringLiteral("en");
    r.tpl.body = QStringLiteral("Hello {{1}}");
    r.values.body.insert(QStringLiteral("1"), QStringLiteral("Mari"));
    r.recipient = QStringLiteral("5123 4567");
    return r;
}

void TestDispatch::journalsSendingBeforeTheRequestLeaves()
{
    SendController sender(
        *m_messages, *m_profiles, *m_suppressions, *m_registry, PhoneNumberNormalizer(QStringLiteral("EE")));
    QSignalSpy finished(&sender, &SendController::sendFinished);
    // Prime the registry so the fake exists before the send.
    m_registry->acquire(m_profileId, this, [](Provider*, const QString&) {});
    QTRY_VERIFY(m_fake);
    m_fake->nextSend.providerMessageId = QStringLiteral("omni-1");
    m_fake->nextSend.channels = { { QStringLiteral("whatsapp"), QStringLiteral("m-1"), QStringLiteral("S") } };
    std::optional<MessageState> stateWhenSent;
    m_fake->onSend = [&](const OutgoingMessage& message) {
        QCOMPARE(message.to, QStringLiteral("+37251234567"));
        stateWhenSent = m_messages->recent(1).first().state;
    };

    const qint64 id = sender.send(request());
    QVERIFY(id > 0);
    QVERIFY(finished.wait(2000));
    QCOMPARE(stateWhenSent.value_or(MessageState::Queued), MessageState::Sending); // committed before the request left
    QCOMPARE(finished.first().at(0).toLongLong(), id);
    QCOMPARE(finished.first().at(1).toBool(), true);
    QVERIFY(finished.first().at(2).toString().contains(QStringLiteral("omni-1")));
    const MessageRecord m = *m_messages->find(id);
    QCOMPARE(m.state, MessageState::Accepted);
    QCOMPARE(m.providerMessageId, QStringLiteral("omni-1"));
    QCOMPARE(m.renderedBody, QStringLiteral("Hello Mari"));
    QCOMPARE(m_fake->sent.size(), 1);
}

void TestDispatch::deliveryOptionsReachTheProvider()
{
    Profile profile = *m_profiles->find(m_profileId);
    profile.callbackListen = QStringLiteral("127.0.0.1:8085");
    profile.callbackPublicUrl = QUrl(QStringLiteral("https://hooks.example.test/herald"));
    QVERIFY(m_profiles->save(profile));
    SendController sender(
        *m_messages, *m_profiles, *m_suppressions, *m_registry, PhoneNumberNormalizer(QStringLiteral("EE")));
    QSignalSpy finished(&sender, &SendController::sendFinished);
    m_registry->acquire(m_profileId, this, [](Provider*, const QString&) {});
    QTRY_VERIFY(m_fake);
    m_fake->nextSend.providerMessageId = QStringLiteral("omni-2");
    SendRequest r = request();
    r.scheduledFor = QDateTime::currentDateTimeUtc().addSecs(3600);
    r.viberFallbackText = QStringLiteral("viber text");
    r.smsFallbackText = QStringLiteral("sms text");
    r.validityMinutes = 30;
    r.priority = QStringLiteral("high");
    r.textStore = QStringLiteral("nostore");
    QVERIFY2(sender.check(r).isEmpty(), qPrintable(sender.check(r).join(QLatin1Char(' '))));
    const qint64 id = sender.send(r);
    QVERIFY(finished.wait(2000));
    const OutgoingMessage& sent = m_fake->sent.first();
    QCOMPARE(sent.options.fallbacks.size(), 2);
    QCOMPARE(sent.options.fallbacks.at(0).kind, FallbackChannel::Kind::Viber); // WhatsApp, then Viber, then SMS
    QCOMPARE(sent.options.fallbacks.at(1).kind, FallbackChannel::Kind::Sms);
    QCOMPARE(sent.options.validityMinutes, 30);
    QCOMPARE(sent.options.ttlSeconds, 1800);
    QCOMPARE(sent.options.priority, QStringLiteral("high"));
    QCOMPARE(sent.options.textStore, QStringLiteral("nostore"));
    QCOMPARE(sent.callbackUrl, profile.callbackPublicUrl);
    QCOMPARE(sent.scheduledFor, r.scheduledFor);
    QCOMPARE(sent.components.size(), 1); // the body's {{1}}
    QCOMPARE(m_messages->find(id)->state, MessageState::Scheduled);
    QVERIFY(m_messages->find(id)->scheduledFor.isValid());

    // Kaleyra refuses HTML tags in parameters (E413): caught before sending.
    Profile kaleyra = *m_profiles->find(m_profileId);
    kaleyra.kind = ProviderKind::Kaleyra;
    QVERIFY(m_profiles->save(kaleyra));
    SendRequest html = request();
    html.values.body.insert(QStringLiteral("1"), QStringLiteral("<b>Mari</b>"));
    QVERIFY(sender.check(html).join(QLatin1Char(' ')).contains(QStringLiteral("E413")));
    html.values.body.insert(QStringLiteral("1"), QStringLiteral("2 < 3 and 5 > 4"));
    QVERIFY(!sender.check(html).join(QLatin1Char(' ')).contains(QStringLiteral("E413")));

    // A time in the past is refused before anything is journaled.
    r.scheduledFor = QDateTime::currentDateTimeUtc().addSecs(-60);
    QVERIFY(!sender.check(r).isEmpty());
}

void TestDispatch::refusedRequestFailsWithTheProvidersWords()
{
    SendController sender(
        *m_messages, *m_profiles, *m_suppressions, *m_registry, PhoneNumberNormalizer(QStringLiteral("EE")));
    QSignalSpy finished(&sender, &SendController::sendFinished);
    m_registry->acquire(m_profileId, this, [](Provider*, const QString&) {});
    QTRY_VERIFY(m_fake);
    m_fake->nextSend.error.kind = ProviderError::Kind::Rejected;
    m_fake->nextSend.error.httpStatus = 400;
    m_fake->nextSend.error.providerCode = QStringLiteral("105");
    m_fake->nextSend.error.detail = QStringLiteral("Invalid or disallowed sender Messente");
    const qint64 id = sender.send(request());
    QVERIFY(finished.wait(2000));
    QCOMPARE(finished.first().at(1).toBool(), false);
    const MessageRecord m = *m_messages->find(id);
    QCOMPARE(m.state, MessageState::Failed);
    QCOMPARE(m.errorCode, QStringLiteral("105"));
    QVERIFY(m.errorText.contains(QStringLiteral("Invalid or disallowed sender Messente")));
}

void TestDispatch::unknownOutcomeIsNeverResentAlone()
{
    SendController sender(
        *m_messages, *m_profiles, *m_suppressions, *m_registry, PhoneNumberNormalizer(QStringLiteral("EE")));
    QSignalSpy finished(&sender, &SendController::sendFinished);
    m_registry->acquire(m_profileId, this, [](Provider*, const QString&) {});
    QTRY_VERIFY(m_fake);
    m_fake->nextSend.error.kind = ProviderError::Kind::OutcomeUnknown;
    m_fake->nextSend.error.transportError = QStringLiteral("Connection closed");
    const qint64 id = sender.send(request());
    QVERIFY(finished.wait(2000));
    QCOMPARE(m_messages->find(id)->state, MessageState::Unknown);
    QTest::qWait(200);
    QCOMPARE(m_fake->sent.size(), 1);
    QVERIFY(finished.first().at(2).toString().contains(QStringLiteral("unknown"), Qt::CaseInsensitive));
}

void TestDispatch::rateLimitedIsRetriedAndNeverCountedAsFailure()
{
    SendController sender(
        *m_messages, *m_profiles, *m_suppressions, *m_registry, PhoneNumberNormalizer(QStringLiteral("EE")));
    sender.setRetryPolicy({ 4, 10ms, 50ms });
    QSignalSpy finished(&sender, &SendController::sendFinished);
    QSignalSpy progress(&sender, &SendController::sendProgress);
    m_registry->acquire(m_profileId, this, [](Provider*, const QString&) {});
    QTRY_VERIFY(m_fake);
    SendResult limited;
    limited.error.kind = ProviderError::Kind::RateLimited;
    limited.error.httpStatus = 429;
    m_fake->sendScript = { limited, limited };
    m_fake->nextSend.providerMessageId = QStringLiteral("omni-after-429");
    const qint64 id = sender.send(request());
    QVERIFY(finished.wait(3000));
    QCOMPARE(finished.first().at(1).toBool(), true);
    QCOMPARE(m_fake->sent.size(), 3);
    QCOMPARE(progress.size(), 2);
    QVERIFY(progress.first().at(1).toString().contains(QStringLiteral("nothing was sent")));
    QCOMPARE(m_messages->find(id)->state, MessageState::Accepted);
    for (const StatusEvent& e : m_messages->events(id))
        QVERIFY(e.state != MessageState::Failed);
}

void TestDispatch::refusedConnectionGivesUpAfterTheLastAttempt()
{
    SendController sender(
        *m_messages, *m_profiles, *m_suppressions, *m_registry, PhoneNumberNormalizer(QStringLiteral("EE")));
    sender.setRetryPolicy({ 3, 10ms, 20ms });
    QSignalSpy finished(&sender, &SendController::sendFinished);
    m_registry->acquire(m_profileId, this, [](Provider*, const QString&) {});
    QTRY_VERIFY(m_fake);
    m_fake->nextSend.error.kind = ProviderError::Kind::NotDelivered;
    m_fake->nextSend.error.transportError = QStringLiteral("Connection refused");
    const qint64 id = sender.send(request());
    QVERIFY(finished.wait(3000));
    QCOMPARE(m_fake->sent.size(), 3);
    QCOMPARE(m_messages->find(id)->state, MessageState::Failed);
    QVERIFY(m_messages->find(id)->errorText.contains(QStringLiteral("nothing was sent")));
}

void TestDispatch::missingSecretIsExplainedAndNothingIsSent()
{
    bool removed = false;
    m_secrets->remove(QStringLiteral("profile/fake"), this, [&removed](const SecretResult&) { removed = true; });
    QTRY_VERIFY(removed);
    SendController sender(
        *m_messages, *m_profiles, *m_suppressions, *m_registry, PhoneNumberNormalizer(QStringLiteral("EE")));
    QSignalSpy finished(&sender, &SendController::sendFinished);
    const qint64 id = sender.send(request());
    QVERIFY(finished.wait(2000));
    QCOMPARE(m_created, 0);
    const MessageRecord m = *m_messages->find(id);
    QCOMPARE(m.state, MessageState::Failed);
    QVERIFY2(m.errorText.contains(QStringLiteral("password")), qPrintable(m.errorText));
}

void TestDispatch::invalidInputIsRefusedBeforeJournaling()
{
    SendController sender(
        *m_messages, *m_profiles, *m_suppressions, *m_registry, PhoneNumberNormalizer(QStringLiteral("EE")));
    SendRequest bad = request();
    bad.recipient = QStringLiteral("call me");
    bad.values.body.insert(QStringLiteral("1"), QStringLiteral("two\nlines"));
    const QStringList problems = sender.check(bad);
    QCOMPARE(problems.size(), 2);
    QCOMPARE(sender.send(bad), 0);
    QVERIFY(m_messages->recent(10).isEmpty());
}

void TestDispatch::birdRefusesValuesItCannotCarry()
{
    Profile bird = *m_profiles->find(m_profileId);
    bird.kind = ProviderKind::Bird;
    bird.workspaceId = QStringLiteral("w");
    bird.channelId = QStringLiteral("c");
    QVERIFY(m_profiles->save(bird) > 0);
    SendController sender(
        *m_messages, *m_profiles, *m_suppressions, *m_registry, PhoneNumberNormalizer(QStringLiteral("EE")));
    SendRequest r = request();
    r.tpl.birdProjectId = QStringLiteral("p");
    QVERIFY2(sender.check(r).isEmpty(), qPrintable(sender.check(r).join(QLatin1Char('\n'))));

    // An image header and a link ending would be lost on the way: refused in words instead.
    r.tpl.headerFormat = HeaderFormat::Image;
    r.values.headerMediaUrl = QStringLiteral("https://example.com/a.png");
    TemplateButton link;
    link.type = TemplateButton::Type::Url;
    link.text = QStringLiteral("Track");
    link.url = QStringLiteral("https://example.com/t/{{1}}");
    TemplateButton reply;
    reply.text = QStringLiteral("Stop");
    r.tpl.buttons = { link, reply };
    r.values.buttons.insert(0, QStringLiteral("A-1"));
    const QStringList problems = sender.check(r);
    QCOMPARE(problems.size(), 2);
    QVERIFY2(problems.at(0).contains(QStringLiteral("image header")), qPrintable(problems.at(0)));
    QVERIFY2(problems.at(1).contains(QStringLiteral("Button 1")), qPrintable(problems.at(1)));
    QCOMPARE(sender.send(r), 0);

    // A quick reply with no payload carries nothing: fine.
    r.tpl.headerFormat = HeaderFormat::Text;
    r.tpl.buttons = { reply };
    r.values.buttons.clear();
    QVERIFY(sender.check(r).isEmpty());
}

void TestDispatch::templateNotApprovedIsRefused()
{
    SendController sender(
        *m_messages, *m_profiles, *m_suppressions, *m_registry, PhoneNumberNormalizer(QStringLiteral("EE")));
    SendRequest pending = request();
    QVERIFY(sender.check(pending).isEmpty());
    pending.tpl.status = QStringLiteral("rejected");
    const QStringList problems = sender.check(pending);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QStringLiteral("“rejected”")), qPrintable(problems.first()));
    QCOMPARE(sender.send(pending), 0);
    pending.tpl.status = QStringLiteral("approved");
    QVERIFY(sender.check(pending).isEmpty());
}

void TestDispatch::optedOutRecipientIsRefusedWithDateAndReason()
{
    SendController sender(
        *m_messages, *m_profiles, *m_suppressions, *m_registry, PhoneNumberNormalizer(QStringLiteral("EE")));
    QVERIFY(sender.check(request()).isEmpty());
    // The date is said in the operator's language and time zone: fix both for the comparison.
    const QLocale locale;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const auto restore = qScopeGuard([locale] { QLocale::setDefault(locale); });
    const Suppression optOut { QStringLiteral("+37251234567"), QStringLiteral("asked by phone"),
        QDateTime(QDate(2026, 5, 3), QTime(12, 0)).toUTC(), QStringLiteral("typed"), QStringLiteral("mari") };
    QCOMPARE(m_suppressions->add(optOut), SuppressionRepository::AddOutcome::Added);

    // The number as typed ("5123 4567") is the same person once normalised.
    const QStringList problems = sender.check(request());
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first(), QStringLiteral("+37251234567 opted out on 3 May 2026: asked by phone"));
    QCOMPARE(sender.send(request()), 0);
    QVERIFY(m_messages->recent(10).isEmpty()); // nothing journaled, nothing sent
    QCOMPARE(m_created, 0);

    // Without a reason the sentence still reads.
    QVERIFY(m_suppressions->remove(QStringLiteral("+37251234567")));
    QVERIFY(sender.check(request()).isEmpty());
    Suppression noReason = optOut;
    noReason.reason.clear();
    QCOMPARE(m_suppressions->add(noReason), SuppressionRepository::AddOutcome::Added);
    QCOMPARE(sender.check(request()), QStringList { QStringLiteral("+37251234567 opted out on 3 May 2026.") });
}

void TestDispatch::trackerFollowsToFinalAndStops()
{
    const qint64 id = m_messages->insertQueued({ m_profileId, 0, QStringLiteral("hello"), QStringLiteral("en"),
        QStringLiteral("+37251234567"), QStringLiteral("x"), QStringLiteral("{}"), {}, {} });
    m_messages->setProviderMessageId(id, QStringLiteral("omni-9"));
    m_messages->applyChange(id, { MessageState::Accepted, {}, {}, {}, {}, {} });

    m_registry->acquire(m_profileId, this, [](Provider*, const QString&) {});
    QTRY_VERIFY(m_fake);
    const auto status = [](const char* s, MessageState state) {
        StatusResult r;
        ChannelStatus c;
        c.channel = QStringLiteral("whatsapp");
        c.providerStatus = QString::fromLatin1(s);
        c.state = state;
        r.channels = { c };
        return r;
    };
    StatusResult unreachable;
    unreachable.error.kind = ProviderError::Kind::NotDelivered;
    m_fake->statusScript = { status("ACCEPTD", MessageState::Sent), unreachable,
        status("DELIVRD", MessageState::Delivered), status("SEEN", MessageState::Read) };

    StatusTracker tracker(*m_messages, *m_profiles, *m_registry);
    tracker.setSchedule(fastSchedule(10ms, 50ms));
    QSignalSpy changed(&tracker, &StatusTracker::messagesChanged);
    tracker.start();
    QCOMPARE(tracker.trackedCount(), 1);
    QTRY_COMPARE(m_messages->find(id)->state, MessageState::Read);
    QTRY_COMPARE(tracker.trackedCount(), 0);
    const int polls = m_fake->polled.size();
    QCOMPARE(polls, 4);
    QTest::qWait(200);
    QCOMPARE(m_fake->polled.size(), polls); // final: no more polling
    QVERIFY(!changed.isEmpty());
    QStringList providerStatuses;
    for (const StatusEvent& e : m_messages->events(id))
        providerStatuses << e.providerStatus;
    QVERIFY(providerStatuses.contains(QStringLiteral("DELIVRD")));
}

void TestDispatch::trackerResumesFromTheJournal()
{
    const qint64 id = m_messages->insertQueued({ m_profileId, 0, QStringLiteral("hello"), QStringLiteral("en"),
        QStringLiteral("+37251234567"), QStringLiteral("x"), QStringLiteral("{}"), {}, {} });
    m_messages->setProviderMessageId(id, QStringLiteral("omni-10"));
    m_messages->applyChange(id, { MessageState::Sent, {}, {}, {}, {}, {} });
    // A fresh tracker, as after a restart, knows only what the journal says.
    StatusTracker tracker(*m_messages, *m_profiles, *m_registry);
    tracker.setSchedule(fastSchedule(10ms, 50ms));
    tracker.start();
    QTRY_VERIFY(m_fake && !m_fake->polled.isEmpty());
    QCOMPARE(m_fake->polled.first(), QStringLiteral("omni-10"));
}

void TestDispatch::trackerLeavesCallbackOnlyProvidersAlone()
{
    // Regression: dropping such messages while iterating the due list crashed the tracker.
    m_registry->acquire(m_profileId, this, [](Provider*, const QString&) {});
    QTRY_VERIFY(m_fake);
    m_fake->pollable = false;
    for (int i = 0; i < 3; ++i) {
        const qint64 id = m_messages->insertQueued({ m_profileId, 0, QStringLiteral("hello"), QStringLiteral("en"),
            QStringLiteral("+37251234567"), QStringLiteral("x"), QStringLiteral("{}"), {}, {} });
        m_messages->setProviderMessageId(id, QStringLiteral("k-%1").arg(i));
        m_messages->applyChange(id, { MessageState::Accepted, {}, {}, {}, {}, {} });
    }
    StatusTracker tracker(*m_messages, *m_profiles, *m_registry);
    tracker.setSchedule(fastSchedule(10ms, 50ms));
    tracker.start();
    QCOMPARE(tracker.trackedCount(), 3);
    QTRY_COMPARE(tracker.trackedCount(), 0);
    QVERIFY(m_fake->polled.isEmpty());
}

void TestDispatch::trackerStopsWhenTheProviderForgetsAMessage()
{
    const qint64 id = m_messages->insertQueued({ m_profileId, 0, QStringLiteral("hello"), QStringLiteral("en"),
        QStringLiteral("+37251234567"), QStringLiteral("x"), QStringLiteral("{}"), {}, {} });
    m_messages->setProviderMessageId(id, QStringLiteral("gone"));
    m_messages->applyChange(id, { MessageState::Accepted, {}, {}, {}, {}, {} });
    m_registry->acquire(m_profileId, this, [](Provider*, const QString&) {});
    QTRY_VERIFY(m_fake);
    StatusResult notFound;
    notFound.error.kind = ProviderError::Kind::NotFound;
    m_fake->statusScript = { notFound };
    StatusTracker tracker(*m_messages, *m_profiles, *m_registry);
    tracker.setSchedule(fastSchedule(10ms, 20ms));
    tracker.start();
    QTRY_COMPARE(tracker.trackedCount(), 0);
    QCOMPARE(m_fake->polled.size(), 3);
    QCOMPARE(m_messages->find(id)->state, MessageState::Accepted); // nothing invented
}

void TestDispatch::profileSecretFailureSavesNothing()
{
    ProfileService service(*m_profiles, *m_secrets, *m_registry);
    m_secrets->setFailure(SecretResult::Status::Unavailable, QStringLiteral("The keychain is not running."));
    Profile p;
    p.name = QStringLiteral("New one");
    p.baseUrl = QUrl(QStringLiteral("https://api.messente.com/v1"));
    p.username = QStringLiteral("user");
    std::optional<ProfileService::SaveOutcome> outcome;
    service.save(p, QStringLiteral("secret"), this, [&outcome](const ProfileService::SaveOutcome& o) { outcome = o; });
    QTRY_VERIFY(outcome.has_value());
    QCOMPARE(outcome->ok, false);
    QCOMPARE(outcome->error, QStringLiteral("The keychain is not running."));
    QVERIFY(outcome->keychainUnavailable);
    QVERIFY(!m_profiles->findByName(QStringLiteral("New one")));
}

void TestDispatch::profileSecretForThisSessionWhenTheKeychainIsMissing()
{
    // As the composition root builds it: the keychain behind a router that can hold secrets in memory.
    MemorySecretStore session;
    RoutedSecretStore secrets(session, *m_secrets);
    ProfileService service(*m_profiles, secrets, *m_registry);
    m_secrets->setFailure(SecretResult::Status::Unavailable, QStringLiteral("The keychain is not running."));
    Profile p;
    p.name = QStringLiteral("Session one");
    p.baseUrl = QUrl(QStringLiteral("https://api.messente.com/v1"));
    p.username = QStringLiteral("user");
    std::optional<ProfileService::SaveOutcome> outcome;
    const auto keep = [&outcome](const ProfileService::SaveOutcome& o) {
        outcome = o;
    };
    service.save(p, QStringLiteral("session-secret"), this, keep);
    QTRY_VERIFY(outcome.has_value());
    QVERIFY(outcome->keychainUnavailable);

    outcome.reset();
    service.saveForThisSession(p, QStringLiteral("session-secret"), this, keep);
    QTRY_VERIFY(outcome.has_value());
    QVERIFY2(outcome->ok, qPrintable(outcome->error));
    const std::optional<Profile> saved = m_profiles->findByName(QStringLiteral("Session one"));
    QVERIFY(saved);
    QVERIFY(service.secretIsForThisSessionOnly(*saved));
    QCOMPARE(m_secrets->count(), 1); // the keychain holds only the fixture's secret, not this one
    std::optional<SecretResult> read;
    secrets.read(saved->secretKey, this, [&read](const SecretResult& r) { read = r; });
    QTRY_VERIFY(read.has_value());
    QCOMPARE(read->secret, QStringLiteral("session-secret"));

    // Back in the keychain once it works again: the memory copy is dropped.
    m_secrets->clearFailure();
    outcome.reset();
    service.save(*saved, QStringLiteral("session-secret"), this, keep);
    QTRY_VERIFY(outcome.has_value() && outcome->ok);
    QVERIFY(!service.secretIsForThisSessionOnly(*saved));
    QVERIFY(m_secrets->contains(saved->secretKey));
}

void TestDispatch::removingAProfileRemovesItsSecretAndRenamingKeepsIt()
{
    ProfileService service(*m_profiles, *m_secrets, *m_registry);
    Profile p;
    p.name = QStringLiteral("Before");
    p.baseUrl = QUrl(QStringLiteral("https://api.messente.com/v1"));
    p.username = QStringLiteral("user");
    std::optional<ProfileService::SaveOutcome> outcome;
    service.save(
        p, QStringLiteral("kept-secret"), this, [&outcome](const ProfileService::SaveOutcome& o) { outcome = o; });
    QTRY_VERIFY(outcome.has_value() && outcome->ok);
    Profile saved = *m_profiles->findByName(QStringLiteral("Before"));
    const QString key = saved.secretKey;
    QVERIFY(m_secrets->contains(key));

    saved.name = QStringLiteral("After");
    outcome.reset();
    service.save(saved, std::nullopt, this, [&outcome](const ProfileService::SaveOutcome& o) { outcome = o; });
    QTRY_VERIFY(outcome.has_value() && outcome->ok);
    QCOMPARE(m_profiles->findByName(QStringLiteral("After"))->secretKey, key);
    std::optional<SecretResult> read;
    m_secrets->read(key, this, [&read](const SecretResult& r) { read = r; });
    QTRY_VERIFY(read.has_value());
    QCOMPARE(read->secret, QStringLiteral("kept-secret"));

    std::optional<std::pair<bool, QString>> removed;
    service.remove(saved.id, this, [&removed](bool ok, const QString& error) { removed = std::make_pair(ok, error); });
    QTRY_VERIFY(removed.has_value());
    QVERIFY2(removed->first && removed->second.isEmpty(), qPrintable(removed->second));
    QVERIFY(!m_secrets->contains(key));
    QVERIFY(!m_profiles->findByName(QStringLiteral("After")));
}

void TestDispatch::plainHttpIsOnlyForThisComputer_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https elsewhere") << QStringLiteral("https://api.messente.com/v1") << true;
    QTest::newRow("http elsewhere") << QStringLiteral("http://api.messente.com/v1") << false;
    QTest::newRow("http to a LAN address") << QStringLiteral("http://192.168.1.20:8080") << false;
    QTest::newRow("http to localhost") << QStringLiteral("http://localhost:8080/v1") << true;
    QTest::newRow("http to 127.0.0.1") << QStringLiteral("http://127.0.0.1:40123/v1") << true;
    QTest::newRow("http to 127.1.2.3") << QStringLiteral("http://127.1.2.3/v1") << true;
    QTest::newRow("http to ::1") << QStringLiteral("http://[::1]:8080") << true;
    QTest::newRow("http to localhost.evil.example") << QStringLiteral("http://localhost.evil.example") << false;
}

void TestDispatch::plainHttpIsOnlyForThisComputer()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    ProfileService service(*m_profiles, *m_secrets, *m_registry);
    Profile p;
    p.name = QStringLiteral("Any");
    p.baseUrl = QUrl(url);
    p.username = QStringLiteral("user");
    const QStringList problems = service.check(p, true);
    QCOMPARE(problems.isEmpty(), allowed);
    if (!allowed)
        QVERIFY2(problems.join(QLatin1Char(' ')).contains(QLatin1String("https://")),
            qPrintable(problems.join(QLatin1Char(' '))));
}

QTEST_GUILESS_MAIN(TestDispatch)
#include "tst_dispatch.moc"
