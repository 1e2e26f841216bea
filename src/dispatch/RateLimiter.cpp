#include "dispatch/RateLimiter.h"

#include <algorithm>
#include <cmath>

namespace herald {

namespace {
constexpr double kMinimumRate = 0.5; // messages per second, after repeated 429s
constexpr qint64 kWindowMs = 1010;
constexpr double kSlowDown = 0.7; // the pace after a 429, as a share of the pace before it
} // namespace

RateLimiter::RateLimiter(double ratePerSecond)
{
    setRate(ratePerSecond);
    m_tokens = capacity();
}

void RateLimiter::setRate(double ratePerSecond)
{
    m_configured = ratePerSecond > 0 ? ratePerSecond : 0;
    m_current = m_configured;
    m_tokens = std::min(m_tokens, capacity());
}

double RateLimiter::capacity() const
{
    // A burst of 50 ms worth of messages keeps the pace smooth even when timers fire late.
    return m_current > 0 ? std::max(1.0, m_current / 20.0) : 1.0;
}

void RateLimiter::refill(qint64 nowMs)
{
    if (m_lastRefill < 0)
        m_lastRefill = nowMs;
    const qint64 elapsed = std::max<qint64>(0, nowMs - m_lastRefill);
    m_lastRefill = nowMs;
    if (m_current > 0)
        m_tokens = std::min(capacity(), m_tokens + m_current * static_cast<double>(elapsed) / 1000.0);
}

bool RateLimiter::tryTake(qint64 nowMs)
{
    if (nowMs < m_holdUntil)
        return false;
    if (m_configured <= 0)
        return true;
    refill(nowMs);
    while (!m_recent.empty() && m_recent.front() <= nowMs - kWindowMs)
        m_recent.pop_front();
    const auto windowCap = static_cast<size_t>(std::max(1.0, std::floor(m_current)));
    if (m_tokens < 1.0 || m_recent.size() >= windowCap)
        return false;
    m_tokens -= 1.0;
    m_recent.push_back(nowMs);
    return true;
}

qint64 RateLimiter::waitMs(qint64 nowMs) const
{
    qint64 hold = std::max<qint64>(0, m_holdUntil - nowMs);
    if (m_configured <= 0)
        return hold;
    const auto windowCap = static_cast<size_t>(std::max(1.0, std::floor(m_current)));
    if (m_recent.size() >= windowCap) {
        // The oldest send of a full window must age out first.
        const qint64 oldest = m_recent.at(m_recent.size() - windowCap);
        hold = std::max(hold, oldest + kWindowMs - nowMs + 1);
    }
    if (m_tokens >= 1.0)
        return std::max<qint64>(hold, 0);
    const double missing = 1.0 - m_tokens;
    const auto refillMs = static_cast<qint64>(std::ceil(missing * 1000.0 / m_current));
    const qint64 sinceRefill = m_lastRefill < 0 ? 0 : std::max<qint64>(0, nowMs - m_lastRefill);
    return std::max(hold, std::max<qint64>(1, refillMs - sinceRefill));
}

void RateLimiter::throttled(qint64 nowMs, qint64 retryAfterMs)
{
    refill(nowMs);
    // The 429s of one burst arrive together: they count as one signal, once a second at most.
    if (m_configured > 0 && (m_lastThrottle < 0 || nowMs - m_lastThrottle >= 1000)) {
        m_current = std::max(kMinimumRate, m_current * kSlowDown);
        m_lastThrottle = nowMs;
    }
    m_tokens = std::min(m_tokens, 0.0);
    m_holdUntil = std::max(m_holdUntil, nowMs + std::max<qint64>(retryAfterMs, 0));
    m_lastRecovery = nowMs;
}

void RateLimiter::succeeded(qint64 nowMs)
{
    if (m_configured <= 0 || m_current >= m_configured)
        return;
    if (m_lastRecovery < 0)
        m_lastRecovery = nowMs;
    const qint64 elapsed = nowMs - m_lastRecovery;
    if (elapsed < 1000)
        return;
    refill(nowMs);
    m_current = std::min(m_configured, m_current + m_configured / 10.0 * static_cast<double>(elapsed) / 1000.0);
    m_lastRecovery = nowMs;
}

} // namespace herald
