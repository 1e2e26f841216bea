#pragma once

#include "core/Profile.h"
#include "providers/HttpTransport.h"
#include "providers/Provider.h"

#include <QUrl>
#include <QUrlQuery>

namespace herald {

/// What a Bird profile needs to talk to the Channels API. The access key is held in memory only.
struct BirdCredentials
{
    QUrl baseUrl; ///< e.g. https://api.bird.com
    QString workspaceId;
    QString channelId;
    QString accessKey;
    BirdAuthScheme scheme = BirdAuthScheme::AccessKey;
};

/// Bird's Channels API (WhatsApp channel): send, status, customer-service window, connection test.
class BirdProvider final : public Provider
{
public:
    BirdProvider(NetworkAccess network, BirdCredentials credentials,
        std::chrono::milliseconds timeout = HttpTransport::kDefaultTimeout);
    ~BirdProvider() override;

    ProviderKind kind() const override { return ProviderKind::Bird; }
    void send(const OutgoingMessage& message, QObject* context, SendCallback done) override;
    RequestPreview describeSend(const OutgoingMessage& message) const override;
    void fetchStatus(const QString& providerMessageId, QObject* context, StatusCallback done) override;
    /// Bird's Channels API documents no cancel: always answers Kind::Unsupported.
    void cancel(const QString& providerMessageId, QObject* context, ErrorCallback done) override;
    void checkServiceWindow(const QString& to, QObject* context, ServiceWindowCallback done) override;
    void testConnection(QObject* context, ErrorCallback done) override;
    /// Answers Unsupported: the API has no template list.
    void listTemplates(QObject* context, TemplateListCallback done, TemplateProgressCallback progress) override;

private:
    QNetworkRequest request(const QStringList& segments, const QUrlQuery& query = {}) const;

    HttpTransport m_transport;
    BirdCredentials m_credentials;
    QByteArray m_authorization;
};

} // namespace herald
