#pragma once

// Hostile answers for the sandbox's --hostile mode: bodies a broken or compromised provider could
// send. Internal to src/sandbox; docs/sandbox.md lists them.

#include "sandbox/NetworkConditions.h"

#include <QHttpServerResponse>

namespace herald::sandbox {

/// The kinds, in the order the sandbox cycles through them.
enum class HostileKind
{
    Markup, ///< an error whose text is HTML and spreadsheet formulas; not processed
    WrongTypes, ///< the real answer with every value's JSON type changed; processed
    InvalidUtf8, ///< an error whose text holds bytes that are not UTF-8; not processed
    DeepNesting, ///< 100,000 nested arrays; processed
    Oversized, ///< a 6 MB answer, above any sane client's cap; processed
    LongText, ///< an error whose text is 300,000 characters long; not processed
};
constexpr int kHostileKinds = 6;

/// Whether the sandbox runs the provider's own handling before answering with @p kind.
bool hostileProcesses(HostileKind kind);

/// The hostile answer of @p kind; @p real is the provider's own answer when hostileProcesses(kind).
QHttpServerResponse hostileAnswer(HostileKind kind, const ProviderGate& gate, const QHttpServerResponse* real);

/// The text the Markup kind puts in its error, for tests that check it is shown as text.
QString hostileMarkupText();

} // namespace herald::sandbox
