#pragma once

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace herald {

class Database;

/// One number on the opt-out list: Herald sends nothing to it, with any provider.
struct Suppression
{
    QString e164;
    QString reason; ///< in the operator's words, e.g. "asked by phone"; may be empty
    QDateTime addedAt; ///< UTC; when the number was first put on the list
    QString source; ///< how it got there, e.g. "typed" or "imported from opt-outs.csv"
    QString addedBy; ///< the operating-system user who added it
};

/**
 * The opt-out (suppression) list shared by every provider. Entries are only ever added by an
 * operator (typed or imported) and only ever removed by an operator's explicit remove(): nothing
 * here runs as a side effect of importing or replacing a recipient list. A number already on the
 * list keeps its first entry; adding it again changes nothing and says so.
 */
class SuppressionRepository
{
public:
    explicit SuppressionRepository(Database& db);

    enum class AddOutcome
    {
        Added,
        AlreadyPresent, ///< the earlier entry was kept as it was
        Failed ///< an empty number or a database error
    };

    /**
     * Puts @p entry on the list. An invalid addedAt means now; an empty addedBy means the current
     * operating-system user. When the number is already there, @p existing (if given) receives the
     * entry that was kept.
     */
    AddOutcome add(const Suppression& entry, Suppression* existing = nullptr);

    struct BulkResult
    {
        int added = 0;
        int alreadyPresent = 0; ///< on the list before, or earlier in @p entries
        bool ok = true; ///< false: a database error; nothing was added
    };
    /// Adds every entry in one transaction, keeping earlier entries as add() does.
    BulkResult addMany(const QList<Suppression>& entries);

    /// Takes @p e164 off the list: only ever on an operator's explicit request. False if it was not there.
    bool remove(const QString& e164);

    /// Every entry, newest first.
    QList<Suppression> all() const;
    int count() const;
    bool contains(const QString& e164) const;
    std::optional<Suppression> find(const QString& e164) const;
    /// Every number on the list, for checking a whole imported list at once.
    QSet<QString> numbers() const;

    /// The operating-system user name recorded as who added an entry.
    static QString currentUserName();

private:
    Database& m_db;
};

} // namespace herald
