#pragma once

#include "gui/GuiServices.h"

#include <QSet>
#include <QWidget>
#include <memory>

namespace Ui {
class RecipientsWidget;
}

namespace herald {

class RecipientFilterModel;
class RecipientRowsModel;
struct RecipientList;
struct RecipientRow;

/**
 * The Recipients pane: saved lists to import, paste, merge, rename, export and delete, and the
 * chosen list's rows to search, filter by fate, edit, add and remove. An edited number is read
 * again at once, so its fate is never stale.
 */
class RecipientsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit RecipientsWidget(GuiServices services, QWidget* parent = nullptr);
    ~RecipientsWidget() override;

    void reloadLists(qint64 selectId = 0);
    /// Opens the import for @p path (a dropped or chosen file); public so tests skip the file dialog.
    void importFile(const QString& path);
    /// Opens the import for @p text, e.g. cells pasted from a spreadsheet.
    void importText(const QString& text);
    RecipientRowsModel* rowsModel() const { return m_rows; }
    /// Adds a section beside the lists (the opt-out list); the pane takes ownership.
    void addSection(QWidget* section, const QString& title);
    /// Brings @p section (added with addSection) to the front.
    void showSection(QWidget* section);
    /// Brings the shown list's fates up to date with the opt-out list.
    void reassessRows();

protected:
    void resizeEvent(QResizeEvent* event) override;

Q_SIGNALS:
    /// Lists were added, changed or removed; other panes may reload.
    void listsChanged();

private:
    void runImport(const QString& path, const QString& text, const QString& suggestedName);
    void showSelectedList();
    void onRowEdited(int index, const RecipientRow& row);
    void addRow();
    void removeRows();
    void mergeLists();
    void renameList();
    void exportList();
    void deleteLists();
    void updateCounts();
    /// Writes rows @p indexes of @p list after their fate changed.
    void saveRows(const RecipientList& list, const QList<int>& indexes);
    QList<qint64> selectedListIds() const;
    QSet<QString> suppressedNumbers() const;

    const std::unique_ptr<Ui::RecipientsWidget> m_ui;
    GuiServices m_services;
    RecipientRowsModel* m_rows = nullptr; ///< owned by this widget
    RecipientFilterModel* m_filter = nullptr; ///< owned by this widget
};

} // namespace herald
