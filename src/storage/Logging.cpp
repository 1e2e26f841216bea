#include "storage/Logging.h"

Q_LOGGING_CATEGORY(lcStorage, "herald.storage")
