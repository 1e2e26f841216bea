#include "core/ErrorExplanation.h"

#include "core/KaleyraStatus.h"
#include "core/MessenteStatus.h"

#include <QCoreApplication>
#include <span>

using namespace Qt::StringLiterals;

namespace herald {

namespace {

/// This file's words, in the translation context "ErrorExplanation" (a name lupdate can see).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(ErrorExplanation)
};

/// A code Herald can explain. A null @p what means the provider's own explainer (src/core/*Status.cpp)
/// says what happened, so the words live in one place; @p action may be null when there is nothing to do.
struct Entry
{
    const char* code;
    const char* what;
    const char* action;
};

// Actions that several codes share, so each is written (and translated) once.
constexpr const char* kRetryLonger = QT_TRANSLATE_NOOP(
    "ErrorExplanation", "Retry when the recipient is likely to be reachable, or send with a longer validity.");
constexpr const char* kMaybeTaken = QT_TRANSLATE_NOOP(
    "ErrorExplanation", "The provider may or may not have taken the message: check before sending it again.");
constexpr const char* kSlowDown = QT_TRANSLATE_NOOP(
    "ErrorExplanation", "Herald retries these by itself. If it keeps happening, lower the profile's pace.");
constexpr const char* kCheckBaseUrl = QT_TRANSLATE_NOOP("ErrorExplanation", "Check the profile's base URL.");

// Messente's delivery-report `err` (ErrorCodeOmnichannelMachine, provider-apis.md §1.4). What happened
// comes from messente::explainErrorCode(); here only what to do.
constexpr Entry kMessenteErr[] = {
    { "0", nullptr, nullptr },
    { "1", nullptr,
        QT_TRANSLATE_NOOP("ErrorExplanation",
            "The phone did not take it: it may be switched off, out of coverage or not on WhatsApp. Check the number "
            "with the recipient; a retry later may get through.") },
    { "2", nullptr, kRetryLonger },
    { "3", nullptr,
        QT_TRANSLATE_NOOP(
            "ErrorExplanation", "Correct the number: sending to the same number again will fail the same way.") },
    { "4", nullptr,
        QT_TRANSLATE_NOOP(
            "ErrorExplanation", "Top up the Messente account or check its billing, then retry the message.") },
    { "5", nullptr,
        QT_TRANSLATE_NOOP("ErrorExplanation",
            "Correct the number: it must be in international format with its country code (E.164).") },
    { "6", nullptr, QT_TRANSLATE_NOOP("ErrorExplanation", "Wait before sending the same text to this number again.") },
    { "7", nullptr,
        QT_TRANSLATE_NOOP("ErrorExplanation",
            "Choose a sender Messente allows for this account in the profile, or ask Messente to approve it.") },
    { "8", nullptr,
        QT_TRANSLATE_NOOP("ErrorExplanation",
            "Messente does not deliver to this recipient's operator; ask Messente's support about it.") },
    { "9", nullptr,
        QT_TRANSLATE_NOOP("ErrorExplanation",
            "Check the number; if it is right, ask Messente's support why it has no route to it.") },
    { "10", nullptr, nullptr },
    { "999", nullptr,
        QT_TRANSLATE_NOOP(
            "ErrorExplanation", "Wait: Messente may still deliver it. Retry only if the message ends up failed.") },
};

// Messente's API error codes (ErrorCodeOmnichannel, provider-apis.md §1.6), and the HTTP status the
// sandbox puts in `code` for the 429 and 5xx answers Messente does not document (docs/sandbox.md).
constexpr Entry kMessenteApi[] = {
    { "101", QT_TRANSLATE_NOOP("ErrorExplanation", "Messente does not know this message (error 101, “Not found”)."),
        QT_TRANSLATE_NOOP("ErrorExplanation",
            "A scheduled message that has already left can no longer be cancelled. When sending, check the "
            "profile's base URL.") },
    { "102", QT_TRANSLATE_NOOP("ErrorExplanation", "Messente refused access (error 102, “Forbidden”)."),
        QT_TRANSLATE_NOOP("ErrorExplanation", "Ask Messente whether the account may use this channel and sender.") },
    { "103",
        QT_TRANSLATE_NOOP(
            "ErrorExplanation", "Messente refused the API username or password (error 103, “Unauthorized”)."),
        QT_TRANSLATE_NOOP(
            "ErrorExplanation", "Correct them in the profile and test the connection, then send again.") },
    { "104", QT_TRANSLATE_NOOP("ErrorExplanation", "Messente had an internal error (error 104)."),
        QT_TRANSLATE_NOOP("ErrorExplanation",
            "Messente may or may not have taken the message: check before sending it again. If it keeps "
            "happening, tell Messente's support.") },
    { "105",
        QT_TRANSLATE_NOOP(
            "ErrorExplanation", "Messente found a value in the request invalid (error 105, “Invalid data”)."),
        QT_TRANSLATE_NOOP("ErrorExplanation",
            "Messente's words below name the field: correct it (the number, the sender or a value) and send "
            "again.") },
    { "106",
        QT_TRANSLATE_NOOP("ErrorExplanation",
            "Something Messente requires was missing from the request (error 106, “Missing data”)."),
        QT_TRANSLATE_NOOP("ErrorExplanation",
            "Messente's words below name the field: fill it in (a template value, say) and send again.") },
    { "107",
        QT_TRANSLATE_NOOP("ErrorExplanation",
            "Messente does not allow this request at this address (error 107, “Method not allowed”)."),
        QT_TRANSLATE_NOOP("ErrorExplanation", "Check the profile's base URL: it should end in /v1.") },
};

// HTTP statuses that the sandbox (and Kaleyra, for its undocumented 429 and 5xx bodies) put in `code`.
constexpr Entry kHttpCodes[] = {
    { "429",
        QT_TRANSLATE_NOOP("ErrorExplanation", "The provider asked Herald to slow down (HTTP 429); nothing was sent."),
        kSlowDown },
    { "500", QT_TRANSLATE_NOOP("ErrorExplanation", "The provider had an internal error (HTTP 500)."), kMaybeTaken },
};

// WhatsApp's own failure codes, which Bird (failure.code, source "whatsapp") and Kaleyra (error_code)
// pass on as they are. Meta's error-code page was not available here; the meanings follow the copies
// of its table that integrators publish (provider-apis.md §4.8 for 131026), and are kept to what they agree on.
constexpr Entry kWhatsApp[] = {
    { "131026",
        QT_TRANSLATE_NOOP("ErrorExplanation",
            "WhatsApp could not deliver the message (131026): the number may not use WhatsApp, the recipient may "
            "not have accepted WhatsApp's current terms, or their app may be too old."),
        QT_TRANSLATE_NOOP("ErrorExplanation",
            "Check with the recipient that the number uses WhatsApp; sending to it again usually fails the same "
            "way.") },
    { "131047",
        QT_TRANSLATE_NOOP("ErrorExplanation",
            "More than 24 hours have passed since the recipient last wrote, so WhatsApp takes only a template "
            "(131047)."),
        QT_TRANSLATE_NOOP("ErrorExplanation", "Send an approved template instead of free text.") },
    { "131048",
        QT_TRANSLATE_NOOP("ErrorExplanation",
            "WhatsApp limits what this business number may send, because earlier messages were blocked or reported "
            "as spam (131048)."),
        QT_TRANSLATE_NOOP("ErrorExplanation",
            "Check the number's quality rating in WhatsApp Manager, and send less, to people who expect it.") },
    { "131049",
        QT_TRANSLATE_NOOP("ErrorExplanation",
            "WhatsApp chose not to deliver this marketing message, to keep the recipient from getting too many "
            "(131049)."),
        QT_TRANSLATE_NOOP(
            "ErrorExplanation", "Do not retry at once: wait before sending this recipient marketing again.") },
    { "131042",
        QT_TRANSLATE_NOOP("ErrorExplanation",
            "WhatsApp refused the message because of a problem with the business's payment method (131042)."),
        QT_TRANSLATE_NOOP(
            "ErrorExplanation", "Check the payment settings of the WhatsApp Business Account, then retry.") },
    { "131031",
        QT_TRANSLATE_NOOP("ErrorExplanation", "The WhatsApp Business Account is locked or restricted (131031)."),
        QT_TRANSLATE_NOOP("ErrorExplanation",
            "Nothing can be sent until it is unlocked: check its status with the provider or in WhatsApp "
            "Manager.") },
    { "130472",
        QT_TRANSLATE_NOOP("ErrorExplanation",
            "The recipient's number is part of a Meta experiment on marketing messages, so it was not sent "
            "(130472)."),
        QT_TRANSLATE_NOOP(
            "ErrorExplanation", "Nothing to fix: this recipient cannot get marketing messages for now.") },
    { "130429",
        QT_TRANSLATE_NOOP(
            "ErrorExplanation", "The business number reached WhatsApp's limit on messages per second (130429)."),
        QT_TRANSLATE_NOOP("ErrorExplanation", "Lower the profile's pace and retry later.") },
    { "132001",
        QT_TRANSLATE_NOOP("ErrorExplanation",
            "WhatsApp does not know this template in this language, or it is not approved (132001)."),
        QT_TRANSLATE_NOOP(
            "ErrorExplanation", "Check the template's name and language against the provider's list of templates.") },
};

// Bird: the expired failure (docs/sandbox.md: failure.code 2, source {code "expired", name "bird"}) and
// the Channels API's RequestError / ValidationError codes (provider-apis.md §2.9, docs/sandbox.md).
constexpr Entry kBird[] = {
    { "2", QT_TRANSLATE_NOOP("ErrorExplanation", "The message's validity ran out before WhatsApp delivered it."),
        kRetryLonger },
    { "ValidationError",
        QT_TRANSLATE_NOOP("ErrorExplanation", "Bird found fields of the request invalid, so it sent nothing."),
        QT_TRANSLATE_NOOP("ErrorExplanation",
            "Bird's words below name each field: correct the number or the template's values (or its project ID) "
            "and send again.") },
    { "BadRequest", QT_TRANSLATE_NOOP("ErrorExplanation", "Bird could not read the request, so it sent nothing."),
        QT_TRANSLATE_NOOP("ErrorExplanation",
            "Check the profile's base URL; if it is right, report the problem with Bird's words below.") },
    { "Unauthorized", QT_TRANSLATE_NOOP("ErrorExplanation", "Bird refused the profile's access key."),
        QT_TRANSLATE_NOOP(
            "ErrorExplanation", "Correct the access key (and its scheme) in the profile and test the connection.") },
    { "NotFound",
        QT_TRANSLATE_NOOP("ErrorExplanation", "Bird does not know the workspace, the channel or the message."),
        QT_TRANSLATE_NOOP("ErrorExplanation", "Check the profile's workspace and channel IDs.") },
    { "MethodNotAllowed", QT_TRANSLATE_NOOP("ErrorExplanation", "Bird does not allow this request at this address."),
        kCheckBaseUrl },
    { "TooManyRequests", QT_TRANSLATE_NOOP("ErrorExplanation", "Bird asked Herald to slow down; nothing was sent."),
        kSlowDown },
    { "InternalServerError", QT_TRANSLATE_NOOP("ErrorExplanation", "Bird had an internal error."), kMaybeTaken },
};

// Kaleyra's codes (seed 003 and provider-apis.md §3.5). What happened comes from
// kaleyra::explainErrorCode(); its words already say what to do for some, which then have no action here.
constexpr Entry kKaleyra[] = {
    { "E13008", nullptr,
        QT_TRANSLATE_NOOP(
            "ErrorExplanation", "Enter the account's WhatsApp business number as the profile's sender.") },
    { "E13009", nullptr,
        QT_TRANSLATE_NOOP(
            "ErrorExplanation", "Correct the recipient's number: international format, with its country code.") },
    { "E413", nullptr, QT_TRANSLATE_NOOP("ErrorExplanation", "Remove the tags (<…>) from the values and send again.") },
    { "E13001", nullptr,
        QT_TRANSLATE_NOOP("ErrorExplanation",
            "Kaleyra's words below name the field; if it is one Herald fills in, report the problem.") },
    { "WA200", nullptr, nullptr },
    { "RBC001", nullptr, nullptr },
    { "E110", nullptr, nullptr },
    { "WAV2101", nullptr, nullptr },
    { "WA400", nullptr,
        QT_TRANSLATE_NOOP(
            "ErrorExplanation", "Check the template's name, language and values against what Kaleyra has approved.") },
    { "WA401", nullptr, QT_TRANSLATE_NOOP("ErrorExplanation", "Check the account's approvals in Kaleyra's console.") },
    { "WA500", nullptr, QT_TRANSLATE_NOOP("ErrorExplanation", "Retry it later.") },
    // A NOT-SENT status's reason (docs/sandbox.md): Kaleyra never handed the message to WhatsApp.
    { "EXPIRED",
        QT_TRANSLATE_NOOP("ErrorExplanation", "Kaleyra did not hand the message to WhatsApp before it expired."),
        QT_TRANSLATE_NOOP("ErrorExplanation", "Send it again if it is still wanted.") },
    // The sandbox's own code for a request with the wrong method (docs/sandbox.md).
    { "E405", QT_TRANSLATE_NOOP("ErrorExplanation", "Kaleyra does not allow this request at this address."),
        kCheckBaseUrl },
};

const Entry* find(std::span<const Entry> table, const QString& code, Qt::CaseSensitivity cs = Qt::CaseSensitive)
{
    for (const Entry& entry : table) {
        if (code.compare(QLatin1String(entry.code), cs) == 0)
            return &entry;
    }
    return nullptr;
}

/// The entry for @p code among @p provider's tables, and in @p what the words of the provider's own explainer.
const Entry* lookup(ProviderKind provider, const QString& code, QString* what)
{
    const Entry* entry = nullptr;
    switch (provider) {
    case ProviderKind::Messente:
        if ((entry = find(kMessenteErr, code)))
            *what = messente::explainErrorCode(code.toInt());
        else if (!(entry = find(kMessenteApi, code)))
            entry = find(kHttpCodes, code);
        break;
    case ProviderKind::Bird:
        // The expired failure's source code names the same failure as its code 2.
        if (!(entry = find(kWhatsApp, code)))
            entry = find(kBird, code.compare(QLatin1String("expired"), Qt::CaseInsensitive) == 0 ? u"2"_s : code,
                Qt::CaseInsensitive);
        break;
    case ProviderKind::Kaleyra:
        if ((entry = find(kKaleyra, code, Qt::CaseInsensitive)) && !entry->what)
            *what = kaleyra::explainErrorCode(code);
        else if (!entry && !(entry = find(kWhatsApp, code)))
            entry = find(kHttpCodes, code);
        break;
    }
    if (entry && entry->what)
        *what = Words::tr(entry->what);
    return entry;
}

bool meansNoError(ProviderKind provider, const QString& code)
{
    switch (provider) {
    case ProviderKind::Messente:
        return code == QLatin1String("0") || code == QLatin1String("10"); // 10: the recipient has seen it
    case ProviderKind::Kaleyra:
        return code.compare(QLatin1String("WA200"), Qt::CaseInsensitive) == 0;
    case ProviderKind::Bird:
        return false;
    }
    return false;
}

} // namespace

QString ErrorExplanation::summary() const
{
    if (action.isEmpty())
        return what;
    return Words::tr("%1 %2").arg(what, action);
}

QString ErrorExplanation::inWords() const
{
    const QString text = providerText.trimmed();
    // The provider's words are shown when they say more than Herald's (Messente's "Invalid phone number"
    // for a 105), and always for a code Herald does not know.
    if (text.isEmpty() || (known && (what.contains(text) || text.contains(what))))
        return summary();
    return Words::tr("%1\nThe provider's own words: %2").arg(summary(), text);
}

ErrorExplanation explainError(ProviderKind provider, const QString& code, const QString& providerText)
{
    ErrorExplanation result;
    result.code = code.trimmed();
    result.providerText = providerText;
    if (result.code.isEmpty()) {
        result.known = true;
        result.what = providerText.trimmed();
        return result;
    }
    QString what;
    if (const Entry* entry = lookup(provider, result.code, &what)) {
        result.known = true;
        result.what = what;
        if (entry->action)
            result.action = Words::tr(entry->action);
        result.noError = meansNoError(provider, result.code);
        return result;
    }
    result.what = Words::tr("%1 reported error code %2, which Herald does not know.")
                      .arg(providerKindDisplayName(provider), result.code);
    if (providerText.trimmed().isEmpty())
        result.action = Words::tr("The provider gave no words with it: look the code up in its documentation.");
    return result;
}

ErrorExplanation explainMessage(ProviderKind provider, const MessageRecord& message)
{
    ErrorExplanation result = explainError(provider, message.errorCode, message.errorText);
    const bool troubled = message.state == MessageState::Failed || message.state == MessageState::Expired
        || message.state == MessageState::Unknown;
    if (!troubled && (result.noError || result.code.isEmpty()))
        return {}; // Herald's own notes on a message that went well (a cancellation, say) are no error
    if (!result.code.isEmpty())
        return result;

    // No code: what the state itself means for the operator, after Herald's or the provider's words.
    switch (message.state) {
    case MessageState::Unknown:
        if (result.what.isEmpty())
            result.what = Words::tr("It is not known whether the provider took this message.");
        result.action = Words::tr("Check with the recipient or in the provider's console before sending it again: a "
                                  "resend may arrive twice.");
        break;
    case MessageState::Expired:
        if (result.what.isEmpty())
            result.what = Words::tr("The message expired before it was delivered.");
        result.action = Words::tr(kRetryLonger);
        break;
    case MessageState::Failed:
        if (result.what.isEmpty())
            result.what = Words::tr("The message failed; the provider gave no reason.");
        break;
    default:
        break;
    }
    return result;
}

} // namespace herald
