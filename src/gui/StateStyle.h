#pragma once

#include "core/MessageState.h"

#include <QColor>
#include <QIcon>
#include <QPalette>

namespace herald {

/// How a message state looks: a colour and a shaped icon, always shown beside the state's name.
/// The colour is the one of two sets (for light or dark backgrounds) that stands out more against
/// @p palette's Base; without a palette, the application's.
QColor stateColor(MessageState state, const QPalette& palette);
QColor stateColor(MessageState state);
/// Drawn at whatever size and scale it is asked for, in the colour for the application's palette.
QIcon stateIcon(MessageState state);

/// WCAG's contrast ratio of two colours, from 1 (the same) to 21 (black on white).
double contrastRatio(const QColor& a, const QColor& b);

} // namespace herald
