#include "app/AppContext.h"

#include "app/DataFolderLock.h"
#include "app/LogFile.h"
#include "app/Logging.h"
#include "core/PhoneNumber.h"
#include "dispatch/CallbackReceiver.h"
#include "dispatch/CampaignPlanner.h"
#include "dispatch/CampaignRunner.h"
#include "dispatch/MediaFetcher.h"
#include "dispatch/ProfileService.h"
#include "dispatch/ProviderRegistry.h"
#include "dispatch/SendController.h"
#include "dispatch/StatusTracker.h"
#include "dispatch/TemplateSyncService.h"
#include "providers/NetworkPool.h"
#include "sandbox/SandboxServer.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/RoutedSecretStore.h"
#include "storage/AuditLog.h"
#include "storage/CampaignRepository.h"
#include "storage/Database.h"
#include "storage/DatabaseBackups.h"
#include "storage/MessageRepository.h"
#include "storage/ProfileRepository.h"
#include "storage/RecipientListRepository.h"
#include "storage/SuppressionRepository.h"
#include "storage/TemplateRepository.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QSettings>

namespace herald {

namespace {
constexpr int kNetworkPoolSize = 8; // 48 connections per host over HTTP/1.1
} // namespace

AppContext::AppContext(AppOptions options, std::unique_ptr<SecretStore> persistentSecrets, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_persistentSecrets(std::move(persistentSecrets))
{
    if (!m_persistentSecrets)
        m_persistentSecrets = std::make_unique<KeychainSecretStore>();
}

// Members are destroyed in reverse order of declaration: services before what they use.
AppContext::~AppContext() = default;

QString AppContext::sandboxProfileName(ProviderKind kind)
{
    return tr("Sandbox (%1)").arg(providerKindDisplayName(kind));
}

bool AppContext::initialize(QString* error)
{
    const QDir dataDir(m_options.dataDir);
    m_problem = DatabaseProblem {};
    m_problem.dataDir = dataDir.absolutePath();
    m_problem.databasePath = dataDir.absoluteFilePath(QStringLiteral("herald.sqlite"));
    const auto dataProblem = [this, error](DatabaseProblem::Kind kind, const QString& text, const StorageError& why) {
        m_problem.kind = kind;
        m_problem.text = text;
        m_problem.storage = why;
        *error = text;
        return false;
    };
    if (!QDir().mkpath(dataDir.absolutePath()))
        return dataProblem(DatabaseProblem::Kind::DataFolder,
            tr("The data folder %1 could not be created.").arg(QDir::toNativeSeparators(dataDir.absolutePath())), {});
    // Before anything in the folder is touched: another Herald may be using it.
    m_lock = std::make_unique<DataFolderLock>(dataDir.absolutePath());
    if (QString lockError; !m_lock->tryLock(&lockError))
        return dataProblem(
            m_lock->heldByAnother() ? DatabaseProblem::Kind::OtherHerald : DatabaseProblem::Kind::DataFolder, lockError,
            {});
    m_log = std::make_unique<LogFile>(dataDir.filePath(QStringLiteral("logs/herald.log")));
    m_settings = std::make_unique<QSettings>(dataDir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);

    m_database = std::make_unique<Database>(m_problem.databasePath);
    if (!m_database->open())
        return dataProblem(DatabaseProblem::Kind::Database, m_database->lastError(), m_database->lastFailure());
    m_profiles = std::make_unique<ProfileRepository>(*m_database);
    m_templates = std::make_unique<TemplateRepository>(*m_database);
    m_messages = std::make_unique<MessageRepository>(*m_database);
    m_lists = std::make_unique<RecipientListRepository>(*m_database);
    m_suppressions = std::make_unique<SuppressionRepository>(*m_database);
    if (const int interrupted = m_messages->markInterruptedAsUnknown(); interrupted > 0)
        qCWarning(lcApp) << interrupted << "message(s) were being sent when Herald stopped; marked unknown";

    m_sessionSecrets = std::make_unique<MemorySecretStore>();
    m_secrets = std::make_unique<RoutedSecretStore>(*m_sessionSecrets, *m_persistentSecrets);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_media = std::make_unique<MediaFetcher>(*m_network);
    // Several managers, so campaigns are paced by the provider's limit, not by six connections per host.
    m_pool = std::make_unique<NetworkPool>(kNetworkPoolSize);
    m_providers = std::make_unique<ProviderRegistry>(*m_profiles, *m_secrets, networkProviderFactory(m_pool.get()));
    m_profileService = std::make_unique<ProfileService>(*m_profiles, *m_secrets, *m_providers);

    QString region = m_options.region;
    if (region.isEmpty())
        region = m_settings->value(QStringLiteral("numbers/defaultRegion")).toString();
    if (region.isEmpty())
        region = PhoneNumberNormalizer::regionForSystemLocale();
    m_sender = std::make_unique<SendController>(
        *m_messages, *m_profiles, *m_suppressions, *m_providers, PhoneNumberNormalizer(region));
    connect(m_sender.get(), &SendController::defaultRegionChanged, this,
        [this](const QString& chosen) { m_settings->setValue(QStringLiteral("numbers/defaultRegion"), chosen); });
    m_tracker = std::make_unique<StatusTracker>(*m_messages, *m_profiles, *m_providers);
    connect(m_sender.get(), &SendController::sendFinished, m_tracker.get(), [this](qint64 id, bool accepted) {
        if (accepted)
            m_tracker->track(id);
    });

    m_campaignRecords = std::make_unique<CampaignRepository>(*m_database);
    m_audit = std::make_unique<AuditLog>(*m_database, AuditLog::currentOsUser());
    m_planner = std::make_unique<CampaignPlanner>(*m_profiles, *m_templates, *m_lists, *m_suppressions, *m_sender);
    m_campaigns = std::make_unique<CampaignRunner>(
        *m_campaignRecords, *m_messages, *m_profiles, *m_providers, *m_audit, *m_suppressions, *m_templates);
    connect(m_campaigns.get(), &CampaignRunner::messageTaken, m_tracker.get(), &StatusTracker::track);

    m_callbacks = std::make_unique<CallbackReceiver>(*m_messages);
    m_templateSync = std::make_unique<TemplateSyncService>(*m_profiles, *m_templates, *m_providers);
    connect(m_profileService.get(), &ProfileService::profilesChanged, this, &AppContext::startCallbackListeners);
    // A callback route added or removed changes which messages the tracker polls, and how often.
    connect(m_profileService.get(), &ProfileService::profilesChanged, m_tracker.get(), &StatusTracker::refreshProfiles);
    connect(m_callbacks.get(), &CallbackReceiver::messagesChanged, m_tracker.get(), &StatusTracker::noteReported);

    if (m_options.sandbox && !startSandbox(error))
        return false;
    startCallbackListeners();
    m_tracker->start();
    // After the journal was repaired above: campaigns carry on where they stopped.
    m_campaigns->resumeUnfinished();
    // At most one a day, on a connection and a thread of its own, once the start's own work is done.
    m_backup = std::make_unique<AutoBackup>(m_database->path());
    m_backup->schedule(kBackupDelay);
    // A Herald left running for days still gets its daily backup: a look every few hours costs nothing
    // when today's is there.
    connect(m_backup.get(), &AutoBackup::finished, this, [this] { m_backup->schedule(std::chrono::hours(6)); });
    qCInfo(lcApp) << "Herald started; data in" << QDir::toNativeSeparators(dataDir.absolutePath());
    return true;
}

bool AppContext::startSandbox(QString* error)
{
    sandbox::SandboxOptions options;
    options.speed = m_options.sandboxSpeed;
    options.hostileRate = m_options.sandboxHostile;
    m_sandbox = std::make_unique<sandbox::SandboxServer>(options);
    if (!m_sandbox->listen(0)) {
        *error = tr("The built-in sandbox could not listen on the loopback interface.");
        return false;
    }

    const sandbox::SandboxOptions& accepted = m_sandbox->options();
    // The sandbox makes new credentials each run: they live in this session's memory only.
    const auto saveSandboxProfile = [this](Profile profile, const QString& secret) -> qint64 {
        profile.isSandbox = true;
        profile.secretKey = RoutedSecretStore::sessionKey(QStringLiteral("sandbox-") + providerKindKey(profile.kind));
        if (const std::optional<Profile> existing = m_profiles->findByName(profile.name))
            profile.id = existing->id;
        const qint64 id = m_profiles->save(profile);
        m_sessionSecrets->write(profile.secretKey, secret, this, [](const SecretResult&) {});
        return id;
    };

    Profile messente;
    messente.name = sandboxProfileName();
    messente.kind = ProviderKind::Messente;
    messente.baseUrl = m_sandbox->messenteBaseUrl();
    messente.username = accepted.messenteUser;
    messente.wabaId = accepted.messenteWabaId; // the one account whose templates the sandbox lists
    m_sandboxProfileId = saveSandboxProfile(messente, accepted.messentePassword);

    Profile bird;
    bird.name = sandboxProfileName(ProviderKind::Bird);
    bird.kind = ProviderKind::Bird;
    bird.baseUrl = m_sandbox->birdBaseUrl();
    bird.workspaceId = accepted.birdWorkspaceId;
    bird.channelId = accepted.birdChannelId;
    const qint64 birdId = saveSandboxProfile(bird, accepted.birdAccessKey);

    // Kaleyra reports status only by callback: listen on a free loopback port and tell the sandbox.
    Profile kaleyra;
    kaleyra.name = sandboxProfileName(ProviderKind::Kaleyra);
    kaleyra.kind = ProviderKind::Kaleyra;
    kaleyra.baseUrl = m_sandbox->kaleyraBaseUrl();
    kaleyra.accountSid = accepted.kaleyraSid;
    kaleyra.sender = accepted.kaleyraFromNumber;
    kaleyra.id = saveSandboxProfile(kaleyra, accepted.kaleyraApiKey);
    kaleyra = m_profiles->find(kaleyra.id).value_or(kaleyra);
    kaleyra.callbackListen = QStringLiteral("127.0.0.1:0");
    QString callbackError;
    const quint16 callbackPort = m_callbacks->listen(kaleyra, &callbackError);
    if (callbackPort != 0) {
        kaleyra.callbackListen = QStringLiteral("127.0.0.1:%1").arg(callbackPort);
        kaleyra.callbackPublicUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/kaleyra").arg(callbackPort));
        m_profiles->save(kaleyra);
    } else {
        qCWarning(lcApp) << "the Kaleyra sandbox profile gets no callbacks:" << callbackError;
    }

    if (m_sandboxProfileId == 0 || birdId == 0 || kaleyra.id == 0) {
        *error = tr("The sandbox profiles could not be saved in the database.");
        return false;
    }
    qCInfo(lcApp) << "sandbox listening on" << m_sandbox->baseUrl().toString();
    return true;
}

void AppContext::startCallbackListeners()
{
    for (const Profile& profile : m_profiles->all()) {
        if (!profile.hasCallbackRoute() || (profile.isSandbox && !m_sandbox)) {
            m_callbacks->stop(profile.id);
            continue;
        }
        QString error;
        if (m_callbacks->listen(profile, &error) == 0)
            qCWarning(lcApp) << "profile" << profile.id << "gets no status callbacks:" << error;
    }
}

GuiServices AppContext::guiServices()
{
    GuiServices services { *m_profiles, *m_templates, *m_messages, *m_lists, *m_profileService, *m_sender, *m_tracker,
        *m_callbacks, *m_templateSync, m_sandbox != nullptr, m_media.get(),
        m_sandbox ? m_sandbox->mediaUrl(QString()) : QUrl() };
    services.suppressions = m_suppressions.get();
    services.campaigns = m_campaigns.get();
    services.campaignRecords = m_campaignRecords.get();
    services.planner = m_planner.get();
    services.audit = m_audit.get();
    return services;
}

} // namespace herald
