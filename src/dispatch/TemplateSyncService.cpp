#include "dispatch/TemplateSyncService.h"

#include "dispatch/Logging.h"
#include "dispatch/ProviderRegistry.h"
#include "storage/ProfileRepository.h"
#include "storage/TemplateRepository.h"

#include <QMetaObject>
#include <algorithm>

namespace herald {

namespace {

// The order a summary names statuses in: the sendable one first, then those that may still become
// sendable, then those that will not.
int statusRank(const QString& status)
{
    static const QStringList order { QStringLiteral("approved"), QStringLiteral("pending"), QStringLiteral("in_appeal"),
        QStringLiteral("rejected"), QStringLiteral("paused"), QStringLiteral("disabled"),
        QStringLiteral("limit_exceeded"), QStringLiteral("pending_deletion"), QStringLiteral("deleted") };
    const qsizetype rank = order.indexOf(status);
    return rank < 0 ? static_cast<int>(order.size()) : static_cast<int>(rank);
}

} // namespace

TemplateSyncService::TemplateSyncService(
    ProfileRepository& profiles, TemplateRepository& templates, ProviderRegistry& providers, QObject* parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_templates(templates)
    , m_providers(providers)
{ }

QDateTime TemplateSyncService::lastSynced(qint64 profileId) const
{
    return m_templates.lastSynced(profileId);
}

bool TemplateSyncService::sync(qint64 profileId)
{
    if (m_running.contains(profileId))
        return false;
    m_running.insert(profileId);
    const std::optional<Profile> profile = m_profiles.find(profileId);
    if (!profile) {
        fail(profileId, tr("The profile no longer exists."));
        return true;
    }
    if (profile->kind == ProviderKind::Messente && profile->wabaId.trimmed().isEmpty()) {
        fail(profileId,
            tr("The profile \"%1\" has no WhatsApp Business Account ID. Add it under Profiles → Edit to sync its "
               "templates.")
                .arg(profile->name));
        return true;
    }
    qCInfo(lcDispatch) << "syncing the templates of profile" << profileId;
    m_providers.acquire(profileId, this, [this, profile = *profile](Provider* provider, const QString& error) {
        if (!provider) {
            fail(profile.id, tr("The templates of \"%1\" could not be synced: %2").arg(profile.name, error));
            return;
        }
        provider->listTemplates(
            this,
            [this, profile](const TemplateListResult& result) {
                if (result.error.isError()) {
                    qCWarning(lcDispatch) << "template sync of profile" << profile.id << "failed, HTTP"
                                          << result.error.httpStatus << result.error.providerCode;
                    fail(profile.id, describeError(result.error, profile));
                    return;
                }
                const QDateTime now = QDateTime::currentDateTimeUtc();
                const TemplateSyncOutcome stored = m_templates.storeSynced(profile.id, result.templates, now);
                if (!stored.ok) {
                    fail(profile.id,
                        tr("The templates read from \"%1\" could not be stored (%2); the library was not changed.")
                            .arg(profile.name, stored.error));
                    return;
                }
                TemplateSyncReport report;
                report.profileId = profile.id;
                report.ok = true;
                report.total = static_cast<int>(result.templates.size());
                for (const Template& tpl : result.templates)
                    ++report.byStatus[tpl.status];
                report.added = stored.added;
                report.updated = stored.updated;
                report.problems = result.problems;
                report.notes = result.notes;
                report.syncedAt = m_templates.lastSynced(profile.id);
                report.message = summarize(report);
                qCInfo(lcDispatch) << "synced" << report.total << "templates of profile" << profile.id << "in"
                                   << result.pages << "page(s)";
                Q_EMIT templatesChanged();
                finish(report);
            },
            [this, id = profile.id](int templatesRead) { Q_EMIT progress(id, templatesRead); });
    });
    return true;
}

void TemplateSyncService::fail(qint64 profileId, const QString& message)
{
    TemplateSyncReport report;
    report.profileId = profileId;
    report.message = message;
    // Always after sync() returned, so a caller connected after calling it still hears the answer.
    QMetaObject::invokeMethod(
        this, [this, report] { finish(report); }, Qt::QueuedConnection);
}

void TemplateSyncService::finish(TemplateSyncReport report)
{
    m_running.remove(report.profileId);
    Q_EMIT finished(report);
}

QString TemplateSyncService::statusInWords(const QString& status)
{
    if (status.isEmpty())
        return {};
    if (status == QLatin1String("approved"))
        return tr("approved");
    if (status == QLatin1String("pending"))
        return tr("pending");
    if (status == QLatin1String("in_appeal"))
        return tr("in appeal");
    if (status == QLatin1String("rejected"))
        return tr("rejected");
    if (status == QLatin1String("paused"))
        return tr("paused");
    if (status == QLatin1String("disabled"))
        return tr("disabled");
    if (status == QLatin1String("limit_exceeded"))
        return tr("limit exceeded");
    if (status == QLatin1String("pending_deletion"))
        return tr("pending deletion");
    if (status == QLatin1String("deleted"))
        return tr("deleted");
    // A status Messente added after this was written: show it as it came.
    return QString(status).replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString TemplateSyncService::summarize(const TemplateSyncReport& report)
{
    if (!report.ok)
        return report.message;
    // Spelled out rather than "%n template(s)": no English plural forms are loaded.
    QString text;
    if (report.total == 0) {
        text = tr("No templates found: the WhatsApp Business Account has none Herald can use.");
    } else {
        QStringList statuses = report.byStatus.keys();
        std::stable_sort(statuses.begin(), statuses.end(),
            [](const QString& a, const QString& b) { return statusRank(a) < statusRank(b); });
        QStringList counts;
        for (const QString& status : std::as_const(statuses))
            counts.append(tr("%1 %2")
                              .arg(report.byStatus.value(status))
                              .arg(status.isEmpty() ? tr("without status") : statusInWords(status)));
        text = (report.total == 1 ? tr("1 template synced") : tr("%1 templates synced").arg(report.total))
            + tr(": %1.").arg(counts.join(tr(", ")));
    }
    if (!report.problems.isEmpty())
        text += QLatin1Char(' ') + tr("Left out: %1").arg(report.problems.join(QLatin1Char(' ')));
    if (!report.notes.isEmpty())
        text += QLatin1Char(' ') + tr("Notes: %1").arg(report.notes.join(QLatin1Char(' ')));
    return text;
}

QString TemplateSyncService::describeError(const ProviderError& error, const Profile& profile)
{
    QString why;
    switch (error.kind) {
    case ProviderError::Kind::None:
        return {};
    case ProviderError::Kind::Unauthorized:
        why = error.httpStatus == 403
            ? tr("the API user may not read the templates of WhatsApp Business Account %1.").arg(profile.wabaId)
            : tr("the provider refused the API username or password; check them under Profiles.");
        break;
    case ProviderError::Kind::NotFound:
        why = tr("the provider does not know the WhatsApp Business Account ID %1; check it under Profiles.")
                  .arg(profile.wabaId);
        break;
    case ProviderError::Kind::Rejected:
        why = tr("the provider refused the request.");
        break;
    case ProviderError::Kind::NotDelivered:
        why = tr("the provider could not be reached at %1.").arg(profile.baseUrl.toDisplayString());
        break;
    case ProviderError::Kind::OutcomeUnknown:
        why = tr("the connection failed before the provider answered; try again.");
        break;
    case ProviderError::Kind::RateLimited:
        why = tr("the provider asked Herald to slow down; try again in a minute.");
        break;
    case ProviderError::Kind::ProviderFault:
        why = tr("the provider had an internal error; try again later.");
        break;
    case ProviderError::Kind::BadResponse:
        why = tr("the provider's answer could not be read.");
        break;
    case ProviderError::Kind::Unsupported:
        why = tr("this provider has no template list.");
        break;
    }
    // Herald's own reason for breaking the exchange off (an oversized answer, an untrusted certificate…)
    // says more than the kind of failure does.
    if (!error.refusal.isEmpty())
        why = error.refusal + QLatin1Char('.');
    QString text = tr("The templates of \"%1\" could not be synced: %2").arg(profile.name, why);
    // The provider's own words and code, which its support can look up.
    const QString own = error.ownWords();
    if (!own.isEmpty())
        text += QLatin1Char(' ')
            + (error.providerCode.isEmpty() ? tr("It said: %1").arg(own)
                                            : tr("It said: %1 [code %2]").arg(own, error.providerCode));
    else if (!error.transportError.isEmpty() && error.refusal.isEmpty())
        text += QLatin1Char(' ') + error.transportError;
    if (error.httpStatus > 0)
        text += QLatin1Char(' ') + tr("(HTTP %1)").arg(error.httpStatus);
    return text;
}

} // namespace herald
