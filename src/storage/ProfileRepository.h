#pragma once

#include "core/Profile.h"

#include <QList>
#include <optional>

namespace herald {

class Database;

/// Profiles without their secrets; the secret stays in the keychain under Profile::secretKey.
class ProfileRepository
{
public:
    explicit ProfileRepository(Database& db);

    QList<Profile> all() const;
    std::optional<Profile> find(qint64 id) const;
    std::optional<Profile> findByName(const QString& name) const;
    /// Inserts @p profile (id 0) or updates it; returns the id, or 0 when the name is taken or on error.
    qint64 save(const Profile& profile);
    bool remove(qint64 id);

private:
    Database& m_db;
};

} // namespace herald
