#include "core/KaleyraStatus.h"

#include <QCoreApplication>

namespace herald::kaleyra {

std::optional<MessageState> mapStatus(const QString& status)
{
    // Mapping from design.md; values from Kaleyra's "WhatsApp status" page (provider-apis.md §3.4).
    const QString s = status.trimmed();
    const auto is = [&s](const char* value) {
        return s.compare(QLatin1String(value), Qt::CaseInsensitive) == 0;
    };
    if (is("SENT"))
        return MessageState::Sent;
    if (is("DELIVERED"))
        return MessageState::Delivered;
    if (is("READ"))
        return MessageState::Read;
    // FAILED: at Meta or on the phone; NOT-SENT: Kaleyra never handed it to Meta.
    if (is("FAILED") || is("NOT-SENT"))
        return MessageState::Failed;
    return std::nullopt;
}

QString explainErrorCode(const QString& code)
{
    const QString c = code.trimmed().toUpper();
    if (c.isEmpty())
        return {};

    struct Entry
    {
        const char* code;
        const char* text;
    };
    // v1 codes: seed 003 and K-ERR; v2 codes: K-ERR's send-message table (provider-apis.md §3.5).
    static constexpr Entry kCodes[] = {
        { "E13008",
            QT_TRANSLATE_NOOP("KaleyraError", "The sender (from) number is invalid or not entered correctly.") },
        { "E13009",
            QT_TRANSLATE_NOOP("KaleyraError", "The recipient (to) number is invalid or not entered correctly.") },
        { "E413", QT_TRANSLATE_NOOP("KaleyraError", "A parameter contains HTML tags, which Kaleyra does not accept.") },
        { "E13001", QT_TRANSLATE_NOOP("KaleyraError", "A required field is missing from the request.") },
        { "WA200", QT_TRANSLATE_NOOP("KaleyraError", "Kaleyra accepted the request.") },
        { "RBC001",
            QT_TRANSLATE_NOOP(
                "KaleyraError", "The account SID or the API key is wrong; check the profile's SID and API key.") },
        { "E110",
            QT_TRANSLATE_NOOP(
                "KaleyraError", "The Kaleyra account's balance is too low; top it up or raise its limit.") },
        { "WAV2101",
            QT_TRANSLATE_NOOP(
                "KaleyraError", "The account's daily sending limit is reached; ask Kaleyra for a higher limit.") },
        { "WA400", QT_TRANSLATE_NOOP("KaleyraError", "Kaleyra found the request's content incorrect.") },
        { "WA401",
            QT_TRANSLATE_NOOP("KaleyraError",
                "The account, the sender number or the template is not approved or not set up for this send.") },
        { "WA500", QT_TRANSLATE_NOOP("KaleyraError", "Kaleyra had an internal error; the send may be retried.") },
    };
    for (const Entry& entry : kCodes) {
        if (c == QLatin1String(entry.code))
            return QCoreApplication::translate("KaleyraError", entry.text);
    }
    return QCoreApplication::translate("KaleyraError", "Kaleyra reported error code %1, which Herald does not know.")
        .arg(code.trimmed());
}

} // namespace herald::kaleyra
