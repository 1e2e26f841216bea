#include "dispatch/CampaignRunner.h"

#include "dispatch/CampaignSender.h"
#include "dispatch/Logging.h"
#include "dispatch/ProviderRegistry.h"
#include "storage/AuditLog.h"
#include "storage/CampaignRepository.h"
#include "storage/MessageRepository.h"
#include "storage/ProfileRepository.h"
#include "storage/SuppressionRepository.h"
#include "storage/TemplateRepository.h"

#include <QLocale>
#include <QPointer>
#include <QTimer>
#include <algorithm>
#include <deque>

namespace herald {

namespace {

/// How late a held campaign may start after its time before it waits for the operator instead.
constexpr qint64 kLateStartSeconds = 10 * 60;

} // namespace

CampaignRunner::CampaignRunner(CampaignRepository& campaigns, MessageRepository& messages, ProfileRepository& profiles,
    ProviderRegistry& providers, AuditLog& audit, SuppressionRepository& suppressions, TemplateRepository& templates,
    QObject* parent)
    : QObject(parent)
    , m_campaigns(campaigns)
    , m_messages(messages)
    , m_profiles(profiles)
    , m_providers(providers)
    , m_audit(audit)
    , m_suppressions(suppressions)
    , m_templates(templates)
{
    connect(&m_providers, &ProviderRegistry::invalidated, this, [this](qint64 profileId) {
        for (const auto& [id, sender] : m_senders) {
            if (sender->profileId() == profileId)
                sender->providerGone();
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
        // Said once the event loop runs, so the window built after this call hears it.
        QTimer::singleShot(0, this, [this, id, name = record->name] {
            Q_EMIT notice(id, tr("Campaign “%1” carries on where it stopped.").arg(name));
        });
        startJob(id);
    }
}

CampaignSender* CampaignRunner::startJob(qint64 campaignId)
{
    if (const auto it = m_senders.find(campaignId); it != m_senders.end()) {
        it->second->start(); // paused with answers still on their way: it simply carries on
        return it->second;
    }
    const std::optional<CampaignRecord> record = m_campaigns.find(campaignId);
    if (!record)
        return nullptr;
    QUrl callbackUrl;
    if (const std::optional<Profile> profile = m_profiles.find(record->profileId);
        profile && profile->hasCallbackRoute())
        callbackUrl = profile->callbackPublicUrl;
    auto* sender = new CampaignSender(
        *record, paceFor(campaignId), callbackUrl, m_settings, m_campaigns, m_messages, m_providers, this);
    m_senders.emplace(campaignId, sender);
    const QString name = record->name;
    connect(sender, &CampaignSender::messageTaken, this, &CampaignRunner::messageTaken);
    connect(sender, &CampaignSender::progressed, this, [this, campaignId] { Q_EMIT campaignChanged(campaignId); });
    connect(sender, &CampaignSender::slowedDown, this, [this, campaignId](double pace) {
        Q_EMIT notice(
            campaignId, tr("The provider asked Herald to slow down: now %1 messages per second.").arg(pace, 0, 'f', 1));
    });
    connect(sender, &CampaignSender::mustPause, this, [this, campaignId, name](const QString& reason) {
        m_campaigns.setState(campaignId, CampaignState::Paused);
        m_audit.append(campaignId, QStringLiteral("paused"), tr("Paused by Herald: %1.").arg(reason));
        Q_EMIT notice(campaignId,
            tr("Campaign “%1” is paused: %2. Nothing was lost; resume it when this is fixed.").arg(name, reason));
        Q_EMIT campaignChanged(campaignId);
    });
    connect(sender, &CampaignSender::failureRateJumped, this, [this, campaignId, name](int failures, int window) {
        Q_EMIT failureRateJumped(campaignId,
            tr("Campaign “%1”: %2 of the last %3 messages failed or have an unknown outcome.")
                .arg(name)
                .arg(failures)
                .arg(window));
    });
    connect(sender, &CampaignSender::drained, this, [this, campaignId] { dropSender(campaignId); });
    connect(sender, &CampaignSender::finished, this, [this, campaignId] { finish(campaignId); });
    sender->start();
    return sender;
}

void CampaignRunner::dropSender(qint64 campaignId)
{
    const auto it = m_senders.find(campaignId);
    if (it == m_senders.end())
        return;
    // It may be in the middle of one of its own slots: deleted once control is back in the event loop.
    it->second->deleteLater();
    m_senders.erase(it);
}

void CampaignRunner::finish(qint64 campaignId)
{
    dropSender(campaignId);
    const std::optional<CampaignRecord> record = m_campaigns.find(campaignId);
    if (!record)
        return;
    if (record->state == CampaignState::Running)
        m_campaigns.setState(campaignId, CampaignState::Finished);
    const CampaignCounts counts = m_campaigns.counts(campaignId);
    const QString summary = tr("Campaign “%1” finished: %L2 taken by the provider, %L3 failed, %L4 unknown, %L5 "
                               "cancelled.")
                                .arg(record->name)
                                .arg(counts.taken())
                                .arg(counts.count(MessageState::Failed))
                                .arg(counts.count(MessageState::Unknown))
                                .arg(counts.count(MessageState::Cancelled));
    m_audit.append(campaignId, QStringLiteral("sent"), summary);
    qCInfo(lcDispatch) << "campaign" << campaignId << "finished";
    Q_EMIT campaignChanged(campaignId);
    Q_EMIT campaignFinished(campaignId, summary);
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

bool CampaignRunner::isActive(qint64 campaignId) const
{
    return m_senders.count(campaignId) > 0;
}

bool CampaignRunner::pause(qint64 campaignId)
{
    const std::optional<CampaignRecord> record = m_campaigns.find(campaignId);
    if (!record || record->state != CampaignState::Running)
        return false;
    m_campaigns.setState(campaignId, CampaignState::Paused);
    m_audit.append(campaignId, QStringLiteral("paused"), tr("Paused by the operator."));
    if (const auto it = m_senders.find(campaignId); it != m_senders.end())
        it->second->pause(); // answers on their way are still journaled; then it drains
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
    startJob(campaignId);
    Q_EMIT campaignChanged(campaignId);
    return true;
}

bool CampaignRunner::cancel(qint64 campaignId)
{
    const std::optional<CampaignRecord> record = m_campaigns.find(campaignId);
    if (!record || record->state == CampaignState::Cancelled)
        return false;
    if (const auto it = m_senders.find(campaignId); it != m_senders.end())
        it->second->pause();
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

QList<qint64> CampaignRunner::stillSendable(qint64 campaignId, const QList<qint64>& messageIds)
{
    if (messageIds.isEmpty())
        return {};
    const std::optional<CampaignRecord> record = m_campaigns.find(campaignId);
    if (!record)
        return {};
    // The library's copy says whether Meta still approves the template; the snapshot may be older.
    if (record->tpl.id > 0) {
        const std::optional<Template> current = m_templates.find(record->tpl.id);
        if (current && !current->isSendable()) {
            Q_EMIT notice(campaignId,
                tr("Nothing was queued again: the provider now reports the template as “%1”, and only approved "
                   "templates can be sent.")
                    .arg(current->status));
            return {};
        }
    }
    QList<qint64> sendable;
    QStringList optedOut;
    for (const qint64 id : messageIds) {
        const std::optional<MessageRecord> message = m_messages.find(id);
        if (!message)
            continue;
        if (m_suppressions.contains(message->recipient))
            optedOut.append(message->recipient);
        else
            sendable.append(id);
    }
    if (!optedOut.isEmpty())
        Q_EMIT notice(campaignId,
            tr("%n message(s) were not queued again: the number is now on the opt-out list (%1).", nullptr,
                static_cast<int>(optedOut.size()))
                .arg(optedOut.mid(0, 5).join(QStringLiteral(", "))));
    return sendable;
}

int CampaignRunner::retryFailed(qint64 campaignId)
{
    const QList<qint64> failed = m_campaigns.messagesIn(campaignId, MessageState::Failed)
        + m_campaigns.messagesIn(campaignId, MessageState::Expired);
    return int(requeue(campaignId, failed, QStringLiteral("retried"), [](int n) {
        return tr("%n failed message(s) queued again by the operator.", nullptr, n);
    }).size());
}

int CampaignRunner::resendUnknown(qint64 campaignId)
{
    const QList<qint64> unknown = m_campaigns.messagesIn(campaignId, MessageState::Unknown);
    return int(requeue(campaignId, unknown, QStringLiteral("resent_unknown"), [](int n) {
        return tr("%n message(s) with an unknown outcome sent again at the operator's word.", nullptr, n);
    }).size());
}

QList<qint64> CampaignRunner::retryMessages(qint64 campaignId, const QList<qint64>& messageIds, bool includeUnknown)
{
    QList<qint64> chosen;
    bool anyUnknown = false;
    for (const qint64 id : messageIds) {
        const std::optional<MessageRecord> m = m_messages.find(id);
        if (!m || m->campaignId != campaignId)
            continue;
        const bool unknown = m->state == MessageState::Unknown;
        if (m->state == MessageState::Failed || m->state == MessageState::Expired || (includeUnknown && unknown)) {
            chosen.append(id);
            anyUnknown = anyUnknown || unknown;
        }
    }
    QStringList listed;
    for (const qint64 id : std::as_const(chosen))
        listed.append(QString::number(id));
    const QString ids = listed.join(QStringLiteral(", "));
    return requeue(
        campaignId, chosen, anyUnknown ? QStringLiteral("resent_unknown") : QStringLiteral("retried"), [&ids](int n) {
            return tr("%n message(s) queued again one by one by the operator (%1).", nullptr, n).arg(ids);
        });
}

QList<qint64> CampaignRunner::requeue(qint64 campaignId, const QList<qint64>& messageIds, const QString& action,
    const std::function<QString(int)>& auditText)
{
    const QList<qint64> queued = m_campaigns.requeueAsNew(campaignId, stillSendable(campaignId, messageIds));
    if (queued.isEmpty())
        return {};
    m_audit.append(campaignId, action, auditText(int(queued.size())));
    queueAgain(campaignId);
    Q_EMIT campaignChanged(campaignId);
    return queued;
}

void CampaignRunner::queueAgain(qint64 campaignId)
{
    m_campaigns.setState(campaignId, CampaignState::Running);
    if (const auto it = m_senders.find(campaignId); it != m_senders.end() && !it->second->isPaused())
        it->second->rescan(); // the new messages come after its read position
    else
        startJob(campaignId);
}

void CampaignRunner::setPace(qint64 campaignId, double messagesPerSecond)
{
    m_campaigns.setRate(campaignId, std::max(0.0, messagesPerSecond));
    if (const auto it = m_senders.find(campaignId); it != m_senders.end())
        it->second->setPace(paceFor(campaignId));
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
    const auto it = m_senders.find(campaignId);
    if (it == m_senders.end()) {
        p.pace = paceFor(campaignId);
        return p;
    }
    const CampaignSender& sender = *it->second;
    p.pace = sender.currentPace();
    p.inFlight = sender.inFlight();
    p.achieved = sender.achievedPace();
    const int left = p.counts.count(MessageState::Queued) + p.counts.count(MessageState::Sending);
    const double speed = p.achieved > 0 ? p.achieved : p.pace;
    p.etaSeconds = speed > 0 ? left / speed : -1;
    return p;
}

} // namespace herald
