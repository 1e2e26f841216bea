#include "providers/NetworkPool.h"

#include <QNetworkAccessManager>
#include <algorithm>

namespace herald {

NetworkPool::NetworkPool(int size, QObject* parent)
    : QObject(parent)
{
    const int count = std::max(1, size);
    m_managers.reserve(count);
    for (int i = 0; i < count; ++i)
        m_managers.append(new QNetworkAccessManager(this));
}

NetworkPool::~NetworkPool() = default;

QNetworkAccessManager* NetworkPool::next()
{
    QNetworkAccessManager* manager = m_managers.at(m_next);
    m_next = (m_next + 1) % m_managers.size();
    return manager;
}

int NetworkPool::size() const
{
    return static_cast<int>(m_managers.size());
}

QNetworkAccessManager* NetworkAccess::next() const
{
    return m_pool ? m_pool->next() : m_manager;
}

} // namespace herald
