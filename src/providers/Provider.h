#pragma once

#include "core/MessageState.h"
#include "core/Profile.h"
#include "core/SendComponents.h"
#include "core/Template.h"
#include "core/TemplateRenderer.h"
#include "providers/ProviderError.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <functional>
#include <optional>
#include <utility>

namespace herald {

/// A later channel of Messente's omnichannel chain, tried when the ones before it fail.
struct FallbackChannel
{
    enum class Kind
    {
        Viber,
        Sms
    };
    Kind kind = Kind::Sms;
    QString text;
    QString sender;
    int validityMinutes = 0; ///< 0 = the provider's default
    QString smsAutoconvert; ///< SMS only: "full", "true" or "false" (the spec's enum); empty = account default
};

/// Delivery options that only some providers know; each provider uses what it supports.
struct DeliveryOptions
{
    int validityMinutes = 0; ///< Messente validity; never sent together with ttlSeconds
    int ttlSeconds = 0; ///< Messente ttl; Bird validity
    QString priority; ///< Messente: "low", "regular", "high"
    QString textStore; ///< Messente: "nostore", "plaintext", "sha256"
    QList<FallbackChannel> fallbacks; ///< Messente: after WhatsApp, in order
    QString languagePolicy; ///< Messente: the WhatsApp template language policy, e.g. "deterministic"
};

/// One message to one recipient, as the dispatch layer hands it to a provider.
struct OutgoingMessage
{
    QString to; ///< E.164
    Template tpl; ///< name, language and each provider's template address
    TemplateValues values; ///< the variables' values, by variable
    QList<SendComponent> components; ///< Meta send-time components (sendComponentsFor(tpl, values))
    QString freeText; ///< when set, a session text instead of the template (inside the service window only)
    QDateTime scheduledFor; ///< invalid = send now
    QUrl callbackUrl; ///< where the provider posts status reports (Kaleyra callback_url, Messente dlr_url)
    QString reference; ///< Herald's own id for the message, echoed back where the provider allows
    DeliveryOptions options;
};

/// The ids a provider gave one channel of a sent message.
struct ChannelReceipt
{
    QString channel; ///< "whatsapp", "sms", …
    QString messageId;
    QString sender;
};

struct SendResult
{
    ProviderError error;
    QString providerMessageId; ///< Messente omnimessage_id
    QList<ChannelReceipt> channels;
};

/// One channel's line of a delivery report.
struct ChannelStatus
{
    QString channel;
    QString messageId;
    QString providerStatus; ///< verbatim, e.g. "DELIVRD"; empty while still processing
    std::optional<MessageState> state; ///< unset when the provider's value is not documented
    QString errorCode; ///< verbatim, e.g. "1"
    QString errorText; ///< in words
    QDateTime timestamp;
};

struct StatusResult
{
    ProviderError error;
    QString providerMessageId;
    QList<ChannelStatus> channels; ///< in send order
    QString raw; ///< the provider's answer as the operator may read it: rawAnswerText(), masked and bounded

    /// The channel that speaks for the message now: the latest one attempted.
    const ChannelStatus* current() const { return channels.isEmpty() ? nullptr : &channels.constLast(); }
};

/// A status report pushed by the provider to Herald's callback receiver.
struct CallbackStatus
{
    QString providerMessageId; ///< the id the send returned
    ChannelStatus status;
    QString raw; ///< the callback's body as the operator may read it: rawAnswerText(), masked and bounded
};

/// Whether free-form messages may be sent to a contact now (WhatsApp's 24-hour customer-service window).
struct ServiceWindowResult
{
    ProviderError error;
    bool open = false;
    QDateTime expiresAt; ///< invalid when closed or permanent
    bool permanent = false;
};

/// The exact HTTP request a send would make, for the operator to read; secrets are masked.
struct RequestPreview
{
    QString method;
    QUrl url;
    QList<std::pair<QString, QString>> headers; ///< name, value (Authorization and api-key masked)
    QString body; ///< pretty JSON, or one form field per line
};

/// The templates a provider holds for the account, read from every page of its list.
struct TemplateListResult
{
    ProviderError error; ///< set when the list could not be read to its end; templates is then empty
    QList<Template> templates; ///< in the provider's order, with status, providerTemplateId and components
    QStringList problems; ///< templates left out (no body, a button type Herald cannot send…), in words
    QStringList notes; ///< templates read with a change (an unknown component ignored…), in words
    int pages = 0; ///< pages fetched
};

/// What became of a batch of messages sent in one request (Provider::sendBatch()).
struct BatchSendResult
{
    ProviderError error; ///< the whole request failed (transport, 401, 400 for the whole body…): results is empty
    QList<SendResult> results; ///< else one per message, in the order given; each with its own error or ids
};

using SendCallback = std::function<void(const SendResult&)>;
using BatchSendCallback = std::function<void(const BatchSendResult&)>;
using TemplateListCallback = std::function<void(const TemplateListResult&)>;
/// How many templates have been read so far, after each page.
using TemplateProgressCallback = std::function<void(int templatesRead)>;
using ServiceWindowCallback = std::function<void(const ServiceWindowResult&)>;
using StatusCallback = std::function<void(const StatusResult&)>;
using ErrorCallback = std::function<void(const ProviderError&)>;

/**
 * A messaging provider. Calls are asynchronous; each callback runs once on the caller's thread,
 * and not at all when @p context is destroyed first.
 */
class Provider
{
public:
    virtual ~Provider() = default;

    virtual ProviderKind kind() const = 0;
    virtual void send(const OutgoingMessage& message, QObject* context, SendCallback done) = 0;
    /// What send() would put on the wire for @p message, without sending it.
    virtual RequestPreview describeSend(const OutgoingMessage& message) const = 0;
    virtual void fetchStatus(const QString& providerMessageId, QObject* context, StatusCallback done) = 0;
    /// Cancels a scheduled message that has not left yet.
    virtual void cancel(const QString& providerMessageId, QObject* context, ErrorCallback done) = 0;
    /// Checks the customer-service window for @p to; providers without one answer with an error.
    virtual void checkServiceWindow(const QString& to, QObject* context, ServiceWindowCallback done) = 0;
    /// Proves the base URL and credentials work without sending a message.
    virtual void testConnection(QObject* context, ErrorCallback done) = 0;
    /**
     * Reads every template of the account, following the provider's pages. @p progress (may be
     * empty) runs after each page; @p done once at the end. Providers without a template list answer
     * with a ProviderError of kind Unsupported that says so.
     */
    virtual void listTemplates(QObject* context, TemplateListCallback done, TemplateProgressCallback progress) = 0;
    /// False when the provider reports statuses only by callback (Kaleyra), so polling is pointless.
    virtual bool canPollStatus() const { return true; }

    /// How many messages one sendBatch() call may carry; 1 = the provider has no bulk endpoint.
    virtual int maxBatchSize() const { return 1; }
    /**
     * Sends @p messages in one request where the provider has a bulk endpoint (maxBatchSize() > 1).
     * This default, for providers without one, sends nothing and answers with an error of kind
     * Unsupported that says so.
     */
    virtual void sendBatch(const QList<OutgoingMessage>& messages, QObject* context, BatchSendCallback done);
};

} // namespace herald
