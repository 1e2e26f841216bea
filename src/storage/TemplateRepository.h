#pragma once

#include "core/Template.h"

#include <QList>
#include <optional>

namespace herald {

class Database;

class TemplateRepository
{
public:
    explicit TemplateRepository(Database& db);

    QList<Template> all() const;
    std::optional<Template> find(qint64 id) const;
    /// The template Meta knows as @p name in @p language, e.g. to update it when syncing from a provider.
    std::optional<Template> findByNameAndLanguage(const QString& name, const QString& language) const;
    /// Inserts @p tpl (id 0) or updates it; returns the id, or 0 when name+language is taken or on error.
    qint64 save(const Template& tpl);
    bool remove(qint64 id);

private:
    Database& m_db;
};

} // namespace herald
