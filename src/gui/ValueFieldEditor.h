#pragma once

#include "core/ValueBinding.h"

#include <QWidget>
#include <memory>

class QLineEdit;

namespace Ui {
class ValueFieldEditor;
}

namespace herald {

/**
 * The editor for one value a template needs: a fixed value or a column of the recipient list
 * (with a fallback for empty cells), and for body variables the parameter type Meta receives —
 * text, an amount in a currency, or a date and time.
 */
class ValueFieldEditor : public QWidget
{
    Q_OBJECT
public:
    /// @p language is the template's (en_US style): dates picked here are written in it.
    ValueFieldEditor(const ValueSlot& slot, const QString& language, QWidget* parent = nullptr);
    ~ValueFieldEditor() override;

    const ValueSlot& slot() const { return m_slot; }
    /// The list's columns offered as sources; empty when no list is chosen (fixed values only).
    void setColumns(const QStringList& columns);
    ValueBinding binding() const;
    void setBinding(const ValueBinding& binding);
    /// Shows @p problem at the field that holds the value (empty clears it).
    void setProblem(const QString& problem);
    QString problem() const;
    /// Offers @p example (a sample media link, say) behind a button that fills it in; empty hides the button.
    void setExample(const QString& example);
    /// Names every control of the editor after @p label, for screen readers.
    void setAccessibleLabel(const QString& label);
    /// The line edit an operator types the value into; named value_<slot key> for tests.
    QLineEdit* valueEdit() const;

Q_SIGNALS:
    void changed();

private:
    void updateVisibility();
    void pickDate();

    const std::unique_ptr<Ui::ValueFieldEditor> m_ui;
    ValueSlot m_slot;
    QString m_language;
    QString m_example;
};

} // namespace herald
