#pragma once

#include <QUrl>

namespace herald {

class AuditLog;
class CallbackReceiver;
class CampaignPlanner;
class CampaignRepository;
class CampaignRunner;
class MediaFetcher;
class MessageRepository;
class ProfileRepository;
class ProfileService;
class RecipientListRepository;
class SendController;
class StatusTracker;
class SuppressionRepository;
class TemplateRepository;
class TemplateSyncService;

/// The services the windows work with, built by the composition root (app) and injected.
struct GuiServices
{
    ProfileRepository& profiles;
    TemplateRepository& templates;
    MessageRepository& messages;
    RecipientListRepository& lists;
    ProfileService& profileService;
    SendController& sender;
    StatusTracker& tracker;
    CallbackReceiver& callbacks;
    TemplateSyncService& templateSync;
    bool sandboxActive = false; ///< whether sandbox profiles can be used in this run
    MediaFetcher* media = nullptr; ///< fetches header pictures for the preview; null: placeholders only
    /// With the sandbox: where it serves sample media ("…/_sandbox/media/"), offered as examples for media headers.
    QUrl sandboxMedia = {};
    /// The opt-out list shared by every provider; set by the composition root.
    SuppressionRepository* suppressions = nullptr;
    // Campaigns (sending one template to a list); set by the composition root.
    CampaignRunner* campaigns = nullptr;
    CampaignRepository* campaignRecords = nullptr;
    CampaignPlanner* planner = nullptr;
    AuditLog* audit = nullptr; ///< who did what: test sends are recorded here too
};

} // namespace herald
