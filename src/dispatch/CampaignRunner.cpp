#include "dispatch/CampaignRunner.h"

#include "dispatch/Logging.h"
#include "dispatch/ProviderRegistry.h"
#include "dispatch/RateLimiter.h"
#include "storage/AuditLog.h"
#include "storage/CampaignRepository.h"
#include "storage/MessageRepository.h"
#include "storage/ProfileRepository.h"

#include <QLocale>
#include <QPointer>
#include <QTimer>
#include <algorithm>
#include <deque>

namespace herald {

namespace {

constexpr int kFetchBatch = 500; // queued messages read from the journal at a time
constexpr int kOutcomeWindow = 50; // answers the failure rate is judged over
constexpr double kFailureJump = 0.2; // share of failures that counts as a jump

/// How late a held campaign may start after its time before it waits for the operator instead.
constexpr qint64 kLateStartSeconds = 10 * 60;

} // namespace

/// A message on its way, or waiting for its next attempt after the provider certainly did not take it.
struct CampaignRunner::Retry
{
    qint64 messageId = 0;
    QString recipient;
    QString parametersJson;
    int attempt = 1;
    qint64 dueMs = 0;
};

/// One campaign being sent.
struct CampaignRunner::Job
{
    qint64 id = 0;
    quint64 serial = 0; ///< tells this run of the campaign from an earlier one whose answers still arrive
    CampaignRecord record;
    Provider* provider = nullptr;
    bool acquiring = false;
    bool paused = false;
    RateLimiter limiter;
    int inFlight = 0;
    std::deque<QueuedMessage> buffer;
    std::deque<Retry> retries;
    QUrl callbackUrl; ///< where the provider reports statuses, when the profile has a route
    qint64 lastFetched = 0;
    bool exhausted = false;
    int unreachableInRow = 0;
    std::deque<bool> outcomes; ///< the last answers: true = failed
    bool failureJumpReported = false;
    std::deque<std::pair<qint64, int>> taken; ///< (ms, cumulative taken) samples for the achieved pace
    int takenTotal = 0;
    QTimer pumpTimer;
    QTimer progressTimer;
    qint64 lastProgressMs = -1;
};

CampaignRunner::CampaignRunner(CampaignRepository& campaigns, MessageRepository& messages, ProfileRepository& profiles,
    ProviderRegistry& providers, AuditLog& audit, QObject* parent)
    : QObject(parent)
    , m_campaigns(campaigns)
    , m_messages(messages)
    , m_profiles(profiles)
    , m_providers(providers)
    , m_audit(audit)
{
    m_clock.start();
    connect(&m_providers, &ProviderRegistry::invalidated, this, [this](qint64 profileId) {
        QList<qint64> affected;
        for (const auto& [id, job] : m_jobs) {
            if (job->record.profileId == profileId)
                affected.append(id);
        }
        for (const qint64 id : affected) {
            // prepare() may stop a job, so each is looked up again.
            if (const auto it = m_jobs.find(id); it != m_jobs.end()) {
                it->second->provider = nullptr;
                prepare(*it->second);
            }
        }
    });
}

CampaignRunner::~CampaignRunner() = default;

qint64 CampaignRunner::create(const NewCampaign& campaign, const CampaignPlan& plan)
{
    const qint64 id = m_campaigns.create(campaign, plan);
    if (id == 0)
        return 0;
    m_audit.append(id, QStringLiteral("created"),
        tr("Campaign “%1”: %2 to send, %3 skipped, template %4 (%5).")
            .arg(campaign.name)
            .arg(plan.messages.size())
            .arg(plan.skips.size())
            .arg(campaign.tpl.name, campaign.tpl.language));
    if (campaign.state == CampaignState::Held)
        armHold(id);
    else if (campaign.state == CampaignState::Running)
        startJob(id);
    Q_EMIT campaignChanged(id);
    return id;
}

void CampaignRunner::resumeUnfinished()
{
    for (const qint64 id : m_campaigns.unfinished()) {
        const std::optional<CampaignRecord> record = m_campaigns.find(id);
        if (!record)
            continue;
        if (record->state == CampaignState::Held) {
            armHold(id);
            continue;
        }
        m_audit.append(id, QStringLiteral("resumed"), tr("Resumed after Herald started again."));
        Q_EMIT notice(id, tr("Campaign “%1” carries on where it stopped.").arg(record->name));
        startJob(id);
    }
}

CampaignRunner::Job* CampaignRunner::startJob(qint64 campaignId)
{
    if (const auto it = m_jobs.find(campaignId); it != m_jobs.end())
        return it->second.get();
    const std::optional<CampaignRecord> record = m_campaigns.find(campaignId);
    if (!record)
        return nullptr;
    auto job = std::make_unique<Job>();
    Job* raw = job.get();
    raw->id = campaignId;
    raw->serial = ++m_serial;
    raw->record = *record;
    raw->limiter.setRate(paceFor(campaignId));
    if (const std::optional<Profile> profile = m_profiles.find(record->profileId);
        profile && profile->hasCallbackRoute())
        raw->callbackUrl = profile->callbackPublicUrl;
    raw->pumpTimer.setSingleShot(true);
    connect(&raw->pumpTimer, &QTimer::timeout, this, [this, raw] { pump(*raw); });
    raw->progressTimer.setSingleShot(true);
    connect(&raw->progressTimer, &QTimer::timeout, this, [this, raw] { reportProgress(*raw, true); });
    m_jobs.emplace(campaignId, std::move(job));
    qCInfo(lcDispatch) << "campaign" << campaignId << "starts at" << raw->limiter.configuredRate() << "msg/s";
    prepare(*raw);
    return raw;
}

double CampaignRunner::paceFor(qint64 campaignId) const
{
    const std::optional<CampaignRecord> record = m_campaigns.find(campaignId);
    if (!record)
        return 0;
    if (record->rate > 0)
        return record->rate;
    const std::optional<Profile> profile = m_profiles.find(record->profileId);
    return profile ? profile->effectiveSendRate() : Profile::defaultSendRate(record->providerKind);
}

void CampaignRunner::prepare(Job& job)
{
    if (job.provider || job.acquiring)
        return;
    job.acquiring = true;
    const qint64 id = job.id;
    const quint64 serial = job.serial;
    m_providers.acquire(job.record.profileId, this, [this, id, serial](Provider* provider, const QString& error) {
        const auto it = m_jobs.find(id);
        if (it == m_jobs.end() || it->second->serial != serial)
            return;
        Job& current = *it->second;
        current.acquiring = false;
        if (!provider) {
            // Nothing was sent: the campaign waits, paused, for the operator to fix the profile.
            m_campaigns.setState(id, CampaignState::Paused);
            m_audit.append(id, QStringLiteral("paused"), tr("Paused: %1").arg(error));
            Q_EMIT notice(id, tr("Campaign “%1” is paused: %2").arg(current.record.name, error));
            stopJob(id);
            Q_EMIT campaignChanged(id);
            return;
        }
        current.provider = provider;
        pump(current);
    });
}

void CampaignRunner::pump(Job& job)
{
    if (job.paused || !job.provider)
        return;
    const qint64 now = nowMs();
    // Messages ready in the same moment share one request where the provider has a bulk endpoint.
    const int batchCap = m_settings.maxBatch > 1 ? std::min(m_settings.maxBatch, job.provider->maxBatchSize()) : 1;
    QList<Retry> batch;
    const auto flush = [this, &job, &batch] {
        if (!batch.isEmpty())
            transmit(job, batch);
        batch.clear();
    };
    while (job.inFlight + batch.size() < m_settings.maxInFlight) {
        const bool retryDue = !job.retries.empty() && job.retries.front().dueMs <= now;
        if (!retryDue && job.buffer.empty() && !job.exhausted) {
            const QList<QueuedMessage> next = m_campaigns.nextQueued(job.id, kFetchBatch, job.lastFetched);
            job.buffer.insert(job.buffer.end(), next.cbegin(), next.cend());
            job.exhausted = next.size() < kFetchBatch;
            if (!next.isEmpty())
                job.lastFetched = next.constLast().id;
        }
        if (!retryDue && job.buffer.empty())
            break;
        if (!job.limiter.tryTake(now)) {
            flush();
            job.pumpTimer.start(static_cast<int>(std::max<qint64>(1, job.limiter.waitMs(now))));
            return;
        }
        if (retryDue) {
            batch.append(job.retries.front());
            job.retries.pop_front();
        } else {
            const QueuedMessage& message = job.buffer.front();
            batch.append(Retry { message.id, message.recipient, message.parametersJson, 1, 0 });
            job.buffer.pop_front();
        }
        if (batch.size() >= batchCap)
            flush();
    }
    flush();
    if (job.inFlight < m_settings.maxInFlight && !job.retries.empty()) {
        const qint64 wait = std::max<qint64>(1, job.retries.front().dueMs - now);
        job.pumpTimer.start(static_cast<int>(std::min<qint64>(wait, 60000)));
    }
    finishIfDone(job);
}

OutgoingMessage CampaignRunner::outgoingFor(const Job& job, const Retry& message) const
{
    OutgoingMessage outgoing;
    outgoing.to = message.recipient;
    outgoing.tpl = job.record.tpl;
    outgoing.values = templateValuesFromJson(message.parametersJson);
    outgoing.components = sendComponentsFor(outgoing.tpl, outgoing.values);
    outgoing.reference = QString::number(message.messageId);
    if (providerHoldsScheduledMessages(job.record.providerKind))
        outgoing.scheduledFor = job.record.scheduledFor;
    const CampaignOptions& options = job.record.options;
    outgoing.options.validityMinutes = options.validityMinutes;
    outgoing.options.ttlSeconds = options.validityMinutes * 60;
    outgoing.options.priority = options.priority;
    outgoing.options.textStore = options.textStore;
    if (!options.viberFallbackText.isEmpty())
        outgoing.options.fallbacks.append({ FallbackChannel::Kind::Viber, options.viberFallbackText, {}, 0, {} });
    if (!options.smsFallbackText.isEmpty())
        outgoing.options.fallbacks.append({ FallbackChannel::Kind::Sms, options.smsFallbackText, {}, 0, {} });
    outgoing.callbackUrl = job.callbackUrl;
    return outgoing;
}

void CampaignRunner::transmit(Job& job, const QList<Retry>& batch)
{
    QList<Retry> leaving;
    QList<OutgoingMessage> outgoing;
    for (const Retry& message : batch) {
        // Journal first: the row says "sending" on disk before a byte leaves. A message that is no
        // longer queued (cancelled meanwhile) is not sent.
        if (!m_messages.applyChange(message.messageId, { MessageState::Sending, {}, {}, {}, {}, {} }))
            continue;
        leaving.append(message);
        outgoing.append(outgoingFor(job, message));
    }
    if (leaving.isEmpty())
        return;
    job.inFlight += static_cast<int>(leaving.size());
    const qint64 campaignId = job.id;
    const quint64 serial = job.serial;
    if (leaving.size() == 1) {
        job.provider->send(outgoing.constFirst(), this, [this, campaignId, serial, leaving](const SendResult& result) {
            onAnswer(campaignId, serial, leaving.constFirst(), result);
        });
        return;
    }
    job.provider->sendBatch(outgoing, this, [this, campaignId, serial, leaving](const BatchSendResult& answer) {
        for (qsizetype i = 0; i < leaving.size(); ++i) {
            SendResult result;
            if (answer.error.isError())
                result.error = answer.error; // the whole request: the same for each of its messages
            else
                result = answer.results.value(i);
            // The batch's answers all count before the next messages leave, so they leave together.
            onAnswer(campaignId, serial, leaving.at(i), result, i + 1 == leaving.size());
        }
    });
}

void CampaignRunner::onAnswer(
    qint64 campaignId, quint64 serial, const Retry& message, const SendResult& result, bool carryOn)
{
    const qint64 messageId = message.messageId;
    const int attempt = message.attempt;
    const auto it = m_jobs.find(campaignId);
    Job* job = it == m_jobs.end() || it->second->serial != serial ? nullptr : it->second.get();
    if (job)
        --job->inFlight;
    const qint64 now = nowMs();
    const ProviderError& error = result.error;

    if (!error.isError()) {
        const QString channel = result.channels.isEmpty() ? QString() : result.channels.first().channel;
        const bool scheduled
            = job && job->record.scheduledFor.isValid() && providerHoldsScheduledMessages(job->record.providerKind);
        m_messages.applyChange(messageId,
            { scheduled ? MessageState::Scheduled : MessageState::Accepted, {}, channel, {}, {}, {} },
            result.providerMessageId);
        Q_EMIT messageTaken(messageId);
        if (job) {
            job->unreachableInRow = 0;
            ++job->takenTotal;
            job->limiter.succeeded(now);
            recordOutcome(*job, false);
        }
    } else if (error.kind == ProviderError::Kind::RateLimited || error.kind == ProviderError::Kind::NotDelivered
        || error.kind == ProviderError::Kind::Unauthorized) {
        // The provider certainly did not take it: back in the queue, never a failure.
        const QString why = error.kind == ProviderError::Kind::RateLimited
            ? tr("The provider asked Herald to slow down; nothing was sent. It goes again later.")
            : tr("The provider could not be reached or refused the credentials; nothing was sent. It goes again "
                 "later.");
        m_messages.requeue(messageId, why);
        if (!job)
            return; // paused or stopped meanwhile: the journal has it queued for the next start
        if (error.kind == ProviderError::Kind::RateLimited) {
            job->limiter.throttled(now, qint64(error.retryAfterSeconds) * 1000);
            Q_EMIT notice(campaignId,
                tr("The provider asked Herald to slow down: now %1 messages per second.")
                    .arg(job->limiter.currentRate(), 0, 'f', 1));
        } else if (error.kind == ProviderError::Kind::Unauthorized
            || ++job->unreachableInRow >= m_settings.unreachableLimit) {
            const QString reason = error.kind == ProviderError::Kind::Unauthorized
                ? tr("the provider refused the profile's credentials (%1)").arg(error.message())
                : tr("the provider cannot be reached (%1)").arg(error.message());
            job->unreachableInRow = 0;
            m_campaigns.setState(campaignId, CampaignState::Paused);
            m_audit.append(campaignId, QStringLiteral("paused"), tr("Paused by Herald: %1.").arg(reason));
            Q_EMIT notice(campaignId,
                tr("Campaign “%1” is paused: %2. Nothing was lost; resume it when this is fixed.")
                    .arg(job->record.name, reason));
            job->paused = true;
        }
        const auto backoff = std::min<qint64>(m_settings.maxRetryDelay.count(),
            m_settings.firstRetryDelay.count() * (qint64(1) << std::min(attempt - 1, 16)));
        const qint64 due = now + std::max<qint64>(backoff, qint64(error.retryAfterSeconds) * 1000);
        Retry again = message;
        again.attempt = attempt + 1;
        again.dueMs = due;
        scheduleRetry(*job, again);
    } else {
        const MessageState state = error.certainlyNotTaken() ? MessageState::Failed : MessageState::Unknown;
        m_messages.applyChange(messageId, { state, {}, {}, error.providerCode, error.message(), {} });
        if (job) {
            job->unreachableInRow = 0;
            recordOutcome(*job, true);
        }
    }
    if (!job || !carryOn)
        return;
    reportProgress(*job);
    if (job->paused) {
        if (job->inFlight == 0)
            stopJob(campaignId);
        Q_EMIT campaignChanged(campaignId);
        return;
    }
    pump(*job);
}

void CampaignRunner::scheduleRetry(Job& job, const Retry& retry)
{
    const auto at = std::upper_bound(job.retries.begin(), job.retries.end(), retry,
        [](const Retry& a, const Retry& b) { return a.dueMs < b.dueMs; });
    job.retries.insert(at, retry);
}

void CampaignRunner::recordOutcome(Job& job, bool failed)
{
    job.outcomes.push_back(failed);
    if (job.outcomes.size() > kOutcomeWindow)
        job.outcomes.pop_front();
    if (job.outcomes.size() < kOutcomeWindow)
        return;
    const auto failures = std::count(job.outcomes.cbegin(), job.outcomes.cend(), true);
    const double share = static_cast<double>(failures) / kOutcomeWindow;
    if (share >= kFailureJump && !job.failureJumpReported) {
        job.failureJumpReported = true;
        Q_EMIT failureRateJumped(job.id,
            tr("Campaign “%1”: %2 of the last %3 messages failed or have an unknown outcome.")
                .arg(job.record.name)
                .arg(failures)
                .arg(kOutcomeWindow));
    } else if (share < kFailureJump / 2) {
        job.failureJumpReported = false;
    }
}

void CampaignRunner::finishIfDone(Job& job)
{
    if (job.inFlight > 0 || !job.retries.empty() || !job.buffer.empty() || !job.exhausted || job.paused)
        return;
    // Messages put back in the queue behind the read position are read again before finishing.
    if (!m_campaigns.nextQueued(job.id, 1).isEmpty()) {
        job.lastFetched = 0;
        job.exhausted = false;
        job.pumpTimer.start(0);
        return;
    }
    const qint64 id = job.id;
    const CampaignCounts counts = m_campaigns.counts(id);
    const QString name = job.record.name;
    stopJob(id);
    const std::optional<CampaignRecord> record = m_campaigns.find(id);
    if (record && record->state == CampaignState::Running)
        m_campaigns.setState(id, CampaignState::Finished);
    const QString summary = tr("Campaign “%1” finished: %2 taken by the provider, %3 failed, %4 unknown, %5 "
                               "cancelled.")
                                .arg(name)
                                .arg(counts.taken())
                                .arg(counts.count(MessageState::Failed))
                                .arg(counts.count(MessageState::Unknown))
                                .arg(counts.count(MessageState::Cancelled));
    m_audit.append(id, QStringLiteral("sent"), summary);
    qCInfo(lcDispatch) << "campaign" << id << "finished";
    Q_EMIT campaignChanged(id);
    Q_EMIT campaignFinished(id, summary);
}

void CampaignRunner::stopJob(qint64 campaignId)
{
    const auto it = m_jobs.find(campaignId);
    if (it == m_jobs.end())
        return;
    // Answers still on their way find no job and are journaled all the same. The job may be in the
    // middle of one of its own timers' slots: it is deleted once control is back in the event loop.
    std::shared_ptr<Job> job(std::move(it->second));
    m_jobs.erase(it);
    job->pumpTimer.stop();
    job->progressTimer.stop();
    QMetaObject::invokeMethod(
        this, [job] {}, Qt::QueuedConnection);
}

bool CampaignRunner::isActive(qint64 campaignId) const
{
    return m_jobs.count(campaignId) > 0;
}

bool CampaignRunner::pause(qint64 campaignId)
{
    const std::optional<CampaignRecord> record = m_campaigns.find(campaignId);
    if (!record || record->state != CampaignState::Running)
        return false;
    m_campaigns.setState(campaignId, CampaignState::Paused);
    m_audit.append(campaignId, QStringLiteral("paused"), tr("Paused by the operator."));
    if (const auto it = m_jobs.find(campaignId); it != m_jobs.end()) {
        Job& job = *it->second;
        job.paused = true;
        job.pumpTimer.stop();
        // Retries waiting for their turn are queued in the journal already; in-flight answers still land.
        if (job.inFlight == 0)
            stopJob(campaignId);
    }
    Q_EMIT campaignChanged(campaignId);
    return true;
}

bool CampaignRunner::resume(qint64 campaignId)
{
    const std::optional<CampaignRecord> record = m_campaigns.find(campaignId);
    if (!record || (record->state != CampaignState::Paused && record->state != CampaignState::Held))
        return false;
    m_campaigns.setState(campaignId, CampaignState::Running);
    m_audit.append(campaignId, QStringLiteral("resumed"), tr("Resumed by the operator."));
    if (const auto it = m_jobs.find(campaignId); it != m_jobs.end() && it->second->paused) {
        // Paused with answers still on their way: start over from the journal once they are in.
        stopJob(campaignId);
    }
    startJob(campaignId);
    Q_EMIT campaignChanged(campaignId);
    return true;
}

bool CampaignRunner::cancel(qint64 campaignId)
{
    const std::optional<CampaignRecord> record = m_campaigns.find(campaignId);
    if (!record || record->state == CampaignState::Cancelled)
        return false;
    if (const auto it = m_jobs.find(campaignId); it != m_jobs.end()) {
        it->second->paused = true;
        stopJob(campaignId);
    }
    m_campaigns.setState(campaignId, CampaignState::Cancelled);
    const int cancelled = m_campaigns.cancelQueued(campaignId, tr("Cancelled by the operator before it was sent."));
    m_audit.append(campaignId, QStringLiteral("cancelled"),
        tr("Cancelled by the operator; %n queued message(s) will not be sent.", nullptr, cancelled));
    cancelAtProvider(campaignId);
    Q_EMIT campaignChanged(campaignId);
    return true;
}

void CampaignRunner::cancelAtProvider(qint64 campaignId)
{
    const QList<qint64> held = m_campaigns.messagesIn(campaignId, MessageState::Scheduled);
    if (held.isEmpty())
        return;
    const std::optional<CampaignRecord> record = m_campaigns.find(campaignId);
    if (!record)
        return;
    m_providers.acquire(record->profileId, this, [this, campaignId, held](Provider* provider, const QString& error) {
        if (!provider) {
            Q_EMIT notice(campaignId,
                tr("The provider still holds %n scheduled message(s): %1", nullptr, held.size()).arg(error));
            return;
        }
        // One summary when every answer is in, rather than a line per message.
        struct Tally
        {
            qsizetype pending = 0;
            int cancelled = 0;
            QStringList problems;
        };
        auto tally = std::make_shared<Tally>();
        tally->pending = held.size();
        const auto total = static_cast<int>(held.size());
        const auto settle = [this, campaignId, tally, total] {
            if (--tally->pending > 0)
                return;
            Q_EMIT campaignChanged(campaignId);
            if (tally->problems.isEmpty())
                return;
            tally->problems.removeDuplicates();
            Q_EMIT notice(campaignId,
                tr("The provider still holds %n scheduled message(s) it could not cancel: %1", nullptr,
                    total - tally->cancelled)
                    .arg(tally->problems.join(u' ')));
        };
        for (const qint64 messageId : held) {
            const std::optional<MessageRecord> message = m_messages.find(messageId);
            if (!message || message->providerMessageId.isEmpty()) {
                settle();
                continue;
            }
            provider->cancel(
                message->providerMessageId, this, [this, messageId, tally, settle](const ProviderError& e) {
                    if (e.isError()) {
                        tally->problems.append(e.message());
                    } else {
                        ++tally->cancelled;
                        m_messages.applyChange(messageId,
                            { MessageState::Cancelled, {}, {}, {}, tr("Cancelled by the operator before it was sent."),
                                {} });
                    }
                    settle();
                });
        }
    });
}

int CampaignRunner::retryFailed(qint64 campaignId)
{
    const QList<qint64> failed = m_campaigns.messagesIn(campaignId, MessageState::Failed);
    const QList<qint64> queued = m_campaigns.requeueAsNew(campaignId, failed);
    if (queued.isEmpty())
        return 0;
    m_audit.append(campaignId, QStringLiteral("retried"),
        tr("%n failed message(s) queued again by the operator.", nullptr, queued.size()));
    m_campaigns.setState(campaignId, CampaignState::Running);
    if (const auto it = m_jobs.find(campaignId); it != m_jobs.end() && !it->second->paused) {
        it->second->exhausted = false; // the new rows come after the read position
        pump(*it->second);
    } else {
        startJob(campaignId);
    }
    Q_EMIT campaignChanged(campaignId);
    return queued.size();
}

int CampaignRunner::resendUnknown(qint64 campaignId)
{
    const QList<qint64> unknown = m_campaigns.messagesIn(campaignId, MessageState::Unknown);
    const QList<qint64> queued = m_campaigns.requeueAsNew(campaignId, unknown);
    if (queued.isEmpty())
        return 0;
    m_audit.append(campaignId, QStringLiteral("resent_unknown"),
        tr("%n message(s) with an unknown outcome sent again at the operator's word.", nullptr, queued.size()));
    m_campaigns.setState(campaignId, CampaignState::Running);
    if (const auto it = m_jobs.find(campaignId); it != m_jobs.end() && !it->second->paused) {
        it->second->exhausted = false;
        pump(*it->second);
    } else {
        startJob(campaignId);
    }
    Q_EMIT campaignChanged(campaignId);
    return queued.size();
}

void CampaignRunner::setPace(qint64 campaignId, double messagesPerSecond)
{
    m_campaigns.setRate(campaignId, std::max(0.0, messagesPerSecond));
    if (const auto it = m_jobs.find(campaignId); it != m_jobs.end())
        it->second->limiter.setRate(paceFor(campaignId));
    Q_EMIT campaignChanged(campaignId);
}

void CampaignRunner::armHold(qint64 campaignId)
{
    const std::optional<CampaignRecord> record = m_campaigns.find(campaignId);
    if (!record || record->state != CampaignState::Held)
        return;
    const qint64 seconds = QDateTime::currentDateTimeUtc().secsTo(record->scheduledFor);
    if (seconds < -kLateStartSeconds) {
        // Herald was not running at the time: sending hours late may no longer be wanted.
        m_campaigns.setState(campaignId, CampaignState::Paused);
        m_audit.append(campaignId, QStringLiteral("paused"), tr("Paused: Herald was not running at the time to send."));
        Q_EMIT notice(campaignId,
            tr("Campaign “%1” was due at %2, while Herald was not running. It is paused: resume it to send now.")
                .arg(record->name, QLocale().toString(record->scheduledFor.toLocalTime(), QLocale::ShortFormat)));
        Q_EMIT campaignChanged(campaignId);
        return;
    }
    // QTimer takes an int of milliseconds: wake up at least daily and look again.
    const qint64 waitMs = std::clamp<qint64>(seconds * 1000, 0, 24LL * 3600 * 1000);
    QTimer::singleShot(std::chrono::milliseconds(waitMs), this, [this, campaignId] {
        const std::optional<CampaignRecord> now = m_campaigns.find(campaignId);
        if (!now || now->state != CampaignState::Held)
            return;
        if (QDateTime::currentDateTimeUtc() < now->scheduledFor) {
            armHold(campaignId);
            return;
        }
        m_campaigns.setState(campaignId, CampaignState::Running);
        m_audit.append(campaignId, QStringLiteral("started"), tr("Started at its scheduled time."));
        startJob(campaignId);
        Q_EMIT campaignChanged(campaignId);
    });
}

CampaignProgress CampaignRunner::progress(qint64 campaignId) const
{
    CampaignProgress p;
    p.campaignId = campaignId;
    const std::optional<CampaignRecord> record = m_campaigns.find(campaignId);
    if (!record)
        return p;
    p.state = record->state;
    p.counts = m_campaigns.counts(campaignId);
    const auto it = m_jobs.find(campaignId);
    if (it == m_jobs.end()) {
        p.pace = paceFor(campaignId);
        return p;
    }
    const Job& job = *it->second;
    p.pace = job.limiter.currentRate();
    p.inFlight = job.inFlight;
    if (job.taken.size() >= 2) {
        const auto& [firstMs, firstTaken] = job.taken.front();
        const auto& [lastMs, lastTaken] = job.taken.back();
        if (lastMs > firstMs)
            p.achieved = (lastTaken - firstTaken) * 1000.0 / static_cast<double>(lastMs - firstMs);
    }
    const int left = p.counts.count(MessageState::Queued) + p.counts.count(MessageState::Sending);
    const double speed = p.achieved > 0 ? p.achieved : p.pace;
    p.etaSeconds = speed > 0 ? left / speed : -1;
    return p;
}

void CampaignRunner::reportProgress(Job& job, bool now)
{
    const qint64 t = nowMs();
    job.taken.emplace_back(t, job.takenTotal);
    while (job.taken.size() > 2 && job.taken.front().first < t - 5000)
        job.taken.pop_front();
    const qint64 interval = m_settings.progressInterval.count();
    if (now || job.lastProgressMs < 0 || t - job.lastProgressMs >= interval) {
        job.lastProgressMs = t;
        job.progressTimer.stop();
        Q_EMIT campaignChanged(job.id);
    } else if (!job.progressTimer.isActive()) {
        job.progressTimer.start(static_cast<int>(interval - (t - job.lastProgressMs)));
    }
}

} // namespace herald
