#pragma once

#include "gui/GuiServices.h"
#include "storage/SuppressionRepository.h"

#include <QAbstractTableModel>
#include <QWidget>
#include <memory>

namespace Ui {
class SuppressionWidget;
}

namespace herald {

class SuppressionFilter;

/// The opt-out list as a table: number, reason, when (in the operator's locale), source, who.
class SuppressionTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Number,
        Reason,
        Added,
        Source,
        AddedBy,
        ColumnCount
    };
    /// The value a column sorts by: the time itself for Added, folded text for the others.
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit SuppressionTableModel(QObject* parent = nullptr);

    void setEntries(QList<Suppression> entries);
    /// The entry shown in @p row, or null.
    const Suppression* entry(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Suppression> m_entries;
};

/**
 * The opt-out list shared by every provider: search, sort, add a number by hand, import a file
 * or pasted cells, remove (after a confirmation naming the number) and export. Numbers are read
 * with the application's PhoneNumberNormalizer, so they match what Compose and imports send to.
 */
class SuppressionWidget : public QWidget
{
    Q_OBJECT
public:
    /// @p services.suppressions must be set.
    explicit SuppressionWidget(GuiServices services, QWidget* parent = nullptr);
    ~SuppressionWidget() override;

    /// Reads the list again from the database, keeping the selection.
    void reload();
    SuppressionTableModel* model() const { return m_model; }

    /**
     * Asks which column holds the numbers and the reason for all of them, then adds every number
     * of @p text (CSV, TSV or cells pasted from a spreadsheet) and says what happened in words.
     * @p source is recorded with each entry, e.g. "imported from opt-outs.csv".
     */
    void importText(const QString& text, const QString& source);
    void importFile(const QString& path);

    /**
     * Writes the whole list to @p path as UTF-8 CSV. Cells that a spreadsheet would run as a
     * formula (starting with = + - @) are written with a leading apostrophe. False with @p error.
     */
    bool exportTo(const QString& path, QString* error) const;

Q_SIGNALS:
    /// Numbers were added or removed here: checks against the list should run again.
    void suppressionsChanged();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void addNumber();
    void chooseImportFile();
    void pasteCells();
    void removeSelected();
    void chooseExportFile();
    const Suppression* selected() const;
    void select(const QString& e164);
    void updateButtons();
    void showResult(const QString& text);

    const std::unique_ptr<Ui::SuppressionWidget> m_ui;
    GuiServices m_services;
    SuppressionRepository& m_list;
    SuppressionTableModel* m_model;
    SuppressionFilter* m_filter;
};

} // namespace herald
