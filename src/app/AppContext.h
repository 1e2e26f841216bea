#pragma once

#include "app/AppOptions.h"
#include "core/Profile.h"
#include "gui/DatabaseProblemDialog.h"
#include "gui/GuiServices.h"
#include "secrets/SecretStore.h"

#include <QObject>
#include <QString>
#include <chrono>
#include <memory>

class QNetworkAccessManager;
class QSettings;

namespace herald {

class AuditLog;
class AutoBackup;
class CallbackReceiver;
class CampaignPlanner;
class CampaignRepository;
class CampaignRunner;
class DataFolderLock;
class Database;
class NetworkPool;
class LogFile;
class MediaFetcher;
class MessageRepository;
class MemorySecretStore;
class ProfileRepository;
class ProfileService;
class RecipientListRepository;
class ProviderRegistry;
class SecretStore;
class SendController;
class SuppressionRepository;
class StatusTracker;
class TemplateRepository;
class TemplateSyncService;
namespace sandbox {
class SandboxServer;
}

/**
 * The composition root: builds every service once, in dependency order, and hands them out.
 * Tests build the same object (with their own data directory and, if they like, their own
 * secret store) so they exercise exactly what the application runs.
 */
class AppContext : public QObject
{
    Q_OBJECT
public:
    /// @p persistentSecrets replaces the system keychain (tests of upper layers); null = keychain.
    explicit AppContext(
        AppOptions options, std::unique_ptr<SecretStore> persistentSecrets = nullptr, QObject* parent = nullptr);
    ~AppContext() override;

    /**
     * Takes the data folder (one Herald per folder), opens the database, recovers from an interrupted
     * run, starts the sandbox if asked and the status tracker, and a daily backup a little later.
     * Returns false with @p error in words when Herald cannot run; startupProblem() then says whether
     * the data folder or its database was the reason, for the DatabaseProblemDialog.
     */
    bool initialize(QString* error);
    /// Why initialize() failed, when the data folder or the database was the reason; Kind::None otherwise.
    const DatabaseProblem& startupProblem() const { return m_problem; }
    /// How long after a start the daily backup is made: after the window and the history are in.
    static constexpr std::chrono::seconds kBackupDelay { 30 };

    const AppOptions& options() const { return m_options; }
    GuiServices guiServices();
    QSettings& settings() { return *m_settings; }

    Database& database() { return *m_database; }
    ProfileRepository& profiles() { return *m_profiles; }
    TemplateRepository& templates() { return *m_templates; }
    RecipientListRepository& lists() { return *m_lists; }
    SuppressionRepository& suppressions() { return *m_suppressions; }
    MessageRepository& messages() { return *m_messages; }
    SecretStore& secrets() { return *m_secrets; }
    ProviderRegistry& providers() { return *m_providers; }
    ProfileService& profileService() { return *m_profileService; }
    SendController& sender() { return *m_sender; }
    StatusTracker& tracker() { return *m_tracker; }
    CallbackReceiver& callbacks() { return *m_callbacks; }
    MediaFetcher& media() { return *m_media; }
    TemplateSyncService& templateSync() { return *m_templateSync; }
    CampaignRunner& campaigns() { return *m_campaigns; }
    CampaignPlanner& planner() { return *m_planner; }
    CampaignRepository& campaignRecords() { return *m_campaignRecords; }
    AuditLog& audit() { return *m_audit; }
    sandbox::SandboxServer* sandbox() { return m_sandbox.get(); }
    /// The sandbox profile's id, when running with --sandbox.
    qint64 sandboxProfileId() const { return m_sandboxProfileId; }

    static QString sandboxProfileName(ProviderKind kind = ProviderKind::Messente);

private:
    bool startSandbox(QString* error);
    /// Listens for status callbacks of every profile that has a callback route.
    void startCallbackListeners();

    AppOptions m_options;
    DatabaseProblem m_problem;
    // Declared first, so the lock is let go of last, after the database is closed.
    std::unique_ptr<DataFolderLock> m_lock;
    std::unique_ptr<LogFile> m_log;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AutoBackup> m_backup; ///< waits, when destroyed, for a backup under way
    std::unique_ptr<ProfileRepository> m_profiles;
    std::unique_ptr<TemplateRepository> m_templates;
    std::unique_ptr<MessageRepository> m_messages;
    std::unique_ptr<RecipientListRepository> m_lists;
    std::unique_ptr<SuppressionRepository> m_suppressions;
    std::unique_ptr<SecretStore> m_persistentSecrets;
    std::unique_ptr<MemorySecretStore> m_sessionSecrets;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<NetworkPool> m_pool;
    std::unique_ptr<CampaignRepository> m_campaignRecords;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<MediaFetcher> m_media;
    std::unique_ptr<ProviderRegistry> m_providers;
    std::unique_ptr<ProfileService> m_profileService;
    std::unique_ptr<SendController> m_sender;
    std::unique_ptr<StatusTracker> m_tracker;
    std::unique_ptr<CallbackReceiver> m_callbacks;
    std::unique_ptr<TemplateSyncService> m_templateSync;
    std::unique_ptr<CampaignPlanner> m_planner;
    std::unique_ptr<CampaignRunner> m_campaigns;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    qint64 m_sandboxProfileId = 0;
};

} // namespace herald
