#include "providers/Logging.h"

Q_LOGGING_CATEGORY(lcProviders, "herald.providers")
