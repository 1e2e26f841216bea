#include "gui/CampaignText.h"

#include <QLocale>
#include <QTimeZone>
#include <algorithm>
#include <cmath>
#include <utility>

namespace herald {

QString CampaignText::duration(double seconds)
{
    if (seconds < 1)
        return tr("under a second");
    const qint64 whole = std::llround(seconds);
    if (whole < 90)
        return tr("about %Ln s", nullptr, static_cast<int>(whole));
    const qint64 minutes = (whole + 30) / 60;
    if (minutes < 90)
        return tr("about %Ln min", nullptr, static_cast<int>(minutes));
    const qint64 hours = minutes / 60;
    const qint64 rest = minutes % 60;
    if (rest == 0)
        return tr("about %Ln h", nullptr, static_cast<int>(hours));
    return tr("about %1 h %2 min").arg(QLocale().toString(hours), QLocale().toString(rest));
}

QString CampaignText::pace(double messagesPerSecond)
{
    if (messagesPerSecond <= 0)
        return tr("the provider's pace");
    const int decimals
        = messagesPerSecond < 10 && std::abs(messagesPerSecond - std::round(messagesPerSecond)) > 0.05 ? 1 : 0;
    return tr("%1 messages per second").arg(QLocale().toString(messagesPerSecond, 'f', decimals));
}

QString CampaignText::progress(const CampaignCounts& counts, double etaSeconds)
{
    QStringList parts;
    parts.append(tr("%1 of %2 sent").arg(QLocale().toString(counts.taken()), QLocale().toString(counts.total())));
    if (const int failed = counts.count(MessageState::Failed) + counts.count(MessageState::Expired); failed > 0)
        parts.append(tr("%Ln failed", nullptr, failed));
    if (const int unknown = counts.count(MessageState::Unknown); unknown > 0)
        parts.append(tr("%Ln unknown", nullptr, unknown));
    if (const int cancelled = counts.count(MessageState::Cancelled); cancelled > 0)
        parts.append(tr("%Ln cancelled", nullptr, cancelled));
    const int left = counts.count(MessageState::Queued) + counts.count(MessageState::Sending);
    if (left > 0 && etaSeconds >= 0)
        parts.append(tr("%1 left").arg(duration(etaSeconds)));
    return parts.join(tr(" · "));
}

QString CampaignText::skipped(const CampaignPlan& plan)
{
    QList<std::pair<int, SkipReason>> counts;
    for (const SkipReason reason :
        { SkipReason::Empty, SkipReason::Invalid, SkipReason::Duplicate, SkipReason::OptedOut, SkipReason::Values }) {
        if (const int n = plan.skipped(reason); n > 0)
            counts.append({ n, reason });
    }
    std::stable_sort(counts.begin(), counts.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    QStringList parts;
    for (const auto& [n, reason] : std::as_const(counts)) {
        switch (reason) {
        case SkipReason::Empty:
            parts.append(tr("%Ln without a number", nullptr, n));
            break;
        case SkipReason::Invalid:
            parts.append(tr("%Ln with an invalid number", nullptr, n));
            break;
        case SkipReason::Duplicate:
            parts.append(tr("%Ln repeating an earlier number", nullptr, n));
            break;
        case SkipReason::OptedOut:
            parts.append(tr("%Ln on the opt-out list", nullptr, n));
            break;
        case SkipReason::Values:
            parts.append(tr("%Ln with a value Meta would refuse", nullptr, n));
            break;
        }
    }
    return parts.join(tr(", "));
}

QString CampaignText::when(const QDateTime& at)
{
    const QDateTime local = at.toLocalTime();
    return tr("%1 at %2 (%3)")
        .arg(QLocale().toString(local.date(), QLocale::LongFormat),
            QLocale().toString(local.time(), QLocale::ShortFormat),
            QTimeZone::systemTimeZone().displayName(local, QTimeZone::LongName));
}

QString CampaignText::auditAction(const QString& key)
{
    static const std::pair<const char*, const char*> kActions[] = {
        { "created", QT_TR_NOOP("Created") },
        { "started", QT_TR_NOOP("Started") },
        { "sent", QT_TR_NOOP("Sending finished") },
        { "paused", QT_TR_NOOP("Paused") },
        { "resumed", QT_TR_NOOP("Resumed") },
        { "cancelled", QT_TR_NOOP("Cancelled") },
        { "retried", QT_TR_NOOP("Failed ones sent again") },
        { "resent_unknown", QT_TR_NOOP("Unknown ones sent again") },
        { "pace", QT_TR_NOOP("Pace changed") },
        { "test_sent", QT_TR_NOOP("Test message") },
    };
    for (const auto& [action, words] : kActions) {
        if (key == QLatin1String(action))
            return tr(words);
    }
    return key;
}

} // namespace herald
