#pragma once

#include "providers/HttpTransport.h"
#include "providers/Provider.h"

#include <QUrl>

namespace herald {

/// What a Messente profile needs to talk to the API. The password is held in memory only.
struct MessenteCredentials
{
    QUrl baseUrl; ///< e.g. https://api.messente.com/v1
    QString username;
    QString password;
    QString sender;
    QString wabaId {}; ///< the WhatsApp Business Account whose templates listTemplates() reads
};

/// Messente's Omnichannel API over HTTP Basic auth.
class MessenteProvider final : public Provider
{
public:
    MessenteProvider(NetworkAccess network, MessenteCredentials credentials,
        std::chrono::milliseconds timeout = HttpTransport::kDefaultTimeout);
    ~MessenteProvider() override;

    ProviderKind kind() const override { return ProviderKind::Messente; }
    void send(const OutgoingMessage& message, QObject* context, SendCallback done) override;
    RequestPreview describeSend(const OutgoingMessage& message) const override;
    void fetchStatus(const QString& providerMessageId, QObject* context, StatusCallback done) override;
    void cancel(const QString& providerMessageId, QObject* context, ErrorCallback done) override;
    void checkServiceWindow(const QString& to, QObject* context, ServiceWindowCallback done) override;
    void testConnection(QObject* context, ErrorCallback done) override;
    void listTemplates(QObject* context, TemplateListCallback done, TemplateProgressCallback progress) override;
    /// messente::kBulkLimit (1,000): `POST /omnimessages` carries that many omnimessages.
    int maxBatchSize() const override;
    /**
     * One `POST /omnimessages` for @p messages, answered with one result per message in order
     * (messente::parseBulkResponse()). More than maxBatchSize() messages are refused unsent, with
     * Kind::Unsupported; an empty list is answered with no results and no request.
     */
    void sendBatch(const QList<OutgoingMessage>& messages, QObject* context, BatchSendCallback done) override;

    /// Templates asked for per page (1..500); tests use small pages to walk several.
    void setTemplatePageLimit(int limit) { m_templatePageLimit = limit; }

private:
    QNetworkRequest request(const QString& path) const;

    HttpTransport m_transport;
    MessenteCredentials m_credentials;
    QByteArray m_authorization;
    int m_templatePageLimit;
};

} // namespace herald
