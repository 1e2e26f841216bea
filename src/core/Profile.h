#pragma once

#include <QString>
#include <QUrl>

namespace herald {

enum class ProviderKind
{
    Messente,
    Bird,
    Kaleyra
};

/// How a Bird profile sends its access key: Bird's spec says "AccessKey <key>"; the seed's example shows Bearer.
enum class BirdAuthScheme
{
    AccessKey,
    Bearer
};

QString providerKindKey(ProviderKind kind); ///< stable key stored in the database: "messente"
ProviderKind providerKindFromKey(const QString& key);
QString providerKindDisplayName(ProviderKind kind);
QString birdAuthSchemeKey(BirdAuthScheme scheme); ///< "accesskey" or "bearer"
BirdAuthScheme birdAuthSchemeFromKey(const QString& key);

/**
 * The non-secret part of a provider connection. The secret (Messente's API password) lives in
 * the OS keychain under secretKey and never in this struct's storage.
 */
struct Profile
{
    qint64 id = 0;
    QString name;
    ProviderKind kind = ProviderKind::Messente;
    QUrl baseUrl;
    QString username; ///< Messente API username (not secret: it is shown in Messente's dashboard)
    QString sender; ///< Messente: optional sender name or number; Kaleyra: the WhatsApp business number (from)
    QString secretKey; ///< keychain entry name; stable across renames
    bool isSandbox = false; ///< points at the built-in sandbox; its secret is kept for this session only

    // Messente: the WhatsApp Business Account whose templates are synced (GET /whatsapp/wabas/{wabaId}/templates)
    QString wabaId;

    // Bird Channels API
    QString workspaceId;
    QString channelId;
    BirdAuthScheme birdAuthScheme = BirdAuthScheme::AccessKey;

    // Kaleyra WhatsApp API v1
    QString accountSid; ///< the SID in /v1/{SID}/messages

    // Delivery callbacks (Kaleyra reports status only this way; Messente's dlr_url optionally)
    QString callbackListen; ///< local address the receiver listens on, "127.0.0.1:8085"; empty = none
    QUrl callbackPublicUrl; ///< the URL the provider posts to, which must reach callbackListen

    /// Messages per second a campaign sends at; 0 = defaultSendRate(kind).
    double sendRate = 0;
    double effectiveSendRate() const { return sendRate > 0 ? sendRate : defaultSendRate(kind); }

    /// Whether statuses can reach Herald by callback for this profile.
    bool hasCallbackRoute() const { return !callbackListen.isEmpty() && callbackPublicUrl.isValid(); }

    static QUrl defaultBaseUrl(ProviderKind kind);
    /**
     * The pace a campaign starts from when the operator has not set one: what each provider
     * documents (Bird: 500 POST/s per workspace). Messente and Kaleyra publish no figure, so Meta's
     * own default throughput for a business number, 80 messages per second.
     */
    static double defaultSendRate(ProviderKind kind);
    /// The fastest pace Herald lets an operator set for @p kind.
    static double maxSendRate(ProviderKind kind);
};

} // namespace herald
