#include "core/MessenteStatus.h"

#include <QCoreApplication>

namespace herald::messente {

std::optional<MessageState> mapStatus(const QString& status)
{
    // Mapping from design.md; source: Messente Omnichannel API, DeliveryReport.status enum.
    if (status.isEmpty())
        return MessageState::Accepted;
    if (status == QLatin1String("ACK"))
        return MessageState::Accepted;
    if (status == QLatin1String("ACCEPTD"))
        return MessageState::Sent;
    if (status == QLatin1String("DELIVRD"))
        return MessageState::Delivered;
    if (status == QLatin1String("SEEN"))
        return MessageState::Read;
    if (status == QLatin1String("UNDELIV") || status == QLatin1String("FAILED") || status == QLatin1String("REJECTD")
        || status == QLatin1String("NACK"))
        return MessageState::Failed;
    if (status == QLatin1String("EXPIRED"))
        return MessageState::Expired;
    if (status == QLatin1String("DELETED"))
        return MessageState::Cancelled;
    return std::nullopt;
}

QString explainErrorCode(int err)
{
    const char* text = nullptr;
    switch (err) {
    case 0:
        text = QT_TRANSLATE_NOOP("MessenteError", "No error.");
        break;
    case 1:
        text = QT_TRANSLATE_NOOP("MessenteError", "Delivery failure: the message could not be delivered to the phone.");
        break;
    case 2:
        text = QT_TRANSLATE_NOOP("MessenteError", "The message expired before it could be delivered.");
        break;
    case 3:
        text = QT_TRANSLATE_NOOP("MessenteError", "Invalid number: the recipient's number does not exist.");
        break;
    case 4:
        text = QT_TRANSLATE_NOOP("MessenteError", "The Messente account could not be charged for this message.");
        break;
    case 5:
        text = QT_TRANSLATE_NOOP("MessenteError", "Invalid number format.");
        break;
    case 6:
        text = QT_TRANSLATE_NOOP("MessenteError", "Too many identical messages were sent to this number.");
        break;
    case 7:
        text = QT_TRANSLATE_NOOP("MessenteError", "The sender name is not allowed.");
        break;
    case 8:
        text = QT_TRANSLATE_NOOP("MessenteError", "The recipient's operator is blacklisted.");
        break;
    case 9:
        text = QT_TRANSLATE_NOOP("MessenteError", "The number cannot be routed.");
        break;
    case 10:
        text = QT_TRANSLATE_NOOP("MessenteError", "The recipient has seen the message.");
        break;
    case 999:
        text = QT_TRANSLATE_NOOP("MessenteError", "A temporary error at Messente; the message may still be delivered.");
        break;
    default:
        return QCoreApplication::translate("MessenteError", "Messente reported error code %1, which is not documented.")
            .arg(err);
    }
    return QCoreApplication::translate("MessenteError", text);
}

} // namespace herald::messente
