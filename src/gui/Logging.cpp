#include "gui/Logging.h"

Q_LOGGING_CATEGORY(lcGui, "herald.gui")
