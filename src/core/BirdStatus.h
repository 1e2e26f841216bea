#pragma once

#include "core/MessageState.h"

#include <QString>
#include <optional>

namespace herald::bird {

/**
 * Maps a Bird Channels API message status (`accepted`, `delivered`, …) onto Herald's state machine.
 * The Channels API has no `read` status (read is an interaction), so a Bird message ends at
 * delivered at best. Any value the documentation does not list gives std::nullopt, so the caller
 * keeps the state it had and records the raw value instead of guessing.
 */
std::optional<MessageState> mapStatus(const QString& status);

/**
 * What a Bird status means, in words for the operator, followed by Bird's own @p reason when it
 * gave one. Undocumented statuses are named as such rather than guessed at.
 */
QString explainStatus(const QString& status, const QString& reason);

} // namespace herald::bird
