#pragma once

#include "core/PhoneNumber.h"
#include "core/RecipientList.h"
#include "core/ValueBinding.h"
#include "gui/ImportDialog.h"

#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class RecipientListPicker;
}

namespace herald {

class RecipientListRepository;
class SuppressionRepository;

/**
 * Chooses the recipient list a message is composed for, imports new ones from a file or the
 * clipboard, and steps through its rows so the preview can show any recipient's message.
 */
class RecipientListPicker : public QWidget
{
    Q_OBJECT
public:
    /// @p suppressions may be null (then imports check no opt-outs; sending still does).
    /// @p numbers is the app's normalizer, followed as the default country changes.
    RecipientListPicker(RecipientListRepository& lists, const PhoneNumberNormalizer& numbers,
        SuppressionRepository* suppressions, QWidget* parent = nullptr);
    ~RecipientListPicker() override;

    void reloadLists(qint64 selectId = 0);
    bool hasList() const { return m_list.has_value(); }
    /// The chosen list's id; 0 without a list.
    qint64 listId() const { return m_list ? m_list->id : 0; }
    /// The chosen list's columns; empty without a list.
    QStringList columns() const;
    /// The row shown in the preview, or nullptr without a list (or with an empty one).
    const RecipientRow* currentRow() const;
    RecipientData currentData() const;
    /// Chooses row @p index (from 0) of the current list.
    void setCurrentRow(int index);

    /// Reads @p path and offers it for import; public so tests can skip the file dialog.
    void importFile(const QString& path);
    /// Offers @p text (cells from a spreadsheet, or CSV) for import.
    void importText(const QString& text, const QString& suggestedName);

Q_SIGNALS:
    void listChanged();
    void rowChanged();
    /// Lists were added; other panes may reload.
    void listsChanged();
    /// The operator made @p region the country for numbers without a country code.
    void defaultRegionChosen(const QString& region);

private:
    void loadSelectedList();
    void showRow();
    void chooseFile();
    void runImport(const ImportDialog::Source& source);

    const std::unique_ptr<Ui::RecipientListPicker> m_ui;
    RecipientListRepository& m_lists;
    const PhoneNumberNormalizer& m_numbers;
    SuppressionRepository* m_suppressions = nullptr;
    std::optional<RecipientList> m_list;
};

} // namespace herald
