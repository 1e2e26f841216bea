#include "core/Campaign.h"
#include "core/TemplateJson.h"
#include "dispatch/RateLimiter.h"
#include "storage/AuditLog.h"
#include "storage/CampaignRepository.h"
#include "storage/Database.h"
#include "storage/MessageRepository.h"
#include "storage/ProfileRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace herald;
using namespace Qt::StringLiterals;

/// Campaigns below the runner: the dry-run plan, what a campaign keeps, its journal and the pace.
class TestCampaigns : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void planAccountsForEveryRow();
    void planRendersEachRecipientsMessage();
    void planChecksOptOutsAsTheyAreNow();
    void valuesAndTemplateSurviveTheJournal();
    void campaignIsSavedWholeWithItsMessagesQueued();
    void retryReplacesOnlyTheGivenMessages();
    void cancelCancelsOnlyQueuedMessages();
    void auditLogIsAppendOnly();
    void limiterKeepsThePace();
    void limiterNeverExceedsTheRateInAnyWindow();
    void limiterSlowsDownOn429AndRecovers();
    void expectedDuration();

private:
    static Template tpl();
    static RecipientList list();
};

Template TestCampaigns::tpl()
{
    Template t;
    t.name = u"order_update"_s;
    t.language = u"en"_s;
    t.headerFormat = HeaderFormat::None;
    t.body = u"Hi {{1}}, your order {{2}} is on its way."_s;
    t.status = u"approved"_s;
    return t;
}

RecipientList TestCampaigns::list()
{
    RecipientList l;
    l.name = u"Customers"_s;
    l.columns = { u"Phone"_s, u"Name"_s, u"Order"_s };
    const auto row = [&l](const QString& phone, const QString& e164, const QString& name, const QString& order,
                         const QString& problem = {}) {
        RecipientRow r;
        r.position = static_cast<int>(l.rows.size());
        r.phone = phone;
        r.e164 = e164;
        r.problem = problem;
        r.cells = { phone, name, order };
        l.rows.append(r);
    };
    row(u"+372 5123 4567"_s, u"+37251234567"_s, u"Mari"_s, u"A-1"_s); // 1: sent
    row(u""_s, u""_s, u"Nobody"_s, u"A-2"_s); // 2: empty
    row(u"12ab"_s, u""_s, u"Typo"_s, u"A-3"_s, u"The number has letters in it."_s); // 3: invalid
    row(u"5123 4567"_s, u"+37251234567"_s, u"Mari again"_s, u"A-4"_s); // 4: repeat of row 1
    row(u"+372 5555 0001"_s, u"+37255550001"_s, u"Jaan"_s, u"A-5"_s); // 5: opted out
    row(u"+372 5555 0002"_s, u"+37255550002"_s, u"Line\nbreak"_s, u"A-6"_s); // 6: value with a newline
    row(u"+372 5555 0003"_s, u"+37255550003"_s, QString(70, u'x'), u""_s); // 7: empty order → fallback
    return l;
}

TemplateBindings bindings()
{
    TemplateBindings b;
    b.insert(u"body_1"_s, ValueBinding { ValueBinding::Source::Column, {}, u"Name"_s, {}, ParameterFormat::Text, {} });
    b.insert(u"body_2"_s,
        ValueBinding { ValueBinding::Source::Column, {}, u"Order"_s, u"(none)"_s, ParameterFormat::Text, {} });
    return b;
}

void TestCampaigns::planAccountsForEveryRow()
{
    const CampaignPlan plan = planCampaign(tpl(), bindings(), list(), { u"+37255550001"_s });
    QCOMPARE(plan.rows, 7);
    QCOMPARE(plan.messages.size() + plan.skips.size(), 7);
    QCOMPARE(plan.messages.size(), 2);
    QCOMPARE(plan.skipped(SkipReason::Empty), 1);
    QCOMPARE(plan.skipped(SkipReason::Invalid), 1);
    QCOMPARE(plan.skipped(SkipReason::Duplicate), 1);
    QCOMPARE(plan.skipped(SkipReason::OptedOut), 1);
    QCOMPARE(plan.skipped(SkipReason::Values), 1);
    // Each skip names its row and says why in words.
    QCOMPARE(plan.skips.at(1).position, 2);
    QCOMPARE(plan.skips.at(1).detail, u"The number has letters in it."_s);
    QCOMPARE(plan.skips.at(2).position, 3);
    QVERIFY2(plan.skips.at(2).detail.contains(u"row 1"_s), qPrintable(plan.skips.at(2).detail));
    QCOMPARE(plan.skips.at(4).phone, u"+372 5555 0002"_s);
    QVERIFY(plan.skips.at(4).detail.contains(u"{{1}}"_s));
}

void TestCampaigns::planRendersEachRecipientsMessage()
{
    const CampaignPlan plan = planCampaign(tpl(), bindings(), list(), {});
    QCOMPARE(plan.messages.first().e164, u"+37251234567"_s);
    QCOMPARE(plan.messages.first().renderedBody, u"Hi Mari, your order A-1 is on its way."_s);
    // An empty cell takes the binding's fallback.
    const PlannedMessage& last = plan.messages.last();
    QCOMPARE(last.position, 6);
    QCOMPARE(last.values.body.value(u"2"_s), u"(none)"_s);
}

void TestCampaigns::planChecksOptOutsAsTheyAreNow()
{
    RecipientList l = list();
    // The import said "suppressed", but the number was taken off the opt-out list since.
    l.rows[4].fate = RowFate::Suppressed;
    const CampaignPlan plan = planCampaign(tpl(), bindings(), l, {});
    QCOMPARE(plan.skipped(SkipReason::OptedOut), 0);
    QCOMPARE(plan.messages.size(), 3);
}

void TestCampaigns::valuesAndTemplateSurviveTheJournal()
{
    TemplateValues values;
    values.header.insert(u"1"_s, u"Hello"_s);
    values.body.insert(u"1"_s, u"Mari"_s);
    values.body.insert(u"2"_s, u"€12.50"_s);
    values.currencies.insert(u"2"_s, CurrencyValue { u"EUR"_s, u"12.50"_s });
    values.dateTimes.insert(u"3"_s);
    values.buttons.insert(1, u"ABC123"_s);
    values.headerMediaUrl = u"https://example.com/a.pdf"_s;
    values.headerMediaFilename = u"invoice.pdf"_s;
    const TemplateValues back = templateValuesFromJson(templateValuesToJson(values));
    QCOMPARE(back.header, values.header);
    QCOMPARE(back.body, values.body);
    QCOMPARE(back.currencies.value(u"2"_s).code, u"EUR"_s);
    QCOMPARE(back.currencies.value(u"2"_s).amount, u"12.50"_s);
    QCOMPARE(back.dateTimes, values.dateTimes);
    QCOMPARE(back.buttons, values.buttons);
    QCOMPARE(back.headerMediaUrl, values.headerMediaUrl);
    QCOMPARE(back.headerMediaFilename, values.headerMediaFilename);

    Template t = tpl();
    t.id = 42;
    t.birdProjectId = u"proj"_s;
    t.birdVariableKeys.insert(u"1"_s, u"firstName"_s);
    t.kaleyraName = u"order_update_v2"_s;
    t.kaleyraLangCode = u"en_GB"_s;
    TemplateButton stop;
    stop.type = TemplateButton::Type::QuickReply;
    stop.text = u"Stop"_s;
    t.buttons.append(stop);
    const std::optional<Template> snapshot = templateFromSnapshotJson(templateToSnapshotJson(t));
    QVERIFY(snapshot);
    QCOMPARE(snapshot->id, 42);
    QCOMPARE(snapshot->body, t.body);
    QCOMPARE(snapshot->status, t.status);
    QCOMPARE(snapshot->birdProjectId, t.birdProjectId);
    QCOMPARE(snapshot->birdVariableKeys, t.birdVariableKeys);
    QCOMPARE(snapshot->kaleyraTemplateName(), u"order_update_v2"_s);
    QCOMPARE(snapshot->kaleyraLanguage(), u"en_GB"_s);
    QCOMPARE(snapshot->buttons.size(), 1);
}

namespace {

struct Store
{
    QTemporaryDir dir;
    Database db { dir.filePath(u"h.sqlite"_s) };
    std::unique_ptr<ProfileRepository> profiles;
    std::unique_ptr<CampaignRepository> campaigns;
    std::unique_ptr<MessageRepository> messages;
    qint64 profileId = 0;

    bool open()
    {
        if (!db.open())
            return false;
        profiles = std::make_unique<ProfileRepository>(db);
        campaigns = std::make_unique<CampaignRepository>(db);
        messages = std::make_unique<MessageRepository>(db);
        Profile p;
        p.name = u"P"_s;
        p.baseUrl = QUrl(u"https://fake.test"_s);
        p.secretKey = u"k"_s;
        profileId = profiles->save(p);
        return profileId > 0;
    }
};

} // namespace

void TestCampaigns::campaignIsSavedWholeWithItsMessagesQueued()
{
    Store store;
    QVERIFY(store.open());
    const CampaignPlan plan = planCampaign(tpl(), bindings(), list(), { u"+37255550001"_s });
    NewCampaign c;
    c.name = u"October orders"_s;
    c.profileId = store.profileId;
    c.tpl = tpl();
    c.bindings = bindings();
    c.listName = u"Customers"_s;
    c.rate = 12.5;
    c.createdBy = u"operator"_s;
    const qint64 id = store.campaigns->create(c, plan);
    QVERIFY(id > 0);

    const std::optional<CampaignRecord> record = store.campaigns->find(id);
    QVERIFY(record);
    QCOMPARE(record->name, c.name);
    QCOMPARE(record->state, CampaignState::Running);
    QCOMPARE(record->tpl.body, tpl().body);
    QCOMPARE(record->bindings, c.bindings);
    QCOMPARE(record->rate, 12.5);
    QCOMPARE(record->createdBy, u"operator"_s);
    QCOMPARE(store.campaigns->counts(id).count(MessageState::Queued), 2);
    QCOMPARE(store.campaigns->counts(id).total(), 2);
    QCOMPARE(store.campaigns->skips(id).size(), 5);
    QCOMPARE(store.campaigns->skips(id).at(3).reason, SkipReason::OptedOut);

    const QList<QueuedMessage> queued = store.campaigns->nextQueued(id, 10);
    QCOMPARE(queued.size(), 2);
    QCOMPARE(queued.first().recipient, u"+37251234567"_s);
    QCOMPARE(templateValuesFromJson(queued.first().parametersJson).body.value(u"2"_s), u"A-1"_s);
    const std::optional<MessageRecord> message = store.messages->find(queued.first().id);
    QCOMPARE(message->campaignId, id);
    QCOMPARE(message->listPosition, 0);
    QCOMPARE(message->renderedBody, u"Hi Mari, your order A-1 is on its way."_s);
    QCOMPARE(store.messages->events(queued.first().id).size(), 1);
    QCOMPARE(store.campaigns->nextQueued(id, 10, queued.first().id).size(), 1);
    QCOMPARE(store.campaigns->unfinished(), QList<qint64> { id });
}

void TestCampaigns::retryReplacesOnlyTheGivenMessages()
{
    Store store;
    QVERIFY(store.open());
    NewCampaign c;
    c.profileId = store.profileId;
    c.tpl = tpl();
    const qint64 id = store.campaigns->create(c, planCampaign(tpl(), bindings(), list(), {}));
    const QList<QueuedMessage> queued = store.campaigns->nextQueued(id, 10);
    QCOMPARE(queued.size(), 3);
    QVERIFY(store.messages->applyChange(queued.at(0).id, { MessageState::Sending, {}, {}, {}, {}, {} }));
    QVERIFY(store.messages->applyChange(queued.at(0).id, { MessageState::Failed, {}, {}, u"3"_s, u"Invalid"_s, {} }));
    QVERIFY(store.messages->applyChange(queued.at(1).id, { MessageState::Sending, {}, {}, {}, {}, {} }));
    QVERIFY(store.messages->applyChange(queued.at(1).id, { MessageState::Accepted, {}, {}, {}, {}, {} }, u"p-1"_s));
    QCOMPARE(store.messages->find(queued.at(1).id)->providerMessageId, u"p-1"_s);

    const QList<qint64> failed = store.campaigns->messagesIn(id, MessageState::Failed);
    QCOMPARE(failed, QList<qint64> { queued.at(0).id });
    const QList<qint64> retried = store.campaigns->requeueAsNew(id, failed);
    QCOMPARE(retried.size(), 1);
    // The failed one keeps its state and history; the campaign now counts its retry instead.
    QCOMPARE(store.messages->find(queued.at(0).id)->state, MessageState::Failed);
    const CampaignCounts counts = store.campaigns->counts(id);
    QCOMPARE(counts.count(MessageState::Failed), 0);
    QCOMPARE(counts.count(MessageState::Queued), 2);
    QCOMPARE(counts.count(MessageState::Accepted), 1);
    QCOMPARE(store.messages->find(retried.first())->recipient, queued.at(0).recipient);
    // Retrying the same message again does nothing: it is superseded.
    QVERIFY(store.campaigns->requeueAsNew(id, failed).isEmpty());

    // A request the provider certainly did not take goes back to queued, never to failed.
    QVERIFY(store.messages->applyChange(retried.first(), { MessageState::Sending, {}, {}, {}, {}, {} }));
    QVERIFY(store.messages->requeue(retried.first(), u"429"_s));
    QCOMPARE(store.messages->find(retried.first())->state, MessageState::Queued);
    QVERIFY(!store.messages->requeue(retried.first(), u"not sending"_s));
}

void TestCampaigns::cancelCancelsOnlyQueuedMessages()
{
    Store store;
    QVERIFY(store.open());
    NewCampaign c;
    c.profileId = store.profileId;
    c.tpl = tpl();
    const qint64 id = store.campaigns->create(c, planCampaign(tpl(), bindings(), list(), {}));
    const QList<QueuedMessage> queued = store.campaigns->nextQueued(id, 10);
    QVERIFY(store.messages->applyChange(queued.at(0).id, { MessageState::Sending, {}, {}, {}, {}, {} }));
    QCOMPARE(store.campaigns->cancelQueued(id, u"Cancelled by the operator."_s), 2);
    const CampaignCounts counts = store.campaigns->counts(id);
    QCOMPARE(counts.count(MessageState::Cancelled), 2);
    QCOMPARE(counts.count(MessageState::Sending), 1);
    QCOMPARE(store.messages->find(queued.at(1).id)->errorText, u"Cancelled by the operator."_s);
    QCOMPARE(store.messages->events(queued.at(1).id).last().state, MessageState::Cancelled);
    QVERIFY(store.campaigns->setState(id, CampaignState::Cancelled));
    QVERIFY(store.campaigns->find(id)->finishedAt.isValid());
    QVERIFY(store.campaigns->unfinished().isEmpty());
}

void TestCampaigns::auditLogIsAppendOnly()
{
    Store store;
    QVERIFY(store.open());
    NewCampaign c;
    c.profileId = store.profileId;
    c.tpl = tpl();
    const qint64 id = store.campaigns->create(c, {});
    AuditLog audit(store.db, u"mari"_s);
    QVERIFY(audit.append(id, u"paused"_s, u"Paused by the operator."_s));
    QVERIFY(audit.append(id, u"resumed"_s, u"Resumed by the operator."_s));
    QVERIFY(audit.append(0, u"test_sent"_s, u"Test send to +37251234567."_s, 7));
    QCOMPARE(audit.entries(0).size(), 1);
    QCOMPARE(audit.entries(0).first().messageId, 7);
    const QList<AuditEntry> entries = audit.entries(id);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.first().osUser, u"mari"_s);
    QCOMPARE(entries.first().action, u"paused"_s);
    QVERIFY(entries.first().occurredAt.isValid());

    QSqlQuery change(store.db.connection());
    QVERIFY(!change.exec(u"UPDATE audit_log SET action = 'nothing'"_s));
    QVERIFY(change.lastError().text().contains(u"append-only"_s));
    QVERIFY(!change.exec(u"DELETE FROM audit_log"_s));
    QCOMPARE(audit.entries(id).size(), 2);
    QCOMPARE(audit.entries(0).size(), 1);

    // Without a login environment the account name still comes from the system.
    const QByteArray user = qgetenv("USER"), logname = qgetenv("LOGNAME"), username = qgetenv("USERNAME");
    qunsetenv("USER");
    qunsetenv("LOGNAME");
    qunsetenv("USERNAME");
    const QString fromSystem = AuditLog::currentOsUser();
    qputenv("USER", user);
    qputenv("LOGNAME", logname);
    qputenv("USERNAME", username);
    QVERIFY(!fromSystem.isEmpty());
    QVERIFY(fromSystem != u"unknown"_s);
}

void TestCampaigns::limiterKeepsThePace()
{
    RateLimiter limiter(100);
    int taken = 0;
    // Ten simulated seconds, asked every millisecond.
    for (qint64 t = 0; t < 10000; ++t) {
        while (limiter.tryTake(t))
            ++taken;
    }
    QVERIFY2(taken >= 995 && taken <= 1005, qPrintable(QString::number(taken)));
    RateLimiter none(0);
    for (int i = 0; i < 10000; ++i)
        QVERIFY(none.tryTake(0));
}

void TestCampaigns::limiterNeverExceedsTheRateInAnyWindow()
{
    RateLimiter limiter(200);
    QList<qint64> times;
    for (qint64 t = 0; t < 5000; ++t) {
        while (limiter.tryTake(t))
            times.append(t);
    }
    // A provider counting requests in a sliding one-second window never sees more than 200.
    int start = 0;
    for (int end = 0; end < times.size(); ++end) {
        while (times.at(end) - times.at(start) >= 1000)
            ++start;
        QVERIFY2(end - start + 1 <= 200, qPrintable(QString::number(end - start + 1)));
    }
    QVERIFY(times.size() > 900);
    // waitMs() says when the next token comes, never "now" while none is there.
    qint64 t = 5000;
    while (limiter.tryTake(t)) { }
    const qint64 wait = limiter.waitMs(t);
    QVERIFY(wait >= 1);
    QVERIFY(limiter.tryTake(t + wait) || limiter.waitMs(t + wait) >= 1);
}

void TestCampaigns::limiterSlowsDownOn429AndRecovers()
{
    RateLimiter limiter(100);
    limiter.throttled(1000, 2000);
    QCOMPARE(limiter.currentRate(), 70.0);
    // The rest of the same burst changes nothing more.
    limiter.throttled(1200);
    QCOMPARE(limiter.currentRate(), 70.0);
    QCOMPARE(limiter.configuredRate(), 100.0);
    // Nothing leaves before Retry-After has passed.
    QVERIFY(!limiter.tryTake(2999));
    QVERIFY(limiter.waitMs(2000) >= 999);
    QVERIFY(limiter.tryTake(3100));
    for (int i = 0; i < 20; ++i)
        limiter.throttled(4000 + i * 1000);
    QCOMPARE(limiter.currentRate(), 0.5);
    // Requests going through again bring the pace back up, a tenth of it per second.
    for (qint64 t = 25000; t <= 40000; t += 100)
        limiter.succeeded(t);
    QCOMPARE(limiter.currentRate(), 100.0);
}

void TestCampaigns::expectedDuration()
{
    QCOMPARE(expectedSeconds(2000, 200), 10.0);
    QCOMPARE(expectedSeconds(0, 200), 0.0);
    QCOMPARE(expectedSeconds(10, 0), 0.0);
    QVERIFY(providerHoldsScheduledMessages(ProviderKind::Messente));
    QVERIFY(providerHoldsScheduledMessages(ProviderKind::Bird));
    QVERIFY(!providerHoldsScheduledMessages(ProviderKind::Kaleyra));
    QVERIFY(providerCancelsScheduledMessages(ProviderKind::Messente));
    QVERIFY(!providerCancelsScheduledMessages(ProviderKind::Bird));
    QCOMPARE(Profile::defaultSendRate(ProviderKind::Bird), 500.0);
    Profile p;
    p.kind = ProviderKind::Kaleyra;
    QCOMPARE(p.effectiveSendRate(), Profile::defaultSendRate(ProviderKind::Kaleyra));
    p.sendRate = 5;
    QCOMPARE(p.effectiveSendRate(), 5.0);
}

QTEST_GUILESS_MAIN(TestCampaigns)
#include "tst_campaigns.moc"
