#pragma once

#include "core/Message.h"
#include "core/Profile.h"

#include <QString>

namespace herald {

/**
 * A provider's error code explained for the operator: what happened and what to do about it, with
 * the provider's own words kept beside Herald's.
 */
struct ErrorExplanation
{
    QString code; ///< the provider's code as it reported it (trimmed); empty when it gave none
    QString what; ///< what happened, in words; empty when there is nothing to explain
    QString action; ///< what the operator can do about it; empty when there is nothing to do
    QString providerText; ///< the provider's own text (or Herald's, for what Herald decided), verbatim
    bool known = false; ///< whether the code is one the provider documents (an empty code counts as known)
    bool noError = false; ///< the code says all is well (Messente err 0 and 10, Kaleyra WA200)

    bool isEmpty() const { return what.isEmpty(); }
    /**
     * One paragraph: what happened, then what to do, then the provider's own words where they add
     * something (always for an unknown code, so nothing the provider said is hidden).
     */
    QString inWords() const;
    /// What happened and what to do, without the provider's words (for a report's column).
    QString summary() const;
};

/**
 * Explains @p code as @p provider reports it (MessageRecord::errorCode, StatusEvent::errorCode),
 * @p providerText being the text that came with it:
 * - Messente: the delivery report's `err` (0–10, 999; provider-apis.md §1.4) and the API's error
 *   codes (101–107, §1.6), plus the HTTP status the sandbox puts in `code` for a 429 or a 5xx;
 * - Bird: WhatsApp's own failure codes that Bird passes on (131026 …), the expired failure (2 /
 *   `expired`) and the Channels API's error codes (`ValidationError`, `Unauthorized`, …);
 * - Kaleyra: its error codes (E13008 …, RBC001 …, provider-apis.md §3.5), the reason of a NOT-SENT
 *   (`EXPIRED`) and WhatsApp's failure codes.
 * An unknown code is said to be unknown, and its text is the provider's own. An empty code gives
 * @p providerText as what happened.
 */
ErrorExplanation explainError(ProviderKind provider, const QString& code, const QString& providerText = {});

/**
 * What went wrong with @p message, sent through a @p provider profile: its error code explained, or,
 * without a code, its error text and what its state means for the operator (an unknown outcome, an
 * expiry). Empty when nothing went wrong: a message that is not failed, expired or unknown, and has
 * no code or one that means no error.
 */
ErrorExplanation explainMessage(ProviderKind provider, const MessageRecord& message);

} // namespace herald
