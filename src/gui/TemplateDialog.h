#pragma once

#include "core/Template.h"

#include <QDialog>
#include <memory>

namespace Ui {
class TemplateDialog;
}

namespace herald {

/// Adds or edits a template, checking Meta's rules as the operator types.
class TemplateDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TemplateDialog(QWidget* parent = nullptr);
    ~TemplateDialog() override;

    void setTemplate(const Template& tpl);
    /// The template as entered (keeps the id of the one being edited).
    Template result() const;

private:
    void validate();
    void addButtonRow(const TemplateButton& button);
    QList<TemplateButton> buttons() const;

    const std::unique_ptr<Ui::TemplateDialog> m_ui;
    Template m_original;
};

} // namespace herald
