// Herald's real campaign engine (CampaignRunner over the journal and the Messente provider), driven
// headless for herald-bench send and the kill test: the same classes the app builds in AppContext.
#include "SendEngine.h"

#include "core/Campaign.h"
#include "core/PhoneNumber.h"
#include "dispatch/CampaignRunner.h"
#include "dispatch/ProviderRegistry.h"
#include "providers/NetworkPool.h"
#include "secrets/MemorySecretStore.h"
#include "storage/AuditLog.h"
#include "storage/CampaignRepository.h"
#include "storage/Database.h"
#include "storage/MessageRepository.h"
#include "storage/ProfileRepository.h"
#include "storage/SuppressionRepository.h"
#include "storage/TemplateRepository.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QTimer>
#include <chrono>

using namespace Qt::StringLiterals;

namespace herald::bench {

namespace {

constexpr int kPoolSize = 8; // as the app: 48 connections per host
constexpr int kInFlightWindow = 48;
constexpr double kUnpaced = 100000; // messages per second: far above what one machine sends

Template benchTemplate()
{
    // An approved template of the sandbox's WABA; the peer sends the same one.
    Template tpl;
    tpl.name = u"appointment_reminder"_s;
    tpl.language = u"en"_s;
    tpl.category = TemplateCategory::Utility;
    tpl.headerFormat = HeaderFormat::None;
    tpl.body = u"Hello {{1}}, this is a reminder of your appointment on {{2}} at {{3}}."_s;
    tpl.status = u"approved"_s;
    return tpl;
}

/// N distinct numbers counting up from @p first (digits only after the +).
RecipientList benchList(const QString& first, int count)
{
    RecipientList list;
    list.name = u"bench"_s;
    list.columns = { u"Phone"_s, u"Name"_s };
    const qint64 base = first.mid(1).toLongLong();
    list.rows.reserve(count);
    for (int i = 0; i < count; ++i) {
        RecipientRow row;
        row.position = i;
        row.e164 = u"+"_s + QString::number(base + i);
        row.phone = row.e164;
        row.cells = { row.e164, u"Client %1"_s.arg(i + 1) };
        list.rows.append(row);
    }
    return list;
}

TemplateBindings benchBindings()
{
    TemplateBindings bindings;
    bindings.insert(u"body_1"_s,
        ValueBinding { ValueBinding::Source::Column, {}, u"Name"_s, u"there"_s, ParameterFormat::Text, {} });
    bindings.insert(
        u"body_2"_s, ValueBinding { ValueBinding::Source::Fixed, u"12 May"_s, {}, {}, ParameterFormat::Text, {} });
    bindings.insert(
        u"body_3"_s, ValueBinding { ValueBinding::Source::Fixed, u"14:00"_s, {}, {}, ParameterFormat::Text, {} });
    return bindings;
}

QJsonObject fail(const QString& why)
{
    return QJsonObject { { u"error"_s, why } };
}

} // namespace

QJsonObject runHeraldEngine(const SandboxEndpoint& sandbox, const EngineRunOptions& options)
{
    Database db(options.dbPath);
    if (!db.open())
        return fail(db.lastError());
    ProfileRepository profiles(db);
    MessageRepository messages(db);
    CampaignRepository campaigns(db);
    AuditLog audit(db, AuditLog::currentOsUser());
    // A run killed mid-send left its in-flight window in `sending`: it becomes unknown, never re-sent.
    const int interrupted = messages.markInterruptedAsUnknown();

    Profile profile;
    profile.name = u"bench sandbox"_s;
    profile.kind = ProviderKind::Messente;
    profile.baseUrl = QUrl(sandbox.baseUrl + u"/v1"_s);
    profile.username = sandbox.messenteUser;
    profile.secretKey = u"bench-messente"_s;
    // No rate: Herald's own pace must not be what limits the raw figure.
    profile.sendRate = options.rate > 0 ? options.rate : kUnpaced;
    if (const std::optional<Profile> existing = profiles.findByName(profile.name))
        profile.id = existing->id;
    profile.id = profiles.save(profile);
    if (profile.id == 0)
        return fail(u"the bench profile could not be saved"_s);
    MemorySecretStore secrets;
    QObject context;
    secrets.write(profile.secretKey, sandbox.messentePassword, &context, [](const SecretResult&) {});

    NetworkPool pool(kPoolSize);
    ProviderRegistry providers(
        profiles, secrets, networkProviderFactory(&pool, std::chrono::milliseconds(options.timeoutMs)));
    SuppressionRepository suppressions(db);
    TemplateRepository templates(db);
    CampaignRunner runner(campaigns, messages, profiles, providers, audit, suppressions, templates);
    CampaignRunner::Settings settings;
    settings.maxInFlight = kInFlightWindow;
    runner.setSettings(settings);

    // A database that already holds a campaign is never given a second one: a killed run resumes
    // it, and one that had finished before the kill came is only reported.
    qint64 campaignId = 0;
    const QList<CampaignRecord> existing = campaigns.all();
    const QList<qint64> unfinished = campaigns.unfinished();
    QElapsedTimer clock;
    clock.start();
    if (!existing.isEmpty()) {
        campaignId = existing.constFirst().id;
        runner.resumeUnfinished();
    } else {
        const Template tpl = benchTemplate();
        const CampaignPlan plan = planCampaign(tpl, benchBindings(), benchList(options.firstNumber, options.count), {});
        NewCampaign campaign;
        campaign.name = u"bench %1"_s.arg(options.count);
        campaign.profileId = profile.id;
        campaign.tpl = tpl;
        campaign.bindings = benchBindings();
        campaign.listName = u"bench"_s;
        campaign.rate = options.rate;
        campaign.createdBy = audit.osUser();
        clock.restart();
        campaignId = runner.create(campaign, plan);
        if (campaignId == 0)
            return fail(u"the campaign could not be saved"_s);
    }
    const int takenBefore = campaigns.counts(campaignId).taken();

    QEventLoop loop;
    QString stopped;
    QObject::connect(&runner, &CampaignRunner::campaignFinished, &loop, [&](qint64 id) {
        if (id == campaignId)
            loop.quit();
    });
    QObject::connect(&runner, &CampaignRunner::notice, &loop, [&](qint64 id, const QString& text) {
        // Herald pauses a campaign it cannot go on with (credentials, provider unreachable): say so.
        if (id == campaignId && campaigns.find(id) && campaigns.find(id)->state == CampaignState::Paused) {
            stopped = text;
            loop.quit();
        }
    });
    if (runner.isActive(campaignId))
        loop.exec();
    const double seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;

    const CampaignCounts counts = campaigns.counts(campaignId);
    const int sentNow = counts.taken() - takenBefore;
    QJsonObject result { { u"campaign_id"_s, campaignId }, { u"total"_s, counts.total() },
        { u"sent"_s, counts.taken() }, { u"sent_this_run"_s, sentNow },
        { u"failed"_s, counts.count(MessageState::Failed) }, { u"unknown"_s, counts.count(MessageState::Unknown) },
        { u"queued"_s, counts.count(MessageState::Queued) }, { u"sending"_s, counts.count(MessageState::Sending) },
        { u"interrupted_at_start"_s, interrupted }, { u"seconds"_s, seconds },
        { u"msg_per_s"_s, seconds > 0 ? sentNow / seconds : 0.0 }, { u"in_flight_window"_s, kInFlightWindow },
        { u"resumed"_s, !unfinished.isEmpty() }, { u"existing"_s, !existing.isEmpty() } };
    if (!stopped.isEmpty())
        result.insert(u"error"_s, stopped);
    return result;
}

} // namespace herald::bench
