#include "gui/ListImportDialog.h"

#include "ui_ListImportDialog.h"

#include <QPushButton>

namespace herald {

namespace {
constexpr int kPreviewRows = 20;
} // namespace

ListImportDialog::ListImportDialog(QString text, const PhoneNumberNormalizer& numbers, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ListImportDialog>())
    , m_text(std::move(text))
    , m_numbers(numbers)
{
    m_ui->setupUi(this);
    m_ui->delimiterCombo->addItem(tr("Commas"), QStringLiteral(","));
    m_ui->delimiterCombo->addItem(tr("Semicolons"), QStringLiteral(";"));
    m_ui->delimiterCombo->addItem(tr("Tabs"), QStringLiteral("\t"));
    const QChar detected = detectDelimiter(m_text);
    m_ui->delimiterCombo->setCurrentIndex(std::max(m_ui->delimiterCombo->findData(QString(detected)), 0));
    connect(m_ui->delimiterCombo, &QComboBox::currentIndexChanged, this, &ListImportDialog::parse);
    connect(m_ui->phoneColumnCombo, &QComboBox::currentIndexChanged, this, &ListImportDialog::updateSummary);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &ListImportDialog::updateSummary);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    parse();
}

ListImportDialog::~ListImportDialog() = default;

void ListImportDialog::setListName(const QString& name)
{
    m_ui->nameEdit->setText(name);
}

void ListImportDialog::parse()
{
    m_table = readCsv(m_text, m_ui->delimiterCombo->currentData().toString().at(0));
    {
        const QSignalBlocker blocker(m_ui->phoneColumnCombo);
        m_ui->phoneColumnCombo->clear();
        for (const QString& column : std::as_const(m_table.header))
            m_ui->phoneColumnCombo->addItem(column.isEmpty() ? tr("(column without a name)") : column);
        m_ui->phoneColumnCombo->setCurrentIndex(std::max(guessPhoneColumn(m_table, m_numbers), 0));
    }
    m_ui->previewTable->clear();
    m_ui->previewTable->setColumnCount(static_cast<int>(m_table.header.size()));
    m_ui->previewTable->setHorizontalHeaderLabels(m_table.header);
    const int shown = static_cast<int>(std::min<qsizetype>(m_table.rows.size(), kPreviewRows));
    m_ui->previewTable->setRowCount(shown);
    for (int row = 0; row < shown; ++row) {
        const QStringList& cells = m_table.rows.at(row);
        for (int column = 0; column < cells.size() && column < m_table.header.size(); ++column)
            m_ui->previewTable->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    updateSummary();
}

void ListImportDialog::updateSummary()
{
    const int phoneColumn = m_ui->phoneColumnCombo->currentIndex();
    int valid = 0;
    int extraCells = 0;
    if (phoneColumn >= 0) {
        for (const QStringList& cells : std::as_const(m_table.rows)) {
            if (m_numbers.normalize(cells.value(phoneColumn)).ok())
                ++valid;
            if (cells.size() > m_table.header.size())
                ++extraCells;
        }
    }
    const int rows = static_cast<int>(m_table.rows.size());
    QStringList lines;
    // Counts stand after a colon so that the sentences need no plural forms.
    lines.append(tr("Rows under the header row: %L1.").arg(rows));
    if (phoneColumn >= 0)
        lines.append(tr("With a number Herald can read: %L1. Without: %L2 (kept and marked, never sent).")
                         .arg(valid)
                         .arg(rows - valid));
    if (m_table.blankLines > 0)
        lines.append(tr("Blank lines skipped: %L1.").arg(m_table.blankLines));
    if (extraCells > 0)
        lines.append(
            tr("Rows with more cells than the header row: %L1 (the extra cells are kept but belong to no column).")
                .arg(extraCells));
    if (m_table.unterminatedQuote)
        lines.append(tr("A quoted cell is never closed: check the last rows."));
    if (m_table.header.isEmpty())
        lines.append(tr("There is nothing to import."));
    m_ui->summaryLabel->setText(lines.join(QLatin1Char(' ')));
    m_ui->buttonBox->button(QDialogButtonBox::Save)
        ->setEnabled(!m_table.header.isEmpty() && phoneColumn >= 0 && !m_ui->nameEdit->text().trimmed().isEmpty());
}

RecipientList ListImportDialog::result() const
{
    return recipientListFrom(
        m_table, m_ui->phoneColumnCombo->currentIndex(), m_numbers, m_ui->nameEdit->text().trimmed());
}

} // namespace herald
