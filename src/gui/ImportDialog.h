#pragma once

#include "core/ImportAnalysis.h"
#include "dispatch/ListImporter.h"

#include <QDialog>
#include <QSet>
#include <memory>

class QPushButton;

namespace Ui {
class ImportDialog;
}

namespace herald {

class RecipientListRepository;

/**
 * Imports a recipient list: reads the file or pasted cells off the GUI thread, lets the operator
 * name the list and map its columns (remembered for files with the same header row), works out
 * every row's fate with progress and Cancel, reports what happened to each row (with the
 * rejected rows to export and fix), and saves the list only when the operator says so.
 */
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    /// What to import: a file's path, or text pasted from a spreadsheet.
    struct Source
    {
        QString path;
        QString text;
        QString suggestedName;
    };

    ImportDialog(Source source, RecipientListRepository& lists, QSet<QString> suppressed, QString defaultRegion,
        QWidget* parent = nullptr);
    ~ImportDialog() override;

    /// The saved list's id once the dialog was accepted; 0 before.
    qint64 savedListId() const { return m_savedId; }
    const ImportReport& report() const { return m_report; }
    /// The country chosen for numbers without a country code, and whether it is the new default.
    QString region() const;
    bool regionIsNewDefault() const;
    /// Writes the rows that will not be sent to, with the reason, to @p path; false (and a message) on error.
    bool exportRejectedTo(const QString& path);

private:
    void startReading(QChar delimiter);
    void onRead(const ParsedList& parsed);
    void startAnalysis();
    void onAnalysed(const ImportReport& report);
    void showReport();
    void save();
    void onSaved(qint64 listId, const QString& error);
    void exportRejected();
    void cancelOrClose();
    void updateButtons();

    const std::unique_ptr<Ui::ImportDialog> m_ui;
    Source m_source;
    RecipientListRepository& m_lists;
    QSet<QString> m_suppressed;
    ListImporter m_importer;
    ParsedList m_parsed;
    ImportReport m_report;
    QPushButton* m_checkButton = nullptr;
    QPushButton* m_saveButton = nullptr;
    qint64 m_savedId = 0;
};

} // namespace herald
