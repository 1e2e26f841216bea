#pragma once

#include "core/Template.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace herald {

class Database;

/// What storing a provider's template list did.
struct TemplateSyncOutcome
{
    bool ok = false; ///< false: nothing was stored (the database refused a row); error says which
    int added = 0; ///< new to the library
    int updated = 0; ///< already in the library (synced before or entered by hand), same id
    QString error;
};

class TemplateRepository
{
public:
    explicit TemplateRepository(Database& db);

    QList<Template> all() const;
    /**
     * The templates that may be offered for sending (Template::isSendable): those entered by hand,
     * which carry no provider status, and those the provider reports approved.
     */
    QList<Template> sendable() const;
    std::optional<Template> find(qint64 id) const;
    /// The template Meta knows as @p name in @p language, e.g. to update it when syncing from a provider.
    std::optional<Template> findByNameAndLanguage(const QString& name, const QString& language) const;
    /// Inserts @p tpl (id 0) or updates it; returns the id, or 0 when name+language is taken or on error.
    qint64 save(const Template& tpl);
    /// How the composer last filled template @p id (bindingsToJson()); empty when never.
    QString bindings(qint64 id) const;
    void saveBindings(qint64 id, const QString& json);
    bool remove(qint64 id);

    /**
     * Stores the templates read from @p profileId's provider, matched by name and language: a new
     * one is added; one already in the library keeps its id and its Bird and Kaleyra addressing and
     * takes the provider's category, components, status and id, with syncedAt @p syncedAt. Templates
     * not in @p synced, hand-entered ones included, are left as they are. Records @p syncedAt as the
     * profile's last sync. All or nothing.
     */
    TemplateSyncOutcome storeSynced(qint64 profileId, const QList<Template>& synced, const QDateTime& syncedAt);
    /// When @p profileId last synced its templates to the end; invalid when never.
    QDateTime lastSynced(qint64 profileId) const;

private:
    Database& m_db;
};

} // namespace herald
