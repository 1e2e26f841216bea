#include "gui/TemplateDialog.h"

#include "ui_TemplateDialog.h"

#include <QComboBox>
#include <QHeaderView>
#include <QPushButton>
#include <QSet>
#include <QSignalBlocker>
#include <QTableWidgetItem>
#include <algorithm>

namespace herald {

TemplateDialog::TemplateDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::TemplateDialog>())
{
    m_ui->setupUi(this);
    // The languages support teams use most; any other Meta code can be typed.
    m_ui->languageCombo->addItems({ QStringLiteral("en"), QStringLiteral("en_US"), QStringLiteral("en_GB"),
        QStringLiteral("de"), QStringLiteral("et"), QStringLiteral("fi"), QStringLiteral("fr"), QStringLiteral("es"),
        QStringLiteral("pt_BR"), QStringLiteral("ru") });
    m_ui->categoryCombo->addItem(tr("Utility"), categoryKey(TemplateCategory::Utility));
    m_ui->categoryCombo->addItem(tr("Marketing"), categoryKey(TemplateCategory::Marketing));
    m_ui->categoryCombo->addItem(tr("Authentication"), categoryKey(TemplateCategory::Authentication));

    m_ui->headerFormatCombo->addItem(tr("Text"), headerFormatKey(HeaderFormat::Text));
    m_ui->headerFormatCombo->addItem(tr("Image"), headerFormatKey(HeaderFormat::Image));
    m_ui->headerFormatCombo->addItem(tr("Video"), headerFormatKey(HeaderFormat::Video));
    m_ui->headerFormatCombo->addItem(tr("Document"), headerFormatKey(HeaderFormat::Document));
    m_ui->headerFormatCombo->addItem(tr("Location"), headerFormatKey(HeaderFormat::Location));
    m_ui->buttonsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->buttonsTable->verticalHeader()->hide();
    m_ui->birdKeysTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_ui->birdKeysTable->verticalHeader()->hide();
    // Compact rows, and room for three variables before it scrolls.
    const int rowHeight = fontMetrics().height() + 8;
    m_ui->birdKeysTable->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_ui->birdKeysTable->setMinimumHeight(
        m_ui->birdKeysTable->horizontalHeader()->sizeHint().height() + 3 * rowHeight + 4);
    connect(m_ui->birdKeysTable, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (item->column() != 1)
            return;
        m_birdKeys.insert(m_ui->birdKeysTable->item(item->row(), 0)->text(), item->text().trimmed());
        validate();
    });
    // The variables can change with every keystroke, so the table follows before each check.
    connect(m_ui->headerEdit, &QLineEdit::textChanged, this, &TemplateDialog::refreshBirdKeys);
    connect(m_ui->bodyEdit, &QPlainTextEdit::textChanged, this, &TemplateDialog::refreshBirdKeys);
    connect(m_ui->headerFormatCombo, &QComboBox::currentIndexChanged, this, &TemplateDialog::refreshBirdKeys);
    connect(m_ui->headerFormatCombo, &QComboBox::currentIndexChanged, this, &TemplateDialog::validate);
    connect(m_ui->addButtonButton, &QPushButton::clicked, this, [this] { addButtonRow({}); });
    connect(m_ui->removeButtonButton, &QPushButton::clicked, this, [this] {
        m_ui->buttonsTable->removeRow(std::max(0, m_ui->buttonsTable->currentRow()));
        validate();
    });
    connect(m_ui->buttonsTable, &QTableWidget::itemChanged, this, &TemplateDialog::validate);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &TemplateDialog::validate);
    connect(m_ui->languageCombo, &QComboBox::currentTextChanged, this, &TemplateDialog::validate);
    connect(m_ui->headerEdit, &QLineEdit::textChanged, this, &TemplateDialog::validate);
    connect(m_ui->bodyEdit, &QPlainTextEdit::textChanged, this, &TemplateDialog::validate);
    connect(m_ui->footerEdit, &QLineEdit::textChanged, this, &TemplateDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refreshBirdKeys();
    validate();
}

TemplateDialog::~TemplateDialog() = default;

void TemplateDialog::setTemplate(const Template& tpl)
{
    m_original = tpl;
    // Before the texts change, so the table they refresh shows this template's keys.
    m_birdKeys = tpl.birdVariableKeys;
    {
        const QSignalBlocker blocker(m_ui->birdKeysTable);
        m_ui->birdKeysTable->setRowCount(0);
    }
    m_ui->nameEdit->setText(tpl.name);
    m_ui->languageCombo->setCurrentText(tpl.language);
    m_ui->categoryCombo->setCurrentIndex(m_ui->categoryCombo->findData(categoryKey(tpl.category)));
    m_ui->headerEdit->setText(tpl.headerText);
    m_ui->bodyEdit->setPlainText(tpl.body);
    m_ui->footerEdit->setText(tpl.footer);
    m_ui->headerFormatCombo->setCurrentIndex(
        std::max(0, m_ui->headerFormatCombo->findData(headerFormatKey(tpl.effectiveHeaderFormat()))));
    m_ui->buttonsTable->setRowCount(0);
    for (const TemplateButton& button : tpl.buttons)
        addButtonRow(button);
    m_ui->birdProjectEdit->setText(tpl.birdProjectId);
    m_ui->birdVersionEdit->setText(tpl.birdVersion);
    m_ui->kaleyraNameEdit->setText(tpl.kaleyraName);
    m_ui->kaleyraLangEdit->setText(tpl.kaleyraLangCode);
    refreshBirdKeys();
    validate();
}

Template TemplateDialog::result() const
{
    Template tpl = m_original;
    tpl.name = m_ui->nameEdit->text().trimmed();
    tpl.language = m_ui->languageCombo->currentText().trimmed();
    tpl.category = categoryFromKey(m_ui->categoryCombo->currentData().toString());
    tpl.headerText = m_ui->headerEdit->text();
    tpl.body = m_ui->bodyEdit->toPlainText();
    tpl.footer = m_ui->footerEdit->text();
    tpl.headerFormat = headerFormatFromKey(m_ui->headerFormatCombo->currentData().toString());
    if (tpl.headerFormat != HeaderFormat::Text)
        tpl.headerText.clear(); // a media or location header has no text
    tpl.buttons = buttons();
    tpl.birdProjectId = m_ui->birdProjectEdit->text().trimmed();
    tpl.birdVersion = m_ui->birdVersionEdit->text().trimmed();
    tpl.kaleyraName = m_ui->kaleyraNameEdit->text().trimmed();
    tpl.kaleyraLangCode = m_ui->kaleyraLangEdit->text().trimmed();
    tpl.birdVariableKeys = birdKeys();
    return tpl;
}

void TemplateDialog::addButtonRow(const TemplateButton& button)
{
    const int row = m_ui->buttonsTable->rowCount();
    m_ui->buttonsTable->insertRow(row);
    auto* type = new QComboBox(m_ui->buttonsTable);
    type->setObjectName(QStringLiteral("buttonType_%1").arg(row));
    type->addItem(tr("Quick reply"), buttonTypeKey(TemplateButton::Type::QuickReply));
    type->addItem(tr("Link"), buttonTypeKey(TemplateButton::Type::Url));
    type->addItem(tr("Call"), buttonTypeKey(TemplateButton::Type::PhoneNumber));
    type->addItem(tr("Copy code"), buttonTypeKey(TemplateButton::Type::CopyCode));
    type->setCurrentIndex(type->findData(buttonTypeKey(button.type)));
    connect(type, &QComboBox::currentIndexChanged, this, &TemplateDialog::validate);
    m_ui->buttonsTable->setCellWidget(row, 0, type);
    m_ui->buttonsTable->setItem(row, 1, new QTableWidgetItem(button.text));
    m_ui->buttonsTable->setItem(row, 2,
        new QTableWidgetItem(button.type == TemplateButton::Type::PhoneNumber ? button.phoneNumber : button.url));
    validate();
}

QList<TemplateButton> TemplateDialog::buttons() const
{
    QList<TemplateButton> result;
    for (int row = 0; row < m_ui->buttonsTable->rowCount(); ++row) {
        TemplateButton button;
        if (const auto* type = qobject_cast<QComboBox*>(m_ui->buttonsTable->cellWidget(row, 0)))
            button.type = buttonTypeFromKey(type->currentData().toString());
        const QTableWidgetItem* text = m_ui->buttonsTable->item(row, 1);
        const QTableWidgetItem* target = m_ui->buttonsTable->item(row, 2);
        button.text = text ? text->text().trimmed() : QString();
        const QString value = target ? target->text().trimmed() : QString();
        if (button.type == TemplateButton::Type::PhoneNumber)
            button.phoneNumber = value;
        else if (button.type == TemplateButton::Type::Url)
            button.url = value;
        result.append(button);
    }
    return result;
}

void TemplateDialog::validate()
{
    const Template tpl = result();
    m_ui->headerEdit->setEnabled(tpl.headerFormat == HeaderFormat::Text);
    const QList<TemplateIssue> issues = validateTemplate(tpl);
    QStringList lines;
    for (const TemplateIssue& issue : issues)
        lines.append(issue.message);
    // Meta's review rules: an approved template cannot break them, so breaking one means a typo.
    for (const TemplateIssue& issue : validateTemplate(tpl, RuleSet::Submission)) {
        if (!lines.contains(issue.message))
            lines.append(tr("Check: %1").arg(issue.message));
    }
    // Characters used against Meta's limits; a field without a limit (a media header) is left out.
    QStringList counters;
    const auto addCount = [&](const QString& label, TemplateField field) {
        const FieldCount c = countFor(tpl, field);
        if (c.limit > 0)
            counters.append(tr("%1 %2/%3").arg(label).arg(c.used).arg(c.limit));
    };
    addCount(tr("Header"), TemplateField::Header);
    addCount(tr("Body"), TemplateField::Body);
    addCount(tr("Footer"), TemplateField::Footer);
    addCount(tr("Buttons"), TemplateField::Button);
    m_ui->countersLabel->setText(counters.join(QStringLiteral(" · ")));

    // Bird matches parameters by key: two variables under one key would overwrite each other.
    QStringList clashes;
    QSet<QString> used;
    for (const QString& key : birdDefaultVariableKeys(tpl)) {
        const QString sent = tpl.birdKeyFor(key);
        if (used.contains(sent) && !clashes.contains(sent))
            clashes.append(sent);
        used.insert(sent);
    }
    for (const QString& key : std::as_const(clashes))
        lines.append(tr("Two variables would both reach Bird as the key %1.").arg(key));
    m_ui->issuesLabel->setText(lines.join(QLatin1Char('\n')));
    m_ui->issuesLabel->setVisible(!lines.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(issues.isEmpty() && clashes.isEmpty());
}

void TemplateDialog::refreshBirdKeys()
{
    Template tpl;
    tpl.headerFormat = headerFormatFromKey(m_ui->headerFormatCombo->currentData().toString());
    tpl.headerText = m_ui->headerEdit->text();
    tpl.body = m_ui->bodyEdit->toPlainText();
    const QStringList keys = birdDefaultVariableKeys(tpl);
    QStringList shown;
    for (int row = 0; row < m_ui->birdKeysTable->rowCount(); ++row)
        shown.append(m_ui->birdKeysTable->item(row, 0)->text());
    if (shown != keys) {
        const QSignalBlocker blocker(m_ui->birdKeysTable);
        m_ui->birdKeysTable->setRowCount(0);
        for (const QString& key : keys) {
            const int row = m_ui->birdKeysTable->rowCount();
            m_ui->birdKeysTable->insertRow(row);
            auto* variable = new QTableWidgetItem(key);
            variable->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            auto* birdKey = new QTableWidgetItem(m_birdKeys.value(key));
            birdKey->setToolTip(tr("Empty: Bird gets the key %1").arg(key));
            m_ui->birdKeysTable->setItem(row, 0, variable);
            m_ui->birdKeysTable->setItem(row, 1, birdKey);
        }
    }
    const bool any = !keys.isEmpty();
    m_ui->providersLayout->setRowVisible(m_ui->birdKeysTable, any);
}

QMap<QString, QString> TemplateDialog::birdKeys() const
{
    QMap<QString, QString> keys;
    for (int row = 0; row < m_ui->birdKeysTable->rowCount(); ++row) {
        const QString variable = m_ui->birdKeysTable->item(row, 0)->text();
        const QString key = m_ui->birdKeysTable->item(row, 1)->text().trimmed();
        if (!key.isEmpty() && key != variable)
            keys.insert(variable, key);
    }
    return keys;
}

} // namespace herald
