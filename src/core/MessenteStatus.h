#pragma once

#include "core/MessageState.h"

#include <QString>
#include <optional>

namespace herald::messente {

/**
 * Maps a Messente delivery-report status (`ACK`, `DELIVRD`, …) onto Herald's state machine.
 * A null/empty status means Messente is still processing the message: it stays accepted.
 * `UNKNOWN` and any value the documentation does not list give std::nullopt, so the caller keeps
 * the state it had and records the raw value instead of guessing.
 */
std::optional<MessageState> mapStatus(const QString& status);

/// Messente's machine-readable `err` code (0–10, 999) explained in words for the operator.
QString explainErrorCode(int err);

} // namespace herald::messente
