#pragma once

#include "providers/HttpTransport.h"
#include "providers/Provider.h"

#include <QUrl>

namespace herald {

/// What a Kaleyra profile needs to talk to the WhatsApp API v1. The API key is held in memory only.
struct KaleyraCredentials
{
    /// https://api.kaleyra.io (SG); regional hosts: https://api.in.kaleyra.io, https://api.eu.kaleyra.io,
    /// https://api.na.kaleyra.ai (provider-apis.md §3.1).
    QUrl baseUrl;
    QString sid; ///< the account SID in /v1/{SID}/messages
    QString apiKey;
    QString fromNumber; ///< the WhatsApp business number, E.164
    QUrl callbackUrl; ///< where Kaleyra posts statuses when a message names none; may be empty
};

/**
 * Kaleyra's WhatsApp API v1 (form-encoded, `api-key` header). Kaleyra reports statuses only by
 * callback and has no cancel or service-window lookup, so those calls answer Unsupported.
 */
class KaleyraProvider final : public Provider
{
public:
    KaleyraProvider(NetworkAccess network, KaleyraCredentials credentials,
        std::chrono::milliseconds timeout = HttpTransport::kDefaultTimeout);
    ~KaleyraProvider() override;

    ProviderKind kind() const override { return ProviderKind::Kaleyra; }
    void send(const OutgoingMessage& message, QObject* context, SendCallback done) override;
    RequestPreview describeSend(const OutgoingMessage& message) const override;
    void fetchStatus(const QString& providerMessageId, QObject* context, StatusCallback done) override;
    void cancel(const QString& providerMessageId, QObject* context, ErrorCallback done) override;
    void checkServiceWindow(const QString& to, QObject* context, ServiceWindowCallback done) override;
    void testConnection(QObject* context, ErrorCallback done) override;
    /// Answers Unsupported: the API has no template list.
    void listTemplates(QObject* context, TemplateListCallback done, TemplateProgressCallback progress) override;
    bool canPollStatus() const override { return false; }

private:
    QByteArray formFor(const OutgoingMessage& message) const;
    QNetworkRequest messagesRequest() const;

    HttpTransport m_transport;
    KaleyraCredentials m_credentials;
};

} // namespace herald
