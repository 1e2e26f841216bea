#include "gui/TemplatesWidget.h"

#include "core/TemplateJson.h"
#include "dispatch/ProfileService.h"
#include "dispatch/TemplateSyncService.h"
#include "gui/PlainText.h"
#include "gui/ShortcutsDialog.h"
#include "gui/TemplateDialog.h"
#include "storage/ProfileRepository.h"
#include "storage/TemplateRepository.h"
#include "ui_TemplatesWidget.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSet>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>

namespace herald {

namespace {
enum Column
{
    Name,
    Language,
    Category,
    Status,
    Body,
    Updated,
    ColumnCount
};
constexpr int kIdRole = Qt::UserRole + 1;
} // namespace

TemplatesWidget::TemplatesWidget(GuiServices services, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TemplatesWidget>())
    , m_services(services)
    , m_model(new QStandardItemModel(0, ColumnCount, this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_model->setHorizontalHeaderLabels(
        { tr("Name"), tr("Language"), tr("Category"), tr("Status"), tr("Body"), tr("Last change") });
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // search every column
    m_ui->templatesView->setModel(m_proxy);
    m_ui->templatesView->verticalHeader()->hide();
    m_ui->templatesView->setWordWrap(false);
    QHeaderView* header = m_ui->templatesView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(Body, QHeaderView::Stretch);
    // Fit the short columns to what the filter shows now (ResizeToContents misses proxy changes).
    const auto fit = [this] {
        for (const int column : { Name, Language, Category, Status, Updated })
            m_ui->templatesView->resizeColumnToContents(column);
    };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, fit);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, fit);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, fit);
    m_ui->templatesView->sortByColumn(Name, Qt::AscendingOrder);

    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->newTemplateButton, &QPushButton::clicked, this, &TemplatesWidget::addTemplate);
    connect(m_ui->editTemplateButton, &QPushButton::clicked, this, &TemplatesWidget::editTemplate);
    connect(m_ui->duplicateTemplateButton, &QPushButton::clicked, this, &TemplatesWidget::duplicateTemplate);
    connect(m_ui->deleteTemplateButton, &QPushButton::clicked, this, &TemplatesWidget::deleteTemplate);
    auto* jsonMenu = new QMenu(m_ui->jsonButton);
    jsonMenu->addAction(m_ui->actionPasteJson);
    jsonMenu->addAction(m_ui->actionCopyJson);
    m_ui->jsonButton->setMenu(jsonMenu);
    connect(m_ui->actionPasteJson, &QAction::triggered, this, &TemplatesWidget::pasteJson);
    connect(m_ui->actionCopyJson, &QAction::triggered, this, &TemplatesWidget::copyJson);
    connect(m_ui->templatesView, &QAbstractItemView::activated, this, &TemplatesWidget::editTemplate);
    connect(m_ui->templatesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &TemplatesWidget::updateButtons);

    m_ui->syncProgress->hide();
    m_ui->syncResultLabel->hide();
    connect(m_ui->syncButton, &QPushButton::clicked, this, &TemplatesWidget::startSync);
    addButtonShortcut(
        this, m_ui->newTemplateButton, QStringLiteral("actionNewTemplate"), tr("New template"), QKeySequence::New);
    addButtonShortcut(
        this, m_ui->syncButton, QStringLiteral("actionSyncTemplates"), tr("Sync from Messente"), QKeySequence::Refresh);
    auto* find = new QAction(tr("Search templates"), this);
    find->setObjectName(QStringLiteral("actionFindTemplates"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchEdit->selectAll();
    });
    addAction(find);
    connect(m_ui->syncProfileCombo, &QComboBox::currentIndexChanged, this, &TemplatesWidget::updateSyncState);
    connect(&m_services.profileService, &ProfileService::profilesChanged, this, &TemplatesWidget::reloadSyncProfiles);
    connect(&m_services.templateSync, &TemplateSyncService::progress, this, &TemplatesWidget::showSyncProgress);
    connect(&m_services.templateSync, &TemplateSyncService::finished, this, &TemplatesWidget::showSyncResult);
    reloadSyncProfiles();
    reload();
}

TemplatesWidget::~TemplatesWidget() = default;

void TemplatesWidget::reload()
{
    const qint64 current = selectedTemplate();
    m_model->removeRows(0, m_model->rowCount());
    for (const Template& tpl : m_services.templates.all()) {
        QList<QStandardItem*> row;
        auto* status = new QStandardItem(
            tpl.status.isEmpty() ? tr("entered here") : TemplateSyncService::statusInWords(tpl.status));
        status->setToolTip(tpl.status.isEmpty()
                ? tr("Entered by hand in Herald, not synced from a provider.")
                : tr("Meta's status when synced on %1.")
                      .arg(QLocale().toString(tpl.syncedAt.toLocalTime(), QLocale::ShortFormat)));
        row << new QStandardItem(tpl.name) << new QStandardItem(tpl.language)
            << new QStandardItem(categoryKey(tpl.category)) << status << new QStandardItem(tpl.body.simplified())
            << new QStandardItem(QLocale().toString(tpl.updatedAt.toLocalTime(), QLocale::ShortFormat));
        if (!tpl.isSendable()) {
            // Greyed out, and said why: Compose does not offer it.
            const QString why = tr("Not offered for sending: Meta reports it %1.")
                                    .arg(TemplateSyncService::statusInWords(tpl.status));
            for (QStandardItem* item : std::as_const(row)) {
                item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
                item->setToolTip(plainToolTip(why));
            }
        }
        row.first()->setData(tpl.id, kIdRole);
        m_model->appendRow(row);
        if (tpl.id == current)
            m_ui->templatesView->setCurrentIndex(m_proxy->mapFromSource(row.first()->index()));
    }
    m_ui->templatesStatusLabel->setText(m_model->rowCount() == 0
            ? tr("No templates yet: add one exactly as Meta approved it with New…")
            : tr("%n template(s).", nullptr, m_model->rowCount()));
    updateButtons();
}

qint64 TemplatesWidget::selectedTemplate() const
{
    const QModelIndex index = m_ui->templatesView->currentIndex();
    if (!index.isValid())
        return 0;
    return m_proxy->index(index.row(), Name).data(kIdRole).toLongLong();
}

void TemplatesWidget::updateButtons()
{
    const bool selected = selectedTemplate() != 0;
    m_ui->editTemplateButton->setEnabled(selected);
    m_ui->duplicateTemplateButton->setEnabled(selected);
    m_ui->deleteTemplateButton->setEnabled(selected);
    m_ui->actionCopyJson->setEnabled(selected);
}

bool TemplatesWidget::save(const Template& tpl)
{
    if (m_services.templates.save(tpl) == 0) {
        QMessageBox::warning(this, tr("Template not saved"),
            tr("A template called %1 in %2 already exists.").arg(tpl.name, tpl.language));
        return false;
    }
    reload();
    Q_EMIT templatesChanged();
    return true;
}

void TemplatesWidget::addTemplate()
{
    TemplateDialog dialog(this);
    dialog.setWindowTitle(tr("New template"));
    if (dialog.exec() == QDialog::Accepted)
        save(dialog.result());
}

void TemplatesWidget::editTemplate()
{
    const std::optional<Template> tpl = m_services.templates.find(selectedTemplate());
    if (!tpl)
        return;
    TemplateDialog dialog(this);
    dialog.setWindowTitle(tr("Edit template"));
    dialog.setTemplate(*tpl);
    if (dialog.exec() == QDialog::Accepted)
        save(dialog.result());
}

void TemplatesWidget::duplicateTemplate()
{
    std::optional<Template> copy = m_services.templates.find(selectedTemplate());
    if (!copy)
        return;
    // Meta names are unique per language: find a free "_copy", "_copy2", … name.
    QSet<QString> taken;
    for (const Template& other : m_services.templates.all()) {
        if (other.language == copy->language)
            taken.insert(other.name);
    }
    const QString base = copy->name + QStringLiteral("_copy");
    copy->id = 0;
    copy->name = base;
    for (int n = 2; taken.contains(copy->name); ++n)
        copy->name = base + QString::number(n);
    if (save(*copy))
        m_ui->templatesStatusLabel->setText(tr("Duplicated as %1; edit it before sending.").arg(copy->name));
}

QString TemplatesWidget::importJson(const QByteArray& json)
{
    QStringList problems;
    const QList<Template> found = templatesFromJson(json, &problems);
    int added = 0;
    int updated = 0;
    for (Template tpl : found) {
        if (const std::optional<Template> existing = m_services.templates.findByNameAndLanguage(tpl.name, tpl.language))
            tpl.id = existing->id;
        const bool isUpdate = tpl.id != 0;
        if (m_services.templates.save(tpl) == 0) {
            problems.append(tr("%1 (%2) could not be saved.").arg(tpl.name, tpl.language));
            continue;
        }
        ++(isUpdate ? updated : added);
    }
    if (added + updated > 0) {
        reload();
        Q_EMIT templatesChanged();
    }
    QString summary = tr("%n template(s) added, ", nullptr, added) + tr("%n updated.", nullptr, updated);
    if (!problems.isEmpty())
        summary += QLatin1Char(' ') + tr("Not imported: %1").arg(problems.join(QLatin1Char(' ')));
    m_ui->templatesStatusLabel->setText(breakableText(summary));
    return summary;
}

void TemplatesWidget::pasteJson()
{
    const QString text = QGuiApplication::clipboard()->text();
    if (text.trimmed().isEmpty()) {
        m_ui->templatesStatusLabel->setText(tr("The clipboard is empty: copy a template's JSON first."));
        return;
    }
    importJson(text.toUtf8());
}

void TemplatesWidget::copyJson()
{
    const std::optional<Template> tpl = m_services.templates.find(selectedTemplate());
    if (!tpl)
        return;
    QGuiApplication::clipboard()->setText(
        QString::fromUtf8(QJsonDocument(templateToMetaJson(*tpl)).toJson(QJsonDocument::Indented)));
    m_ui->templatesStatusLabel->setText(tr("%1 (%2) copied in Meta's JSON shape.").arg(tpl->name, tpl->language));
}

void TemplatesWidget::reloadSyncProfiles()
{
    const qint64 current = syncProfile();
    const QSignalBlocker blocker(m_ui->syncProfileCombo);
    m_ui->syncProfileCombo->clear();
    for (const Profile& profile : m_services.profiles.all()) {
        // Sandbox profiles answer only while the sandbox runs.
        if (profile.kind != ProviderKind::Messente || (profile.isSandbox && !m_services.sandboxActive))
            continue;
        m_ui->syncProfileCombo->addItem(profile.name, profile.id);
        if (profile.id == current)
            m_ui->syncProfileCombo->setCurrentIndex(m_ui->syncProfileCombo->count() - 1);
    }
    const bool choice = m_ui->syncProfileCombo->count() > 1;
    m_ui->syncProfileLabel->setVisible(choice);
    m_ui->syncProfileCombo->setVisible(choice);
    updateSyncState();
}

qint64 TemplatesWidget::syncProfile() const
{
    return m_ui->syncProfileCombo->currentData().toLongLong();
}

void TemplatesWidget::updateSyncState()
{
    const qint64 profileId = syncProfile();
    const bool syncing = profileId != 0 && m_services.templateSync.isSyncing(profileId);
    m_ui->syncButton->setEnabled(profileId != 0 && !syncing);
    m_ui->syncProgress->setVisible(syncing);
    if (profileId == 0) {
        m_ui->syncButton->setToolTip(tr("Add a Messente profile with its WhatsApp Business Account ID under Profiles "
                                        "to sync its templates."));
        m_ui->lastSyncedLabel->clear();
        return;
    }
    m_ui->syncButton->setToolTip(
        tr("Read every template of the profile's WhatsApp Business Account from Messente, with Meta's status"));
    const QDateTime last = m_services.templateSync.lastSynced(profileId);
    m_ui->lastSyncedLabel->setText(last.isValid()
            ? tr("Last synced: %1").arg(QLocale().toString(last.toLocalTime(), QLocale::ShortFormat))
            : tr("Never synced"));
}

void TemplatesWidget::startSync()
{
    const qint64 profileId = syncProfile();
    if (profileId == 0 || !m_services.templateSync.sync(profileId))
        return;
    m_ui->syncResultLabel->setText(
        tr("Reading the templates of \"%1\" from Messente…").arg(m_ui->syncProfileCombo->currentText()));
    m_ui->syncResultLabel->show();
    updateSyncState();
}

void TemplatesWidget::showSyncProgress(qint64 profileId, int templatesRead)
{
    if (profileId != syncProfile())
        return;
    m_ui->syncResultLabel->setText(tr("Reading the templates of \"%1\" from Messente: %2 so far…")
                                       .arg(m_ui->syncProfileCombo->currentText())
                                       .arg(templatesRead));
}

void TemplatesWidget::showSyncResult(const TemplateSyncReport& report)
{
    if (report.ok) {
        reload();
        Q_EMIT templatesChanged();
    }
    if (report.profileId == syncProfile()) {
        m_ui->syncResultLabel->setText(breakableText(report.message));
        m_ui->syncResultLabel->show();
    }
    updateSyncState();
}

void TemplatesWidget::deleteTemplate()
{
    const std::optional<Template> tpl = m_services.templates.find(selectedTemplate());
    if (!tpl)
        return;
    if (QMessageBox::question(this, tr("Delete template"),
            tr("Delete the template %1 (%2)? Messages already sent keep their text.").arg(tpl->name, tpl->language))
        != QMessageBox::Yes)
        return;
    m_services.templates.remove(tpl->id);
    reload();
    Q_EMIT templatesChanged();
}

} // namespace herald
