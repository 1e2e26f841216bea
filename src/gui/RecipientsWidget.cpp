#include "gui/RecipientsWidget.h"

#include "core/RecipientListOps.h"
#include "dispatch/SendController.h"
#include "gui/ImportDialog.h"
#include "gui/RecipientRowsModel.h"
#include "gui/ShortcutsDialog.h"
#include "storage/RecipientListRepository.h"
#include "storage/SuppressionRepository.h"
#include "ui_RecipientsWidget.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QSaveFile>

namespace herald {

RecipientsWidget::RecipientsWidget(GuiServices services, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RecipientsWidget>())
    , m_services(services)
    , m_rows(new RecipientRowsModel(this))
    , m_filter(new RecipientFilterModel(this))
{
    m_ui->setupUi(this);
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 3);
    m_filter->setSourceModel(m_rows);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(-1);
    m_ui->rowsView->setModel(m_filter);
    m_ui->rowsView->horizontalHeader()->setStretchLastSection(true);
    m_ui->rowsView->sortByColumn(-1, Qt::AscendingOrder); // the list's own order until a header is clicked

    m_ui->fateCombo->addItem(tr("All rows"));
    for (const RowFate fate :
        { RowFate::Valid, RowFate::Invalid, RowFate::Duplicate, RowFate::Suppressed, RowFate::Empty })
        m_ui->fateCombo->addItem(rowFateName(fate), static_cast<int>(fate));
    connect(m_ui->fateCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant fate = m_ui->fateCombo->currentData();
        m_filter->setFate(fate.isValid() ? std::optional<RowFate>(static_cast<RowFate>(fate.toInt())) : std::nullopt);
        updateCounts();
    });
    connect(m_ui->rowSearchEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setFilterFixedString(text);
        updateCounts();
    });
    connect(m_ui->listsView, &QListWidget::itemSelectionChanged, this, &RecipientsWidget::showSelectedList);
    connect(m_rows, &RecipientRowsModel::rowEdited, this, &RecipientsWidget::onRowEdited);
    connect(m_ui->importListButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import recipients"), QString(), tr("Spreadsheet text (*.csv *.tsv *.txt);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(m_ui->pasteListButton, &QPushButton::clicked, this, [this] {
        const QString text = QApplication::clipboard()->text();
        if (text.trimmed().isEmpty())
            QMessageBox::information(this, tr("Paste recipients"),
                tr("The clipboard holds no text. Copy the cells in your spreadsheet, header row included, then "
                   "choose Paste again."));
        else
            importText(text);
    });
    connect(m_ui->mergeListsButton, &QPushButton::clicked, this, &RecipientsWidget::mergeLists);
    connect(m_ui->renameListButton, &QPushButton::clicked, this, &RecipientsWidget::renameList);
    connect(m_ui->exportListButton, &QPushButton::clicked, this, &RecipientsWidget::exportList);
    connect(m_ui->deleteListButton, &QPushButton::clicked, this, &RecipientsWidget::deleteLists);
    connect(m_ui->addRowButton, &QPushButton::clicked, this, &RecipientsWidget::addRow);
    connect(m_ui->removeRowsButton, &QPushButton::clicked, this, &RecipientsWidget::removeRows);
    // On the lists' section: hidden with it when the opt-out list is shown.
    addButtonShortcut(m_ui->listsSection, m_ui->importListButton, QStringLiteral("actionImportList"),
        tr("Import a recipient list"), QKeySequence(Qt::CTRL | Qt::Key_I));
    reloadLists();
}

RecipientsWidget::~RecipientsWidget() = default;

void RecipientsWidget::addSection(QWidget* section, const QString& title)
{
    m_ui->sections->addTab(section, title);
}

void RecipientsWidget::showSection(QWidget* section)
{
    m_ui->sections->setCurrentWidget(section);
}

QSet<QString> RecipientsWidget::suppressedNumbers() const
{
    return m_services.suppressions ? m_services.suppressions->numbers() : QSet<QString>();
}

void RecipientsWidget::reloadLists(qint64 selectId)
{
    if (selectId == 0 && !selectedListIds().isEmpty())
        selectId = selectedListIds().first();
    const QSignalBlocker blocker(m_ui->listsView);
    m_ui->listsView->clear();
    for (const RecipientListSummary& summary : m_services.lists.summaries()) {
        auto* item = new QListWidgetItem(
            tr("%1\n%L2 rows, %L3 to send to").arg(summary.name).arg(summary.rowCount).arg(summary.validCount),
            m_ui->listsView);
        item->setData(Qt::UserRole, summary.id);
        item->setToolTip(
            tr("Imported %1").arg(QLocale().toString(summary.createdAt.toLocalTime(), QLocale::ShortFormat)));
        if (summary.id == selectId)
            item->setSelected(true);
    }
    if (m_ui->listsView->selectedItems().isEmpty() && m_ui->listsView->count() > 0)
        m_ui->listsView->item(0)->setSelected(true);
    showSelectedList();
}

QList<qint64> RecipientsWidget::selectedListIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_ui->listsView->count(); ++i) {
        if (m_ui->listsView->item(i)->isSelected())
            ids.append(m_ui->listsView->item(i)->data(Qt::UserRole).toLongLong());
    }
    return ids;
}

void RecipientsWidget::showSelectedList()
{
    const QList<qint64> ids = selectedListIds();
    std::optional<RecipientList> list = ids.size() == 1 ? m_services.lists.find(ids.first()) : std::nullopt;
    if (list) // the opt-out list may have changed since the import
        saveRows(*list, applySuppressions(*list, suppressedNumbers()));
    m_rows->setList(list.value_or(RecipientList {}));
    m_ui->rowsView->resizeColumnsToContents();
    // The status can be long; its tooltip has all of it, so it never crowds out the list's own columns.
    const int statusWidth = m_ui->rowsView->fontMetrics().averageCharWidth() * 32;
    if (m_ui->rowsView->columnWidth(RecipientRowsModel::kFateColumn) > statusWidth)
        m_ui->rowsView->setColumnWidth(RecipientRowsModel::kFateColumn, statusWidth);
    for (QWidget* widget :
        { static_cast<QWidget*>(m_ui->renameListButton), static_cast<QWidget*>(m_ui->exportListButton),
            static_cast<QWidget*>(m_ui->addRowButton), static_cast<QWidget*>(m_ui->removeRowsButton) })
        widget->setEnabled(list.has_value());
    m_ui->mergeListsButton->setEnabled(ids.size() >= 2);
    m_ui->deleteListButton->setEnabled(!ids.isEmpty());
    updateCounts();
}

void RecipientsWidget::resizeEvent(QResizeEvent* event)
{
    // In a narrow window the rows go below the lists instead of squeezing both.
    constexpr int kSideBySideMinimum = 720;
    m_ui->splitter->setOrientation(width() < kSideBySideMinimum ? Qt::Vertical : Qt::Horizontal);
    QWidget::resizeEvent(event);
}

void RecipientsWidget::saveRows(const RecipientList& list, const QList<int>& indexes)
{
    for (const int index : indexes)
        m_services.lists.updateRow(list.id, list.rows.at(index));
    if (!indexes.isEmpty())
        Q_EMIT listsChanged();
}

void RecipientsWidget::reassessRows()
{
    RecipientList list = m_rows->list();
    if (list.id == 0)
        return;
    const QList<int> changed = applySuppressions(list, suppressedNumbers());
    saveRows(list, changed);
    for (const int index : changed)
        m_rows->replaceRow(index, list.rows.at(index));
    updateCounts();
}

void RecipientsWidget::updateCounts()
{
    const RecipientList& list = m_rows->list();
    if (list.id == 0) {
        m_ui->countsLabel->setText(selectedListIds().size() > 1 ? tr("Several lists chosen: Merge makes one of them.")
                                                                : tr("Import a file or paste cells to make a list."));
        return;
    }
    int valid = 0;
    for (const RecipientRow& row : list.rows)
        valid += row.fate == RowFate::Valid ? 1 : 0;
    m_ui->countsLabel->setText(
        tr("Showing %L1 of %L2 rows; %L3 will be sent to.").arg(m_filter->rowCount()).arg(list.rows.size()).arg(valid));
}

void RecipientsWidget::importFile(const QString& path)
{
    runImport(path, {}, QFileInfo(path).completeBaseName());
}

void RecipientsWidget::importText(const QString& text)
{
    runImport({}, text, tr("Pasted list"));
}

void RecipientsWidget::runImport(const QString& path, const QString& text, const QString& suggestedName)
{
    m_ui->sections->setCurrentWidget(m_ui->listsSection);
    ImportDialog dialog({ path, text, suggestedName }, m_services.lists, suppressedNumbers(),
        m_services.sender.numbers().defaultRegion(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.regionIsNewDefault())
        m_services.sender.setDefaultRegion(dialog.region());
    reloadLists(dialog.savedListId());
    Q_EMIT listsChanged();
}

void RecipientsWidget::onRowEdited(int index, const RecipientRow& edited)
{
    RecipientRow row = edited;
    // Only this row's number matters: ask the opt-out list about it alone, not for all of it per edit.
    QSet<QString> suppressed;
    const PhoneNumberResult number = m_services.sender.numbers().normalize(row.cells.value(m_rows->list().phoneColumn));
    if (number.ok() && m_services.suppressions && m_services.suppressions->contains(number.e164))
        suppressed.insert(number.e164);
    reassessRow(row, m_rows->list(), m_services.sender.numbers(), suppressed);
    if (!m_services.lists.updateRow(m_rows->list().id, row)) {
        QMessageBox::warning(this, tr("Recipients"), tr("The change could not be saved."));
        return;
    }
    m_rows->replaceRow(index, row);
    updateCounts();
    Q_EMIT listsChanged();
}

void RecipientsWidget::addRow()
{
    RecipientRow row;
    row.cells = QStringList(m_rows->list().columns.size(), QString());
    row.fate = RowFate::Empty;
    row.problem = tr("The phone cell is empty.");
    row.id = m_services.lists.addRow(m_rows->list().id, row);
    if (row.id == 0)
        return;
    row.position = m_rows->list().rows.isEmpty() ? 0 : m_rows->list().rows.constLast().position + 1;
    m_rows->appendRow(row);
    const QModelIndex added
        = m_filter->mapFromSource(m_rows->index(m_rows->rowCount() - 1, m_rows->list().phoneColumn + 1));
    m_ui->rowsView->setCurrentIndex(added);
    m_ui->rowsView->edit(added);
    updateCounts();
    Q_EMIT listsChanged();
}

void RecipientsWidget::removeRows()
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_ui->rowsView->selectionModel()->selectedRows())
        ids.append(m_rows->row(m_filter->mapToSource(index).row()).id);
    if (ids.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Remove rows"),
            tr("Remove %Ln selected row(s) from “%1”?", nullptr, int(ids.size())).arg(m_rows->list().name))
        != QMessageBox::Yes)
        return;
    m_services.lists.removeRows(m_rows->list().id, ids);
    m_rows->removeRowIds(ids);
    updateCounts();
    Q_EMIT listsChanged();
}

void RecipientsWidget::mergeLists()
{
    QList<RecipientList> lists;
    QStringList names;
    for (const qint64 id : selectedListIds()) {
        if (const std::optional<RecipientList> list = m_services.lists.find(id)) {
            lists.append(*list);
            names.append(list->name);
        }
    }
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Merge lists"),
        tr("Name of the new list made of %1:").arg(names.join(QStringLiteral(", "))), QLineEdit::Normal,
        m_services.lists.unusedName(tr("Merged list")), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    const qint64 id = m_services.lists.save(herald::mergeLists(lists, name.trimmed()));
    if (id == 0) {
        QMessageBox::warning(this, tr("Merge lists"), tr("A list named “%1” already exists.").arg(name.trimmed()));
        return;
    }
    reloadLists(id);
    Q_EMIT listsChanged();
}

void RecipientsWidget::renameList()
{
    const RecipientList& list = m_rows->list();
    bool ok = false;
    const QString name
        = QInputDialog::getText(this, tr("Rename list"), tr("New name:"), QLineEdit::Normal, list.name, &ok);
    if (!ok || name.trimmed() == list.name)
        return;
    if (!m_services.lists.rename(list.id, name)) {
        QMessageBox::warning(this, tr("Rename list"), tr("“%1” is empty or already taken.").arg(name.trimmed()));
        return;
    }
    reloadLists(list.id);
    Q_EMIT listsChanged();
}

void RecipientsWidget::exportList()
{
    const RecipientList& list = m_rows->list();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export list"), list.name + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(recipientListCsv(list).toUtf8()) < 0 || !file.commit())
        QMessageBox::warning(this, tr("Export list"),
            tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
}

void RecipientsWidget::deleteLists()
{
    const QList<qint64> ids = selectedListIds();
    if (ids.isEmpty()
        || QMessageBox::question(this, tr("Delete lists"),
               tr("Delete %Ln list(s) with all their rows? Messages already sent are kept in Delivery.", nullptr,
                   int(ids.size())))
            != QMessageBox::Yes)
        return;
    for (const qint64 id : ids)
        m_services.lists.remove(id);
    reloadLists();
    Q_EMIT listsChanged();
}

} // namespace herald
