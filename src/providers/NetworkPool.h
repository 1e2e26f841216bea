#pragma once

#include <QList>
#include <QObject>

class QNetworkAccessManager;

namespace herald {

/**
 * Several QNetworkAccessManagers handed out in turn. Over HTTP/1.1 one manager opens at most six
 * connections to a host, so a sender that needs more requests in flight spreads them over a pool.
 * The managers are children of the pool and live on its thread; use them there only.
 */
class NetworkPool : public QObject
{
    Q_OBJECT
public:
    /// Creates @p size managers (at least one, whatever @p size says).
    explicit NetworkPool(int size, QObject* parent = nullptr);
    ~NetworkPool() override;

    /// The next manager in turn: 0, 1, …, size() - 1, 0, …
    QNetworkAccessManager* next();
    int size() const;

private:
    QList<QNetworkAccessManager*> m_managers;
    qsizetype m_next = 0;
};

/**
 * Where requests get their QNetworkAccessManager: one fixed manager, or the next one of a pool for
 * each request. Implicit from either, so code that passes `&nam` keeps working. It does not own
 * what it points to, which must outlive every copy of it.
 */
class NetworkAccess
{
public:
    NetworkAccess(QNetworkAccessManager* manager) // NOLINT: implicit on purpose
        : m_manager(manager)
    { }
    NetworkAccess(NetworkPool* pool) // NOLINT: implicit on purpose
        : m_pool(pool)
    { }

    /// The manager for the next request: the fixed one, or the pool's next in turn.
    QNetworkAccessManager* next() const;

private:
    QNetworkAccessManager* m_manager = nullptr;
    NetworkPool* m_pool = nullptr;
};

} // namespace herald
