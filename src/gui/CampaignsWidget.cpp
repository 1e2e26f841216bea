#include "gui/CampaignsWidget.h"

#include "dispatch/CallbackReceiver.h"
#include "dispatch/CampaignRunner.h"
#include "dispatch/StatusTracker.h"
#include "gui/CampaignChart.h"
#include "gui/CampaignModels.h"
#include "gui/CampaignText.h"
#include "gui/DeliveryExport.h"
#include "gui/PlainText.h"
#include "gui/ShortcutsDialog.h"
#include "storage/AuditLog.h"
#include "storage/CampaignRepository.h"
#include "storage/MessageRepository.h"
#include "ui_CampaignsWidget.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QResizeEvent>
#include <QStandardPaths>

namespace herald {

namespace {

constexpr int kRefreshMs = 250; // at most four refreshes a second, however fast the reports come
constexpr int kChartMs = 2000; // the chart reads the campaign's whole history: at most every two seconds
constexpr int kNarrow = 640;

bool isOpen(CampaignState state)
{
    return state == CampaignState::Running || state == CampaignState::Paused || state == CampaignState::Held;
}

} // namespace

CampaignsWidget::CampaignsWidget(GuiServices services, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CampaignsWidget>())
    , m_services(services)
    , m_model(new CampaignTableModel(this))
    , m_skips(new SkipTableModel(this))
{
    m_ui->setupUi(this);
    m_ui->splitter->setStretchFactor(0, 2);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->campaignsTable->setModel(m_model);
    m_ui->campaignsTable->verticalHeader()->hide();
    QHeaderView* header = m_ui->campaignsTable->horizontalHeader();
    // Names take what is left; long ones are elided, with the whole name as the tooltip.
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CampaignTableModel::Name, QHeaderView::Stretch);
    header->setMinimumSectionSize(60);
    for (const int column : { int(CampaignTableModel::Profile), int(CampaignTableModel::Template) }) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, 160);
    }
    m_ui->campaignSkipsTable->setModel(m_skips);
    m_ui->campaignSkipsTable->verticalHeader()->hide();
    m_ui->campaignSkipsTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->campaignSkipsTable->horizontalHeader()->setSectionResizeMode(
        SkipTableModel::Row, QHeaderView::ResizeToContents);
    m_ui->campaignSkipsTable->horizontalHeader()->resizeSection(SkipTableModel::Phone, 160);
    m_ui->campaignSkipsTable->horizontalHeader()->resizeSection(SkipTableModel::Reason, 130);
    m_ui->auditTable->setColumnCount(4);
    m_ui->auditTable->setHorizontalHeaderLabels({ tr("When"), tr("Who"), tr("What"), tr("Detail") });
    m_ui->auditTable->verticalHeader()->hide();
    m_ui->auditTable->horizontalHeader()->setStretchLastSection(true);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(kRefreshMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &CampaignsWidget::refresh);
    connect(m_ui->campaignsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &CampaignsWidget::updateDetail);
    connect(m_ui->pauseButton, &QPushButton::clicked, this, &CampaignsWidget::pause);
    connect(m_ui->resumeButton, &QPushButton::clicked, this, &CampaignsWidget::resume);
    connect(m_ui->cancelCampaignButton, &QPushButton::clicked, this, &CampaignsWidget::cancel);
    connect(m_ui->retryFailedButton, &QPushButton::clicked, this, &CampaignsWidget::retryFailed);
    connect(m_ui->exportReportButton, &QPushButton::clicked, this, &CampaignsWidget::chooseReportFile);
    connect(m_ui->resendUnknownButton, &QPushButton::clicked, this, &CampaignsWidget::resendUnknown);
    addButtonShortcut(this, m_ui->exportReportButton, QStringLiteral("actionExportReport"),
        tr("Export the campaign's delivery report"), QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_ui->campaignPaceSpin, &QDoubleSpinBox::valueChanged, this, &CampaignsWidget::setPace);
    if (m_services.campaigns) {
        connect(m_services.campaigns, &CampaignRunner::campaignChanged, this, &CampaignsWidget::markChanged);
        // What Herald says about the campaign shown (a retry refused, a slow-down) is said next to its buttons.
        connect(m_services.campaigns, &CampaignRunner::notice, this, [this](qint64 campaignId, const QString& text) {
            if (campaignId == m_detailId)
                m_ui->actionLabel->setText(breakableText(text));
        });
    }
    // Answers the provider gives later (delivered, failed…) change the counts of their campaigns.
    connect(&m_services.tracker, &StatusTracker::campaignsChanged, this, &CampaignsWidget::markCampaigns);
    connect(&m_services.callbacks, &CallbackReceiver::campaignsChanged, this, &CampaignsWidget::markCampaigns);
    m_chartTimer.setSingleShot(true);
    connect(&m_chartTimer, &QTimer::timeout, this, [this] { updateChart(true); });
    connect(m_ui->detailTabs, &QTabWidget::currentChanged, this, [this] {
        if (m_chartStale)
            updateChart(true);
    });
    arrangeFor(width() < kNarrow);
    updateDetail();
    // Counting every campaign's messages waits until the window is on screen.
    QTimer::singleShot(0, this, &CampaignsWidget::reload);
}

CampaignsWidget::~CampaignsWidget() = default;

std::optional<CampaignRow> CampaignsWidget::readRow(qint64 campaignId) const
{
    if (!m_services.campaignRecords)
        return std::nullopt;
    std::optional<CampaignRecord> record = m_services.campaignRecords->find(campaignId);
    if (!record)
        return std::nullopt;
    return CampaignRow { std::move(*record), m_services.campaignRecords->counts(campaignId) };
}

void CampaignsWidget::reload()
{
    QList<CampaignRow> rows;
    if (m_services.campaignRecords) {
        for (CampaignRecord& record : m_services.campaignRecords->all()) {
            const qint64 id = record.id;
            rows.append({ std::move(record), m_services.campaignRecords->counts(id) });
        }
    }
    const qint64 selected = selectedCampaign();
    m_model->setCampaigns(rows);
    m_changed.clear();
    if (selected != 0 && m_model->rowOf(selected) >= 0)
        showCampaign(selected);
    else if (m_model->rowCount() > 0)
        m_ui->campaignsTable->selectRow(0);
    updateDetail();
    updateActivity();
}

void CampaignsWidget::markChanged(qint64 campaignId)
{
    m_changed.insert(campaignId);
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void CampaignsWidget::markCampaigns(const QSet<qint64>& campaignIds)
{
    for (const qint64 id : campaignIds) {
        if (m_model->rowOf(id) >= 0) // one not read yet comes with the next reload
            m_changed.insert(id);
    }
    if (!m_changed.isEmpty() && !m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void CampaignsWidget::updateChart(bool now)
{
    const CampaignRow* row = m_model->campaign(m_model->rowOf(m_detailId));
    if (!row || !m_services.campaignRecords) {
        m_ui->campaignChart->clear();
        m_chartId = 0;
        m_chartStale = false;
        return;
    }
    m_chartStale = true;
    if (m_ui->detailTabs->currentWidget() != m_ui->chartTab)
        return; // drawn when its tab is opened
    const bool other = row->record.id != m_chartId;
    if (!now && !other && m_chartDrawn.isValid() && m_chartDrawn.elapsed() < kChartMs) {
        if (!m_chartTimer.isActive())
            m_chartTimer.start(static_cast<int>(kChartMs - m_chartDrawn.elapsed()));
        return;
    }
    m_chartTimer.stop();
    m_ui->campaignChart->setData(row->counts, m_services.campaignRecords->timeline(row->record.id));
    m_chartId = row->record.id;
    m_chartStale = false;
    m_chartDrawn.start();
}

void CampaignsWidget::refresh()
{
    const QSet<qint64> changed = std::exchange(m_changed, {});
    const bool wasEmpty = m_model->rowCount() == 0;
    for (const qint64 id : changed) {
        if (const std::optional<CampaignRow> row = readRow(id))
            m_model->updateCampaign(*row);
    }
    if (wasEmpty && m_model->rowCount() > 0)
        m_ui->campaignsTable->selectRow(0);
    if (changed.contains(m_detailId) || m_detailId == 0)
        updateDetail();
    updateActivity();
}

qint64 CampaignsWidget::selectedCampaign() const
{
    const QModelIndex current = m_ui->campaignsTable->currentIndex();
    return current.isValid() ? current.data(CampaignTableModel::kIdRole).toLongLong() : 0;
}

void CampaignsWidget::showCampaign(qint64 campaignId)
{
    if (m_model->rowOf(campaignId) < 0) {
        if (const std::optional<CampaignRow> row = readRow(campaignId))
            m_model->updateCampaign(*row);
    }
    const int row = m_model->rowOf(campaignId);
    if (row < 0)
        return;
    m_ui->campaignsTable->selectRow(row);
    m_ui->campaignsTable->scrollTo(m_model->index(row, 0));
    updateDetail();
    updateActivity();
}

void CampaignsWidget::updateDetail()
{
    const bool any = m_model->rowCount() > 0;
    m_ui->emptyLabel->setVisible(!any);
    m_ui->splitter->setVisible(any);
    const qint64 id = selectedCampaign();
    const CampaignRow* row = m_model->campaign(m_model->rowOf(id));
    m_ui->detailScroll->setEnabled(row != nullptr);
    if (!row) {
        m_detailId = 0;
        updateChart(true);
        return;
    }
    const CampaignRecord& record = row->record;
    const CampaignCounts& counts = row->counts;
    if (id != m_detailId) {
        m_detailId = id;
        m_auditLastId = -1;
        m_ui->actionLabel->clear();
        m_skips->setSkips(m_services.campaignRecords->skips(id));
        m_ui->detailTabs->setTabText(0, tr("Skipped rows (%1)").arg(QLocale().toString(m_skips->rowCount())));
    }
    const QLocale locale;
    m_ui->campaignTitle->setText(tr("%1 — %2").arg(breakableText(record.name), campaignStateDisplayName(record.state)));
    QStringList info;
    const QString provider = providerKindDisplayName(record.providerKind);
    info.append(record.profileName.contains(provider)
            ? tr("Profile %1").arg(breakableText(record.profileName))
            : tr("Profile %1 (%2)").arg(breakableText(record.profileName), provider));
    info.append(tr("template %1 (%2)").arg(breakableText(record.tpl.name), record.tpl.language));
    if (!record.listName.isEmpty())
        info.append(tr("list %1").arg(breakableText(record.listName)));
    info.append(tr("created %1 by %2")
                    .arg(locale.toString(record.createdAt.toLocalTime(), QLocale::ShortFormat), record.createdBy));
    QString infoText = info.join(tr(" · "));
    if (record.scheduledFor.isValid()) {
        const QString when = CampaignText::when(record.scheduledFor);
        infoText += QLatin1Char('\n')
            + (providerHoldsScheduledMessages(record.providerKind)
                    ? tr("Scheduled for %1; %2 holds the messages until then.")
                          .arg(when, providerKindDisplayName(record.providerKind))
                    : tr("Scheduled for %1. Herald holds it and sends it then: Herald must be running at that time.")
                          .arg(when));
    }
    m_ui->campaignInfo->setText(infoText);

    const CampaignProgress progress = m_services.campaigns ? m_services.campaigns->progress(id) : CampaignProgress {};
    const bool active = m_services.campaigns && m_services.campaigns->isActive(id);
    m_ui->campaignProgress->setRange(0, std::max(1, counts.total()));
    m_ui->campaignProgress->setValue(counts.settled());
    m_ui->progressLabel->setText(
        CampaignText::progress(counts, active && record.state == CampaignState::Running ? progress.etaSeconds : -1));

    {
        const QSignalBlocker blocker(m_ui->campaignPaceSpin);
        m_ui->campaignPaceSpin->setMaximum(Profile::maxSendRate(record.providerKind));
        if (!m_ui->campaignPaceSpin->hasFocus())
            m_ui->campaignPaceSpin->setValue(record.rate > 0 ? record.rate : progress.pace);
    }
    m_ui->campaignPaceSpin->setEnabled(isOpen(record.state));
    QString paceText;
    if (active) {
        paceText = tr("In force now: %1.").arg(CampaignText::pace(progress.pace));
        if (progress.achieved > 0)
            paceText += QLatin1Char(' ') + tr("Achieved: %1.").arg(CampaignText::pace(progress.achieved));
    } else if (isOpen(record.state)) {
        paceText = tr("Sends at %1 when it runs.").arg(CampaignText::pace(progress.pace));
    }
    m_ui->paceInForceLabel->setText(paceText);

    // Expired messages did not reach the person either: Retry failed takes them too.
    const int failed = counts.count(MessageState::Failed) + counts.count(MessageState::Expired);
    const int unknown = counts.count(MessageState::Unknown);
    m_ui->pauseButton->setEnabled(record.state == CampaignState::Running);
    m_ui->resumeButton->setEnabled(record.state == CampaignState::Paused);
    // A finished campaign can still be cancelled while the provider holds some of it for later.
    m_ui->cancelCampaignButton->setEnabled(
        isOpen(record.state) || (record.state == CampaignState::Finished && counts.count(MessageState::Scheduled) > 0));
    m_ui->retryFailedButton->setEnabled(failed > 0 && record.state != CampaignState::Cancelled);
    m_ui->retryFailedButton->setText(
        failed > 0 ? tr("Retry fa&iled (%1)").arg(locale.toString(failed)) : tr("Retry fa&iled"));
    m_ui->resendUnknownButton->setEnabled(unknown > 0 && record.state != CampaignState::Cancelled);
    m_ui->resendUnknownButton->setText(
        unknown > 0 ? tr("Resend un&known (%1)…").arg(locale.toString(unknown)) : tr("Resend un&known…"));
    updateAudit(id);
    updateChart(false);
}

void CampaignsWidget::updateAudit(qint64 campaignId)
{
    if (!m_services.audit)
        return;
    const QList<AuditEntry> entries = m_services.audit->entries(campaignId);
    const qint64 last = entries.isEmpty() ? 0 : entries.constLast().id;
    if (last == m_auditLastId)
        return;
    m_auditLastId = last;
    QTableWidget* table = m_ui->auditTable;
    table->setRowCount(static_cast<int>(entries.size()));
    const QLocale locale;
    for (int row = 0; row < entries.size(); ++row) {
        const AuditEntry& entry = entries.at(row);
        const QStringList cells { locale.toString(entry.occurredAt.toLocalTime(), QLocale::ShortFormat), entry.osUser,
            CampaignText::auditAction(entry.action), entry.detail };
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(plainToolTip(cells.at(column)));
            table->setItem(row, column, item);
        }
    }
    table->resizeColumnsToContents();
    table->scrollToBottom();
    m_ui->detailTabs->setTabText(1, tr("Audit log (%1)").arg(locale.toString(entries.size())));
}

void CampaignsWidget::updateActivity()
{
    int done = 0;
    int total = 0;
    int running = 0;
    double eta = -1;
    CampaignCounts sum;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const CampaignRow* campaign = m_model->campaign(row);
        if (campaign->record.state != CampaignState::Running)
            continue;
        ++running;
        for (size_t state = 0; state < sum.byState.size(); ++state)
            sum.byState.at(state) += campaign->counts.byState.at(state);
        if (m_services.campaigns)
            eta = std::max(eta, m_services.campaigns->progress(campaign->record.id).etaSeconds);
    }
    total = sum.total();
    done = sum.settled();
    const QString text = running == 0 ? QString()
        : running == 1                ? CampaignText::progress(sum, eta)
                       : tr("%1 campaigns: %2").arg(QLocale().toString(running), CampaignText::progress(sum, eta));
    Q_EMIT activityChanged(done, running == 0 ? 0 : std::max(total, 1), text);
}

void CampaignsWidget::pause()
{
    if (m_services.campaigns && m_services.campaigns->pause(m_detailId))
        m_ui->actionLabel->setText(tr("Paused. Messages already on their way still get their answers."));
}

void CampaignsWidget::resume()
{
    if (m_services.campaigns && m_services.campaigns->resume(m_detailId))
        m_ui->actionLabel->setText(tr("Resumed where it stopped."));
}

void CampaignsWidget::cancel()
{
    const CampaignRow* row = m_model->campaign(m_model->rowOf(m_detailId));
    if (!row || !m_services.campaigns)
        return;
    const QLocale locale;
    QStringList what;
    if (const int queued = row->counts.count(MessageState::Queued); queued > 0)
        what.append(tr("Messages not sent yet: %1. They will not be sent.").arg(locale.toString(queued)));
    if (const int held = row->counts.count(MessageState::Scheduled); held > 0)
        what.append(tr("Messages the provider holds for later: %1. Herald asks the provider to cancel them.")
                        .arg(locale.toString(held)));
    what.append(tr("Messages already handed to the provider for now cannot be called back."));
    QMessageBox box(QMessageBox::Warning, tr("Cancel campaign"),
        tr("Cancel “%1”?").arg(breakableText(row->record.name)), QMessageBox::Yes | QMessageBox::No, this);
    box.setInformativeText(what.join(QLatin1Char('\n')));
    box.button(QMessageBox::Yes)->setText(tr("Cancel the campaign"));
    box.button(QMessageBox::No)->setText(tr("Keep it"));
    box.setDefaultButton(QMessageBox::No);
    if (box.exec() != QMessageBox::Yes)
        return;
    if (m_services.campaigns->cancel(m_detailId))
        m_ui->actionLabel->setText(tr("Cancelled. Nothing more of it will be sent."));
}

void CampaignsWidget::retryFailed()
{
    if (!m_services.campaigns)
        return;
    m_ui->actionLabel->clear();
    const int queued = m_services.campaigns->retryFailed(m_detailId);
    if (queued > 0)
        m_ui->actionLabel->setText(tr("Failed messages queued again: %1.").arg(QLocale().toString(queued)));
    else if (m_ui->actionLabel->text().isEmpty()) // otherwise the runner has said why
        m_ui->actionLabel->setText(tr("Nothing was queued again."));
}

void CampaignsWidget::resendUnknown()
{
    const CampaignRow* row = m_model->campaign(m_model->rowOf(m_detailId));
    if (!row || !m_services.campaigns)
        return;
    const int unknown = row->counts.count(MessageState::Unknown);
    QMessageBox box(QMessageBox::Warning, tr("Resend unknown"),
        tr("Send %1 messages again whose outcome is unknown?").arg(QLocale().toString(unknown)),
        QMessageBox::Yes | QMessageBox::No, this);
    box.setInformativeText(
        tr("For these messages Herald could not learn whether the provider took them: the connection broke or the "
           "answer never came. Some may have been sent and may already be on the recipients' phones. Sending them "
           "again may deliver them twice."));
    box.button(QMessageBox::Yes)->setText(tr("Send them again"));
    box.button(QMessageBox::No)->setText(tr("Leave them"));
    box.setDefaultButton(QMessageBox::No);
    if (box.exec() != QMessageBox::Yes)
        return;
    const int queued = m_services.campaigns->resendUnknown(m_detailId);
    m_ui->actionLabel->setText(
        tr("Messages with an unknown outcome queued again: %1.").arg(QLocale().toString(queued)));
}

bool CampaignsWidget::exportReport(qint64 campaignId, const QString& path, QString* error) const
{
    return exportDeliveryReport(m_services.messages, m_services.messages.idsInCampaign(campaignId), path, error);
}

void CampaignsWidget::chooseReportFile()
{
    const CampaignRow* row = m_model->campaign(m_model->rowOf(m_detailId));
    if (!row)
        return;
    // The campaign's name makes the file's, without what a file name cannot hold.
    QString stem = row->record.name;
    stem.replace(QRegularExpression(QStringLiteral(R"([\\/:*?"<>|\s]+)")), QStringLiteral("-"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the report of “%1”").arg(row->record.name),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("%1-report.csv").arg(stem.isEmpty() ? QString::number(m_detailId) : stem)),
        tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    const bool written = exportReport(m_detailId, path, &error);
    QApplication::restoreOverrideCursor();
    m_ui->actionLabel->setText(
        breakableText(written ? tr("Report saved to %1.").arg(QDir::toNativeSeparators(path)) : error));
}

void CampaignsWidget::setPace(double pace)
{
    if (!m_services.campaigns || m_detailId == 0)
        return;
    m_services.campaigns->setPace(m_detailId, pace);
    m_ui->actionLabel->setText(tr("The pace is now %1.").arg(CampaignText::pace(pace)));
}

void CampaignsWidget::resizeEvent(QResizeEvent* event)
{
    arrangeFor(event->size().width() < kNarrow);
    QWidget::resizeEvent(event);
}

void CampaignsWidget::arrangeFor(bool narrow)
{
    if (m_arrangement == int(narrow))
        return;
    m_arrangement = int(narrow);
    // Narrow: the table keeps what tells campaigns apart and how they stand; the rest is in the detail.
    for (const int column :
        { int(CampaignTableModel::Profile), int(CampaignTableModel::Template), int(CampaignTableModel::Created) })
        m_ui->campaignsTable->setColumnHidden(column, narrow);
    // Side by side when there is room; when narrow, failed and unknown get a row of their own.
    QHBoxLayout* from = narrow ? m_ui->controlRow : m_ui->recoveryRow;
    QHBoxLayout* to = narrow ? m_ui->recoveryRow : m_ui->controlRow;
    int at = narrow ? 0 : 3;
    for (QWidget* button :
        { static_cast<QWidget*>(m_ui->retryFailedButton), static_cast<QWidget*>(m_ui->resendUnknownButton) }) {
        from->removeWidget(button);
        to->insertWidget(at++, button);
    }
}

} // namespace herald
