#include "gui/CampaignDialog.h"

#include "dispatch/CampaignRunner.h"
#include "dispatch/SendController.h"
#include "gui/CampaignModels.h"
#include "gui/CampaignText.h"
#include "gui/FieldProblem.h"
#include "gui/PlainText.h"
#include "storage/AuditLog.h"
#include "storage/CampaignRepository.h"
#include "storage/MessageRepository.h"
#include "ui_CampaignDialog.h"

#include <QHeaderView>
#include <QLocale>
#include <QPushButton>

namespace herald {

CampaignDialog::CampaignDialog(GuiServices services, CampaignDraft draft, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CampaignDialog>())
    , m_services(services)
    , m_draft(std::move(draft))
{
    m_ui->setupUi(this);
    m_skips = new SkipTableModel(this);
    m_skipFilter = new SkipFilterModel(this);
    m_skipFilter->setSourceModel(m_skips);
    m_ui->skipsTable->setModel(m_skipFilter);
    m_ui->skipsTable->verticalHeader()->hide();
    m_ui->skipsTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->skipsTable->horizontalHeader()->setSectionResizeMode(SkipTableModel::Row, QHeaderView::ResizeToContents);

    connect(m_ui->cancelButton, &QPushButton::clicked, this, &CampaignDialog::reject);
    connect(m_ui->sendButton, &QPushButton::clicked, this, &CampaignDialog::send);
    connect(m_ui->testSendButton, &QPushButton::clicked, this, &CampaignDialog::sendTest);
    connect(m_ui->testNumberEdit, &QLineEdit::returnPressed, this, &CampaignDialog::sendTest);
    connect(m_ui->testNumberEdit, &QLineEdit::textChanged, this, [this] {
        showFieldProblem(m_ui->testNumberEdit, {});
        m_ui->testSendButton->setEnabled(
            m_done && !m_dryRun.plan.messages.isEmpty() && !m_ui->testNumberEdit->text().trimmed().isEmpty());
    });
    connect(m_ui->confirmCountEdit, &QLineEdit::textChanged, this, &CampaignDialog::updateSendButton);
    connect(m_ui->paceSpin, &QDoubleSpinBox::valueChanged, this, &CampaignDialog::showSummary);
    connect(m_ui->skipFilterCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant key = m_ui->skipFilterCombo->currentData();
        m_skipFilter->setReason(key.isNull() ? std::nullopt : skipReasonFromKey(key.toString()));
    });
    connect(&m_services.sender, &SendController::sendFinished, this, &CampaignDialog::onSendFinished);

    m_ui->pages->setCurrentWidget(m_ui->busyPage);
    m_ui->testSendButton->setEnabled(false);
    m_ui->nameEdit->setPlaceholderText(defaultName());
    if (m_services.planner) {
        m_services.planner->dryRun(m_draft, this, [this](const DryRun& result) { onDryRun(result); });
    } else {
        DryRun none;
        none.blockers.append(tr("Campaigns are not available in this run of Herald."));
        onDryRun(none);
    }
}

CampaignDialog::~CampaignDialog() = default;

CampaignDraft CampaignDialog::draftFrom(const SendRequest& request, const TemplateBindings& bindings, qint64 listId)
{
    CampaignDraft draft;
    draft.profileId = request.profileId;
    draft.tpl = request.tpl;
    draft.bindings = bindings;
    draft.options.validityMinutes = request.validityMinutes;
    draft.options.priority = request.priority;
    draft.options.textStore = request.textStore;
    draft.options.viberFallbackText = request.viberFallbackText;
    draft.options.smsFallbackText = request.smsFallbackText;
    draft.listId = listId;
    draft.scheduledFor = request.scheduledFor;
    return draft;
}

void CampaignDialog::reject()
{
    // Cancel while the dry run works stops it: its answer is then never delivered.
    if (!m_done && m_services.planner)
        m_services.planner->cancel();
    QDialog::reject();
}

QString CampaignDialog::defaultName() const
{
    const QString list = m_dryRun.listName.isEmpty() ? tr("a list") : m_dryRun.listName;
    return tr("%1 to %2").arg(m_draft.tpl.name, list);
}

void CampaignDialog::onDryRun(const DryRun& dryRun)
{
    m_dryRun = dryRun;
    m_done = true;
    m_skips->setSkips(m_dryRun.plan.skips);
    m_ui->skipsTable->horizontalHeader()->resizeSection(SkipTableModel::Phone, 160);
    m_ui->skipsTable->resizeColumnToContents(SkipTableModel::Reason);
    m_ui->skipsGroup->setVisible(!m_dryRun.plan.skips.isEmpty());
    fillSkipFilter();
    m_ui->nameEdit->setPlaceholderText(defaultName());

    const double maxPace = m_dryRun.profile ? Profile::maxSendRate(m_dryRun.profile->kind) : 1000.0;
    {
        const QSignalBlocker blocker(m_ui->paceSpin);
        m_ui->paceSpin->setMaximum(maxPace);
        m_ui->paceSpin->setValue(m_dryRun.pace > 0 ? std::min(m_dryRun.pace, maxPace) : 1.0);
    }
    m_ui->paceHint->setText(m_dryRun.profile
            ? tr("The profile's pace is %1; at most %2 for %3.")
                  .arg(CampaignText::pace(m_dryRun.profile->effectiveSendRate()), CampaignText::pace(maxPace),
                      providerKindDisplayName(m_dryRun.profile->kind))
            : QString());

    QStringList blockers;
    for (const QString& blocker : std::as_const(m_dryRun.blockers))
        blockers.append(tr("• %1").arg(blocker));
    if (m_dryRun.blockers.isEmpty() && m_dryRun.plan.messages.isEmpty())
        blockers.append(tr("• No row of the list can be sent to: every one is skipped, for the reasons below."));
    m_ui->blockersLabel->setText(tr("Nothing can be sent:") + QLatin1Char('\n') + blockers.join(QLatin1Char('\n')));
    m_ui->blockersLabel->setVisible(!blockers.isEmpty());

    const int count = recipientCount();
    const bool confirm = count > kConfirmAbove && m_dryRun.canSend();
    m_ui->confirmLabel->setVisible(confirm);
    m_ui->confirmCountEdit->setVisible(confirm);
    m_ui->confirmLabel->setText(
        tr("This goes to %1 recipients. To confirm, type that number:").arg(QLocale().toString(count)));
    // Not the number itself: the point is that the operator reads it and types it.
    m_ui->confirmCountEdit->setPlaceholderText(tr("the number of recipients"));
    m_ui->testGroup->setEnabled(!m_dryRun.plan.messages.isEmpty() && m_dryRun.profile.has_value());
    m_ui->testSendButton->setEnabled(false);

    showSummary();
    showSchedule();
    updateSendButton();
    m_ui->pages->setCurrentWidget(m_ui->resultPage);
    if (confirm)
        m_ui->confirmCountEdit->setFocus();
}

void CampaignDialog::fillSkipFilter()
{
    const QSignalBlocker blocker(m_ui->skipFilterCombo);
    m_ui->skipFilterCombo->clear();
    m_ui->skipFilterCombo->addItem(
        tr("Every skipped row (%1)").arg(QLocale().toString(m_dryRun.plan.skips.size())), QVariant());
    for (const SkipReason reason :
        { SkipReason::Empty, SkipReason::Invalid, SkipReason::Duplicate, SkipReason::OptedOut, SkipReason::Values }) {
        if (const int n = m_dryRun.plan.skipped(reason); n > 0)
            m_ui->skipFilterCombo->addItem(
                tr("%1 (%2)").arg(skipReasonDisplayName(reason), QLocale().toString(n)), skipReasonKey(reason));
    }
    m_skipFilter->setReason(std::nullopt);
}

int CampaignDialog::recipientCount() const
{
    return static_cast<int>(m_dryRun.plan.messages.size());
}

void CampaignDialog::showSummary()
{
    if (!m_done)
        return;
    // Rich text for the emphasis only: every name in it is escaped.
    const auto name = [](const QString& text) {
        return breakableText(text).toHtmlEscaped();
    };
    QStringList facts;
    if (m_dryRun.profile)
        facts.append(tr("Profile: %1, with %2")
                         .arg(name(m_dryRun.profile->name), providerKindDisplayName(m_dryRun.profile->kind)));
    facts.append(tr("Template: %1, in %2").arg(name(m_draft.tpl.name), m_draft.tpl.language.toHtmlEscaped()));
    if (!m_dryRun.listName.isEmpty())
        facts.append(
            tr("List: %1; rows read: %2").arg(name(m_dryRun.listName), QLocale().toString(m_dryRun.plan.rows)));
    const int count = recipientCount();
    const int skipped = static_cast<int>(m_dryRun.plan.skips.size());
    QStringList outcome;
    outcome.append(QStringLiteral("<b>%1</b>").arg(tr("%Ln will be sent.", nullptr, count)));
    outcome.append(skipped == 0 ? tr("None skipped.")
                                : tr("%Ln skipped: %1.", nullptr, skipped).arg(CampaignText::skipped(m_dryRun.plan)));
    const double pace = m_ui->paceSpin->value();
    if (count > 0)
        outcome.append(tr("Handing them to the provider takes %1 at %2.")
                           .arg(CampaignText::duration(expectedSeconds(count, pace)), CampaignText::pace(pace)));
    m_ui->dryRunSummary->setText(QStringLiteral("<p>%1</p><p>%2</p>")
                                     .arg(facts.join(QStringLiteral("<br>")), outcome.join(QStringLiteral("<br>"))));
}

void CampaignDialog::showSchedule()
{
    const QDateTime at = m_draft.scheduledFor;
    m_ui->scheduleNote->setVisible(at.isValid());
    if (!at.isValid())
        return;
    const QString when = CampaignText::when(at);
    const QString provider = m_dryRun.profile ? providerKindDisplayName(m_dryRun.profile->kind) : QString();
    if (m_dryRun.heldByHerald)
        m_ui->scheduleNote->setText(
            tr("Scheduled for %1. %2 cannot hold messages for a later time, so Herald holds this campaign and "
               "sends it then. Herald must be running at that time; if it is not, the campaign waits, paused, "
               "for you to resume it.")
                .arg(when, provider));
    else if (m_dryRun.profile && providerCancelsScheduledMessages(m_dryRun.profile->kind))
        m_ui->scheduleNote->setText(tr("Scheduled for %1. The messages go to %2 now and %2 holds them until "
                                       "then; Herald need not be running. You can cancel them until that time.")
                                        .arg(when, provider));
    else
        m_ui->scheduleNote->setText(tr("Scheduled for %1. The messages go to %2 now and %2 holds them until "
                                       "then; Herald need not be running. %2 offers no way to cancel a message "
                                       "it holds: once this campaign is sent, it cannot be called back.")
                                        .arg(when, provider));
}

bool CampaignDialog::countConfirmed() const
{
    if (recipientCount() <= kConfirmAbove)
        return true;
    QString typed = m_ui->confirmCountEdit->text();
    typed.remove(QLocale().groupSeparator());
    typed.remove(QLatin1Char(' '));
    typed.remove(QLatin1Char(','));
    typed.remove(QChar(0x00A0));
    typed.remove(QChar(0x202F));
    bool ok = false;
    return typed.toInt(&ok) == recipientCount() && ok;
}

void CampaignDialog::updateSendButton()
{
    const int count = recipientCount();
    const bool scheduled = m_draft.scheduledFor.isValid();
    m_ui->sendButton->setText(scheduled ? tr("&Schedule for %L1").arg(count) : tr("&Send to %L1").arg(count));
    m_ui->sendButton->setEnabled(m_done && m_dryRun.canSend() && countConfirmed() && m_services.campaigns);
}

void CampaignDialog::sendTest()
{
    if (!m_done || m_dryRun.plan.messages.isEmpty() || !m_dryRun.profile)
        return;
    SendRequest request;
    request.profileId = m_draft.profileId;
    request.tpl = m_draft.tpl;
    request.values = m_dryRun.plan.messages.constFirst().values;
    request.recipient = m_ui->testNumberEdit->text().trimmed();
    request.validityMinutes = m_draft.options.validityMinutes;
    request.priority = m_draft.options.priority;
    request.textStore = m_draft.options.textStore;
    request.viberFallbackText = m_draft.options.viberFallbackText;
    request.smsFallbackText = m_draft.options.smsFallbackText;
    // A test goes now, also for a scheduled campaign: it is for seeing the message before the others.
    const QStringList problems = m_services.sender.check(request);
    if (!problems.isEmpty()) {
        showFieldProblem(m_ui->testNumberEdit, problems.join(QLatin1Char(' ')));
        m_ui->testResultLabel->setText(tr("Not sent: %1").arg(problems.join(QLatin1Char(' '))));
        return;
    }
    m_testNumber = m_services.sender.numbers().normalize(request.recipient).e164;
    m_ui->testSendButton->setEnabled(false);
    m_ui->testResultLabel->setText(tr("Sending the test message to %1…").arg(m_testNumber));
    QString whyNot;
    m_testMessage = m_services.sender.send(request, &whyNot);
    if (m_testMessage == 0) {
        m_ui->testResultLabel->setText(
            whyNot.isEmpty() ? tr("Not sent: the message could not be prepared.") : breakableText(whyNot));
        m_ui->testSendButton->setEnabled(true);
        return;
    }
    if (m_services.audit)
        m_services.audit->append(0, QStringLiteral("test_sent"),
            tr("Test message of template %1 (%2) to %3 with profile “%4”, before a campaign to list “%5”.")
                .arg(m_draft.tpl.name, m_draft.tpl.language, m_testNumber, m_dryRun.profile->name, m_dryRun.listName),
            m_testMessage);
}

void CampaignDialog::onSendFinished(qint64 messageId, bool accepted, const QString& text)
{
    if (messageId != m_testMessage || m_testMessage == 0)
        return;
    const QString shown = breakableText(text);
    m_ui->testResultLabel->setText(accepted ? tr("Test message to %1: %2 Check the phone before you send to "
                                                 "the list.")
                                                  .arg(m_testNumber, shown)
                                            : tr("Test message to %1 not sent: %2").arg(m_testNumber, shown));
    m_ui->testSendButton->setEnabled(true);
}

void CampaignDialog::send()
{
    if (!m_done || !m_dryRun.canSend() || !countConfirmed() || !m_services.campaigns)
        return;
    if (m_draft.scheduledFor.isValid() && m_draft.scheduledFor <= QDateTime::currentDateTimeUtc()) {
        m_ui->blockersLabel->setText(
            tr("The time to send has passed while you were reviewing. Close this, choose a later time in "
               "Compose and review again."));
        m_ui->blockersLabel->show();
        m_ui->resultScroll->ensureWidgetVisible(m_ui->blockersLabel);
        return;
    }
    CampaignDraft draft = m_draft;
    draft.name = m_ui->nameEdit->text().trimmed();
    draft.rate = m_ui->paceSpin->value();
    const QString osUser = m_services.audit ? m_services.audit->osUser() : AuditLog::currentOsUser();
    const quint64 failuresBefore = m_services.messages.writeFailures();
    m_created = m_services.campaigns->create(CampaignPlanner::campaignFor(draft, m_dryRun, osUser), m_dryRun.plan);
    if (m_created == 0) {
        // The journal's own reason (a full disk, say) when it has one: the operator can act on it.
        m_ui->blockersLabel->setText(m_services.messages.writeFailures() != failuresBefore
                ? tr("The campaign could not be saved, so nothing was sent: %1.")
                      .arg(m_services.messages.lastWriteFailure().inWords())
                : tr("The campaign could not be saved, so nothing was sent. The log file says why."));
        m_ui->blockersLabel->show();
        m_ui->resultScroll->ensureWidgetVisible(m_ui->blockersLabel);
        return;
    }
    accept();
}

} // namespace herald
