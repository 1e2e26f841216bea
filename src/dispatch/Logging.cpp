#include "dispatch/Logging.h"

Q_LOGGING_CATEGORY(lcDispatch, "herald.dispatch")
