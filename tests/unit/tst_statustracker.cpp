// The status tracker over a fake provider and a clock the test drives: back-off, restart, read
// pacing, callback routes, raw answers and batches; and the storage it relies on (the campaign
// timeline, the campaigns of changed messages).
#include "dispatch/ProviderRegistry.h"
#include "dispatch/StatusTracker.h"
#include "providers/AnswerLater.h"
#include "providers/BirdProtocol.h"
#include "providers/KaleyraProtocol.h"
#include "providers/MessenteProtocol.h"
#include "providers/RawAnswer.h"
#include "secrets/MemorySecretStore.h"
#include "storage/CampaignRepository.h"
#include "storage/Database.h"
#include "storage/MessageRepository.h"
#include "storage/ProfileRepository.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>
#include <algorithm>
#include <deque>

using namespace herald;
using namespace std::chrono_literals;

namespace {

/// What every fake provider of a test answers and records.
struct PollLog
{
    struct Poll
    {
        QString providerMessageId;
        qint64 at = 0; ///< on the test's clock
        qint64 profileId = 0;
    };
    QList<Poll> polls;
    std::function<qint64()> clock;
    /// The answer for a message; by default "nothing new" (the provider still processes it).
    std::function<StatusResult(const QString& providerMessageId)> answer;

    qsizetype count(const QString& providerMessageId) const
    {
        return std::count_if(polls.cbegin(), polls.cend(),
            [&](const Poll& poll) { return poll.providerMessageId == providerMessageId; });
    }
};

/// A provider of any kind that only answers status requests, asynchronously like the real ones.
class PollingFake final : public Provider
{
public:
    PollingFake(ProviderKind kind, qint64 profileId, PollLog& log)
        : m_kind(kind)
        , m_profileId(profileId)
        , m_log(log)
    { }

    ProviderKind kind() const override { return m_kind; }
    bool canPollStatus() const override { return m_kind != ProviderKind::Kaleyra; }
    void fetchStatus(const QString& providerMessageId, QObject* context, StatusCallback done) override
    {
        m_log.polls.append({ providerMessageId, m_log.clock(), m_profileId });
        StatusResult result;
        if (m_log.answer)
            result = m_log.answer(providerMessageId);
        answerLater(context, std::move(done), result);
    }
    void send(const OutgoingMessage&, QObject* context, SendCallback done) override
    {
        answerLater(context, std::move(done), SendResult {});
    }
    RequestPreview describeSend(const OutgoingMessage&) const override { return {}; }
    void cancel(const QString&, QObject* context, ErrorCallback done) override
    {
        answerLater(context, std::move(done), ProviderError {});
    }
    void checkServiceWindow(const QString&, QObject* context, ServiceWindowCallback done) override
    {
        answerLater(context, std::move(done), ServiceWindowResult {});
    }
    void testConnection(QObject* context, ErrorCallback done) override
    {
        answerLater(context, std::move(done), ProviderError {});
    }
    void listTemplates(QObject* context, TemplateListCallback done, TemplateProgressCallback) override
    {
        answerLater(context, std::move(done), TemplateListResult {});
    }

private:
    ProviderKind m_kind;
    qint64 m_profileId;
    PollLog& m_log;
};

StatusResult statusOf(MessageState state, const QString& providerStatus, const QString& raw = {})
{
    StatusResult result;
    ChannelStatus channel;
    channel.channel = QStringLiteral("whatsapp");
    channel.providerStatus = providerStatus;
    channel.state = state;
    result.channels = { channel };
    result.raw = raw;
    return result;
}

/// The most polls within any 1,000 ms.
int busiestSecond(const QList<qint64>& times)
{
    std::deque<qint64> window;
    int most = 0;
    for (const qint64 t : times) {
        window.push_back(t);
        while (window.front() <= t - 1000)
            window.pop_front();
        most = std::max(most, static_cast<int>(window.size()));
    }
    return most;
}

} // namespace

class TestStatusTracker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void backOffGrowsFromSecondsToMinutes();
    void restartResumesTheBackOffFromTheJournal();
    void restartReadsALargeJournalInChunks();
    void birdReadsStayWithinFiftyPerSecondPerWorkspace();
    void freshMessagesGoBeforeABacklogOfOldOnes();
    void rateLimitedPollHoldsTheAccount();
    void messenteWithACallbackRouteIsPolledOnlyAsASafetyNet();
    void kaleyraMessagesAreNeverPolled();
    void rawAnswerIsStoredWithTheEvent();
    void rawAnswersAreMaskedFormattedAndBounded();
    void providersParseTheRawAnswer();
    void tenThousandChangesComeInFewBatchesNamingTheirCampaigns();
    void campaignTimelineAggregatesPerBucket();

private:
    qint64 addProfile(
        ProviderKind kind, const QString& name, const QString& workspace = {}, bool callbackRoute = false);
    qint64 addMessage(qint64 profileId, const QString& providerId, MessageState state = MessageState::Accepted);
    /// @p count messages in @p state straight into the journal, each with a provider id "prefix-N"; their ids.
    QList<qint64> addMessages(qint64 profileId, int count, const QString& prefix, qint64 campaignId = 0,
        MessageState state = MessageState::Accepted);
    qint64 addCampaign(qint64 profileId, const QString& name);
    void setUpdatedAt(qint64 messageId, const QDateTime& at);
    std::unique_ptr<StatusTracker> tracker(const StatusTracker::Schedule& schedule = {});
    /// Moves the test's clock to @p until in steps of @p step ms, letting the tracker poll and the fakes answer.
    void runUntil(StatusTracker& tracker, qint64 until, qint64 step = 10);
    QList<qint64> pollTimes(const QString& prefix = {}) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ProfileRepository> m_profiles;
    std::unique_ptr<MessageRepository> m_messages;
    std::unique_ptr<CampaignRepository> m_campaigns;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ProviderRegistry> m_registry;
    PollLog m_log;
    qint64 m_now = 1'000'000;
};

void TestStatusTracker::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("t.sqlite")));
    QVERIFY(m_db->open());
    m_profiles = std::make_unique<ProfileRepository>(*m_db);
    m_messages = std::make_unique<MessageRepository>(*m_db);
    m_campaigns = std::make_unique<CampaignRepository>(*m_db);
    m_secrets = std::make_unique<MemorySecretStore>();
    m_log = PollLog {};
    m_now = 1'000'000;
    m_log.clock = [this] {
        return m_now;
    };
    m_registry = std::make_unique<ProviderRegistry>(
        *m_profiles, *m_secrets, [this](const Profile& profile, const QString&) -> std::unique_ptr<Provider> {
            return std::make_unique<PollingFake>(profile.kind, profile.id, m_log);
        });
}

void TestStatusTracker::cleanup()
{
    m_registry.reset();
    m_campaigns.reset();
    m_messages.reset();
    m_profiles.reset();
    m_db.reset();
    m_dir.reset();
}

qint64 TestStatusTracker::addProfile(
    ProviderKind kind, const QString& name, const QString& workspace, bool callbackRoute)
{
    Profile p;
    p.name = name;
    p.kind = kind;
    p.baseUrl = Profile::defaultBaseUrl(kind);
    p.username = QStringLiteral("user");
    p.workspaceId = workspace;
    p.channelId = QStringLiteral("channel-") + name;
    p.secretKey = QStringLiteral("profile/") + name;
    if (callbackRoute) {
        p.callbackListen = QStringLiteral("127.0.0.1:8085");
        p.callbackPublicUrl = QUrl(QStringLiteral("https://hooks.example.test/herald"));
    }
    const qint64 id = m_profiles->save(p);
    bool stored = false;
    m_secrets->write(p.secretKey, QStringLiteral("pw"), this, [&stored](const SecretResult& r) { stored = r.ok(); });
    [&] {
        QTRY_VERIFY(stored);
    }();
    return id;
}

qint64 TestStatusTracker::addMessage(qint64 profileId, const QString& providerId, MessageState state)
{
    const qint64 id = m_messages->insertQueued({ profileId, 0, QStringLiteral("hello"), QStringLiteral("en"),
        QStringLiteral("+37251234567"), QStringLiteral("x"), QStringLiteral("{}"), {}, {} });
    m_messages->setProviderMessageId(id, providerId);
    m_messages->applyChange(id, { state, {}, {}, {}, {}, {} });
    return id;
}

QList<qint64> TestStatusTracker::addMessages(
    qint64 profileId, int count, const QString& prefix, qint64 campaignId, MessageState state)
{
    QSqlDatabase db = m_db->connection();
    Transaction transaction(db);
    const QString now = Database::toText(QDateTime::currentDateTimeUtc());
    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT INTO messages (profile_id, template_name, language, recipient, rendered_body, "
                       "parameters, state, provider_message_id, created_at, updated_at, campaign_id) "
                       "VALUES (?, 'hello', 'en', '+37251234567', 'x', '{}', ?, ?, ?, ?, ?)"));
    QSqlQuery event(db);
    event.prepare(QStringLiteral("INSERT INTO status_events (message_id, state, occurred_at) VALUES (?, ?, ?)"));
    QList<qint64> ids;
    for (int i = 0; i < count; ++i) {
        insert.addBindValue(profileId);
        insert.addBindValue(stateKey(state));
        insert.addBindValue(QStringLiteral("%1-%2").arg(prefix).arg(i));
        insert.addBindValue(now);
        insert.addBindValue(now);
        insert.addBindValue(campaignId > 0 ? QVariant(campaignId) : QVariant());
        if (!Database::exec(insert))
            return {};
        ids.append(insert.lastInsertId().toLongLong());
        event.addBindValue(ids.constLast());
        event.addBindValue(stateKey(state));
        event.addBindValue(now);
        if (!Database::exec(event))
            return {};
    }
    return transaction.commit() ? ids : QList<qint64> {};
}

qint64 TestStatusTracker::addCampaign(qint64 profileId, const QString& name)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("INSERT INTO campaigns (name, profile_id, template_json, state, created_at, updated_at) "
                             "VALUES (?, ?, '{}', 'finished', ?, ?)"));
    const QString now = Database::toText(QDateTime::currentDateTimeUtc());
    q.addBindValue(name);
    q.addBindValue(profileId);
    q.addBindValue(now);
    q.addBindValue(now);
    return Database::exec(q) ? q.lastInsertId().toLongLong() : 0;
}

void TestStatusTracker::setUpdatedAt(qint64 messageId, const QDateTime& at)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE messages SET updated_at = ? WHERE id = ?"));
    q.addBindValue(Database::toText(at));
    q.addBindValue(messageId);
    QVERIFY(Database::exec(q));
}

std::unique_ptr<StatusTracker> TestStatusTracker::tracker(const StatusTracker::Schedule& schedule)
{
    auto t = std::make_unique<StatusTracker>(*m_messages, *m_profiles, *m_registry);
    t->setClock([this] { return m_now; });
    t->setSchedule(schedule);
    return t;
}

void TestStatusTracker::runUntil(StatusTracker& tracker, qint64 until, qint64 step)
{
    while (m_now < until) {
        m_now = std::min(until, m_now + step);
        tracker.pollDue();
        QCoreApplication::processEvents();
    }
}

QList<qint64> TestStatusTracker::pollTimes(const QString& prefix) const
{
    QList<qint64> times;
    for (const PollLog::Poll& poll : m_log.polls) {
        if (prefix.isEmpty() || poll.providerMessageId.startsWith(prefix))
            times.append(poll.at);
    }
    return times;
}

void TestStatusTracker::backOffGrowsFromSecondsToMinutes()
{
    // The defaults: a few seconds after the provider took the message, then up to five minutes.
    const StatusTracker::Schedule defaults;
    QCOMPARE(defaults.first, 3s);
    QCOMPARE(defaults.max, 5min);
    QList<qint64> expected { 3000 };
    while (expected.size() < 14)
        expected.append(
            StatusTracker::nextInterval(defaults, std::chrono::milliseconds(expected.constLast()), defaults.max)
                .count());
    QCOMPARE(expected.mid(0, 6), (QList<qint64> { 3000, 4800, 7680, 12288, 19660, 31456 }));
    QCOMPARE(expected.constLast(), 300000);

    // Driven: a message the provider keeps "processing" is asked for exactly on that schedule.
    const qint64 profile = addProfile(ProviderKind::Messente, QStringLiteral("m"));
    const qint64 id = addMessage(profile, QStringLiteral("omni-1"));
    auto t = tracker();
    t->start();
    QCOMPARE(t->trackedCount(), 1);
    const qint64 taken = m_now;
    t->track(id); // just taken by the provider: the back-off starts now
    QCOMPARE(t->nextPollAt(id), taken + 3000);
    runUntil(*t, taken + 40 * 60 * 1000, 50);
    const QList<qint64> times = pollTimes();
    QVERIFY2(times.size() >= 14, qPrintable(QString::number(times.size())));
    QCOMPARE(times.first() - taken, 3000);
    for (qsizetype i = 1; i < expected.size(); ++i)
        QVERIFY2(std::abs(times.at(i) - times.at(i - 1) - expected.at(i)) <= 50,
            qPrintable(QStringLiteral("poll %1 came %2 ms after the one before, not %3")
                           .arg(i)
                           .arg(times.at(i) - times.at(i - 1))
                           .arg(expected.at(i))));
    QCOMPARE(t->trackedCount(), 1); // still not final: still tracked
}

void TestStatusTracker::restartResumesTheBackOffFromTheJournal()
{
    const qint64 profile = addProfile(ProviderKind::Messente, QStringLiteral("m"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 fresh = addMessage(profile, QStringLiteral("fresh"));
    const qint64 old = addMessage(profile, QStringLiteral("old"), MessageState::Delivered);
    setUpdatedAt(old, now.addSecs(-2 * 3600));
    const qint64 quiet = addMessage(profile, QStringLiteral("quiet"), MessageState::Delivered);
    setUpdatedAt(quiet, now.addDays(-3));
    const qint64 done = addMessage(profile, QStringLiteral("done"), MessageState::Read);
    // Held by the provider for an hour from now.
    const qint64 held = m_messages->insertQueued({ profile, 0, QStringLiteral("hello"), QStringLiteral("en"),
        QStringLiteral("+37251234567"), QStringLiteral("x"), QStringLiteral("{}"), now.addSecs(3600), {} });
    m_messages->setProviderMessageId(held, QStringLiteral("held"));
    m_messages->applyChange(held, { MessageState::Scheduled, {}, {}, {}, {}, {} });

    // A fresh tracker, as after a restart, knows only what the journal says.
    auto t = tracker();
    const qint64 start = m_now;
    t->start();
    QCOMPARE(t->trackedCount(), 3); // fresh, old, held: not the final one, nor the one quiet for three days
    QCOMPARE(t->nextPollAt(done), -1);
    QCOMPARE(t->nextPollAt(quiet), -1);
    // Fresh: within its first interval. Old: it had reached the longest wait, spread over half of it.
    QVERIFY(t->nextPollAt(fresh) >= start + 1500 && t->nextPollAt(fresh) <= start + 3000);
    QVERIFY(t->nextPollAt(old) >= start + 150000 && t->nextPollAt(old) <= start + 300000);
    // Held: not before its time, then as if just taken.
    QVERIFY(std::abs(t->nextPollAt(held) - (start + 3600 * 1000 + 3000)) < 2000);

    runUntil(*t, start + 3000, 100);
    QCOMPARE(m_log.count(QStringLiteral("fresh")), 1);
    QCOMPARE(m_log.count(QStringLiteral("old")), 0);
    runUntil(*t, start + 300000, 1000);
    QCOMPARE(m_log.count(QStringLiteral("old")), 1);
    QCOMPARE(m_log.count(QStringLiteral("held")), 0);
    runUntil(*t, start + 3600 * 1000 + 6000, 1000);
    QCOMPARE(m_log.count(QStringLiteral("held")), 1);
    QCOMPARE(m_log.count(QStringLiteral("quiet")), 0);
}

void TestStatusTracker::restartReadsALargeJournalInChunks()
{
    const qint64 profile = addProfile(ProviderKind::Messente, QStringLiteral("m"));
    QCOMPARE(addMessages(profile, 5000, QStringLiteral("m")).size(), 5000);
    auto t = tracker();
    QElapsedTimer timer;
    timer.start();
    t->start();
    const qint64 firstChunkMs = timer.elapsed();
    // The first chunk at once, the rest from the event loop: the window is never held up for long.
    QVERIFY(t->isLoading());
    QCOMPARE(t->trackedCount(), 2000);
    QTRY_VERIFY(!t->isLoading());
    QCOMPARE(t->trackedCount(), 5000);
    qInfo("first chunk of 2,000 read and scheduled in %lld ms", firstChunkMs);
    // A message the runner hands over while the journal is still being read is not tracked twice.
    t->track(m_messages->recent(1).first().id);
    QCOMPARE(t->trackedCount(), 5000);
}

void TestStatusTracker::birdReadsStayWithinFiftyPerSecondPerWorkspace()
{
    // Two profiles on the same Bird workspace share its 50 GET/s.
    const qint64 a = addProfile(ProviderKind::Bird, QStringLiteral("a"), QStringLiteral("workspace-1"));
    const qint64 b = addProfile(ProviderKind::Bird, QStringLiteral("b"), QStringLiteral("WORKSPACE-1"));
    addMessages(a, 1200, QStringLiteral("a"));
    addMessages(b, 1200, QStringLiteral("b"));
    auto t = tracker();
    const qint64 start = m_now;
    t->start();
    QTRY_VERIFY(!t->isLoading());
    runUntil(*t, start + 60000, 5);
    const QList<qint64> times = pollTimes();
    // 2,400 messages, all due within three seconds: paced at the limit, never above it in any second.
    QVERIFY2(busiestSecond(times) <= 50, qPrintable(QString::number(busiestSecond(times))));
    QVERIFY2(times.size() >= 55 * 50, qPrintable(QString::number(times.size()))); // and the limit is used
    QSet<QString> polled;
    for (const PollLog::Poll& poll : m_log.polls)
        polled.insert(poll.providerMessageId);
    QCOMPARE(polled.size(), 2400); // every message asked for at least once within the minute
    const int fromB = static_cast<int>(std::count_if(
        m_log.polls.cbegin(), m_log.polls.cend(), [b](const PollLog::Poll& poll) { return poll.profileId == b; }));
    QVERIFY(fromB > 1000);
    // Another workspace has its own 50/s.
    const qint64 c = addProfile(ProviderKind::Bird, QStringLiteral("c"), QStringLiteral("workspace-2"));
    addMessages(c, 200, QStringLiteral("c"));
    t->stop();
    m_log.polls.clear();
    auto restarted = tracker();
    const qint64 again = m_now;
    restarted->start();
    QTRY_VERIFY(!restarted->isLoading());
    runUntil(*restarted, again + 10000, 5);
    QVERIFY(busiestSecond(pollTimes(QStringLiteral("c"))) > 40);
    QVERIFY(busiestSecond(pollTimes(QStringLiteral("c"))) <= 50);
    QVERIFY(busiestSecond(pollTimes()) <= 100);
}

void TestStatusTracker::freshMessagesGoBeforeABacklogOfOldOnes()
{
    const qint64 bird = addProfile(ProviderKind::Bird, QStringLiteral("a"), QStringLiteral("w"));
    addMessages(bird, 3000, QStringLiteral("old"), 0, MessageState::Delivered);
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("UPDATE messages SET updated_at = ?"));
        q.addBindValue(Database::toText(QDateTime::currentDateTimeUtc().addSecs(-3600)));
        QVERIFY(Database::exec(q));
    }
    StatusTracker::Schedule slow;
    slow.readRate = 10; // so the old ones, due over 150 s, pile up
    auto t = tracker(slow);
    const qint64 start = m_now;
    t->start();
    QTRY_VERIFY(!t->isLoading());
    runUntil(*t, start + 300000, 100);
    const qint64 fresh = addMessage(bird, QStringLiteral("fresh"));
    t->track(fresh);
    const qint64 taken = m_now;
    runUntil(*t, taken + 3200, 5);
    QCOMPARE(m_log.count(QStringLiteral("fresh")), 1); // on time, before the backlog
    QSet<QString> polled;
    for (const PollLog::Poll& poll : m_log.polls)
        polled.insert(poll.providerMessageId);
    QVERIFY2(polled.size() < 2000, qPrintable(QString::number(polled.size()))); // the backlog was still there
}

void TestStatusTracker::rateLimitedPollHoldsTheAccount()
{
    const qint64 profile = addProfile(ProviderKind::Bird, QStringLiteral("a"), QStringLiteral("w"));
    addMessages(profile, 20, QStringLiteral("m"));
    bool limited = true;
    m_log.answer = [&limited](const QString&) {
        StatusResult result;
        if (std::exchange(limited, false)) {
            result.error.kind = ProviderError::Kind::RateLimited;
            result.error.httpStatus = 429;
            result.error.retryAfterSeconds = 5;
        }
        return result;
    };
    auto t = tracker();
    t->start();
    runUntil(*t, m_now + 3000, 5);
    const qsizetype before = m_log.polls.size();
    QVERIFY(before >= 1);
    const qint64 throttledAt = m_log.polls.first().at;
    // Nothing more leaves for the five seconds Bird asked for.
    runUntil(*t, throttledAt + 4900, 5);
    for (const PollLog::Poll& poll : m_log.polls)
        QVERIFY(poll.at <= throttledAt + 20 || poll.at >= throttledAt + 5000);
    runUntil(*t, throttledAt + 8000, 5);
    QVERIFY(m_log.polls.size() > before + 5);
}

void TestStatusTracker::messenteWithACallbackRouteIsPolledOnlyAsASafetyNet()
{
    const qint64 routed = addProfile(ProviderKind::Messente, QStringLiteral("routed"), {}, true);
    const qint64 plain = addProfile(ProviderKind::Messente, QStringLiteral("plain"));
    const qint64 viaCallback = addMessage(routed, QStringLiteral("dlr"));
    const qint64 polled = addMessage(plain, QStringLiteral("polled"));
    auto t = tracker();
    t->start();
    t->track(viaCallback);
    t->track(polled);
    const qint64 taken = m_now;
    QCOMPARE(t->nextPollAt(viaCallback), taken + 10 * 60 * 1000);
    runUntil(*t, taken + 9 * 60 * 1000, 500);
    QCOMPARE(m_log.count(QStringLiteral("dlr")), 0); // its dlr_url callbacks bring the news
    QVERIFY(m_log.count(QStringLiteral("polled")) >= 8);

    // A callback came: the safety net moves further away.
    t->noteReported({ viaCallback });
    QCOMPARE(t->nextPollAt(viaCallback), m_now + 10 * 60 * 1000);
    runUntil(*t, taken + 19 * 60 * 1000 - 1000, 1000);
    QCOMPARE(m_log.count(QStringLiteral("dlr")), 0);
    runUntil(*t, taken + 19 * 60 * 1000 + 1000, 500);
    QCOMPARE(m_log.count(QStringLiteral("dlr")), 1); // in case callbacks were lost
    const auto dlrPoll = std::find_if(m_log.polls.crbegin(), m_log.polls.crend(),
        [](const PollLog::Poll& poll) { return poll.providerMessageId == QLatin1String("dlr"); });
    // Then backing off (from when its answer came, at most a step after the request).
    QVERIFY(t->nextPollAt(viaCallback) >= dlrPoll->at + 16 * 60 * 1000);
    QVERIFY(t->nextPollAt(viaCallback) <= dlrPoll->at + 16 * 60 * 1000 + 500);

    // The route removed: polled like any other message again.
    Profile profile = *m_profiles->find(routed);
    profile.callbackListen.clear();
    QVERIFY(m_profiles->save(profile));
    t->refreshProfiles();
    QCOMPARE(t->nextPollAt(viaCallback), m_now + 3000);

    // A callback that settled a message ends its polling.
    QVERIFY(m_messages->applyChange(polled, { MessageState::Read, QStringLiteral("SEEN"), {}, {}, {}, {} }));
    t->noteReported({ polled });
    QCOMPARE(t->nextPollAt(polled), -1);
}

void TestStatusTracker::kaleyraMessagesAreNeverPolled()
{
    const qint64 kaleyra = addProfile(ProviderKind::Kaleyra, QStringLiteral("k"));
    const qint64 id = addMessage(kaleyra, QStringLiteral("k-1"));
    auto t = tracker();
    t->start();
    t->track(id);
    QCOMPARE(t->trackedCount(), 0);
    runUntil(*t, m_now + 10000, 100);
    QVERIFY(m_log.polls.isEmpty());
}

void TestStatusTracker::rawAnswerIsStoredWithTheEvent()
{
    const qint64 profile = addProfile(ProviderKind::Messente, QStringLiteral("m"));
    const qint64 id = addMessage(profile, QStringLiteral("omni-7"));
    const QByteArray body = R"({"omnimessage_id":"omni-7","statuses":[{"channel":"whatsapp","status":"DELIVRD",
        "err":0,"message_id":"m-7","api_key":"k3y"}],"to":"+37251234567"})";
    const StatusResult parsed = messente::parseStatusResponse(200, body);
    QVERIFY(!parsed.error.isError());
    m_log.answer = [&parsed](const QString&) {
        return parsed;
    };
    auto t = tracker();
    QSignalSpy changed(t.get(), &StatusTracker::messagesChanged);
    t->start();
    runUntil(*t, m_now + 3100, 100);
    QCOMPARE(m_messages->find(id)->state, MessageState::Delivered);
    const StatusEvent last = m_messages->events(id).constLast();
    QCOMPARE(last.providerStatus, QStringLiteral("DELIVRD"));
    QCOMPARE(last.raw, parsed.raw);
    QVERIFY2(last.raw.contains(QStringLiteral("\"status\": \"DELIVRD\"")), qPrintable(last.raw)); // indented JSON
    QVERIFY(!last.raw.contains(QStringLiteral("k3y")));
    QVERIFY(last.raw.contains(kMaskedValue));
    // Changes Herald makes itself carry no answer.
    QVERIFY(m_messages->events(id).constFirst().raw.isEmpty());
    QVERIFY(changed.wait(1000));
    QCOMPARE(changed.first().first().value<QList<qint64>>(), QList<qint64> { id });
}

void TestStatusTracker::rawAnswersAreMaskedFormattedAndBounded()
{
    // Keys that name a credential, however written, at any depth.
    const QString json = rawAnswerText(R"({"status":"sent","password":"hunter2","nested":{"api_key":"abc123",
        "Access-Key":"ak-9","refreshToken":"rt-1","authorization":"Basic dXNlcjpwdw==","tokenless":0},
        "list":[{"token":"t-2"}],"empty_secret":"","note":"Bearer eyJhbGciOi.x.y","url":"https://x.test/cb?api_key=zz&ok=1"})");
    for (const char* secret : { "hunter2", "abc123", "ak-9", "rt-1", "dXNlcjpwdw", "t-2", "eyJhbGciOi", "zz&" })
        QVERIFY2(!json.contains(QString::fromLatin1(secret)), secret);
    QVERIFY(json.contains(QStringLiteral("\"status\": \"sent\"")));
    QVERIFY(json.contains(QStringLiteral("\"empty_secret\": \"\""))); // nothing to hide
    QVERIFY(json.contains(QStringLiteral("Bearer ") + kMaskedValue));
    QVERIFY(json.contains(QStringLiteral("ok=1")));
    QVERIFY(json.contains(QLatin1Char('\n'))); // formatted
    QVERIFY(isSecretKey(u"X-Api-Key") && isSecretKey(u"client_secret") && isSecretKey(u"Authorization"));
    QVERIFY(!isSecretKey(u"status") && !isSecretKey(u"message_id") && !isSecretKey(u"channel"));

    // A form body (Kaleyra's v1 callbacks) reads as its fields.
    const QString form = rawAnswerText("id=abc&status=DELIVERED&api-key=secret9&description=two+words");
    QVERIFY2(form.contains(QStringLiteral("\"status\": \"DELIVERED\"")), qPrintable(form));
    QVERIFY(form.contains(QStringLiteral("\"description\": \"two words\"")));
    QVERIFY(!form.contains(QStringLiteral("secret9")));

    // Plain text is masked as text.
    const QString text = rawAnswerText("<html>password=abc; Authorization: AccessKey k-1</html>");
    QVERIFY2(!text.contains(QStringLiteral("abc;")) && !text.contains(QStringLiteral("k-1")), qPrintable(text));

    // Bounded, and says where it was cut.
    QByteArray big = "{\"items\":[";
    for (int i = 0; i < 5000; ++i)
        big += "{\"n\":" + QByteArray::number(i) + ",\"s\":\"xxxxxxxxxx\"},";
    big.chop(1);
    big += "]}";
    const QString bounded = rawAnswerText(big);
    QVERIFY(bounded.size() <= kRawAnswerLimit);
    QVERIFY(bounded.size() > kRawAnswerLimit - 100);
    QVERIFY(bounded.contains(QStringLiteral("cut here")));
    QVERIFY(rawAnswerText({}).isEmpty());
}

void TestStatusTracker::providersParseTheRawAnswer()
{
    const QByteArray dlr = R"({"status":"DELIVRD","sender":"Shop","err":0,"message_id":"m-1","to":"+37251234567",
        "channel":"whatsapp","error":null,"omnimessage_id":"omni-1","timestamp":"2020-02-04T08:09:42.389630"})";
    const QList<CallbackStatus> messente = messente::parseDeliveryCallback(dlr);
    QCOMPARE(messente.size(), 1);
    QVERIFY(messente.first().raw.contains(QStringLiteral("\"omnimessage_id\": \"omni-1\"")));

    const QList<CallbackStatus> kaleyra = kaleyra::parseCallback(
        "message_id=k-1&status=DELIVERED&api_key=oops", QByteArrayLiteral("application/x-www-form-urlencoded"), {});
    QCOMPARE(kaleyra.size(), 1);
    QVERIFY(kaleyra.first().raw.contains(QStringLiteral("\"status\": \"DELIVERED\"")));
    QVERIFY(!kaleyra.first().raw.contains(QStringLiteral("oops")));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("message_id"), QStringLiteral("k-2"));
    query.addQueryItem(QStringLiteral("status"), QStringLiteral("READ"));
    const QList<CallbackStatus> viaGet = kaleyra::parseCallback({}, {}, query);
    QCOMPARE(viaGet.size(), 1);
    QVERIFY2(viaGet.first().raw.contains(QStringLiteral("\"message_id\": \"k-2\"")), qPrintable(viaGet.first().raw));

    const StatusResult bird = bird::parseMessage(200, R"({"id":"b-1","status":"delivered","lastStatusAt":
        "2024-01-01T10:00:00Z","reference":"x"})");
    QVERIFY(bird.raw.contains(QStringLiteral("\"status\": \"delivered\"")));
}

void TestStatusTracker::tenThousandChangesComeInFewBatchesNamingTheirCampaigns()
{
    const qint64 profile = addProfile(ProviderKind::Messente, QStringLiteral("m"));
    const qint64 moving = addCampaign(profile, QStringLiteral("moving"));
    const qint64 still = addCampaign(profile, QStringLiteral("still"));
    addMessages(profile, 6000, QStringLiteral("c"), moving);
    addMessages(profile, 4000, QStringLiteral("s")); // sent on their own
    addMessages(profile, 50, QStringLiteral("still"), still, MessageState::Read); // final: never polled
    m_log.answer = [](const QString&) {
        return statusOf(MessageState::Delivered, QStringLiteral("DELIVRD"));
    };
    StatusTracker::Schedule burst;
    burst.readRate = 1e6; // as if the provider allowed it: every status comes back in one burst
    burst.maxInFlight = 100000;
    auto t = tracker(burst);
    QSignalSpy changed(t.get(), &StatusTracker::messagesChanged);
    QSignalSpy campaigns(t.get(), &StatusTracker::campaignsChanged);
    t->start();
    QTRY_VERIFY(!t->isLoading());
    QCOMPARE(t->trackedCount(), 10000);
    QElapsedTimer timer;
    timer.start();
    m_now += 3000;
    while (m_log.polls.size() < 10000 && timer.elapsed() < 30000) {
        m_now += 10;
        t->pollDue();
        QCoreApplication::processEvents();
    }
    const auto announced = [&changed] {
        qsizetype n = 0;
        for (const QList<QVariant>& signal : changed)
            n += signal.first().value<QList<qint64>>().size();
        return n;
    };
    QTRY_COMPARE_WITH_TIMEOUT(announced(), 10000, 30000);
    const qint64 elapsed = timer.elapsed();
    // At most one batch per 100 ms, each message once.
    QVERIFY2(changed.size() <= elapsed / 100 + 2,
        qPrintable(QStringLiteral("%1 batches in %2 ms").arg(changed.size()).arg(elapsed)));
    qInfo("10,000 changes applied in %lld ms, announced in %lld batches", elapsed,
        static_cast<long long>(changed.size()));
    QSet<qint64> named;
    for (const QList<QVariant>& signal : campaigns)
        named.unite(signal.first().value<QSet<qint64>>());
    QCOMPARE(named, QSet<qint64> { moving });
    QCOMPARE(m_messages->campaignsOf({}), QSet<qint64> {});
}

void TestStatusTracker::campaignTimelineAggregatesPerBucket()
{
    const qint64 profile = addProfile(ProviderKind::Messente, QStringLiteral("m"));
    const qint64 campaign = addCampaign(profile, QStringLiteral("c"));
    const QList<qint64> ids = addMessages(profile, 4, QStringLiteral("t"), campaign, MessageState::Queued);
    const QDateTime t0 = QDateTime(QDate(2026, 5, 3), QTime(12, 0), QTimeZone::utc());
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("UPDATE status_events SET occurred_at = ?"));
        q.addBindValue(Database::toText(t0));
        QVERIFY(Database::exec(q));
    }
    const auto at = [&](qint64 id, MessageState state, int seconds) {
        QVERIFY(m_messages->applyChange(id, { state, {}, {}, {}, {}, t0.addSecs(seconds) }));
    };
    for (const qint64 id : ids) {
        at(id, MessageState::Sending, 1);
        at(id, MessageState::Accepted, 2);
    }
    at(ids.at(0), MessageState::Sent, 10);
    at(ids.at(0), MessageState::Delivered, 20);
    at(ids.at(0), MessageState::Read, 40);
    at(ids.at(1), MessageState::Sent, 11);
    at(ids.at(1), MessageState::Failed, 30);
    // The provider's clock runs behind: its "sent" is placed after what Herald saw before it, not earlier.
    at(ids.at(2), MessageState::Sent, -100);
    // A retried message no longer counts; its retry does.
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("UPDATE messages SET superseded = 1 WHERE id = ?"));
        q.addBindValue(ids.at(3));
        QVERIFY(Database::exec(q));
    }

    const CampaignTimeline fine = m_campaigns->timeline(campaign, 120);
    QCOMPARE(fine.bucketSeconds, 1);
    QCOMPARE(fine.points.size(), 41); // 12:00:00 … 12:00:40, one a second
    QCOMPARE(fine.points.constFirst().at, t0.addSecs(1));
    QCOMPARE(fine.points.constFirst().counts.count(MessageState::Queued), 3);
    QCOMPARE(fine.points.constLast().counts, m_campaigns->counts(campaign));
    const CampaignCounts at15 = fine.points.at(15).counts; // as of 12:00:16
    QCOMPARE(at15.count(MessageState::Sent), 3); // the third one's at 12:00:02, not 11:58:20
    QCOMPARE(at15.count(MessageState::Accepted), 0);
    QCOMPARE(at15.total(), 3);
    const CampaignCounts at25 = fine.points.at(25).counts;
    QCOMPARE(at25.count(MessageState::Delivered), 1);
    QCOMPARE(at25.count(MessageState::Sent), 2);

    const CampaignTimeline coarse = m_campaigns->timeline(campaign, 5);
    QCOMPARE(coarse.bucketSeconds, 10);
    QCOMPARE(coarse.points.size(), 5);
    QCOMPARE(coarse.points.at(1).counts.count(MessageState::Sent), 3); // by 12:00:20, before "delivered" at :20
    QCOMPARE(coarse.points.constLast().counts.count(MessageState::Read), 1);
    QCOMPARE(coarse.points.constLast().counts.count(MessageState::Failed), 1);

    QVERIFY(m_campaigns->timeline(addCampaign(profile, QStringLiteral("empty"))).points.isEmpty());
}

QTEST_GUILESS_MAIN(TestStatusTracker)
#include "tst_statustracker.moc"
