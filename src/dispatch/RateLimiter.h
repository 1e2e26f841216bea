#pragma once

#include <QtGlobal>
#include <deque>

namespace herald {

/**
 * A token bucket that paces requests at a rate per second, with a small burst, and slows down on
 * its own when the provider answers 429: the pace drops to 70 % (once a second at most, as the
 * 429s of one burst come together; never below one message in two seconds), nothing leaves until a Retry-After has
 * passed, and it climbs back to the operator's pace by a tenth of it per second once requests go through again.
 * Providers count requests in a sliding one-second window, so besides the bucket no more than the pace's worth ever
 * leaves within any 1.01 s (the extra 10 ms absorbs the difference between leaving here and arriving there). Time comes
 * from the caller, in milliseconds, so the behaviour can be tested without waiting.
 */
class RateLimiter
{
public:
    explicit RateLimiter(double ratePerSecond = 0);

    /// The operator's pace; 0 or less means no limit.
    void setRate(double ratePerSecond);
    double configuredRate() const { return m_configured; }
    /// The pace in force now: the configured one, or less after a 429.
    double currentRate() const { return m_current; }

    /// Takes one token at @p nowMs if one is there.
    bool tryTake(qint64 nowMs);
    /// Milliseconds from @p nowMs until tryTake() can succeed (0 = now).
    qint64 waitMs(qint64 nowMs) const;

    /// The provider said "too many requests" at @p nowMs; @p retryAfterMs (0 = not given) holds every token until then.
    void throttled(qint64 nowMs, qint64 retryAfterMs = 0);
    /// A request went through at @p nowMs: the pace recovers toward the configured one.
    void succeeded(qint64 nowMs);

private:
    void refill(qint64 nowMs);
    double capacity() const;

    double m_configured = 0;
    double m_current = 0;
    double m_tokens = 1;
    qint64 m_lastRefill = -1;
    qint64 m_holdUntil = 0;
    qint64 m_lastRecovery = -1;
    qint64 m_lastThrottle = -1;
    std::deque<qint64> m_recent; ///< when the tokens of the last window were taken
};

} // namespace herald
