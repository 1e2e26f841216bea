#include "core/BirdStatus.h"

#include <QCoreApplication>

namespace herald::bird {

std::optional<MessageState> mapStatus(const QString& status)
{
    // Mapping from design.md. The enum is the Channels API's `Status-3` as the official OpenAPI
    // (provider-apis.md §2.5, B-WA) lists it; seed 004 shows an older enum without `rejected`,
    // `scheduled` and `skipped`, so the newer official list is followed.
    if (status == QLatin1String("accepted") || status == QLatin1String("processing"))
        return MessageState::Accepted;
    if (status == QLatin1String("scheduled"))
        return MessageState::Scheduled;
    if (status == QLatin1String("sent"))
        return MessageState::Sent;
    if (status == QLatin1String("delivered"))
        return MessageState::Delivered;
    if (status == QLatin1String("sending_failed") || status == QLatin1String("delivery_failed")
        || status == QLatin1String("rejected") || status == QLatin1String("skipped"))
        return MessageState::Failed;
    if (status == QLatin1String("deleted"))
        return MessageState::Cancelled;
    return std::nullopt;
}

QString explainStatus(const QString& status, const QString& reason)
{
    // Meanings from Bird's message-status page (B-EMST) where it gives one; the rest say only
    // what the status name itself states.
    const char* text = nullptr;
    if (status == QLatin1String("accepted"))
        text = QT_TRANSLATE_NOOP("BirdStatus", "Bird accepted the message for processing.");
    else if (status == QLatin1String("processing"))
        text = QT_TRANSLATE_NOOP("BirdStatus", "Bird is processing the message.");
    else if (status == QLatin1String("scheduled"))
        text = QT_TRANSLATE_NOOP("BirdStatus", "Bird holds the message until its scheduled time.");
    else if (status == QLatin1String("sent"))
        text = QT_TRANSLATE_NOOP("BirdStatus", "Bird handed the message to WhatsApp.");
    else if (status == QLatin1String("delivered"))
        text = QT_TRANSLATE_NOOP("BirdStatus", "WhatsApp delivered the message to the recipient.");
    else if (status == QLatin1String("sending_failed"))
        text = QT_TRANSLATE_NOOP("BirdStatus", "Bird could not hand the message to WhatsApp.");
    else if (status == QLatin1String("delivery_failed"))
        text = QT_TRANSLATE_NOOP("BirdStatus", "WhatsApp took the message but could not deliver it to the recipient.");
    else if (status == QLatin1String("rejected"))
        text = QT_TRANSLATE_NOOP("BirdStatus", "Bird rejected the message; it was not sent.");
    else if (status == QLatin1String("skipped"))
        text = QT_TRANSLATE_NOOP("BirdStatus", "Bird skipped the message; it was not sent.");
    else if (status == QLatin1String("deleted"))
        text = QT_TRANSLATE_NOOP("BirdStatus", "The message was deleted before it was sent.");

    QString explanation;
    if (text)
        explanation = QCoreApplication::translate("BirdStatus", text);
    else if (status.isEmpty())
        explanation = QCoreApplication::translate("BirdStatus", "Bird reported no status.");
    else
        explanation
            = QCoreApplication::translate("BirdStatus", "Bird reported the status “%1”, which is not documented.")
                  .arg(status);

    if (reason.isEmpty())
        return explanation;
    return QCoreApplication::translate("BirdStatus", "%1 Bird's reason: %2").arg(explanation, reason);
}

} // namespace herald::bird
