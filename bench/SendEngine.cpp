// Placeholder: Herald's campaign engine for `herald-bench send` is written separately and replaces this file.
#include "SendEngine.h"

using namespace Qt::StringLiterals;

namespace herald::bench {

QJsonObject runHeraldEngine(const SandboxEndpoint& sandbox, const EngineRunOptions& options)
{
    Q_UNUSED(sandbox);
    Q_UNUSED(options);
    return { { u"error"_s, u"engine not built yet"_s } };
}

} // namespace herald::bench
