#include "sandbox/SandboxServer.h"

#include "sandbox/MessenteSandbox.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMetaEnum>
#include <QRandomGenerator>
#include <cmath>

Q_LOGGING_CATEGORY(lcSandbox, "herald.sandbox")

namespace herald::sandbox {
namespace {

QString randomPassword()
{
    QByteArray bytes(18, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    // Base64url of 18 bytes is 24 characters with no padding and no ':' (which Basic auth reserves).
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

SandboxServer::SandboxServer(SandboxOptions options, QObject* parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    if (m_options.messentePassword.isEmpty())
        m_options.messentePassword = randomPassword();
    if (!(m_options.speed > 0) || !std::isfinite(m_options.speed)) {
        qCWarning(lcSandbox) << "speed must be a positive number; using 1";
        m_options.speed = 1.0;
    }
    const auto recorder = [this](RecordedRequest request) {
        record(std::move(request));
    };
    m_messente = std::make_unique<MessenteSandbox>(
        m_options.messenteUser, m_options.messentePassword, m_options.speed, recorder);
    m_http = std::make_unique<QHttpServer>();
    m_messente->registerRoutes(*m_http);
    // Outside every provider's routes: a bare 404 that no client mistakes for a provider's own answer.
    m_http->setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        const QString path = request.url().path();
        record({ QString::fromLatin1(
                     QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(static_cast<int>(request.method())))
                     .toUpper(),
            path, request.body(), false, QDateTime::currentDateTimeUtc() });
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

void SandboxServer::record(RecordedRequest request)
{
    m_requests.append(std::move(request));
}

} // namespace herald::sandbox
