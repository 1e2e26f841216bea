#pragma once

#include "core/Template.h"

#include <QDialog>
#include <QMap>
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
    /// Lists the template's variables in the Bird keys table, keeping the keys entered so far.
    void refreshBirdKeys();
    /// The keys entered for the variables the template has now, without those left as default.
    QMap<QString, QString> birdKeys() const;

    const std::unique_ptr<Ui::TemplateDialog> m_ui;
    Template m_original;
    QMap<QString, QString> m_birdKeys; ///< every key entered, also for variables since removed from the text
};

} // namespace herald
