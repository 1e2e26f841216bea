#include "gui/SuppressionWidget.h"

#include "core/CsvReader.h"
#include "core/RecipientList.h"
#include "dispatch/SendController.h"
#include "gui/Logging.h"
#include "gui/PlainText.h"
#include "ui_SuppressionAddDialog.h"
#include "ui_SuppressionImportDialog.h"
#include "ui_SuppressionWidget.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QtConcurrent/QtConcurrentRun>
#include <optional>

namespace herald {

/// Matches the search text in any column, and a number however it is typed ("5123 4567" finds +37251234567).
class SuppressionFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setSearch(const QString& text)
    {
        m_text = text.trimmed();
        m_digits.clear();
        static const QString phoneChars = QStringLiteral("+-()./ ");
        bool phoneLike = !m_text.isEmpty();
        for (const QChar c : std::as_const(m_text)) {
            if (c.isDigit())
                m_digits.append(c);
            else if (!phoneChars.contains(c))
                phoneLike = false;
        }
        if (!phoneLike)
            m_digits.clear();
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override
    {
        if (m_text.isEmpty())
            return true;
        const QAbstractItemModel* model = sourceModel();
        for (int column = 0; column < model->columnCount(sourceParent); ++column) {
            if (model->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
                return true;
        }
        if (m_digits.isEmpty())
            return false;
        const QString number = model->index(sourceRow, SuppressionTableModel::Number, sourceParent).data().toString();
        QString digits;
        for (const QChar c : number) {
            if (c.isDigit())
                digits.append(c);
        }
        return digits.contains(m_digits);
    }

private:
    QString m_text;
    QString m_digits; ///< the digits of a search that looks like a phone number; empty otherwise
};

namespace {

/// What the rows of an imported table hold in the chosen column.
struct ParsedOptOuts
{
    QStringList numbers; ///< E.164, in order, repeats included
    int fresh = 0; ///< distinct numbers not yet on the list
    int listed = 0; ///< readable rows whose number is on the list already, or repeats an earlier row
    QList<int> notNumbers; ///< lines whose cell could not be read as a number
    QList<int> withoutNumber; ///< lines whose cell is empty
    int rows = 0;
};

/// A cell as written, without the apostrophe our own export puts before "+…" for spreadsheets.
QString cellText(const QString& cell)
{
    QString text = cell.trimmed();
    if (text.startsWith(QLatin1Char('\'')))
        text.remove(0, 1);
    return text.trimmed();
}

ParsedOptOuts parseOptOuts(
    const CsvTable& table, int column, const PhoneNumberNormalizer& numbers, const QSet<QString>& onTheList)
{
    ParsedOptOuts parsed;
    parsed.numbers.reserve(table.rows.size() + 1);
    QSet<QString> seen;
    const auto read = [&](const QString& cell, int line) {
        ++parsed.rows;
        const QString written = cellText(cell);
        if (written.isEmpty()) {
            parsed.withoutNumber.append(line);
            return;
        }
        const PhoneNumberResult number = numbers.normalize(written);
        if (!number.ok()) {
            parsed.notNumbers.append(line);
            return;
        }
        parsed.numbers.append(number.e164);
        if (onTheList.contains(number.e164) || seen.contains(number.e164)) {
            ++parsed.listed;
        } else {
            seen.insert(number.e164);
            ++parsed.fresh;
        }
    };
    // A bare column of numbers has no header row: its first cell is a number like the others.
    // (The first record is on line 1 unless blank lines came before it, which CsvTable does not place.)
    const QString head = cellText(table.header.value(column));
    if (!head.isEmpty() && numbers.normalize(head).ok())
        read(head, 1);
    for (qsizetype i = 0; i < table.rows.size(); ++i)
        read(table.rows.at(i).value(column), table.lines.value(i));
    return parsed;
}

/// "7, 19, 23" — at most ten, then "…", so a file full of junk does not flood the message.
QString lineList(const QList<int>& lines)
{
    QStringList shown;
    for (qsizetype i = 0; i < lines.size() && i < 10; ++i)
        shown.append(QString::number(lines.at(i)));
    if (lines.size() > 10)
        shown.append(QStringLiteral("…"));
    return shown.join(QStringLiteral(", "));
}

QString notNumbersInWords(const QList<int>& lines)
{
    if (lines.isEmpty())
        return {};
    return lines.size() == 1
        ? SuppressionWidget::tr("1 not a number (row %1)").arg(lineList(lines))
        : SuppressionWidget::tr("%Ln not numbers (rows %1)", nullptr, static_cast<int>(lines.size()))
              .arg(lineList(lines));
}

QString withoutNumberInWords(const QList<int>& lines)
{
    if (lines.isEmpty())
        return {};
    return lines.size() == 1
        ? SuppressionWidget::tr("1 without a number (row %1)").arg(lineList(lines))
        : SuppressionWidget::tr("%Ln without a number (rows %1)", nullptr, static_cast<int>(lines.size()))
              .arg(lineList(lines));
}

} // namespace

SuppressionTableModel::SuppressionTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void SuppressionTableModel::setEntries(QList<Suppression> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

const Suppression* SuppressionTableModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int SuppressionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int SuppressionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SuppressionTableModel::data(const QModelIndex& index, int role) const
{
    const Suppression* e = entry(index.row());
    if (!e)
        return {};
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Number:
            return e->e164;
        case Reason:
            return e->reason.simplified();
        case Added:
            return QLocale().toString(e->addedAt.toLocalTime(), QLocale::ShortFormat);
        case Source:
            return e->source;
        case AddedBy:
            return e->addedBy;
        case ColumnCount:
            break;
        }
        break;
    case Qt::ToolTipRole:
        // Long reasons and sources are cut off in the table: the whole text on hover.
        switch (column) {
        case Number:
            // Everything about the entry, also where a narrow window hides the source and who added it.
            return plainToolTip(e->addedBy.isEmpty()
                    ? tr("Added on %1 (%2)")
                          .arg(QLocale().toString(e->addedAt.toLocalTime(), QLocale::LongFormat), e->source)
                    : tr("Added on %1 by %2 (%3)")
                          .arg(QLocale().toString(e->addedAt.toLocalTime(), QLocale::LongFormat), e->addedBy,
                              e->source));
        case Reason:
            return e->reason.isEmpty() ? QVariant() : QVariant(plainToolTip(e->reason));
        case Added:
            return QLocale().toString(e->addedAt.toLocalTime(), QLocale::LongFormat);
        case Source:
            return e->source.isEmpty() ? QVariant() : QVariant(plainToolTip(e->source));
        default:
            break;
        }
        break;
    case SortRole:
        if (column == Added)
            return e->addedAt;
        return data(index, Qt::DisplayRole).toString().toCaseFolded();
    default:
        break;
    }
    return {};
}

QVariant SuppressionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Number:
        return tr("Number");
    case Reason:
        return tr("Reason");
    case Added:
        return tr("Added");
    case Source:
        return tr("Source");
    case AddedBy:
        return tr("Added by");
    case ColumnCount:
        break;
    }
    return {};
}

SuppressionWidget::SuppressionWidget(GuiServices services, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SuppressionWidget>())
    , m_services(services)
    , m_list(*services.suppressions)
    , m_model(new SuppressionTableModel(this))
    , m_filter(new SuppressionFilter(this))
{
    m_ui->setupUi(this);
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(SuppressionTableModel::SortRole);
    m_ui->suppressionsView->setModel(m_filter);
    m_ui->suppressionsView->verticalHeader()->hide();
    QHeaderView* header = m_ui->suppressionsView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(SuppressionTableModel::Reason, QHeaderView::Stretch);
    header->setMinimumSectionSize(60);
    // Fit the short columns to what is shown (ResizeToContents would measure every row of a long list on each change).
    const auto fit = [this] {
        for (const int column :
            { SuppressionTableModel::Number, SuppressionTableModel::Added, SuppressionTableModel::AddedBy })
            m_ui->suppressionsView->resizeColumnToContents(column);
        // A long source ("imported from …") must not push the reason out of sight.
        m_ui->suppressionsView->resizeColumnToContents(SuppressionTableModel::Source);
        if (m_ui->suppressionsView->columnWidth(SuppressionTableModel::Source) > 220)
            m_ui->suppressionsView->setColumnWidth(SuppressionTableModel::Source, 220);
    };
    connect(m_filter, &QAbstractItemModel::modelReset, this, fit);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, fit);
    m_ui->suppressionsView->sortByColumn(SuppressionTableModel::Added, Qt::DescendingOrder);

    auto* importMenu = new QMenu(m_ui->importButton);
    importMenu->addAction(m_ui->actionImportFile);
    importMenu->addAction(m_ui->actionImportPaste);
    m_ui->importButton->setMenu(importMenu);

    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_filter, &SuppressionFilter::setSearch);
    connect(m_ui->addButton, &QPushButton::clicked, this, &SuppressionWidget::addNumber);
    connect(m_ui->actionImportFile, &QAction::triggered, this, &SuppressionWidget::chooseImportFile);
    connect(m_ui->actionImportPaste, &QAction::triggered, this, &SuppressionWidget::pasteCells);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &SuppressionWidget::removeSelected);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &SuppressionWidget::chooseExportFile);
    connect(m_ui->suppressionsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &SuppressionWidget::updateButtons);
    connect(m_ui->suppressionsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &SuppressionWidget::updateButtons);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &SuppressionWidget::updateButtons);
    auto* removeKey = new QShortcut(QKeySequence::Delete, m_ui->suppressionsView);
    removeKey->setContext(Qt::WidgetShortcut);
    connect(removeKey, &QShortcut::activated, this, &SuppressionWidget::removeSelected);

    m_ui->resultLabel->hide();
    reload();
}

SuppressionWidget::~SuppressionWidget() = default;

void SuppressionWidget::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // In a narrow window the number, the reason and the date matter most; the number's tooltip
    // still tells the source and who added it.
    const bool narrow = width() < 720;
    m_ui->suppressionsView->setColumnHidden(SuppressionTableModel::Source, narrow);
    m_ui->suppressionsView->setColumnHidden(SuppressionTableModel::AddedBy, narrow);
}

void SuppressionWidget::reload()
{
    const Suppression* current = selected();
    const QString keep = current ? current->e164 : QString();
    m_model->setEntries(m_list.all());
    const int count = m_model->rowCount();
    m_ui->countLabel->setText(count == 0
            ? tr("No one has opted out yet. Add numbers one by one with Add…, or from a file or a spreadsheet with "
                 "Import…")
            : (count == 1 ? tr("1 number on the opt-out list.")
                          : tr("%Ln numbers on the opt-out list.", nullptr, count)));
    m_ui->exportButton->setEnabled(count > 0);
    if (!keep.isEmpty())
        select(keep);
    updateButtons();
}

const Suppression* SuppressionWidget::selected() const
{
    const QModelIndex index = m_ui->suppressionsView->currentIndex();
    if (!index.isValid() || !m_ui->suppressionsView->selectionModel()->isRowSelected(index.row(), index.parent()))
        return nullptr;
    return m_model->entry(m_filter->mapToSource(index).row());
}

void SuppressionWidget::select(const QString& e164)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->entry(row)->e164 != e164)
            continue;
        const QModelIndex index = m_filter->mapFromSource(m_model->index(row, SuppressionTableModel::Number));
        if (index.isValid()) {
            m_ui->suppressionsView->setCurrentIndex(index);
            m_ui->suppressionsView->scrollTo(index);
        }
        return;
    }
}

void SuppressionWidget::updateButtons()
{
    m_ui->removeButton->setEnabled(selected() != nullptr);
}

void SuppressionWidget::showResult(const QString& text)
{
    m_ui->resultLabel->setText(breakableText(text));
    m_ui->resultLabel->setVisible(!text.isEmpty());
}

void SuppressionWidget::addNumber()
{
    // Declared before the dialog, so they outlive it and the connections that use them.
    const PhoneNumberNormalizer numbers = m_services.sender.numbers();
    PhoneNumberResult number;
    Ui::SuppressionAddDialog ui;
    QPushButton* ok = nullptr;
    const auto check = [&] {
        number = numbers.normalize(ui.numberEdit->text());
        const bool hasReason = !ui.reasonEdit->text().trimmed().isEmpty();
        QString hint;
        bool acceptable = false;
        if (ui.numberEdit->text().trimmed().isEmpty()) {
            hint = tr("Type the number as the person gave it; Herald writes it in the international form.");
        } else if (!number.ok()) {
            hint = number.message();
        } else if (const std::optional<Suppression> existing = m_list.find(number.e164)) {
            hint = tr("Already on the list, kept as it is: %1").arg(SendController::optedOutInWords(*existing));
        } else {
            hint = hasReason ? tr("Will be added as %1.").arg(number.e164)
                             : tr("Will be added as %1. Say why in Reason.").arg(number.e164);
            acceptable = hasReason;
        }
        ui.numberHint->setText(hint);
        ok->setEnabled(acceptable);
    };
    QDialog dialog(this);
    ui.setupUi(&dialog);
    ok = ui.buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("Add to the list"));
    connect(ui.buttonBox, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(ui.buttonBox, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(ui.numberEdit, &QLineEdit::textChanged, &dialog, check);
    connect(ui.reasonEdit, &QLineEdit::textChanged, &dialog, check);
    check();
    if (dialog.exec() != QDialog::Accepted || !number.ok())
        return;

    Suppression existing;
    const Suppression entry { number.e164, ui.reasonEdit->text().trimmed(), {}, tr("typed"), {} };
    switch (m_list.add(entry, &existing)) {
    case SuppressionRepository::AddOutcome::Added:
        reload();
        select(number.e164);
        showResult(tr("%1 added to the opt-out list: Herald will not send to it.").arg(number.e164));
        Q_EMIT suppressionsChanged();
        break;
    case SuppressionRepository::AddOutcome::AlreadyPresent:
        select(number.e164);
        showResult(tr("%1 was already on the list; its first entry is kept: %2")
                       .arg(number.e164, SendController::optedOutInWords(existing)));
        break;
    case SuppressionRepository::AddOutcome::Failed:
        showResult(
            tr("%1 could not be added: the database refused the change. The log file says why.").arg(number.e164));
        break;
    }
}

void SuppressionWidget::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import opt-outs"), QString(), tr("Spreadsheet text (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void SuppressionWidget::importFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showResult(tr("%1 could not be opened: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    importText(decodeText(file.readAll()), tr("imported from %1").arg(QFileInfo(path).fileName()));
}

void SuppressionWidget::pasteCells()
{
    const QString text = QApplication::clipboard()->text();
    if (text.trimmed().isEmpty()) {
        showResult(tr("The clipboard holds no text. Copy the cells with the numbers in your spreadsheet, then "
                      "choose Paste again."));
        return;
    }
    importText(text, tr("pasted from the clipboard"));
}

void SuppressionWidget::importText(const QString& text, const QString& source)
{
    const CsvTable table = readCsv(text);
    if (table.header.isEmpty() && table.rows.isEmpty()) {
        showResult(tr("There is nothing to import: the text holds no cells."));
        return;
    }
    const PhoneNumberNormalizer numbers = m_services.sender.numbers();
    const QSet<QString> onTheList = m_list.numbers();
    // Declared before the dialog, so they outlive it and the connections that use them.
    std::optional<ParsedOptOuts> parsed;
    Ui::SuppressionImportDialog ui;
    QPushButton* ok = nullptr;
    QFutureWatcher<ParsedOptOuts>* watcher = nullptr;
    const auto updateSummary = [&] {
        const bool hasReason = !ui.reasonEdit->text().trimmed().isEmpty();
        ok->setEnabled(parsed && parsed->fresh > 0 && hasReason);
        if (!parsed) {
            ui.summaryLabel->setText(tr("Reading the numbers…"));
            return;
        }
        QStringList parts;
        parts.append(parsed->fresh == 1 ? tr("1 new number") : tr("%Ln new numbers", nullptr, parsed->fresh));
        if (parsed->listed > 0)
            parts.append(tr("%Ln already on the list", nullptr, parsed->listed));
        for (const QString& part :
            { notNumbersInWords(parsed->notNumbers), withoutNumberInWords(parsed->withoutNumber) })
            if (!part.isEmpty())
                parts.append(part);
        QString summary = (parsed->rows == 1 ? tr("1 row: %1.") : tr("%Ln rows: %1.", nullptr, parsed->rows))
                              .arg(parts.join(QStringLiteral(", ")));
        if (parsed->numbers.isEmpty())
            summary += QLatin1Char(' ') + tr("Choose the column that holds the phone numbers.");
        else if (parsed->fresh == 0)
            summary += QLatin1Char(' ') + tr("Nothing to add.");
        else if (!hasReason)
            summary += QLatin1Char(' ') + tr("Say why in Reason: it is kept with every number.");
        ui.summaryLabel->setText(summary);
    };
    const auto analyse = [&] {
        parsed.reset();
        updateSummary();
        const int column = ui.phoneColumnCombo->currentData().toInt();
        // Reading a long file's numbers takes a moment: off the GUI thread, so the window stays responsive.
        watcher->setFuture(QtConcurrent::run(
            [table, column, numbers, onTheList] { return parseOptOuts(table, column, numbers, onTheList); }));
    };

    QDialog dialog(this);
    ui.setupUi(&dialog);
    ui.sourceLabel->setText(tr("Adding the numbers %1 to the opt-out list.").arg(source));
    ok = ui.buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("Add to the opt-out list"));
    connect(ui.buttonBox, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(ui.buttonBox, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    int columns = static_cast<int>(table.header.size());
    for (const QStringList& row : table.rows)
        columns = std::max(columns, static_cast<int>(row.size()));
    for (int column = 0; column < columns; ++column) {
        QString name = table.header.value(column).trimmed();
        if (name.isEmpty())
            name = tr("Column %1").arg(column + 1);
        // The first value under the header helps tell the columns apart.
        QString example;
        for (qsizetype row = 0; row < table.rows.size() && row < 20 && example.isEmpty(); ++row)
            example = table.rows.at(row).value(column).simplified();
        ui.phoneColumnCombo->addItem(example.isEmpty() ? name : tr("%1 (e.g. %2)").arg(name, example.left(40)), column);
    }
    ui.phoneColumnCombo->setCurrentIndex(std::max(guessPhoneColumn(table, numbers), 0));
    watcher = new QFutureWatcher<ParsedOptOuts>(&dialog);
    connect(watcher, &QFutureWatcherBase::finished, &dialog, [&parsed, watcher, &updateSummary] {
        parsed = watcher->result();
        updateSummary();
    });
    connect(ui.phoneColumnCombo, &QComboBox::currentIndexChanged, &dialog, analyse);
    connect(ui.reasonEdit, &QLineEdit::textChanged, &dialog, updateSummary);
    analyse();
    if (dialog.exec() != QDialog::Accepted || !parsed)
        return;

    QList<Suppression> entries;
    entries.reserve(parsed->numbers.size());
    const QString reason = ui.reasonEdit->text().trimmed();
    for (const QString& e164 : std::as_const(parsed->numbers))
        entries.append({ e164, reason, {}, source, {} });
    const SuppressionRepository::BulkResult result = m_list.addMany(entries);
    if (!result.ok) {
        showResult(tr("Nothing was added: the database refused the change. The log file says why."));
        return;
    }
    qCInfo(lcGui) << "opt-out import:" << result.added << "added," << result.alreadyPresent << "already listed,"
                  << parsed->notNumbers.size() << "unreadable";
    QStringList parts { tr("%Ln added", nullptr, result.added),
        tr("%Ln already on the list", nullptr, result.alreadyPresent) };
    for (const QString& part : { notNumbersInWords(parsed->notNumbers), withoutNumberInWords(parsed->withoutNumber) })
        if (!part.isEmpty())
            parts.append(part);
    reload();
    showResult(parts.join(QStringLiteral(", ")) + QLatin1Char('.'));
    if (result.added > 0)
        Q_EMIT suppressionsChanged();
}

void SuppressionWidget::removeSelected()
{
    const Suppression* entry = selected();
    if (!entry)
        return;
    const Suppression removing = *entry;
    QMessageBox question(QMessageBox::Question, tr("Remove from the opt-out list"),
        tr("Take %1 off the opt-out list? Herald will send to this number again.").arg(removing.e164),
        QMessageBox::NoButton, this);
    question.setObjectName(QStringLiteral("removeConfirmation"));
    question.setInformativeText(SendController::optedOutInWords(removing));
    QPushButton* remove = question.addButton(tr("Remove %1").arg(removing.e164), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveButton"));
    question.setDefaultButton(question.addButton(QMessageBox::Cancel));
    question.exec();
    if (question.clickedButton() != remove)
        return;
    if (!m_list.remove(removing.e164)) {
        showResult(tr("%1 could not be removed: it is no longer on the list, or the database refused the change.")
                       .arg(removing.e164));
        reload();
        return;
    }
    reload();
    showResult(tr("%1 was taken off the opt-out list: Herald will send to it again.").arg(removing.e164));
    Q_EMIT suppressionsChanged();
}

void SuppressionWidget::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the opt-out list"),
        QDir::home().filePath(QStringLiteral("opt-outs.csv")), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportTo(path, &error)) {
        const int count = m_model->rowCount();
        showResult((count == 1 ? tr("1 number exported to %1.") : tr("%Ln numbers exported to %1.", nullptr, count))
                       .arg(QDir::toNativeSeparators(path)));
    } else {
        showResult(error);
    }
}

bool SuppressionWidget::exportTo(const QString& path, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    // The byte-order mark makes spreadsheet programs read the file as UTF-8.
    QString text = QStringLiteral("\uFEFF");
    const QStringList header { tr("Phone number"), tr("Reason"), tr("Added (UTC)"), tr("Source"), tr("Added by") };
    QStringList cells;
    for (const QString& title : header)
        cells.append(csvCell(title));
    text += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const Suppression& entry : m_list.all()) {
        cells = { csvCell(entry.e164), csvCell(entry.reason), csvCell(entry.addedAt.toUTC().toString(Qt::ISODate)),
            csvCell(entry.source), csvCell(entry.addedBy) };
        text += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    file.write(text.toUtf8());
    if (!file.commit()) {
        *error = tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace herald
