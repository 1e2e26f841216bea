#pragma once

#include "core/MessageState.h"
#include "core/Profile.h"
#include "core/Template.h"
#include "core/TemplateRenderer.h"
#include "providers/ProviderError.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <functional>
#include <optional>

namespace herald {

/// One template message to one recipient, as the dispatch layer hands it to a provider.
struct OutgoingMessage
{
    QString to; ///< E.164
    Template tpl;
    TemplateValues values;
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

    /// The channel that speaks for the message now: the latest one attempted.
    const ChannelStatus* current() const { return channels.isEmpty() ? nullptr : &channels.constLast(); }
};

using SendCallback = std::function<void(const SendResult&)>;
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
    virtual void fetchStatus(const QString& providerMessageId, QObject* context, StatusCallback done) = 0;
    /// Proves the base URL and credentials work without sending a message.
    virtual void testConnection(QObject* context, ErrorCallback done) = 0;
};

} // namespace herald
