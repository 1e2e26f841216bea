#pragma once
#include <QJsonObject>
#include <QString>
namespace herald::bench {
struct SandboxEndpoint { QString baseUrl; QString messenteUser; QString messentePassword; };
struct EngineRunOptions { int count = 2000; double rate = 0; int latencyMs = 0; QString dbPath; int timeoutMs = 10000; QString firstNumber = QStringLiteral("+37255500000"); };
/// Runs Herald's campaign engine: creates (or, when dbPath holds an unfinished one, resumes) a campaign of
/// options.count messages to the sandbox and waits until none is queued or sending. Returns at least
/// {"sent": accepted count, "failed", "unknown", "seconds", "msg_per_s", "in_flight_window"}; on error {"error": "..."}.
QJsonObject runHeraldEngine(const SandboxEndpoint& sandbox, const EngineRunOptions& options);
}
