#pragma once

#include "core/MessageState.h"

#include <QDateTime>
#include <QString>

namespace herald {

/// One message in the journal: what was sent to whom, and where it stands.
struct MessageRecord
{
    qint64 id = 0;
    qint64 profileId = 0;
    QString profileName;
    qint64 templateId = 0;
    QString templateName;
    QString language;
    QString recipient; ///< E.164
    QString renderedBody; ///< the text as the recipient reads it
    QString parametersJson; ///< the values sent, so a retry sends the same message
    MessageState state = MessageState::Queued;
    QString providerMessageId; ///< Messente omnimessage_id
    QString providerStatus; ///< the provider's own last status, e.g. DELIVRD
    QString channel; ///< the channel that speaks for the message now: whatsapp, or a fallback (sms, viber)
    QDateTime scheduledFor; ///< when a scheduled message leaves; invalid when sent at once
    QString errorCode; ///< the provider's own error code, kept verbatim
    QString errorText; ///< in words
    QDateTime createdAt;
    QDateTime updatedAt;
    qint64 campaignId = 0; ///< 0 for a message sent on its own
    int listPosition = -1; ///< the list row it was made from; -1 when none
    /// A message sent on its own: the options it went with (campaignOptionsToJson), so sending it
    /// again sends the same; a campaign's messages have theirs in the campaign.
    QString sendOptionsJson;
    bool superseded = false; ///< a campaign's message that was queued again as a newer one
};

/// One change of a message's state, as reported by the provider or decided by Herald.
struct StatusEvent
{
    qint64 id = 0;
    qint64 messageId = 0;
    MessageState state = MessageState::Queued;
    QString providerStatus;
    QString channel;
    QString errorCode;
    QString errorText;
    QDateTime occurredAt;
    /// The provider's answer that brought this change (formatted JSON, secrets masked, at most 16 KB);
    /// empty for changes Herald made itself and for events recorded before Herald kept answers.
    QString raw;
};

} // namespace herald
