#pragma once

#include "core/CsvReader.h"
#include "core/ImportAnalysis.h"
#include "core/RecipientListOps.h"

#include <QFuture>
#include <QObject>
#include <QSet>
#include <QString>
#include <atomic>
#include <memory>

namespace herald {

/// A file or pasted text read into a table, ready for its columns to be mapped.
struct ParsedList
{
    bool ok = false;
    QString error; ///< why the text could not be read, in words
    QString source; ///< the file's path; empty for pasted text
    QString encoding; ///< "UTF-8", "Windows-1252", …
    CsvTable table;
};

/**
 * Reads recipient lists and works out each row's fate off the GUI thread: reading and parsing a
 * file, then normalising, de-duplicating and checking every number against the opt-out list,
 * with progress and cancel. One job at a time; results arrive on the thread that started it.
 */
class ListImporter : public QObject
{
    Q_OBJECT
public:
    explicit ListImporter(QObject* parent = nullptr);
    ~ListImporter() override;

    bool isBusy() const { return m_busy; }
    /// Reads @p path (any encoding Herald knows; delimiter detected unless @p delimiter is set).
    void readFile(const QString& path, QChar delimiter = {});
    /// Parses @p text as pasted cells or CSV.
    void readText(const QString& text, QChar delimiter = {});
    /// Works out every row's fate; @p suppressed are E.164 numbers on the opt-out list.
    void analyze(const CsvTable& table, int phoneColumn, const QString& region, const QSet<QString>& suppressed);
    /// Asks the running analysis to stop; finished() still comes, with cancelled set.
    void cancel();
    /**
     * Saves @p list, and @p mapping for its header row, into the database file @p databasePath
     * through a connection of its own, so a list of a million rows never stops the window.
     */
    void save(const QString& databasePath, const RecipientList& list, const ImportMapping& mapping);

Q_SIGNALS:
    void readFinished(const herald::ParsedList& parsed);
    void progress(int done, int total);
    void analysisFinished(const herald::ImportReport& report);
    /// @p listId is 0 when the list could not be saved; @p error then says why.
    void saveFinished(qint64 listId, const QString& error);

private:
    void watchRead(const QFuture<ParsedList>& reading);

    bool m_busy = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFuture<ImportReport> m_running;
    QFuture<std::pair<qint64, QString>> m_saving;
};

} // namespace herald
