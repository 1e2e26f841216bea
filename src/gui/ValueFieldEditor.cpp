#include "gui/ValueFieldEditor.h"

#include "core/Currency.h"
#include "gui/FieldProblem.h"
#include "ui_ValueFieldEditor.h"

#include <QCalendarWidget>
#include <QMenu>
#include <QWidgetAction>

namespace herald {

ValueFieldEditor::ValueFieldEditor(const ValueSlot& slot, const QString& language, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ValueFieldEditor>())
    , m_slot(slot)
    , m_language(language)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("field_") + slot.key());
    m_ui->valueEdit->setObjectName(QStringLiteral("value_") + slot.key());
    m_ui->fallbackEdit->setObjectName(QStringLiteral("fallback_") + slot.key());
    m_ui->sourceCombo->setObjectName(QStringLiteral("source_") + slot.key());
    m_ui->formatCombo->setObjectName(QStringLiteral("format_") + slot.key());
    m_ui->currencyCombo->setObjectName(QStringLiteral("currency_") + slot.key());

    m_ui->formatCombo->addItem(tr("Text"), QVariant::fromValue(static_cast<int>(ParameterFormat::Text)));
    m_ui->formatCombo->addItem(tr("Amount"), QVariant::fromValue(static_cast<int>(ParameterFormat::Currency)));
    m_ui->formatCombo->addItem(tr("Date/time"), QVariant::fromValue(static_cast<int>(ParameterFormat::DateTime)));
    m_ui->currencyCombo->addItems(isoCurrencyCodes());
    const QString localCurrency = QLocale(language).currencySymbol(QLocale::CurrencyIsoCode);
    m_ui->currencyCombo->setCurrentText(isIsoCurrencyCode(localCurrency) ? localCurrency : QStringLiteral("EUR"));
    setColumns({});

    auto* menu = new QMenu(m_ui->dateButton);
    auto* calendarAction = new QWidgetAction(menu);
    auto* calendar = new QCalendarWidget(menu);
    calendar->setObjectName(QStringLiteral("dateCalendar"));
    calendar->setLocale(QLocale(language));
    calendarAction->setDefaultWidget(calendar);
    menu->addAction(calendarAction);
    m_ui->dateButton->setMenu(menu);
    connect(calendar, &QCalendarWidget::activated, this, [this, menu](QDate date) {
        m_ui->valueEdit->setText(QLocale(m_language).toString(date, QLocale::LongFormat));
        menu->close();
    });
    connect(calendar, &QCalendarWidget::clicked, this, [this, menu](QDate date) {
        m_ui->valueEdit->setText(QLocale(m_language).toString(date, QLocale::LongFormat));
        menu->close();
    });

    m_ui->exampleButton->setObjectName(QStringLiteral("example_") + slot.key());
    connect(m_ui->exampleButton, &QToolButton::clicked, this, [this] { m_ui->valueEdit->setText(m_example); });

    for (QComboBox* combo : { m_ui->sourceCombo, m_ui->formatCombo }) {
        connect(combo, &QComboBox::currentIndexChanged, this, &ValueFieldEditor::updateVisibility);
        connect(combo, &QComboBox::currentIndexChanged, this, &ValueFieldEditor::changed);
    }
    connect(m_ui->currencyCombo, &QComboBox::currentTextChanged, this, &ValueFieldEditor::changed);
    connect(m_ui->valueEdit, &QLineEdit::textChanged, this, &ValueFieldEditor::changed);
    connect(m_ui->fallbackEdit, &QLineEdit::textChanged, this, &ValueFieldEditor::changed);
    updateVisibility();
}

ValueFieldEditor::~ValueFieldEditor() = default;

QLineEdit* ValueFieldEditor::valueEdit() const
{
    return m_ui->valueEdit;
}

void ValueFieldEditor::setExample(const QString& example)
{
    m_example = example;
    m_ui->exampleButton->setToolTip(tr("Fill in %1").arg(example));
    updateVisibility();
}

void ValueFieldEditor::setAccessibleLabel(const QString& label)
{
    m_ui->valueEdit->setAccessibleName(label);
    m_ui->sourceCombo->setAccessibleName(tr("Where %1 comes from").arg(label));
    m_ui->formatCombo->setAccessibleName(tr("Kind of value for %1").arg(label));
    m_ui->currencyCombo->setAccessibleName(tr("Currency of %1").arg(label));
    m_ui->fallbackEdit->setAccessibleName(tr("%1 when the cell is empty").arg(label));
    m_ui->dateButton->setAccessibleName(tr("Pick a date for %1").arg(label));
    m_ui->exampleButton->setAccessibleName(tr("Use the example for %1").arg(label));
}

void ValueFieldEditor::setColumns(const QStringList& columns)
{
    const ValueBinding current = binding();
    {
        const QSignalBlocker blocker(m_ui->sourceCombo);
        m_ui->sourceCombo->clear();
        m_ui->sourceCombo->addItem(tr("Same value for everyone"), QString());
        for (const QString& column : columns)
            m_ui->sourceCombo->addItem(tr("From column “%1”").arg(column), column);
        const int index
            = current.source == ValueBinding::Source::Column ? m_ui->sourceCombo->findData(current.column) : 0;
        m_ui->sourceCombo->setCurrentIndex(std::max(index, 0));
    }
    // Without a list there is nothing to choose from, so the choice is not shown at all.
    m_ui->sourceCombo->setVisible(!columns.isEmpty());
    updateVisibility();
}

ValueBinding ValueFieldEditor::binding() const
{
    ValueBinding binding;
    const QString column = m_ui->sourceCombo->currentData().toString();
    if (!column.isEmpty()) {
        binding.source = ValueBinding::Source::Column;
        binding.column = column;
        binding.fallback = m_ui->fallbackEdit->text();
    }
    binding.fixed = m_ui->valueEdit->text();
    if (m_slot.kind == ValueSlot::Kind::BodyVariable)
        binding.format = static_cast<ParameterFormat>(m_ui->formatCombo->currentData().toInt());
    if (binding.format == ParameterFormat::Currency)
        binding.currencyCode = m_ui->currencyCombo->currentText().trimmed().toUpper();
    return binding;
}

void ValueFieldEditor::setBinding(const ValueBinding& binding)
{
    const QSignalBlocker sourceBlocker(m_ui->sourceCombo);
    const QSignalBlocker formatBlocker(m_ui->formatCombo);
    const QSignalBlocker valueBlocker(m_ui->valueEdit);
    const QSignalBlocker fallbackBlocker(m_ui->fallbackEdit);
    const QSignalBlocker currencyBlocker(m_ui->currencyCombo);
    const int source = binding.source == ValueBinding::Source::Column ? m_ui->sourceCombo->findData(binding.column) : 0;
    m_ui->sourceCombo->setCurrentIndex(std::max(source, 0));
    m_ui->valueEdit->setText(binding.fixed);
    m_ui->fallbackEdit->setText(binding.fallback);
    m_ui->formatCombo->setCurrentIndex(
        std::max(m_ui->formatCombo->findData(QVariant::fromValue(static_cast<int>(binding.format))), 0));
    if (!binding.currencyCode.isEmpty())
        m_ui->currencyCombo->setCurrentText(binding.currencyCode);
    updateVisibility();
}

void ValueFieldEditor::setProblem(const QString& problem)
{
    const bool fromColumn = !m_ui->sourceCombo->currentData().toString().isEmpty();
    showFieldProblem(fromColumn ? m_ui->fallbackEdit : m_ui->valueEdit, problem);
    showFieldProblem(fromColumn ? m_ui->valueEdit : m_ui->fallbackEdit, QString());
}

QString ValueFieldEditor::problem() const
{
    const QString onValue = fieldProblem(m_ui->valueEdit);
    return onValue.isEmpty() ? fieldProblem(m_ui->fallbackEdit) : onValue;
}

void ValueFieldEditor::updateVisibility()
{
    const bool fromColumn = !m_ui->sourceCombo->currentData().toString().isEmpty();
    const bool body = m_slot.kind == ValueSlot::Kind::BodyVariable;
    const auto format = static_cast<ParameterFormat>(m_ui->formatCombo->currentData().toInt());
    m_ui->formatCombo->setVisible(body);
    m_ui->currencyCombo->setVisible(body && format == ParameterFormat::Currency);
    m_ui->valueEdit->setVisible(!fromColumn);
    m_ui->fallbackEdit->setVisible(fromColumn);
    m_ui->dateButton->setVisible(body && !fromColumn && format == ParameterFormat::DateTime);
    m_ui->exampleButton->setVisible(!fromColumn && !m_example.isEmpty());
    switch (format) {
    case ParameterFormat::Currency:
        m_ui->valueEdit->setPlaceholderText(tr("Amount, e.g. 12.50"));
        break;
    case ParameterFormat::DateTime:
        m_ui->valueEdit->setPlaceholderText(
            tr("As the recipient should read it, e.g. %1")
                .arg(QLocale(m_language).toString(QDate(2027, 3, 5), QLocale::LongFormat)));
        break;
    case ParameterFormat::Text:
        m_ui->valueEdit->setPlaceholderText(QString());
        break;
    }
}

} // namespace herald
