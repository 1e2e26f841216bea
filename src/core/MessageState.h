#pragma once

#include <QString>
#include <optional>

namespace herald {

/**
 * The unified message state machine (design.md): every provider's statuses map onto these.
 * queued → sending → [scheduled] → accepted → sent → delivered → read; finals are read, failed,
 * expired and cancelled; unknown when a request may or may not have reached the provider.
 */
enum class MessageState
{
    Queued,
    Sending,
    Scheduled,
    Accepted,
    Sent,
    Delivered,
    Read,
    Failed,
    Expired,
    Cancelled,
    Unknown,
};

/// Stable identifier stored in the database and used in exports; never translated.
QString stateKey(MessageState state);
std::optional<MessageState> stateFromKey(const QString& key);

/// Translated name for the operator.
QString stateDisplayName(MessageState state);

/// A final state never changes again, so the tracker stops polling it.
bool isFinal(MessageState state);

/**
 * Whether a status report may move a message from @p current to @p next.
 * Reports arrive out of order (Meta says so), so progress never goes backwards: a late "sent"
 * must not undo "delivered", and a final state is never left.
 */
bool isAdvance(MessageState current, MessageState next);

} // namespace herald
