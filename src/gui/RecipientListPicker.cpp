#include "gui/RecipientListPicker.h"

#include "core/RecipientListOps.h"
#include "gui/ImportDialog.h"
#include "storage/RecipientListRepository.h"
#include "storage/SuppressionRepository.h"
#include "ui_RecipientListPicker.h"

#include <QApplication>
#include <QClipboard>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QShortcut>

namespace herald {

RecipientListPicker::RecipientListPicker(RecipientListRepository& lists, const PhoneNumberNormalizer& numbers,
    SuppressionRepository* suppressions, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RecipientListPicker>())
    , m_lists(lists)
    , m_numbers(numbers)
    , m_suppressions(suppressions)
{
    m_ui->setupUi(this);
    connect(m_ui->listCombo, &QComboBox::currentIndexChanged, this, &RecipientListPicker::loadSelectedList);
    connect(m_ui->rowSpin, &QSpinBox::valueChanged, this, &RecipientListPicker::showRow);
    connect(m_ui->previousRowButton, &QToolButton::clicked, m_ui->rowSpin, &QSpinBox::stepDown);
    connect(m_ui->nextRowButton, &QToolButton::clicked, m_ui->rowSpin, &QSpinBox::stepUp);
    auto* previous = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Up), this);
    previous->setContext(Qt::WidgetWithChildrenShortcut);
    connect(previous, &QShortcut::activated, m_ui->rowSpin, &QSpinBox::stepDown);
    auto* next = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), this);
    next->setContext(Qt::WidgetWithChildrenShortcut);
    connect(next, &QShortcut::activated, m_ui->rowSpin, &QSpinBox::stepUp);
    auto* addMenu = new QMenu(m_ui->importButton);
    addMenu->addAction(m_ui->actionImportFile);
    addMenu->addAction(m_ui->actionPasteList);
    m_ui->importButton->setMenu(addMenu);
    connect(m_ui->actionImportFile, &QAction::triggered, this, &RecipientListPicker::chooseFile);
    connect(m_ui->actionPasteList, &QAction::triggered, this, [this] {
        const QString text = QApplication::clipboard()->text();
        if (text.trimmed().isEmpty()) {
            QMessageBox::information(this, tr("Paste recipients"),
                tr("The clipboard holds no text. Copy the cells in your spreadsheet, header row included, then "
                   "choose Paste again."));
            return;
        }
        importText(text, tr("Pasted list"));
    });
    reloadLists();
}

RecipientListPicker::~RecipientListPicker() = default;

void RecipientListPicker::reloadLists(qint64 selectId)
{
    if (selectId == 0)
        selectId = m_ui->listCombo->currentData().toLongLong();
    {
        const QSignalBlocker blocker(m_ui->listCombo);
        m_ui->listCombo->clear();
        m_ui->listCombo->addItem(tr("No list: one recipient"), 0);
        for (const RecipientListSummary& summary : m_lists.summaries())
            m_ui->listCombo->addItem(tr("%1 (%L2)").arg(summary.name).arg(summary.rowCount), summary.id);
        m_ui->listCombo->setCurrentIndex(std::max(m_ui->listCombo->findData(selectId), 0));
    }
    loadSelectedList();
}

void RecipientListPicker::loadSelectedList()
{
    const qint64 id = m_ui->listCombo->currentData().toLongLong();
    m_list = id == 0 ? std::nullopt : m_lists.find(id);
    const int rows = m_list ? static_cast<int>(m_list->rows.size()) : 0;
    for (QWidget* widget : { static_cast<QWidget*>(m_ui->previousRowButton), static_cast<QWidget*>(m_ui->rowSpin),
             static_cast<QWidget*>(m_ui->nextRowButton), static_cast<QWidget*>(m_ui->rowLabel),
             static_cast<QWidget*>(m_ui->listInfoLabel) })
        widget->setVisible(m_list.has_value());
    {
        const QSignalBlocker blocker(m_ui->rowSpin);
        m_ui->rowSpin->setRange(1, std::max(rows, 1));
        m_ui->rowSpin->setSuffix(tr(" of %1").arg(rows));
        m_ui->rowSpin->setValue(1);
    }
    if (m_list) {
        int unreadable = 0;
        for (const RecipientRow& row : std::as_const(m_list->rows))
            unreadable += row.e164.isEmpty() ? 1 : 0;
        m_ui->listInfoLabel->setText(unreadable == 0
                ? tr("Columns: %1.").arg(m_list->columns.join(QStringLiteral(", ")))
                : tr("Columns: %1. Rows without a number Herald can read: %L2.")
                      .arg(m_list->columns.join(QStringLiteral(", ")))
                      .arg(unreadable));
    }
    showRow();
    Q_EMIT listChanged();
}

QStringList RecipientListPicker::columns() const
{
    return m_list ? m_list->columns : QStringList();
}

const RecipientRow* RecipientListPicker::currentRow() const
{
    const int index = m_ui->rowSpin->value() - 1;
    if (!m_list || index < 0 || index >= m_list->rows.size())
        return nullptr;
    return &m_list->rows.at(index);
}

RecipientData RecipientListPicker::currentData() const
{
    const RecipientRow* row = currentRow();
    return row ? RecipientData { m_list->columns, row->cells } : RecipientData {};
}

void RecipientListPicker::setCurrentRow(int index)
{
    m_ui->rowSpin->setValue(index + 1);
}

void RecipientListPicker::showRow()
{
    const RecipientRow* row = currentRow();
    if (!row) {
        m_ui->rowLabel->setText(m_list ? tr("The list is empty.") : QString());
    } else {
        // The first cell that is not the number usually names the person.
        QString who;
        for (int i = 0; i < row->cells.size() && who.isEmpty(); ++i) {
            if (i != m_list->phoneColumn)
                who = row->cells.at(i).trimmed();
        }
        QString number = row->e164.isEmpty() ? row->phone : row->e164;
        if (row->fate != RowFate::Valid) // never sent to: say why beside it
            number = tr("%1 (%2: %3)").arg(number, rowFateName(row->fate), row->problem);
        m_ui->rowLabel->setText(who.isEmpty() ? number : tr("%1 · %2").arg(who, number));
    }
    m_ui->previousRowButton->setEnabled(m_ui->rowSpin->value() > m_ui->rowSpin->minimum());
    m_ui->nextRowButton->setEnabled(m_ui->rowSpin->value() < m_ui->rowSpin->maximum());
    Q_EMIT rowChanged();
}

void RecipientListPicker::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import recipients"), QString(), tr("Spreadsheet text (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void RecipientListPicker::importFile(const QString& path)
{
    runImport({ path, {}, QFileInfo(path).completeBaseName() });
}

void RecipientListPicker::importText(const QString& text, const QString& suggestedName)
{
    runImport({ {}, text, suggestedName });
}

void RecipientListPicker::runImport(const ImportDialog::Source& source)
{
    ImportDialog dialog(
        source, m_lists, m_suppressions ? m_suppressions->numbers() : QSet<QString>(), m_numbers.defaultRegion(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.regionIsNewDefault())
        Q_EMIT defaultRegionChosen(dialog.region());
    reloadLists(dialog.savedListId());
    Q_EMIT listsChanged();
}

} // namespace herald
