#include "SandboxContext.h"
#include "app/AppContext.h"
#include "dispatch/CampaignPlanner.h"
#include "dispatch/CampaignRunner.h"
#include "sandbox/SandboxServer.h"
#include "secrets/MemorySecretStore.h"
#include "storage/AuditLog.h"
#include "storage/CampaignRepository.h"
#include "storage/MessageRepository.h"
#include "storage/ProfileRepository.h"
#include "storage/RecipientListRepository.h"
#include "storage/SuppressionRepository.h"
#include "storage/TemplateRepository.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace herald;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(herald::ProviderKind)

/// Campaigns end to end: the app's own runner and planner over real HTTP to the in-process sandbox.
class TestCampaignSandbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_app.reset(); }
    void dryRunThenSendToAList_data();
    void dryRunThenSendToAList();
    void pauseAndResumeOverTheWire();
    void scheduledCampaignIsCancelledAtTheProvider_data();
    void scheduledCampaignIsCancelledAtTheProvider();
    void kaleyraScheduleIsHeldByHerald();
    void kaleyraDryRunSkipsHtmlValues();

private:
    qint64 profileFor(ProviderKind kind);
    qint64 saveList(int validRows);
    CampaignDraft draft(ProviderKind kind, qint64 listId);
    DryRun dryRun(const CampaignDraft& draft);
    int acceptedBySandbox(ProviderKind kind) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppContext> m_app;
};

void TestCampaignSandbox::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_app = test::startSandboxContext(m_dir->path(), 20.0, false);
    QVERIFY(m_app);
}

qint64 TestCampaignSandbox::profileFor(ProviderKind kind)
{
    const std::optional<Profile> profile = m_app->profiles().findByName(AppContext::sandboxProfileName(kind));
    return profile ? profile->id : 0;
}

int TestCampaignSandbox::acceptedBySandbox(ProviderKind kind) const
{
    return m_app->sandbox()->stats().perProvider.value(providerKindKey(kind));
}

qint64 TestCampaignSandbox::saveList(int validRows)
{
    RecipientList list;
    list.name = u"Customers %1"_s.arg(validRows);
    list.columns = { u"Phone"_s, u"Name"_s };
    const auto add = [&list](const QString& phone, const QString& e164, const QString& name) {
        RecipientRow row;
        row.position = static_cast<int>(list.rows.size());
        row.phone = phone;
        row.e164 = e164;
        row.cells = { phone, name };
        row.problem = e164.isEmpty() && !phone.isEmpty() ? u"The number is too short."_s : QString();
        list.rows.append(row);
    };
    for (int i = 0; i < validRows; ++i)
        add(u"5550 %1"_s.arg(3001 + i), u"+3725550%1"_s.arg(3001 + i), u"Client %1"_s.arg(i + 1));
    add(u"5550 2013"_s, u"+37255502013"_s, u"Invalid at the provider"_s); // ends in 13
    add(u"5550 3001"_s, u"+37255503001"_s, u"Repeat"_s); // same as the first row
    add(u"5550 2099"_s, u"+37255502099"_s, u"Opted out"_s);
    add(u"12"_s, u""_s, u"Too short"_s);
    m_app->suppressions().add(Suppression { u"+37255502099"_s, u"asked by phone"_s, {}, u"typed"_s, {} });
    return m_app->lists().save(list);
}

CampaignDraft TestCampaignSandbox::draft(ProviderKind kind, qint64 listId)
{
    Template tpl;
    tpl.name = u"order_update"_s;
    tpl.language = u"en"_s;
    tpl.headerFormat = HeaderFormat::None;
    tpl.body = u"Hello {{1}}, your order has shipped."_s;
    if (kind == ProviderKind::Bird)
        tpl.birdProjectId = u"6f1e0c2a-0000-4000-8000-000000000001"_s;
    tpl.id = m_app->templates().save(tpl);
    CampaignDraft d;
    d.profileId = profileFor(kind);
    d.tpl = tpl;
    d.bindings.insert(u"body_1"_s,
        ValueBinding { ValueBinding::Source::Column, {}, u"Name"_s, u"there"_s, ParameterFormat::Text, {} });
    d.listId = listId;
    return d;
}

DryRun TestCampaignSandbox::dryRun(const CampaignDraft& d)
{
    std::optional<DryRun> result;
    m_app->planner().dryRun(d, this, [&result](const DryRun& r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10000))
        return {};
    return *result;
}

void TestCampaignSandbox::dryRunThenSendToAList_data()
{
    QTest::addColumn<ProviderKind>("kind");
    QTest::addColumn<int>("failedAtSend"); // Bird and Kaleyra refuse a …13 number when it is sent
    QTest::newRow("messente") << ProviderKind::Messente << 0;
    QTest::newRow("bird") << ProviderKind::Bird << 1;
    QTest::newRow("kaleyra") << ProviderKind::Kaleyra << 1;
}

void TestCampaignSandbox::dryRunThenSendToAList()
{
    QFETCH(ProviderKind, kind);
    QFETCH(int, failedAtSend);
    QVERIFY(profileFor(kind) > 0);
    const CampaignDraft d = draft(kind, saveList(8));
    const int before = m_app->sandbox()->stats().requestsTotal;

    // The dry run sends nothing and accounts for every row.
    const DryRun run = dryRun(d);
    QVERIFY2(run.blockers.isEmpty(), qPrintable(run.blockers.join(u' ')));
    QCOMPARE(run.plan.rows, 12);
    QCOMPARE(run.plan.messages.size(), 9);
    QCOMPARE(run.plan.skipped(SkipReason::Duplicate), 1);
    QCOMPARE(run.plan.skipped(SkipReason::OptedOut), 1);
    QCOMPARE(run.plan.skipped(SkipReason::Invalid), 1);
    QCOMPARE(run.plan.messages.first().renderedBody, u"Hello Client 1, your order has shipped."_s);
    QCOMPARE(m_app->sandbox()->stats().requestsTotal, before);

    QSignalSpy finished(&m_app->campaigns(), &CampaignRunner::campaignFinished);
    const qint64 id = m_app->campaigns().create(CampaignPlanner::campaignFor(d, run, u"tester"_s), run.plan);
    QVERIFY(id > 0);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    const CampaignCounts counts = m_app->campaignRecords().counts(id);
    QCOMPARE(counts.total(), 9);
    QCOMPARE(counts.count(MessageState::Failed), failedAtSend);
    QCOMPARE(counts.count(MessageState::Unknown), 0);
    // What Herald recorded as taken is exactly what the provider accepted, each once.
    QCOMPARE(counts.taken(), 9 - failedAtSend);
    QCOMPARE(acceptedBySandbox(kind), 9 - failedAtSend);
    const sandbox::SandboxStats stats = m_app->sandbox()->stats();
    for (auto it = stats.perRecipient.cbegin(); it != stats.perRecipient.cend(); ++it)
        QCOMPARE(it.value(), 1);
    QVERIFY(!stats.perRecipient.contains(u"+37255502099"_s));

    // Retry failed re-sends only the failed one: the provider refuses the same number again.
    if (failedAtSend > 0) {
        const QList<qint64> failed = m_app->campaignRecords().messagesIn(id, MessageState::Failed);
        QVERIFY(!m_app->messages().find(failed.first())->errorText.isEmpty());
        const int requests = m_app->sandbox()->stats().requestsTotal;
        QCOMPARE(m_app->campaigns().retryFailed(id), 1);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
        QCOMPARE(m_app->sandbox()->stats().requestsTotal, requests + 1);
        QCOMPARE(acceptedBySandbox(kind), 9 - failedAtSend);
    }
    QCOMPARE(m_app->audit().entries(id).first().action, u"created"_s);
}

void TestCampaignSandbox::pauseAndResumeOverTheWire()
{
    CampaignDraft d = draft(ProviderKind::Messente, saveList(30));
    d.rate = 20;
    const DryRun run = dryRun(d);
    QVERIFY(run.canSend());
    QSignalSpy finished(&m_app->campaigns(), &CampaignRunner::campaignFinished);
    const qint64 id = m_app->campaigns().create(CampaignPlanner::campaignFor(d, run, u"tester"_s), run.plan);
    QTRY_VERIFY(acceptedBySandbox(ProviderKind::Messente) >= 5);
    QVERIFY(m_app->campaigns().pause(id));
    QTRY_VERIFY(!m_app->campaigns().isActive(id));
    const int atPause = acceptedBySandbox(ProviderKind::Messente);
    QTest::qWait(300);
    QCOMPARE(acceptedBySandbox(ProviderKind::Messente), atPause);
    QVERIFY(atPause < 31);
    QVERIFY(m_app->campaigns().resume(id));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    QCOMPARE(acceptedBySandbox(ProviderKind::Messente), 31);
    QCOMPARE(m_app->campaignRecords().counts(id).taken(), 31);
}

void TestCampaignSandbox::scheduledCampaignIsCancelledAtTheProvider_data()
{
    QTest::addColumn<ProviderKind>("kind");
    QTest::addColumn<bool>("cancellable"); // Bird's Channels API documents no way to cancel
    QTest::newRow("messente") << ProviderKind::Messente << true;
    QTest::newRow("bird") << ProviderKind::Bird << false;
}

void TestCampaignSandbox::scheduledCampaignIsCancelledAtTheProvider()
{
    QFETCH(ProviderKind, kind);
    QFETCH(bool, cancellable);
    QSignalSpy notices(&m_app->campaigns(), &CampaignRunner::notice);
    CampaignDraft d = draft(kind, saveList(3));
    d.scheduledFor = QDateTime::currentDateTimeUtc().addDays(1);
    const DryRun run = dryRun(d);
    QVERIFY2(run.canSend(), qPrintable(run.blockers.join(u' ')));
    QVERIFY(!run.heldByHerald);
    QSignalSpy finished(&m_app->campaigns(), &CampaignRunner::campaignFinished);
    const qint64 id = m_app->campaigns().create(CampaignPlanner::campaignFor(d, run, u"tester"_s), run.plan);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    const int held = m_app->campaignRecords().counts(id).count(MessageState::Scheduled);
    QVERIFY(held >= 3);
    QVERIFY(m_app->campaigns().cancel(id));
    QCOMPARE(m_app->campaignRecords().find(id)->state, CampaignState::Cancelled);
    if (cancellable) {
        QTRY_COMPARE_WITH_TIMEOUT(m_app->campaignRecords().counts(id).count(MessageState::Cancelled), held, 10000);
        return;
    }
    // The operator is told, in words, that the provider still holds them; nothing pretends otherwise.
    QTRY_VERIFY_WITH_TIMEOUT(!notices.isEmpty(), 10000);
    QVERIFY2(notices.last().at(1).toString().contains(u"still holds 3"_s), qPrintable(notices.last().at(1).toString()));
    QCOMPARE(m_app->campaignRecords().counts(id).count(MessageState::Scheduled), held);
}

void TestCampaignSandbox::kaleyraScheduleIsHeldByHerald()
{
    CampaignDraft d = draft(ProviderKind::Kaleyra, saveList(2));
    d.scheduledFor = QDateTime::currentDateTimeUtc().addSecs(1);
    const DryRun run = dryRun(d);
    QVERIFY2(run.canSend(), qPrintable(run.blockers.join(u' ')));
    QVERIFY(run.heldByHerald);
    QSignalSpy finished(&m_app->campaigns(), &CampaignRunner::campaignFinished);
    const qint64 id = m_app->campaigns().create(CampaignPlanner::campaignFor(d, run, u"tester"_s), run.plan);
    QCOMPARE(m_app->campaignRecords().find(id)->state, CampaignState::Held);
    QCOMPARE(acceptedBySandbox(ProviderKind::Kaleyra), 0);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(acceptedBySandbox(ProviderKind::Kaleyra), 2);
}

void TestCampaignSandbox::kaleyraDryRunSkipsHtmlValues()
{
    RecipientList list;
    list.name = u"Names with markup"_s;
    list.columns = { u"Phone"_s, u"Name"_s };
    for (const auto& [e164, name] :
        { std::pair { u"+37255504001"_s, u"Mari"_s }, std::pair { u"+37255504002"_s, u"<b>Jaan</b>"_s } }) {
        RecipientRow row;
        row.position = static_cast<int>(list.rows.size());
        row.phone = e164;
        row.e164 = e164;
        row.cells = { e164, name };
        list.rows.append(row);
    }
    const qint64 listId = m_app->lists().save(list);
    // Kaleyra refuses HTML tags in values (E413): the dry run names that row instead of sending it.
    const DryRun run = dryRun(draft(ProviderKind::Kaleyra, listId));
    QVERIFY2(run.blockers.isEmpty(), qPrintable(run.blockers.join(u' ')));
    QCOMPARE(run.plan.messages.size(), 1);
    QCOMPARE(run.plan.skipped(SkipReason::Values), 1);
    QCOMPARE(run.plan.skips.first().position, 1);
    QVERIFY(run.plan.skips.first().detail.contains(u"E413"_s));
    // Messente takes the same list whole.
    QCOMPARE(dryRun(draft(ProviderKind::Messente, listId)).plan.messages.size(), 2);
}

QTEST_GUILESS_MAIN(TestCampaignSandbox)
#include "tst_campaign_sandbox.moc"
