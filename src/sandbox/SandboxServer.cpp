#include "sandbox/SandboxServer.h"

#include "sandbox/BirdSandbox.h"
#include "sandbox/CallbackDispatcher.h"
#include "sandbox/KaleyraSandbox.h"
#include "sandbox/MessenteSandbox.h"
#include "sandbox/NetworkConditions.h"
#include "sandbox/SandboxCommon.h"

#include <QFile>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QRandomGenerator>
#include <cmath>

Q_LOGGING_CATEGORY(lcSandbox, "herald.sandbox")

namespace herald::sandbox {
namespace {

QString randomPassword()
{
    // Base64url of 18 bytes is 24 characters with no padding and no ':' (which Basic auth reserves).
    return randomToken(18);
}

QJsonObject toJson(const QMap<QString, int>& counts)
{
    QJsonObject object;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QJsonObject toJson(const SandboxStats& stats)
{
    return QJsonObject { { QStringLiteral("accepted_total"), stats.acceptedTotal },
        { QStringLiteral("per_recipient"), toJson(stats.perRecipient) },
        { QStringLiteral("per_provider"), toJson(stats.perProvider) },
        { QStringLiteral("callbacks"),
            QJsonObject { { QStringLiteral("delivered"), stats.callbacksDelivered },
                { QStringLiteral("dropped"), stats.callbacksDropped },
                { QStringLiteral("pending"), stats.callbacksPending } } },
        { QStringLiteral("requests_total"), stats.requestsTotal },
        { QStringLiteral("rate_limited"), stats.rateLimited },
        { QStringLiteral("faults"),
            QJsonObject { { QStringLiteral("server_error"), stats.faults.serverError },
                { QStringLiteral("hung"), stats.faults.hung }, { QStringLiteral("dropped"), stats.faults.dropped },
                { QStringLiteral("malformed"), stats.faults.malformed },
                { QStringLiteral("hostile"), stats.faults.hostile } } },
        { QStringLiteral("redirected"), stats.redirected } };
}

/// Replaces out-of-range network settings with the nearest valid ones, with a warning.
void sanitizeConditions(SandboxOptions* options)
{
    const auto atLeastZero = [](int* value, const char* name) {
        if (*value < 0) {
            qCWarning(lcSandbox) << name << "must not be negative; using 0";
            *value = 0;
        }
    };
    atLeastZero(&options->latencyMs, "latency");
    atLeastZero(&options->jitterMs, "jitter");
    atLeastZero(&options->rateLimit, "rate limit");
    if (!(options->faultRate >= 0 && options->faultRate <= 1)) {
        qCWarning(lcSandbox) << "fault rate must be from 0 to 1; using" << (options->faultRate > 1 ? 1 : 0);
        options->faultRate = options->faultRate > 1 ? 1.0 : 0.0; // NaN → 0
    }
    if (options->faultMix) {
        SandboxOptions::FaultMix& mix = *options->faultMix;
        for (double* part : { &mix.serverError, &mix.hung, &mix.dropped, &mix.malformed }) {
            if (!(*part >= 0 && *part <= 1))
                *part = 0; // NaN and out of range → none of that kind
        }
        const double total = mix.serverError + mix.hung + mix.dropped + mix.malformed;
        if (total > 1) {
            qCWarning(lcSandbox) << "fault shares add up to more than 1; scaling them down";
            for (double* part : { &mix.serverError, &mix.hung, &mix.dropped, &mix.malformed })
                *part /= total;
        }
    }
    if (!(options->hostileRate >= 0 && options->hostileRate <= 1)) {
        qCWarning(lcSandbox) << "hostile rate must be from 0 to 1; using" << (options->hostileRate > 1 ? 1 : 0);
        options->hostileRate = options->hostileRate > 1 ? 1.0 : 0.0;
    }
    if (!options->seed)
        options->seed = QRandomGenerator::system()->generate();
}

} // namespace

SandboxServer::SandboxServer(SandboxOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    if (m_options.messentePassword.isEmpty())
        m_options.messentePassword = randomPassword();
    if (m_options.birdWorkspaceId.isEmpty())
        m_options.birdWorkspaceId = newUuid();
    if (m_options.birdChannelId.isEmpty())
        m_options.birdChannelId = newUuid();
    if (m_options.birdAccessKey.isEmpty())
        m_options.birdAccessKey = randomToken(24);
    if (m_options.kaleyraSid.isEmpty())
        m_options.kaleyraSid = SandboxOptions {}.kaleyraSid;
    if (m_options.kaleyraApiKey.isEmpty())
        m_options.kaleyraApiKey = randomToken(24);
    if (m_options.kaleyraFromNumber.isEmpty())
        m_options.kaleyraFromNumber = SandboxOptions {}.kaleyraFromNumber;
    if (!(m_options.speed > 0) || !std::isfinite(m_options.speed)) {
        qCWarning(lcSandbox) << "speed must be a positive number; using 1";
        m_options.speed = 1.0;
    }
    sanitizeConditions(&m_options);
    for (const char* provider : { "messente", "bird", "kaleyra" })
        m_stats.perProvider.insert(QLatin1String(provider), 0);

    m_callbacks = std::make_unique<CallbackDispatcher>();
    m_conditions = std::make_unique<NetworkConditions>(
        NetworkConditions::Settings { m_options.latencyMs, m_options.jitterMs, m_options.rateLimit, m_options.faultRate,
            *m_options.seed, m_options.faultMix, m_options.hostileRate, m_options.redirectTo });
    if (m_conditions->active())
        qCInfo(lcSandbox).nospace() << "network conditions: latency " << m_options.latencyMs << " ms ± "
                                    << m_options.jitterMs << " ms, rate limit " << m_options.rateLimit
                                    << "/s per provider, fault rate " << m_options.faultRate << ", seed "
                                    << *m_options.seed;
    ProviderHooks hooks;
    hooks.record = [this](RecordedRequest request) {
        record(std::move(request));
    };
    hooks.accepted = [this](const QString& provider, const QString& recipient) {
        countAccepted(provider, recipient);
    };
    hooks.callbacks = m_callbacks.get();
    hooks.conditions = m_conditions.get();
    hooks.speed = m_options.speed;
    hooks.startedAt = QDateTime::currentDateTimeUtc();
    if (m_options.messenteWabaId.isEmpty())
        m_options.messenteWabaId = SandboxOptions {}.messenteWabaId;
    m_messente = std::make_unique<MessenteSandbox>(
        m_options.messenteUser, m_options.messentePassword, m_options.messenteWabaId, hooks);
    m_bird = std::make_unique<BirdSandbox>(
        BirdSandbox::Account { m_options.birdWorkspaceId, m_options.birdChannelId, m_options.birdAccessKey }, hooks);
    m_kaleyra = std::make_unique<KaleyraSandbox>(
        KaleyraSandbox::Account { m_options.kaleyraSid, m_options.kaleyraApiKey, m_options.kaleyraFromNumber }, hooks);

    m_http = std::make_unique<QHttpServer>();
    // The first matching route wins: Kaleyra's /v1/{SID}/messages goes before Messente's /v1 catch-all.
    m_kaleyra->registerRoutes(*m_http);
    m_messente->registerRoutes(*m_http);
    m_bird->registerRoutes(*m_http);
    // The sandbox's own endpoint: no credentials, not recorded, not any provider's format.
    m_http->route(QStringLiteral("/_sandbox/stats"), [this](const QHttpServerRequest& request) {
        if (request.method() != QHttpServerRequest::Method::Get) {
            QHttpServerResponse refused(QByteArrayLiteral("text/plain"), QByteArrayLiteral("Method Not Allowed\n"),
                QHttpServerResponder::StatusCode::MethodNotAllowed);
            refused.setHeader(QByteArrayLiteral("Allow"), QByteArrayLiteral("GET"));
            return refused;
        }
        return QHttpServerResponse(toJson(stats()), QHttpServerResponder::StatusCode::Ok);
    });
    // Sample media for image and document headers: public links as WhatsApp needs, but on loopback.
    m_http->route(QStringLiteral("/_sandbox/media/<arg>"), [](const QString& file, const QHttpServerRequest& request) {
        QFile media(QStringLiteral(":/sandbox/") + file);
        if (request.method() != QHttpServerRequest::Method::Get || file.contains(QLatin1Char('/'))
            || !media.open(QIODevice::ReadOnly))
            return QHttpServerResponse(QByteArrayLiteral("text/plain"), QByteArrayLiteral("Not Found\n"),
                QHttpServerResponder::StatusCode::NotFound);
        const QByteArray type = file.endsWith(QLatin1String(".png")) ? QByteArrayLiteral("image/png")
                                                                     : QByteArrayLiteral("application/pdf");
        return QHttpServerResponse(type, media.readAll(), QHttpServerResponder::StatusCode::Ok);
    });
    // Outside every provider's routes: a bare 404 that no client mistakes for a provider's own answer.
    m_http->setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        const QString path = request.url().path();
        record(recordOf(request, false));
        qCDebug(lcSandbox).noquote() << "no route for" << path << "-> 404";
        responder.write(QByteArrayLiteral("Not Found\n"), QByteArrayLiteral("text/plain"),
            QHttpServerResponder::StatusCode::NotFound);
    });
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::listen(quint16 port)
{
    if (m_port != 0) {
        qCWarning(lcSandbox) << "already listening on port" << m_port;
        return false;
    }
    m_port = m_http->listen(QHostAddress::LocalHost, port);
    if (m_port == 0) {
        qCWarning(lcSandbox) << "cannot listen on 127.0.0.1 port" << port;
        return false;
    }
    qCInfo(lcSandbox).noquote() << "listening on" << baseUrl().toString();
    return true;
}

QUrl SandboxServer::mediaUrl(const QString& file) const
{
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/_sandbox/media/") + file);
    return url;
}

quint16 SandboxServer::port() const
{
    return m_port;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

QUrl SandboxServer::messenteBaseUrl() const
{
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/v1"));
    return url;
}

QUrl SandboxServer::birdBaseUrl() const
{
    return baseUrl();
}

QUrl SandboxServer::kaleyraBaseUrl() const
{
    return baseUrl();
}

const SandboxOptions& SandboxServer::options() const
{
    return m_options;
}

QList<RecordedRequest> SandboxServer::requests() const
{
    return m_requests;
}

void SandboxServer::clearRequests()
{
    m_requests.clear();
}

SandboxStats SandboxServer::stats() const
{
    SandboxStats result = m_stats;
    result.callbacksDelivered = m_callbacks->delivered();
    result.callbacksDropped = m_callbacks->dropped();
    result.callbacksPending = m_callbacks->pending();
    m_conditions->addTo(&result);
    return result;
}

void SandboxServer::record(RecordedRequest request)
{
    m_requests.append(std::move(request));
}

void SandboxServer::countAccepted(const QString& provider, const QString& recipient)
{
    ++m_stats.acceptedTotal;
    ++m_stats.perProvider[provider];
    ++m_stats.perRecipient[recipient];
}

} // namespace herald::sandbox
