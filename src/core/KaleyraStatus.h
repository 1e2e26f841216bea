#pragma once

#include "core/MessageState.h"

#include <QString>
#include <optional>

namespace herald::kaleyra {

/**
 * Maps a Kaleyra WhatsApp status (provider-apis.md §3.4: `SENT`, `DELIVERED`, `READ`, `FAILED`,
 * `NOT-SENT`) onto Herald's state machine, ignoring case (the v2 callbacks spell them lowercase).
 * Any other value gives std::nullopt, so the caller keeps the state it had and records the raw value.
 */
std::optional<MessageState> mapStatus(const QString& status);

/**
 * A Kaleyra error code (v1 `E13008`, `E13009`, `E413`, `E13001`; v2 `RBC001`, `E110`, `WAV2101`,
 * `WA400`, `WA401`, `WA500`) explained in words for the operator. Unknown codes give a sentence
 * that names the code; an empty code gives an empty string.
 */
QString explainErrorCode(const QString& code);

} // namespace herald::kaleyra
