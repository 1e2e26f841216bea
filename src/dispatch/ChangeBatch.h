#pragma once

#include <QList>
#include <QSet>
#include <QTimer>
#include <chrono>
#include <functional>
#include <utility>

namespace herald {

/**
 * Collects the ids of messages that changed and hands them on together, each id once, at most once
 * per interval: however fast the changes come, listeners (the delivery view, the campaign counts)
 * hear of them a few times a second, never once per message.
 */
class ChangeBatch
{
public:
    using Flush = std::function<void(const QList<qint64>& ids)>;

    ChangeBatch(std::chrono::milliseconds interval, Flush flush)
        : m_flush(std::move(flush))
    {
        m_timer.setSingleShot(true);
        m_timer.setInterval(interval);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { flushNow(); });
    }
    ChangeBatch(const ChangeBatch&) = delete;
    ChangeBatch& operator=(const ChangeBatch&) = delete;

    void add(qint64 id)
    {
        if (!m_seen.contains(id)) {
            m_seen.insert(id);
            m_ids.append(id);
        }
        if (!m_timer.isActive())
            m_timer.start();
    }

    void add(const QList<qint64>& ids)
    {
        for (const qint64 id : ids)
            add(id);
    }

    /// Hands on what was collected now, if anything.
    void flushNow()
    {
        m_timer.stop();
        if (m_ids.isEmpty())
            return;
        const QList<qint64> ids = std::exchange(m_ids, {});
        m_seen.clear();
        m_flush(ids);
    }

    qsizetype pending() const { return m_ids.size(); }

private:
    Flush m_flush;
    QList<qint64> m_ids; ///< in the order they first changed
    QSet<qint64> m_seen;
    QTimer m_timer;
};

} // namespace herald
