#include "gui/TemplateDialog.h"

#include "ui_TemplateDialog.h"

#include <QPushButton>

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

    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &TemplateDialog::validate);
    connect(m_ui->languageCombo, &QComboBox::currentTextChanged, this, &TemplateDialog::validate);
    connect(m_ui->headerEdit, &QLineEdit::textChanged, this, &TemplateDialog::validate);
    connect(m_ui->bodyEdit, &QPlainTextEdit::textChanged, this, &TemplateDialog::validate);
    connect(m_ui->footerEdit, &QLineEdit::textChanged, this, &TemplateDialog::validate);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

TemplateDialog::~TemplateDialog() = default;

void TemplateDialog::setTemplate(const Template& tpl)
{
    m_original = tpl;
    m_ui->nameEdit->setText(tpl.name);
    m_ui->languageCombo->setCurrentText(tpl.language);
    m_ui->categoryCombo->setCurrentIndex(m_ui->categoryCombo->findData(categoryKey(tpl.category)));
    m_ui->headerEdit->setText(tpl.headerText);
    m_ui->bodyEdit->setPlainText(tpl.body);
    m_ui->footerEdit->setText(tpl.footer);
    m_ui->birdProjectEdit->setText(tpl.birdProjectId);
    m_ui->birdVersionEdit->setText(tpl.birdVersion);
    m_ui->kaleyraNameEdit->setText(tpl.kaleyraName);
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
    tpl.birdProjectId = m_ui->birdProjectEdit->text().trimmed();
    tpl.birdVersion = m_ui->birdVersionEdit->text().trimmed();
    tpl.kaleyraName = m_ui->kaleyraNameEdit->text().trimmed();
    return tpl;
}

void TemplateDialog::validate()
{
    const QList<TemplateIssue> issues = validateTemplate(result());
    QStringList lines;
    for (const TemplateIssue& issue : issues)
        lines.append(issue.message);
    m_ui->issuesLabel->setText(lines.join(QLatin1Char('\n')));
    m_ui->issuesLabel->setVisible(!lines.isEmpty());
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(issues.isEmpty());
}

} // namespace herald
