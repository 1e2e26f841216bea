#include "core/MessageState.h"

#include <QCoreApplication>
#include <array>
#include <utility>

namespace herald {

namespace {

constexpr std::array<std::pair<MessageState, const char*>, 11> kKeys { {
    { MessageState::Queued, "queued" },
    { MessageState::Sending, "sending" },
    { MessageState::Scheduled, "scheduled" },
    { MessageState::Accepted, "accepted" },
    { MessageState::Sent, "sent" },
    { MessageState::Delivered, "delivered" },
    { MessageState::Read, "read" },
    { MessageState::Failed, "failed" },
    { MessageState::Expired, "expired" },
    { MessageState::Cancelled, "cancelled" },
    { MessageState::Unknown, "unknown" },
} };

// Position along the happy path; finals other than read rank above everything.
int progressRank(MessageState state)
{
    switch (state) {
    case MessageState::Queued:
        return 0;
    case MessageState::Sending:
        return 1;
    case MessageState::Unknown:
        return 2;
    case MessageState::Scheduled:
        return 3;
    case MessageState::Accepted:
        return 4;
    case MessageState::Sent:
        return 5;
    case MessageState::Delivered:
        return 6;
    case MessageState::Read:
    case MessageState::Failed:
    case MessageState::Expired:
    case MessageState::Cancelled:
        return 7;
    }
    return 0;
}

} // namespace

QString stateKey(MessageState state)
{
    for (const auto& [value, key] : kKeys) {
        if (value == state)
            return QString::fromLatin1(key);
    }
    return QStringLiteral("unknown");
}

std::optional<MessageState> stateFromKey(const QString& key)
{
    for (const auto& [value, name] : kKeys) {
        if (key == QLatin1String(name))
            return value;
    }
    return std::nullopt;
}

QString stateDisplayName(MessageState state)
{
    switch (state) {
    case MessageState::Queued:
        return QCoreApplication::translate("MessageState", "Queued");
    case MessageState::Sending:
        return QCoreApplication::translate("MessageState", "Sending");
    case MessageState::Scheduled:
        return QCoreApplication::translate("MessageState", "Scheduled");
    case MessageState::Accepted:
        return QCoreApplication::translate("MessageState", "Accepted");
    case MessageState::Sent:
        return QCoreApplication::translate("MessageState", "Sent");
    case MessageState::Delivered:
        return QCoreApplication::translate("MessageState", "Delivered");
    case MessageState::Read:
        return QCoreApplication::translate("MessageState", "Read");
    case MessageState::Failed:
        return QCoreApplication::translate("MessageState", "Failed");
    case MessageState::Expired:
        return QCoreApplication::translate("MessageState", "Expired");
    case MessageState::Cancelled:
        return QCoreApplication::translate("MessageState", "Cancelled");
    case MessageState::Unknown:
        return QCoreApplication::translate("MessageState", "Unknown");
    }
    return {};
}

bool isFinal(MessageState state)
{
    return state == MessageState::Read || state == MessageState::Failed || state == MessageState::Expired
        || state == MessageState::Cancelled;
}

bool isAdvance(MessageState current, MessageState next)
{
    if (current == next || isFinal(current))
        return false;
    return progressRank(next) > progressRank(current);
}

} // namespace herald
