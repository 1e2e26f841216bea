#pragma once

#include "core/MessageState.h"

#include <QColor>
#include <QIcon>

namespace herald {

/// How a message state looks: a colour and a shaped icon, always shown beside the state's name.
QColor stateColor(MessageState state);
QIcon stateIcon(MessageState state);

} // namespace herald
