#pragma once

#include "core/Campaign.h"

#include <QCoreApplication>
#include <QString>

namespace herald {

/// How campaigns are put in words, the same in the dialog, the Campaigns pane and the status bar.
class CampaignText
{
    Q_DECLARE_TR_FUNCTIONS(CampaignText)
public:
    /// "under a second", "about 40 s", "about 3 min", "about 1 h 20 min".
    static QString duration(double seconds);
    /// "2.5 messages per second".
    static QString pace(double messagesPerSecond);
    /// "1,234 of 2,000 sent · 12 failed · 3 unknown · about 40 s left" (@p etaSeconds < 0: no ETA).
    static QString progress(const CampaignCounts& counts, double etaSeconds);
    /// How far @p counts are along, for a progress bar: every message no longer queued or being sent.
    static int settled(const CampaignCounts& counts) { return counts.settled(); }
    /// "3 repeated numbers, 1 opted out" for @p plan's skips, most frequent reason first; empty when none.
    static QString skipped(const CampaignPlan& plan);
    /// "Tuesday, 1 December 2026 at 14:30 (Central European Time)": @p at in the operator's own time zone.
    static QString when(const QDateTime& at);
    /// An audit log action key ("created", "paused", …) in words.
    static QString auditAction(const QString& key);
};

} // namespace herald
