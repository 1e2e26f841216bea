#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace herald::bench {

/**
 * Writes a message history of @p rows messages into the database file @p path through Herald's
 * storage layer: three profiles (Messente, Bird, Kaleyra), eight finished campaigns sent to saved
 * lists (so messages have names), 15 % messages sent on their own (half of them to numbers a
 * campaign reached too), and the states a history has (mostly read and delivered, some failed with
 * the providers' errors, expired, cancelled, unknown; a few still on their way). Returns what it
 * wrote as JSON, or nullopt with @p error set.
 */
std::optional<QJsonObject> writeHistory(const QString& path, int rows, quint64 seed, QString* error);

/**
 * Runs `herald-bench history --db PATH --rows N --seed S` as a process of its own, so that building
 * the history does not count in the caller's memory figures. Returns its JSON line.
 */
std::optional<QJsonObject> writeHistoryInChild(const QString& path, int rows, quint64 seed, QString* why);

/// `herald-bench history`: writes a history (writeHistory) and prints what it wrote.
int runHistory(const QStringList& args);

} // namespace herald::bench
