#pragma once

#include <QDateTime>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace herald {

class ProfileRepository;
class ProviderRegistry;
class TemplateRepository;
struct ProviderError;
struct Profile;

/// What one template sync did.
struct TemplateSyncReport
{
    qint64 profileId = 0;
    bool ok = false;
    int total = 0; ///< templates read and stored
    QMap<QString, int> byStatus; ///< provider status ("approved", "pending", …) → templates
    int added = 0; ///< new to the library
    int updated = 0; ///< already in the library, same id
    QStringList problems; ///< templates left out, and why, in words
    QStringList notes; ///< templates read with a change, in words
    QDateTime syncedAt; ///< UTC; invalid when the sync failed
    QString message; ///< the whole outcome in words, errors included
};

/**
 * Reads a profile's WhatsApp templates from its provider (Messente's template list, every page)
 * and stores them in the library with their status, asynchronously. Templates entered by hand are
 * never removed; one with the same name and language as a synced one takes the provider's content
 * and status and keeps its id. Each profile's last sync time is kept in the database.
 */
class TemplateSyncService : public QObject
{
    Q_OBJECT
public:
    TemplateSyncService(ProfileRepository& profiles, TemplateRepository& templates, ProviderRegistry& providers,
        QObject* parent = nullptr);

    /**
     * Starts syncing @p profileId. progress() follows each page; finished() comes once, also for
     * a profile that cannot sync (not Messente, no WABA id), asynchronously. Returns false and does
     * nothing while that profile's sync is still running.
     */
    bool sync(qint64 profileId);
    bool isSyncing(qint64 profileId) const { return m_running.contains(profileId); }
    /// When @p profileId last synced to the end; invalid when never.
    QDateTime lastSynced(qint64 profileId) const;

    /// A provider's template status in words ("approved", "in appeal"); empty for a hand-entered template.
    static QString statusInWords(const QString& status);
    /// "12 templates synced: 9 approved, 2 pending, 1 rejected." and what was left out.
    static QString summarize(const TemplateSyncReport& report);
    /// Why a sync of @p profile failed, in words, with the provider's own code and text.
    static QString describeError(const ProviderError& error, const Profile& profile);

Q_SIGNALS:
    /// @p templatesRead so far, after each page.
    void progress(qint64 profileId, int templatesRead);
    void finished(const herald::TemplateSyncReport& report);
    /// The library changed: panes that list templates reload.
    void templatesChanged();

private:
    void fail(qint64 profileId, const QString& message);
    void finish(TemplateSyncReport report);

    ProfileRepository& m_profiles;
    TemplateRepository& m_templates;
    ProviderRegistry& m_providers;
    QSet<qint64> m_running;
};

} // namespace herald
