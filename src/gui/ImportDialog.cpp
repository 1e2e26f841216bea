#include "gui/ImportDialog.h"

#include "core/RecipientListOps.h"
#include "gui/PlainText.h"
#include "storage/RecipientListRepository.h"
#include "ui_ImportDialog.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>

namespace herald {

namespace {

constexpr int kPreviewRows = 20;
// The report table stays quick to open; the export always holds every rejected row.
constexpr int kShownProblems = 5000;

void fillRegions(QComboBox* combo, const QString& selected)
{
    QMap<QString, QString> byName; // sorted by the name the operator reads
    for (const QLocale& locale :
        QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory)) {
        const QString code = QLocale::territoryToCode(locale.territory());
        if (code.size() == 2 && locale.territory() != QLocale::World)
            byName.insert(QLocale::territoryToString(locale.territory()), code);
    }
    for (auto it = byName.constBegin(); it != byName.constEnd(); ++it)
        combo->addItem(ImportDialog::tr("%1 (%2)").arg(it.key(), it.value()), it.value());
    combo->setCurrentIndex(std::max(combo->findData(selected), 0));
}

/// Where a remembered column is in @p header: matched as headerKey() matches, case and spaces aside.
int columnIndex(const QStringList& header, const QString& name)
{
    for (int i = 0; i < header.size(); ++i) {
        if (!name.isEmpty() && header.at(i).trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

} // namespace

ImportDialog::ImportDialog(
    Source source, RecipientListRepository& lists, QSet<QString> suppressed, QString defaultRegion, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportDialog>())
    , m_source(std::move(source))
    , m_lists(lists)
    , m_suppressed(std::move(suppressed))
{
    m_ui->setupUi(this);
    m_ui->delimiterCombo->addItem(tr("Commas"), QStringLiteral(","));
    m_ui->delimiterCombo->addItem(tr("Semicolons"), QStringLiteral(";"));
    m_ui->delimiterCombo->addItem(tr("Tabs"), QStringLiteral("\t"));
    fillRegions(m_ui->regionCombo, defaultRegion);
    m_ui->nameEdit->setText(m_lists.unusedName(m_source.suggestedName));
    m_checkButton = m_ui->buttonBox->addButton(tr("C&heck numbers"), QDialogButtonBox::ActionRole);
    m_checkButton->setObjectName(QStringLiteral("checkButton"));
    m_saveButton = m_ui->buttonBox->addButton(tr("&Save list"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    connect(&m_importer, &ListImporter::readFinished, this, &ImportDialog::onRead);
    connect(&m_importer, &ListImporter::analysisFinished, this, &ImportDialog::onAnalysed);
    connect(&m_importer, &ListImporter::saveFinished, this, &ImportDialog::onSaved);
    connect(&m_importer, &ListImporter::progress, this, [this](int done, int total) {
        m_ui->progressBar->setMaximum(total);
        m_ui->progressBar->setValue(done);
    });
    connect(m_ui->delimiterCombo, &QComboBox::activated, this,
        [this] { startReading(m_ui->delimiterCombo->currentData().toString().at(0)); });
    connect(m_ui->phoneColumnCombo, &QComboBox::currentIndexChanged, this, &ImportDialog::updateButtons);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &ImportDialog::updateButtons);
    connect(m_checkButton, &QPushButton::clicked, this, &ImportDialog::startAnalysis);
    connect(m_saveButton, &QPushButton::clicked, this, &ImportDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ImportDialog::cancelOrClose);
    connect(m_ui->exportRejectedButton, &QPushButton::clicked, this, &ImportDialog::exportRejected);
    startReading({});
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::startReading(QChar delimiter)
{
    m_ui->busyLabel->setText(tr("Reading the list…"));
    m_ui->progressBar->setRange(0, 0);
    m_ui->pages->setCurrentWidget(m_ui->busyPage);
    updateButtons();
    if (m_source.path.isEmpty())
        m_importer.readText(m_source.text, delimiter);
    else
        m_importer.readFile(m_source.path, delimiter);
}

void ImportDialog::onRead(const ParsedList& parsed)
{
    m_parsed = parsed;
    if (!parsed.ok) {
        QMessageBox::warning(this, windowTitle(), parsed.error);
        reject();
        return;
    }
    const CsvTable& table = m_parsed.table;
    const std::optional<ImportMapping> remembered = m_lists.mappingFor(headerKey(table.header));
    m_ui->delimiterCombo->setCurrentIndex(std::max(m_ui->delimiterCombo->findData(QString(table.delimiter)), 0));
    {
        const QSignalBlocker phoneBlocker(m_ui->phoneColumnCombo);
        m_ui->phoneColumnCombo->clear();
        m_ui->nameColumnCombo->clear();
        m_ui->nameColumnCombo->addItem(tr("(no names)"));
        for (const QString& column : table.header) {
            const QString shown = column.trimmed().isEmpty() ? tr("(column without a name)") : column;
            m_ui->phoneColumnCombo->addItem(shown);
            m_ui->nameColumnCombo->addItem(shown);
        }
        const int guessed = guessPhoneColumn(table, PhoneNumberNormalizer(m_ui->regionCombo->currentData().toString()));
        const int rememberedPhone = remembered ? columnIndex(table.header, remembered->phoneColumn) : -1;
        m_ui->phoneColumnCombo->setCurrentIndex(rememberedPhone >= 0 ? rememberedPhone : std::max(guessed, 0));
        const int rememberedName = remembered ? columnIndex(table.header, remembered->nameColumn) : -1;
        m_ui->nameColumnCombo->setCurrentIndex(
            (remembered ? rememberedName : guessNameColumn(table.header, m_ui->phoneColumnCombo->currentIndex())) + 1);
        if (remembered && !remembered->region.isEmpty())
            m_ui->regionCombo->setCurrentIndex(std::max(m_ui->regionCombo->findData(remembered->region), 0));
    }
    const QString where = m_parsed.source.isEmpty()
        ? tr("Pasted cells")
        : tr("%1 (%2)").arg(breakableText(QDir::toNativeSeparators(m_parsed.source)), m_parsed.encoding);
    QStringList notes { tr("%1: %L2 rows under the header row.").arg(where).arg(table.rows.size()) };
    if (remembered)
        notes.append(tr("Columns mapped as at the last import of a file with these headers."));
    if (table.blankLines > 0)
        notes.append(tr("Blank lines skipped: %L1.").arg(table.blankLines));
    if (table.unterminatedQuote)
        notes.append(tr("A quoted cell is never closed, so the last rows may have run together: check them."));
    m_ui->sourceLabel->setText(notes.join(QLatin1Char(' ')));

    m_ui->previewTable->clear();
    m_ui->previewTable->setColumnCount(static_cast<int>(table.header.size()));
    m_ui->previewTable->setHorizontalHeaderLabels(table.header);
    const int shown = static_cast<int>(std::min<qsizetype>(table.rows.size(), kPreviewRows));
    m_ui->previewTable->setRowCount(shown);
    for (int row = 0; row < shown; ++row) {
        const QStringList& cells = table.rows.at(row);
        for (int column = 0; column < cells.size() && column < table.header.size(); ++column)
            m_ui->previewTable->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_ui->pages->setCurrentWidget(m_ui->mappingPage);
    updateButtons();
}

void ImportDialog::startAnalysis()
{
    m_ui->busyLabel->setText(tr("Checking every number…"));
    m_ui->progressBar->setRange(0, std::max<int>(1, static_cast<int>(m_parsed.table.rows.size())));
    m_ui->progressBar->setValue(0);
    m_ui->pages->setCurrentWidget(m_ui->busyPage);
    m_importer.analyze(m_parsed.table, m_ui->phoneColumnCombo->currentIndex(),
        m_ui->regionCombo->currentData().toString(), m_suppressed);
    updateButtons();
}

void ImportDialog::onAnalysed(const ImportReport& report)
{
    if (report.cancelled) {
        m_ui->pages->setCurrentWidget(m_ui->mappingPage); // nothing was saved; the mapping can be changed
        updateButtons();
        return;
    }
    m_report = report;
    showReport();
}

void ImportDialog::showReport()
{
    const ImportCounts& c = m_report.counts;
    QStringList lines;
    lines << tr("Rows read: %L1.").arg(c.rows)
          << tr("Will be sent to: %L1 (rewritten in international form: %L2; not mobile numbers, which WhatsApp "
                "may not reach: %L3).")
                 .arg(c.valid)
                 .arg(c.normalised)
                 .arg(c.notMobile)
          << tr("Not numbers Herald can send to: %L1.").arg(c.invalid)
          << tr("Repeats of an earlier row: %L1.").arg(c.duplicates)
          << tr("On the opt-out list: %L1.").arg(c.suppressed) << tr("Without a number: %L1.").arg(c.empty);
    lines << tr("Every row is kept in the list; only the ones to be sent to will be.");
    m_ui->reportLabel->setText(lines.join(QLatin1Char('\n')));

    const QStringList headers { tr("Row"), tr("Line"), tr("Number as written"), tr("What happened"), tr("Why") };
    m_ui->problemsTable->clear();
    m_ui->problemsTable->setColumnCount(static_cast<int>(headers.size()));
    m_ui->problemsTable->setHorizontalHeaderLabels(headers);
    m_ui->problemsTable->setRowCount(0);
    int shown = 0;
    int rejected = 0;
    for (const ImportedRow& row : std::as_const(m_report.rows)) {
        const bool warning = row.fate == RowFate::Valid && row.notMobile;
        if (row.fate == RowFate::Valid && !warning)
            continue;
        rejected += row.fate == RowFate::Valid ? 0 : 1;
        if (shown == kShownProblems)
            continue;
        const int r = shown++;
        m_ui->problemsTable->insertRow(r);
        m_ui->problemsTable->setItem(r, 0, new QTableWidgetItem(QString::number(row.index + 1)));
        m_ui->problemsTable->setItem(r, 1, new QTableWidgetItem(QString::number(row.line)));
        m_ui->problemsTable->setItem(r, 2, new QTableWidgetItem(row.phone));
        m_ui->problemsTable->setItem(r, 3, new QTableWidgetItem(warning ? tr("Warning") : rowFateName(row.fate)));
        m_ui->problemsTable->setItem(r, 4, new QTableWidgetItem(importedRowProblem(row)));
    }
    m_ui->problemsTable->verticalHeader()->hide(); // the Row column already numbers them
    m_ui->problemsTable->resizeColumnsToContents();
    m_ui->problemsTable->setVisible(shown > 0);
    m_ui->exportRejectedButton->setEnabled(rejected > 0);
    m_ui->pages->setCurrentWidget(m_ui->reportPage);
    updateButtons();
}

void ImportDialog::save()
{
    const int phoneColumn = m_ui->phoneColumnCombo->currentIndex();
    const int nameColumn = m_ui->nameColumnCombo->currentIndex() - 1;
    RecipientList list
        = recipientListFromImport(m_parsed.table, m_report, phoneColumn, nameColumn, m_ui->nameEdit->text().trimmed());
    list.source = m_parsed.source;
    const CsvTable& table = m_parsed.table;
    const ImportMapping mapping { table.header.value(phoneColumn),
        nameColumn >= 0 ? table.header.value(nameColumn) : QString(), table.delimiter,
        m_ui->regionCombo->currentData().toString() };
    m_ui->busyLabel->setText(tr("Saving %L1 rows…").arg(list.rows.size()));
    m_ui->progressBar->setRange(0, 0);
    m_ui->pages->setCurrentWidget(m_ui->busyPage);
    updateButtons();
    // Saving is one transaction: it cannot stop half-way, so it is not offered.
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(false);
    m_importer.save(m_lists.databasePath(), list, mapping);
}

void ImportDialog::onSaved(qint64 listId, const QString& error)
{
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(true);
    if (listId == 0) {
        QMessageBox::warning(
            this, windowTitle(), tr("The list could not be saved: %1 Choose another name.").arg(error));
        m_ui->pages->setCurrentWidget(m_ui->mappingPage);
        m_ui->nameEdit->setFocus();
        updateButtons();
        return;
    }
    m_savedId = listId;
    accept();
}

void ImportDialog::exportRejected()
{
    const QString suggested = m_source.path.isEmpty()
        ? tr("rejected rows.csv")
        : QFileInfo(m_source.path).dir().filePath(QFileInfo(m_source.path).completeBaseName() + tr(" - rejected.csv"));
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export rejected rows"), suggested, tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportRejectedTo(path);
}

bool ImportDialog::exportRejectedTo(const QString& path)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(rejectedRowsCsv(m_parsed.table, m_report).toUtf8()) >= 0
        && file.commit())
        return true;
    QMessageBox::warning(this, tr("Export rejected rows"),
        tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return false;
}

void ImportDialog::cancelOrClose()
{
    if (m_importer.isBusy() && m_ui->pages->currentWidget() == m_ui->busyPage && !m_parsed.table.header.isEmpty()) {
        m_importer.cancel(); // back to the mapping when the analysis stops
        return;
    }
    reject();
}

QString ImportDialog::region() const
{
    return m_ui->regionCombo->currentData().toString();
}

bool ImportDialog::regionIsNewDefault() const
{
    return m_ui->defaultRegionCheck->isChecked();
}

void ImportDialog::updateButtons()
{
    QWidget* page = m_ui->pages->currentWidget();
    m_checkButton->setVisible(page == m_ui->mappingPage);
    m_checkButton->setEnabled(
        m_ui->phoneColumnCombo->currentIndex() >= 0 && !m_ui->nameEdit->text().trimmed().isEmpty());
    m_saveButton->setVisible(page == m_ui->reportPage);
    // Enter does the next step, never Cancel.
    m_checkButton->setDefault(page == m_ui->mappingPage);
    m_saveButton->setDefault(page == m_ui->reportPage);
    m_saveButton->setEnabled(!m_ui->nameEdit->text().trimmed().isEmpty());
}

} // namespace herald
