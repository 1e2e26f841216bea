#pragma once

#include "core/CsvReader.h"
#include "core/PhoneNumber.h"
#include "core/RecipientList.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ListImportDialog;
}

namespace herald {

/**
 * Turns text from a file or the clipboard into a recipient list: the operator names it, checks
 * the delimiter and which column holds the numbers, and sees how many numbers could be read
 * before anything is saved.
 */
class ListImportDialog : public QDialog
{
    Q_OBJECT
public:
    ListImportDialog(QString text, const PhoneNumberNormalizer& numbers, QWidget* parent = nullptr);
    ~ListImportDialog() override;

    void setListName(const QString& name);
    /// The list as it will be saved; valid after the dialog was accepted.
    RecipientList result() const;

private:
    void parse();
    void updateSummary();

    const std::unique_ptr<Ui::ListImportDialog> m_ui;
    const QString m_text;
    PhoneNumberNormalizer m_numbers;
    CsvTable m_table;
};

} // namespace herald
