#include "dispatch/CampaignPlanner.h"

#include "dispatch/Logging.h"
#include "dispatch/SendController.h"
#include "storage/CampaignRepository.h"
#include "storage/Database.h"
#include "storage/ProfileRepository.h"
#include "storage/RecipientListRepository.h"
#include "storage/SuppressionRepository.h"
#include "storage/TemplateRepository.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent>

namespace herald {

namespace {

/// What the worker thread hands back.
struct Planned
{
    CampaignPlan plan;
    QString listName;
    QString error; ///< the list could not be read
};

/// Moves the messages @p kind would refuse for their values (Kaleyra: HTML tags) to the skips.
void skipWhatTheProviderRefuses(ProviderKind kind, CampaignPlan* plan)
{
    QList<PlannedMessage> kept;
    kept.reserve(plan->messages.size());
    for (PlannedMessage& message : plan->messages) {
        const QStringList problems = SendController::providerValueProblems(kind, message.values);
        if (problems.isEmpty()) {
            kept.append(std::move(message));
            continue;
        }
        plan->skips.append(PlannedSkip { message.position, message.e164, SkipReason::Values, problems.join(u' ') });
    }
    plan->messages = std::move(kept);
    std::sort(plan->skips.begin(), plan->skips.end(),
        [](const PlannedSkip& a, const PlannedSkip& b) { return a.position < b.position; });
}

} // namespace

CampaignPlanner::CampaignPlanner(ProfileRepository& profiles, TemplateRepository& templates,
    RecipientListRepository& lists, SuppressionRepository& suppressions, SendController& sender, QObject* parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_templates(templates)
    , m_lists(lists)
    , m_suppressions(suppressions)
    , m_sender(sender)
{ }

CampaignPlanner::~CampaignPlanner()
{
    cancel();
    m_running.waitForFinished();
}

void CampaignPlanner::cancel()
{
    if (m_cancelled)
        m_cancelled->store(true);
}

bool CampaignPlanner::isRunning() const
{
    return m_running.isRunning();
}

void CampaignPlanner::dryRun(const CampaignDraft& draft, QObject* context, std::function<void(const DryRun&)> done)
{
    cancel();
    m_running.waitForFinished();
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    m_cancelled = cancelled;

    DryRun result;
    result.profile = m_profiles.find(draft.profileId);
    // The library's copy says whether the template is still approved; the draft may be older.
    Template tpl = draft.tpl;
    if (draft.tpl.id > 0) {
        if (const std::optional<Template> current = m_templates.find(draft.tpl.id)) {
            tpl.status = current->status;
            tpl.syncedAt = current->syncedAt;
        } else {
            result.blockers.append(tr("The template was deleted from the library."));
        }
    }
    SendRequest request;
    request.profileId = draft.profileId;
    request.tpl = tpl;
    request.scheduledFor = draft.scheduledFor;
    request.viberFallbackText = draft.options.viberFallbackText;
    request.smsFallbackText = draft.options.smsFallbackText;
    // Values are checked per recipient by the plan; here, only what holds for everyone.
    result.blockers.append(m_sender.checkContent(request, false));
    if (draft.listId == 0)
        result.blockers.append(tr("Choose a recipient list."));
    result.pace = draft.rate > 0 ? draft.rate : (result.profile ? result.profile->effectiveSendRate() : 0);
    result.heldByHerald
        = draft.scheduledFor.isValid() && result.profile && !providerHoldsScheduledMessages(result.profile->kind);

    const QString databasePath = m_lists.databasePath();
    const QSet<QString> optedOut = m_suppressions.numbers();
    const qint64 listId = draft.listId;
    const TemplateBindings bindings = draft.bindings;
    QPointer<QObject> guard(context);
    auto* watcher = new QFutureWatcher<Planned>(this);
    connect(watcher, &QFutureWatcher<Planned>::finished, this, [watcher, guard, cancelled, result, done]() mutable {
        watcher->deleteLater();
        if (!guard || cancelled->load())
            return;
        const Planned planned = watcher->result();
        result.plan = planned.plan;
        result.listName = planned.listName;
        if (!planned.error.isEmpty())
            result.blockers.append(planned.error);
        done(result);
    });
    const std::optional<ProviderKind> kind
        = result.profile ? std::optional<ProviderKind>(result.profile->kind) : std::nullopt;
    QFuture<Planned> future = QtConcurrent::run([databasePath, listId, tpl, bindings, optedOut, cancelled, kind] {
        Planned planned;
        if (listId == 0)
            return planned;
        // Its own connection: Qt SQL connections belong to the thread that opened them.
        Database db(databasePath);
        if (!db.open()) {
            planned.error = db.lastError();
            return planned;
        }
        const std::optional<RecipientList> list = RecipientListRepository(db).find(listId);
        if (!list) {
            planned.error = tr("The recipient list no longer exists.");
            return planned;
        }
        planned.listName = list->name;
        planned.plan = planCampaign(tpl, bindings, *list, optedOut, [cancelled] { return cancelled->load(); });
        if (kind)
            skipWhatTheProviderRefuses(*kind, &planned.plan);
        return planned;
    });
    watcher->setFuture(future);
    m_running = QFuture<void>(future);
}

NewCampaign CampaignPlanner::campaignFor(const CampaignDraft& draft, const DryRun& dryRun, const QString& osUser)
{
    NewCampaign campaign;
    campaign.name = draft.name.trimmed().isEmpty()
        ? tr("%1 to %2").arg(draft.tpl.name, dryRun.listName.isEmpty() ? tr("a list") : dryRun.listName)
        : draft.name.trimmed();
    campaign.profileId = draft.profileId;
    campaign.tpl = draft.tpl;
    campaign.bindings = draft.bindings;
    campaign.options = draft.options;
    campaign.listId = draft.listId;
    campaign.listName = dryRun.listName;
    campaign.scheduledFor = draft.scheduledFor;
    campaign.state = dryRun.heldByHerald ? CampaignState::Held : CampaignState::Running;
    campaign.rate = draft.rate;
    campaign.createdBy = osUser;
    return campaign;
}

} // namespace herald
