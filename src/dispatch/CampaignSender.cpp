#include "dispatch/CampaignSender.h"

#include "dispatch/Logging.h"
#include "dispatch/ProviderRegistry.h"
#include "storage/MessageRepository.h"

#include <algorithm>

namespace herald {

namespace {

constexpr int kFetchBatch = 500; // queued messages read from the journal at a time
constexpr int kOutcomeWindow = 50; // answers the failure rate is judged over
constexpr double kFailureJump = 0.2; // share of failures that counts as a jump

} // namespace

CampaignSender::CampaignSender(const CampaignRecord& campaign, double pace, const QUrl& callbackUrl,
    const Settings& settings, CampaignRepository& campaigns, MessageRepository& messages, ProviderRegistry& providers,
    QObject* parent)
    : QObject(parent)
    , m_campaign(campaign)
    , m_callbackUrl(callbackUrl)
    , m_settings(settings)
    , m_campaigns(campaigns)
    , m_messages(messages)
    , m_providers(providers)
    , m_limiter(pace)
{
    m_clock.start();
    m_pumpTimer.setSingleShot(true);
    connect(&m_pumpTimer, &QTimer::timeout, this, &CampaignSender::pump);
    m_progressTimer.setSingleShot(true);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] { reportProgress(true); });
}

CampaignSender::~CampaignSender() = default;

void CampaignSender::start()
{
    m_paused = false;
    qCInfo(lcDispatch) << "campaign" << m_campaign.id << "sends at" << m_limiter.configuredRate() << "msg/s";
    rescan();
    if (m_provider)
        pump();
    else
        acquire();
}

void CampaignSender::pause()
{
    m_paused = true;
    m_pumpTimer.stop();
    // Messages waiting for a retry are queued in the journal already: the next start reads them again.
    m_retries.clear();
    m_buffer.clear();
    if (m_inFlight == 0)
        Q_EMIT drained();
}

void CampaignSender::rescan()
{
    m_buffer.clear();
    m_lastFetched = 0;
    m_exhausted = false;
    // Retries are still queued in the journal: read from there, never sent from two places.
    m_retries.clear();
    if (!m_paused && m_provider)
        m_pumpTimer.start(0);
}

void CampaignSender::providerGone()
{
    m_provider = nullptr;
    if (!m_paused)
        acquire();
}

void CampaignSender::acquire()
{
    if (m_provider || m_acquiring)
        return;
    m_acquiring = true;
    m_providers.acquire(m_campaign.profileId, this, [this](Provider* provider, const QString& error) {
        m_acquiring = false;
        if (!provider) {
            stopFor(error); // nothing was sent: the operator fixes the profile, then resumes
            return;
        }
        m_provider = provider;
        pump();
    });
}

void CampaignSender::pump()
{
    if (m_paused || !m_provider)
        return;
    const qint64 now = nowMs();
    // Messages ready in the same moment share one request where the provider has a bulk endpoint.
    const int batchCap = m_settings.maxBatch > 1 ? std::min(m_settings.maxBatch, m_provider->maxBatchSize()) : 1;
    QList<Pending> batch;
    const auto flush = [this, &batch] {
        if (!batch.isEmpty())
            transmit(batch);
        batch.clear();
    };
    while (m_inFlight + batch.size() < m_settings.maxInFlight) {
        const bool retryDue = !m_retries.empty() && m_retries.front().dueMs <= now;
        if (!retryDue && m_buffer.empty() && !m_exhausted) {
            const QList<QueuedMessage> next = m_campaigns.nextQueued(m_campaign.id, kFetchBatch, m_lastFetched);
            m_buffer.insert(m_buffer.end(), next.cbegin(), next.cend());
            m_exhausted = next.size() < kFetchBatch;
            if (!next.isEmpty())
                m_lastFetched = next.constLast().id;
        }
        if (!retryDue && m_buffer.empty())
            break;
        if (!m_limiter.tryTake(now)) {
            flush();
            if (!m_paused)
                m_pumpTimer.start(static_cast<int>(std::max<qint64>(1, m_limiter.waitMs(now))));
            return;
        }
        if (retryDue) {
            batch.append(m_retries.front());
            m_retries.pop_front();
        } else {
            const QueuedMessage& message = m_buffer.front();
            batch.append(Pending { message.id, message.recipient, message.parametersJson, 1, 0 });
            m_buffer.pop_front();
        }
        if (batch.size() >= batchCap)
            flush();
        if (m_paused)
            return; // the journal could not be written: nothing more leaves until the operator resumes
    }
    flush();
    if (m_paused)
        return;
    if (m_inFlight < m_settings.maxInFlight && !m_retries.empty()) {
        const qint64 wait = std::max<qint64>(1, m_retries.front().dueMs - now);
        m_pumpTimer.start(static_cast<int>(std::min<qint64>(wait, 60000)));
    }
    finishIfDone();
}

OutgoingMessage CampaignSender::outgoingFor(const Pending& message) const
{
    OutgoingMessage outgoing;
    outgoing.to = message.recipient;
    outgoing.tpl = m_campaign.tpl;
    outgoing.values = templateValuesFromJson(message.parametersJson);
    outgoing.components = sendComponentsFor(outgoing.tpl, outgoing.values);
    outgoing.reference = QString::number(message.messageId);
    if (providerHoldsScheduledMessages(m_campaign.providerKind))
        outgoing.scheduledFor = m_campaign.scheduledFor;
    const CampaignOptions& options = m_campaign.options;
    outgoing.options.validityMinutes = options.validityMinutes;
    outgoing.options.ttlSeconds = options.validityMinutes * 60;
    outgoing.options.priority = options.priority;
    outgoing.options.textStore = options.textStore;
    if (!options.viberFallbackText.isEmpty())
        outgoing.options.fallbacks.append({ FallbackChannel::Kind::Viber, options.viberFallbackText, {}, 0, {} });
    if (!options.smsFallbackText.isEmpty())
        outgoing.options.fallbacks.append({ FallbackChannel::Kind::Sms, options.smsFallbackText, {}, 0, {} });
    outgoing.callbackUrl = m_callbackUrl;
    return outgoing;
}

void CampaignSender::transmit(const QList<Pending>& batch)
{
    QList<Pending> leaving;
    QList<OutgoingMessage> outgoing;
    StorageError journalFailure;
    for (const Pending& message : batch) {
        // Journal first: the row says "sending" on disk before a byte leaves. A message that is no
        // longer queued (cancelled meanwhile) is not sent.
        const quint64 failuresBefore = m_messages.writeFailures();
        if (!m_messages.applyChange(message.messageId, { MessageState::Sending, {}, {}, {}, {}, {} })) {
            if (m_messages.writeFailures() == failuresBefore)
                continue;
            // The journal cannot be written (a full disk): this message and the rest stay queued
            // there, unsent, and the campaign waits for the operator rather than skip or retry them.
            journalFailure = m_messages.lastWriteFailure();
            break;
        }
        leaving.append(message);
        outgoing.append(outgoingFor(message));
    }
    if (!leaving.isEmpty())
        send(leaving, outgoing);
    if (journalFailure.isError()) {
        // After the messages journaled as sending have left: the pause waits for their answers.
        qCWarning(lcDispatch) << "campaign" << m_campaign.id
                              << "cannot write the journal:" << journalFailure.sqliteText;
        stopFor(tr("the journal cannot be written (%1)").arg(journalFailure.inWords()));
    }
}

void CampaignSender::send(const QList<Pending>& leaving, const QList<OutgoingMessage>& outgoing)
{
    m_inFlight += static_cast<int>(leaving.size());
    if (leaving.size() == 1) {
        m_provider->send(outgoing.constFirst(), this,
            [this, leaving](const SendResult& result) { onAnswer(leaving.constFirst(), result, true); });
        return;
    }
    m_provider->sendBatch(outgoing, this, [this, leaving](const BatchSendResult& answer) {
        for (qsizetype i = 0; i < leaving.size(); ++i) {
            SendResult result;
            if (answer.error.isError())
                result.error = answer.error; // the whole request: the same for each of its messages
            else
                result = answer.results.value(i);
            // The batch's answers all count before the next messages leave, so they leave together.
            onAnswer(leaving.at(i), result, i + 1 == leaving.size());
        }
    });
}

void CampaignSender::onAnswer(const Pending& message, const SendResult& result, bool carryOn)
{
    --m_inFlight;
    const qint64 now = nowMs();
    const ProviderError& error = result.error;
    if (!error.isError()) {
        const QString channel = result.channels.isEmpty() ? QString() : result.channels.first().channel;
        const bool scheduled
            = m_campaign.scheduledFor.isValid() && providerHoldsScheduledMessages(m_campaign.providerKind);
        m_messages.applyChange(message.messageId,
            { scheduled ? MessageState::Scheduled : MessageState::Accepted, {}, channel, {}, {}, {} },
            result.providerMessageId);
        Q_EMIT messageTaken(message.messageId);
        m_unreachableInRow = 0;
        ++m_takenTotal;
        m_limiter.succeeded(now);
        recordOutcome(false);
    } else if (error.kind == ProviderError::Kind::RateLimited || error.kind == ProviderError::Kind::NotDelivered
        || error.kind == ProviderError::Kind::Unauthorized) {
        // The provider certainly did not take it: back in the queue, never a failure.
        m_messages.requeue(message.messageId,
            error.kind == ProviderError::Kind::RateLimited
                ? tr("The provider asked Herald to slow down; nothing was sent. It goes again later.")
                : tr("The provider could not be reached or refused the credentials; nothing was sent. It goes "
                     "again later."));
        if (error.kind == ProviderError::Kind::RateLimited) {
            const double before = m_limiter.currentRate();
            m_limiter.throttled(now, qint64(error.retryAfterSeconds) * 1000);
            if (m_limiter.currentRate() < before)
                Q_EMIT slowedDown(m_limiter.currentRate());
        } else if (error.kind == ProviderError::Kind::Unauthorized) {
            stopFor(tr("the provider refused the profile's credentials (%1)").arg(error.message()));
        } else if (++m_unreachableInRow >= m_settings.unreachableLimit) {
            m_unreachableInRow = 0;
            stopFor(tr("the provider cannot be reached (%1)").arg(error.message()));
        }
        const auto backoff = std::min<qint64>(m_settings.maxRetryDelay.count(),
            m_settings.firstRetryDelay.count() * (qint64(1) << std::min(message.attempt - 1, 16)));
        retryLater(message, now + std::max<qint64>(backoff, qint64(error.retryAfterSeconds) * 1000));
    } else {
        const MessageState state = error.certainlyNotTaken() ? MessageState::Failed : MessageState::Unknown;
        m_messages.applyChange(message.messageId, { state, {}, {}, error.providerCode, error.message(), {} });
        m_unreachableInRow = 0;
        recordOutcome(true);
    }
    if (!carryOn)
        return;
    reportProgress();
    if (m_paused) {
        if (m_inFlight == 0)
            Q_EMIT drained();
        return;
    }
    pump();
}

void CampaignSender::retryLater(Pending message, qint64 notBeforeMs)
{
    if (m_paused)
        return; // queued in the journal: read from there when the campaign goes on
    message.attempt += 1;
    message.dueMs = notBeforeMs;
    const auto at = std::upper_bound(m_retries.begin(), m_retries.end(), message,
        [](const Pending& a, const Pending& b) { return a.dueMs < b.dueMs; });
    m_retries.insert(at, message);
}

void CampaignSender::stopFor(const QString& reason)
{
    if (m_paused)
        return;
    pause();
    Q_EMIT mustPause(reason);
}

void CampaignSender::recordOutcome(bool failed)
{
    m_outcomes.push_back(failed);
    if (m_outcomes.size() > kOutcomeWindow)
        m_outcomes.pop_front();
    if (m_outcomes.size() < kOutcomeWindow)
        return;
    const auto failures = static_cast<int>(std::count(m_outcomes.cbegin(), m_outcomes.cend(), true));
    const double share = static_cast<double>(failures) / kOutcomeWindow;
    if (share >= kFailureJump && !m_failureJumpReported) {
        m_failureJumpReported = true;
        Q_EMIT failureRateJumped(failures, kOutcomeWindow);
    } else if (share < kFailureJump / 2) {
        m_failureJumpReported = false;
    }
}

void CampaignSender::finishIfDone()
{
    if (m_inFlight > 0 || !m_retries.empty() || !m_buffer.empty() || !m_exhausted || m_paused)
        return;
    // Messages put back in the queue behind the read position are read again before finishing.
    if (!m_campaigns.nextQueued(m_campaign.id, 1).isEmpty()) {
        m_lastFetched = 0;
        m_exhausted = false;
        m_pumpTimer.start(0);
        return;
    }
    m_paused = true;
    m_pumpTimer.stop();
    m_progressTimer.stop();
    Q_EMIT finished();
}

double CampaignSender::achievedPace() const
{
    if (m_taken.size() < 2)
        return 0;
    const auto& [firstMs, firstTaken] = m_taken.front();
    const auto& [lastMs, lastTaken] = m_taken.back();
    return lastMs > firstMs ? (lastTaken - firstTaken) * 1000.0 / static_cast<double>(lastMs - firstMs) : 0;
}

void CampaignSender::reportProgress(bool now)
{
    const qint64 t = nowMs();
    m_taken.emplace_back(t, m_takenTotal);
    while (m_taken.size() > 2 && m_taken.front().first < t - 5000)
        m_taken.pop_front();
    const qint64 interval = m_settings.progressInterval.count();
    if (now || m_lastProgressMs < 0 || t - m_lastProgressMs >= interval) {
        m_lastProgressMs = t;
        m_progressTimer.stop();
        Q_EMIT progressed();
    } else if (!m_progressTimer.isActive()) {
        m_progressTimer.start(static_cast<int>(interval - (t - m_lastProgressMs)));
    }
}

} // namespace herald
