#include "providers/MessenteProvider.h"

#include "providers/AnswerLater.h"
#include "providers/Logging.h"
#include "providers/MessenteProtocol.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QPointer>
#include <QSet>
#include <memory>

namespace herald {

MessenteProvider::MessenteProvider(
    NetworkAccess network, MessenteCredentials credentials, std::chrono::milliseconds timeout)
    : m_transport(network, timeout)
    , m_credentials(std::move(credentials))
    , m_authorization(
          "Basic " + (m_credentials.username + QLatin1Char(':') + m_credentials.password).toUtf8().toBase64())
    , m_templatePageLimit(messente::kTemplatePageLimit)
{ }

MessenteProvider::~MessenteProvider()
{
    // Do not leave the secret in freed memory longer than needed.
    m_authorization.fill('\0');
    m_credentials.password.fill(QLatin1Char('\0'));
}

QNetworkRequest MessenteProvider::request(const QString& path) const
{
    QUrl url = m_credentials.baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    QNetworkRequest request(url);
    request.setRawHeader(QByteArrayLiteral("Authorization"), m_authorization);
    return request;
}

void MessenteProvider::send(const OutgoingMessage& message, QObject* context, SendCallback done)
{
    const QByteArray body
        = QJsonDocument(messente::buildOmnimessage(message, m_credentials.sender)).toJson(QJsonDocument::Compact);
    m_transport.send(QByteArrayLiteral("POST"), request(QStringLiteral("/omnimessage")), body, context,
        [done = std::move(done)](const HttpResponse& response) {
            SendResult result;
            result.error = HttpTransport::transportError(response);
            if (!result.error.isError())
                result = messente::parseSendResponse(response.status, response.body);
            done(result);
        });
}

int MessenteProvider::maxBatchSize() const
{
    return messente::kBulkLimit;
}

void MessenteProvider::sendBatch(const QList<OutgoingMessage>& messages, QObject* context, BatchSendCallback done)
{
    if (messages.isEmpty() || messages.size() > maxBatchSize()) {
        // Nothing to send, or more than one request may carry: answer asynchronously like every other call.
        BatchSendResult result;
        if (!messages.isEmpty()) {
            result.error.kind = ProviderError::Kind::Unsupported;
            result.error.detail = QCoreApplication::translate("Messente",
                "Messente takes at most %1 messages in one request, and %2 were given; none of them was sent")
                                      .arg(maxBatchSize())
                                      .arg(messages.size());
        }
        answerLater(context, std::move(done), result);
        return;
    }
    const QByteArray body
        = QJsonDocument(messente::buildBulk(messages, m_credentials.sender)).toJson(QJsonDocument::Compact);
    m_transport.send(QByteArrayLiteral("POST"), request(QStringLiteral("/omnimessages")), body, context,
        [done = std::move(done), expected = messages.size()](const HttpResponse& response) {
            BatchSendResult result;
            result.error = HttpTransport::transportError(response);
            if (!result.error.isError())
                result = messente::parseBulkResponse(response.status, response.body, expected);
            done(result);
        });
}

RequestPreview MessenteProvider::describeSend(const OutgoingMessage& message) const
{
    const QByteArray body
        = QJsonDocument(messente::buildOmnimessage(message, m_credentials.sender)).toJson(QJsonDocument::Compact);
    return HttpTransport::describe(QByteArrayLiteral("POST"), request(QStringLiteral("/omnimessage")), body);
}

void MessenteProvider::fetchStatus(const QString& providerMessageId, QObject* context, StatusCallback done)
{
    const QString path
        = QStringLiteral("/omnimessage/%1/status").arg(QString::fromLatin1(QUrl::toPercentEncoding(providerMessageId)));
    m_transport.send(
        QByteArrayLiteral("GET"), request(path), {}, context, [done = std::move(done)](const HttpResponse& response) {
            StatusResult result;
            result.error = HttpTransport::transportError(response);
            if (!result.error.isError())
                result = messente::parseStatusResponse(response.status, response.body);
            done(result);
        });
}

void MessenteProvider::cancel(const QString& providerMessageId, QObject* context, ErrorCallback done)
{
    const QString path
        = QStringLiteral("/omnimessage/%1").arg(QString::fromLatin1(QUrl::toPercentEncoding(providerMessageId)));
    m_transport.send(QByteArrayLiteral("DELETE"), request(path), {}, context,
        [done = std::move(done)](const HttpResponse& response) {
            ProviderError error = HttpTransport::transportError(response);
            // 202 with {} cancels; 404 means already sent or unknown (Messente docs).
            if (!error.isError() && response.status != 202 && response.status != 200)
                error = messente::parseError(response.status, response.body);
            done(error);
        });
}

void MessenteProvider::checkServiceWindow(const QString& to, QObject* context, ServiceWindowCallback done)
{
    Q_UNUSED(to)
    // Messente offers no service-window lookup; answer asynchronously like every other call.
    ServiceWindowResult result;
    result.error.kind = ProviderError::Kind::Unsupported;
    answerLater(context, std::move(done), result);
}

void MessenteProvider::testConnection(QObject* context, ErrorCallback done)
{
    // Messente has no "who am I" endpoint. Asking for the report of an id that cannot exist proves
    // the URL and credentials without sending anything: 404 means authenticated, 401 means not.
    const QString path = QStringLiteral("/omnimessage/00000000-0000-0000-0000-000000000000/status");
    m_transport.send(
        QByteArrayLiteral("GET"), request(path), {}, context, [done = std::move(done)](const HttpResponse& response) {
            ProviderError error = HttpTransport::transportError(response);
            if (error.isError()) {
                done(error);
                return;
            }
            error = messente::parseError(response.status, response.body);
            // Messente's own "Not found" (code 101) proves the credentials were accepted;
            // a bare 404 from some other server means the base URL is wrong.
            if (response.status == 404 && error.providerCode == QLatin1String("101"))
                error = {};
            else if (response.status == 404)
                error.kind = ProviderError::Kind::BadResponse;
            done(error);
        });
}

namespace {

// Far more than any account holds (Meta allows 250 templates per WABA); stops a server that never ends.
constexpr int kMaxTemplatePages = 1000;

/**
 * One walk through the template list's pages. It holds copies of what each request needs, so a
 * provider replaced while the walk runs (the profile was edited) leaves no dangling pointer.
 */
struct TemplateListing
{
    HttpTransport transport;
    QByteArray authorization;
    QUrl baseUrl;
    QString wabaId;
    int limit = messente::kTemplatePageLimit;
    QPointer<QObject> context;
    TemplateListCallback done;
    TemplateProgressCallback progress;
    TemplateListResult result;
    QSet<QString> cursorsSeen;

    explicit TemplateListing(const HttpTransport& t)
        : transport(t)
    { }
    ~TemplateListing() { authorization.fill('\0'); }
    Q_DISABLE_COPY_MOVE(TemplateListing)

    void finish(const ProviderError& error)
    {
        if (error.isError()) {
            result.error = error;
            result.templates.clear();
        }
        if (context)
            done(result);
    }
};

void fetchTemplatePage(const std::shared_ptr<TemplateListing>& listing, const QString& after)
{
    QNetworkRequest request(messente::templatesUrl(listing->baseUrl, listing->wabaId, listing->limit, after));
    request.setRawHeader(QByteArrayLiteral("Authorization"), listing->authorization);
    listing->transport.send(
        QByteArrayLiteral("GET"), request, {}, listing->context, [listing](const HttpResponse& response) {
            const ProviderError transport = HttpTransport::transportError(response);
            if (transport.isError()) {
                listing->finish(transport);
                return;
            }
            messente::TemplatePage page = messente::parseTemplatesPage(response.status, response.body);
            if (page.error.isError()) {
                listing->finish(page.error);
                return;
            }
            ++listing->result.pages;
            listing->result.templates.append(page.templates);
            listing->result.problems.append(page.problems);
            listing->result.notes.append(page.notes);
            if (listing->progress && listing->context)
                listing->progress(static_cast<int>(listing->result.templates.size()));
            if (!page.hasNext) {
                listing->finish({});
                return;
            }
            // A cursor seen before would walk the same pages for ever.
            if (listing->cursorsSeen.contains(page.after) || listing->result.pages >= kMaxTemplatePages) {
                listing->finish(ProviderError::badResponse(response.status,
                    QCoreApplication::translate("Messente", "The template list does not come to an end.")));
                return;
            }
            listing->cursorsSeen.insert(page.after);
            fetchTemplatePage(listing, page.after);
        });
}

} // namespace

void MessenteProvider::listTemplates(QObject* context, TemplateListCallback done, TemplateProgressCallback progress)
{
    auto listing = std::make_shared<TemplateListing>(m_transport);
    listing->authorization = m_authorization;
    listing->baseUrl = m_credentials.baseUrl;
    listing->wabaId = m_credentials.wabaId.trimmed();
    listing->limit = m_templatePageLimit;
    listing->context = context;
    listing->done = std::move(done);
    listing->progress = std::move(progress);
    if (listing->wabaId.isEmpty()) {
        // Nothing to ask for; answer asynchronously like every other call.
        ProviderError error;
        error.kind = ProviderError::Kind::Rejected;
        error.detail = QCoreApplication::translate(
            "Messente", "The profile has no WhatsApp Business Account ID, which Messente's template list needs.");
        QMetaObject::invokeMethod(
            context, [listing, error] { listing->finish(error); }, Qt::QueuedConnection);
        return;
    }
    qCDebug(lcProviders) << "listing WhatsApp templates," << listing->limit << "per page";
    fetchTemplatePage(listing, {});
}

} // namespace herald
