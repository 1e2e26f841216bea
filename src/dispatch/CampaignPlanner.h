#pragma once

#include "core/Campaign.h"
#include "core/Profile.h"

#include <QFuture>
#include <QObject>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>

namespace herald {

class ProfileRepository;
class RecipientListRepository;
class SendController;
class SuppressionRepository;
class TemplateRepository;
struct NewCampaign;

/// What the operator has chosen for a campaign, before the dry run.
struct CampaignDraft
{
    QString name; ///< empty = made from the template and list names
    qint64 profileId = 0;
    Template tpl;
    TemplateBindings bindings;
    CampaignOptions options;
    qint64 listId = 0;
    QDateTime scheduledFor; ///< invalid = now
    double rate = 0; ///< messages per second; 0 = the profile's pace
};

/// The dry run's answer: every recipient's message or the reason it is skipped, and what stops it all.
struct DryRun
{
    CampaignPlan plan;
    QStringList blockers; ///< campaign-wide problems (template not approved, profile gone…): nothing may be sent
    std::optional<Profile> profile;
    QString listName;
    double pace = 0; ///< the pace it would run at, messages per second
    bool heldByHerald = false; ///< scheduled with a provider that cannot hold messages: Herald must be running then

    bool canSend() const { return blockers.isEmpty() && !plan.messages.isEmpty(); }
    double expectedSeconds() const { return herald::expectedSeconds(static_cast<int>(plan.messages.size()), pace); }
};

/**
 * Dry-runs campaigns: reads the list in a worker thread (its own database connection), renders and
 * checks every recipient's message there (planCampaign), and adds the campaign-wide checks the
 * send path makes (SendController::checkContent) against the library's current copy of the template.
 */
class CampaignPlanner : public QObject
{
    Q_OBJECT
public:
    CampaignPlanner(ProfileRepository& profiles, TemplateRepository& templates, RecipientListRepository& lists,
        SuppressionRepository& suppressions, SendController& sender, QObject* parent = nullptr);
    ~CampaignPlanner() override;

    /// Starts a dry run of @p draft; @p done runs once on this thread, not at all if @p context dies first
    /// or cancel() is called. A new dry run cancels the one before.
    void dryRun(const CampaignDraft& draft, QObject* context, std::function<void(const DryRun&)> done);
    void cancel();
    bool isRunning() const;

    /// The campaign @p draft makes after @p dryRun, ready for CampaignRunner::create().
    static NewCampaign campaignFor(const CampaignDraft& draft, const DryRun& dryRun, const QString& osUser);

private:
    ProfileRepository& m_profiles;
    TemplateRepository& m_templates;
    RecipientListRepository& m_lists;
    SuppressionRepository& m_suppressions;
    SendController& m_sender;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    QFuture<void> m_running;
};

} // namespace herald
