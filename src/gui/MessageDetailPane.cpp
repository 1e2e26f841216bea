#include "gui/MessageDetailPane.h"

#include "core/Campaign.h"
#include "core/ErrorExplanation.h"
#include "dispatch/CallbackReceiver.h"
#include "dispatch/CampaignRunner.h"
#include "dispatch/SendController.h"
#include "dispatch/StatusTracker.h"
#include "gui/DeliveryExport.h"
#include "gui/PlainText.h"
#include "gui/StateStyle.h"
#include "storage/AuditLog.h"
#include "storage/CampaignRepository.h"
#include "storage/MessageRepository.h"
#include "storage/ProfileRepository.h"
#include "storage/TemplateRepository.h"
#include "ui_MessageDetailPane.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QStyle>
#include <QTreeWidgetItemIterator>

namespace herald {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kTextRole = Qt::UserRole + 2; ///< a timeline line's whole text, before it is wrapped
constexpr int kHistoryRows = 8; ///< rows the history shows before it scrolls

QString timeText(const QDateTime& time, bool withDate = true)
{
    const QDateTime local = time.toLocalTime();
    const QString clock = QLocale().toString(local.time(), QStringLiteral("HH:mm:ss"));
    return withDate ? QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') + clock : clock;
}

/// @p text broken into lines of at most @p width pixels (a tree does not wrap a row that spans its columns).
QString wrapText(const QString& text, const QFontMetrics& metrics, int width)
{
    QStringList lines;
    QString line;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString longer = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (!line.isEmpty() && metrics.horizontalAdvance(longer) > width) {
            lines.append(line);
            line = word;
        } else {
            line = longer;
        }
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines.join(QLatin1Char('\n'));
}

/// The ids a provider's answer gives each channel it tried (Messente's statuses[].message_id, a
/// callback's message_id), as "channel: id"; the id Herald already knows the message by is left out.
void collectChannelIds(const QJsonValue& value, const QString& known, QStringList* out)
{
    if (value.isArray()) {
        for (const QJsonValue& item : value.toArray())
            collectChannelIds(item, known, out);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    const QString id = object.value(QStringLiteral("message_id")).toString();
    if (!id.isEmpty() && id != known) {
        const QString channel = object.value(QStringLiteral("channel")).toString();
        const QString line = channel.isEmpty() ? id : QStringLiteral("%1: %2").arg(channel, id);
        if (!out->contains(line))
            out->append(line);
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        collectChannelIds(it.value(), known, out);
}

/// Makes @p tree exactly as tall as its rows, up to @p maxRows, so the pane's own scroll area scrolls.
void fitHeight(QTreeWidget* tree, int maxRows)
{
    tree->doItemsLayout();
    int height = tree->header()->isHidden() ? 0 : tree->header()->sizeHint().height();
    int rows = 0;
    for (QTreeWidgetItemIterator it(tree); *it && rows < maxRows; ++it, ++rows)
        height += tree->visualItemRect(*it).height() > 0 ? tree->visualItemRect(*it).height() : tree->sizeHintForRow(0);
    if (rows == 0)
        height += tree->fontMetrics().height() + 6;
    tree->setFixedHeight(height + 2 * tree->frameWidth());
}

} // namespace

MessageDetailPane::MessageDetailPane(GuiServices services, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MessageDetailPane>())
    , m_services(services)
{
    m_ui->setupUi(this);
    m_ui->rawAnswer->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->rawAnswer->setPlaceholderText(tr("No raw answer recorded for this message."));
    m_ui->providerWordsLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->warningLabel->setForegroundRole(QPalette::BrightText);

    m_ui->timelineTree->viewport()->installEventFilter(this);
    QHeaderView* timelineHeader = m_ui->timelineTree->header();
    timelineHeader->setStretchLastSection(true);
    timelineHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->historyList->header()->setStretchLastSection(true);
    m_ui->historyList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    connect(m_ui->copyIdsButton, &QPushButton::clicked, this, &MessageDetailPane::copyIds);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &MessageDetailPane::retry);
    connect(m_ui->resendButton, &QPushButton::clicked, this, &MessageDetailPane::resend);
    connect(m_ui->exportHistoryButton, &QPushButton::clicked, this, &MessageDetailPane::chooseExportFile);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] {
        m_ui->actionStatusLabel->setText(tr("Asking the provider to cancel…"));
        m_ui->cancelButton->setEnabled(false);
        m_services.sender.cancelScheduled(m_messageId);
    });
    connect(m_ui->timelineTree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item && item->parent())
            item = item->parent(); // an error's line belongs to its event
        const int row = item ? m_ui->timelineTree->indexOfTopLevelItem(item) : -1;
        showRaw(row >= 0 && row < m_events.size() ? &m_events.at(row) : nullptr);
    });
    connect(m_ui->historyList, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const qint64 id = item->data(0, kIdRole).toLongLong();
        if (id == m_messageId)
            return;
        setMessage(id);
        Q_EMIT messageActivated(id);
    });
    connect(m_ui->historyList, &QTreeWidget::itemClicked, m_ui->historyList, &QTreeWidget::itemActivated);

    // Live: the message's own changes, those of its number's other messages, and new messages to it.
    const auto refreshOne = [this](qint64 id) {
        if (m_message && !m_historyIds.contains(id)) {
            if (const std::optional<MessageRecord> other = m_services.messages.find(id);
                other && other->recipient == m_message->recipient) {
                reload();
                return;
            }
        }
        refreshMessages({ id });
    };
    connect(&m_services.sender, &SendController::messageChanged, this, refreshOne);
    if (m_services.campaigns)
        connect(m_services.campaigns, &CampaignRunner::messageTaken, this, refreshOne);
    connect(&m_services.tracker, &StatusTracker::messagesChanged, this, &MessageDetailPane::refreshMessages);
    connect(&m_services.callbacks, &CallbackReceiver::messagesChanged, this, &MessageDetailPane::refreshMessages);
    connect(&m_services.sender, &SendController::cancelFinished, this, [this](qint64 id, bool, const QString& text) {
        if (id == m_messageId)
            m_ui->actionStatusLabel->setText(breakableText(text));
    });
    connect(&m_services.sender, &SendController::sendFinished, this, [this](qint64 id, bool, const QString& text) {
        if (id == m_messageId)
            m_ui->actionStatusLabel->setText(breakableText(text));
    });
    clear();
}

MessageDetailPane::~MessageDetailPane() = default;

void MessageDetailPane::setMessage(qint64 messageId)
{
    if (messageId != m_messageId)
        m_ui->actionStatusLabel->clear();
    m_messageId = messageId;
    reload();
    m_ui->scrollArea->verticalScrollBar()->setValue(0);
}

void MessageDetailPane::clear()
{
    setMessage(0);
}

void MessageDetailPane::refreshMessages(const QList<qint64>& ids)
{
    if (m_messageId == 0)
        return;
    for (const qint64 id : ids) {
        if (id == m_messageId || m_historyIds.contains(id)) {
            reload();
            return;
        }
    }
}

void MessageDetailPane::reload()
{
    m_message = m_messageId ? m_services.messages.find(m_messageId) : std::nullopt;
    const bool shown = m_message.has_value();
    m_ui->scrollArea->setVisible(shown);
    m_ui->emptyLabel->setVisible(!shown);
    m_ui->stateIconLabel->setVisible(shown);
    m_ui->stateLabel->setVisible(shown);
    if (!shown) {
        m_messageId = 0;
        m_events.clear();
        m_history.clear();
        m_historyIds.clear();
        m_ui->timelineTree->clear();
        m_ui->historyList->clear();
        for (QPushButton* button : { m_ui->retryButton, m_ui->resendButton, m_ui->cancelButton })
            button->setEnabled(false);
        return;
    }
    const MessageRecord& m = *m_message;
    m_events = m_services.messages.events(m.id);
    showFacts(m);
    showError(m);
    showTimeline(m_events);
    showHistory(m);
    updateActions(m);
}

void MessageDetailPane::showFacts(const MessageRecord& m)
{
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_ui->stateIconLabel->setPixmap(stateIcon(m.state).pixmap(iconSize, iconSize));
    m_ui->stateLabel->setText(m.providerStatus.isEmpty()
            ? stateDisplayName(m.state)
            : tr("%1 — the provider says %2").arg(stateDisplayName(m.state), breakableText(m.providerStatus)));
    QPalette palette = m_ui->stateLabel->palette();
    palette.setColor(QPalette::WindowText, stateColor(m.state));
    m_ui->stateLabel->setPalette(palette);
    QFont bold = m_ui->stateLabel->font();
    bold.setBold(true);
    m_ui->stateLabel->setFont(bold);

    const std::optional<MessageSummary> summary = [this, &m]() -> std::optional<MessageSummary> {
        const QList<MessageSummary> found = m_services.messages.summaries({ m.id });
        return found.isEmpty() ? std::nullopt : std::optional(found.first());
    }();
    const QString name = summary ? summary->name : QString();
    m_ui->recipientLabel->setText(name.isEmpty() ? m.recipient : tr("%1 (%2)").arg(m.recipient, breakableText(name)));
    m_ui->templateLabel->setText(m.templateName.isEmpty()
            ? tr("Free text, no template")
            : tr("%1 (%2)").arg(breakableText(m.templateName), m.language));
    const ProviderKind kind = summary ? summary->providerKind : ProviderKind::Messente;
    const QString provider = providerKindDisplayName(kind);
    m_ui->profileLabel->setText(m.profileName.contains(provider)
            ? breakableText(m.profileName)
            : tr("%1 (%2)").arg(breakableText(m.profileName), provider));
    m_ui->campaignLabel->setText(summary ? breakableText(summary->campaignName) : QString());
    m_ui->factsLayout->setRowVisible(m_ui->campaignLabel, m.campaignId != 0);
    m_ui->scheduledLabel->setText(
        m.scheduledFor.isValid() ? QLocale().toString(m.scheduledFor.toLocalTime(), QLocale::LongFormat) : QString());
    m_ui->factsLayout->setRowVisible(m_ui->scheduledLabel, m.scheduledFor.isValid());

    QStringList channels;
    for (const StatusEvent& e : std::as_const(m_events)) {
        if (!e.channel.isEmpty() && !channels.contains(e.channel))
            channels.append(e.channel);
    }
    m_ui->channelsLabel->setText(channels.join(QStringLiteral(" → ")));
    m_ui->factsLayout->setRowVisible(m_ui->channelsLabel, !channels.isEmpty());

    m_ui->idsLabel->setText(idLines().join(QLatin1Char('\n')));
    m_ui->bodyLabel->setText(breakableText(m.renderedBody));
    m_ui->textGroup->setVisible(!m.renderedBody.isEmpty());

    // Kaleyra reports delivery only by calling Herald back: without a route the status cannot arrive.
    const std::optional<Profile> profile = m_services.profiles.find(m.profileId);
    const bool noRoute
        = profile && profile->kind == ProviderKind::Kaleyra && !profile->hasCallbackRoute() && !isFinal(m.state);
    m_ui->warningLabel->setText(noRoute ? tr("Kaleyra reports delivery only by calling Herald back, and the profile "
                                             "“%1” has no callback address: this message's status cannot arrive.")
                                              .arg(profile->name)
                                        : QString());
    m_ui->warningLabel->setVisible(noRoute);
}

void MessageDetailPane::showError(const MessageRecord& m)
{
    const std::optional<Profile> profile = m_services.profiles.find(m.profileId);
    const ErrorExplanation error = explainMessage(profile ? profile->kind : ProviderKind::Messente, m);
    m_ui->errorGroup->setVisible(!error.isEmpty());
    m_ui->explanationLabel->setText(breakableText(error.what));
    m_ui->actionAdviceLabel->setText(error.action.isEmpty() ? QString() : tr("What to do: %1").arg(error.action));
    m_ui->actionAdviceLabel->setVisible(!error.action.isEmpty());
    const QString trimmed = error.providerText.trimmed();
    const bool showWords = !trimmed.isEmpty() && trimmed != error.what;
    const QString words = breakableText(trimmed);
    m_ui->providerWordsLabel->setText(showWords
            ? (error.code.isEmpty() ? tr("In the provider's words: %1").arg(words)
                                    : tr("In the provider's words (code %1): %2").arg(error.code, words))
            : (error.code.isEmpty() ? QString() : tr("The provider's code: %1.").arg(error.code)));
    m_ui->providerWordsLabel->setVisible(!m_ui->providerWordsLabel->text().isEmpty());
}

void MessageDetailPane::showTimeline(const QList<StatusEvent>& events)
{
    QTreeWidget* tree = m_ui->timelineTree;
    tree->clear();
    int latestRaw = -1;
    QDate day;
    for (int i = 0; i < events.size(); ++i) {
        const StatusEvent& e = events.at(i);
        auto* item = new QTreeWidgetItem(tree);
        // The date once, then again only when it changes: the column stays narrow enough for 480 px.
        const QDate date = e.occurredAt.toLocalTime().date();
        item->setText(0, timeText(e.occurredAt, date != day));
        item->setToolTip(0, timeText(e.occurredAt));
        day = date;
        item->setText(1, stateDisplayName(e.state));
        item->setIcon(1, stateIcon(e.state));
        item->setForeground(1, stateColor(e.state));
        item->setText(2, e.providerStatus);
        item->setText(3, e.channel);
        item->setText(4, e.errorCode == QLatin1String("0") ? QString() : e.errorCode);
        if (!e.errorText.isEmpty()) {
            // Long texts wrap on a line of their own under the event, rather than widen a column.
            auto* detail = new QTreeWidgetItem(item);
            detail->setData(0, kTextRole, e.errorText);
            detail->setToolTip(0, plainToolTip(e.errorText));
            detail->setFlags(Qt::ItemIsEnabled);
            detail->setFirstColumnSpanned(true);
            item->setToolTip(1, plainToolTip(e.errorText));
        }
        if (!e.raw.isEmpty())
            latestRaw = i;
    }
    tree->expandAll();
    m_wrapWidth = -1;
    wrapTimeline();
    // The latest answer the provider gave, until the operator picks another event.
    if (latestRaw >= 0)
        tree->setCurrentItem(tree->topLevelItem(latestRaw));
    else
        showRaw(nullptr);
}

void MessageDetailPane::wrapTimeline()
{
    QTreeWidget* tree = m_ui->timelineTree;
    const int width = tree->viewport()->width() - 2 * tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) - 8;
    if (width == m_wrapWidth)
        return;
    m_wrapWidth = width;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = tree->topLevelItem(i);
        for (int c = 0; c < item->childCount(); ++c) {
            QTreeWidgetItem* line = item->child(c);
            line->setText(0, wrapText(line->data(0, kTextRole).toString(), tree->fontMetrics(), std::max(width, 120)));
        }
    }
    fitHeight(tree, 1000);
}

bool MessageDetailPane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->timelineTree->viewport() && event->type() == QEvent::Resize)
        wrapTimeline();
    return QWidget::eventFilter(watched, event);
}

void MessageDetailPane::showRaw(const StatusEvent* event)
{
    if (!event || event->raw.isEmpty()) {
        bool any = false;
        for (const StatusEvent& e : std::as_const(m_events))
            any = any || !e.raw.isEmpty();
        m_ui->rawCaptionLabel->setText(any ? tr("Herald recorded no answer with this change: pick another.")
                                           : tr("No raw answer recorded for this message."));
        m_ui->rawAnswer->clear();
        m_ui->rawAnswer->setVisible(false);
        return;
    }
    m_ui->rawAnswer->setVisible(true);
    m_ui->rawCaptionLabel->setText(
        tr("What the provider answered at %1 (%2), secrets masked:")
            .arg(timeText(event->occurredAt),
                event->providerStatus.isEmpty() ? stateDisplayName(event->state) : event->providerStatus));
    // Kept formatted already (providers' rawAnswerText()); compact JSON on one line is indented here.
    const QJsonDocument json
        = event->raw.contains(QLatin1Char('\n')) ? QJsonDocument() : QJsonDocument::fromJson(event->raw.toUtf8());
    m_ui->rawAnswer->setPlainText(json.isNull() ? event->raw : QString::fromUtf8(json.toJson(QJsonDocument::Indented)));
}

void MessageDetailPane::showHistory(const MessageRecord& m)
{
    QTreeWidget* list = m_ui->historyList;
    const QList<MessageRecord> history = m_services.messages.forRecipient(m.recipient);
    m_history.clear();
    for (const MessageRecord& r : history)
        m_history.append(r.id);
    m_historyIds = QSet<qint64>(m_history.cbegin(), m_history.cend());
    QHash<qint64, QString> campaigns;
    for (const MessageSummary& s : m_services.messages.summaries(m_history))
        campaigns.insert(s.id, s.campaignName);

    list->clear();
    for (const MessageRecord& r : history) {
        auto* item = new QTreeWidgetItem(list);
        item->setData(0, kIdRole, r.id);
        item->setText(0, timeText(r.createdAt));
        item->setText(1, stateDisplayName(r.state));
        item->setIcon(1, stateIcon(r.state));
        item->setText(2, r.templateName.isEmpty() ? tr("free text") : r.templateName);
        const QString campaign = campaigns.value(r.id);
        item->setText(3, campaign.isEmpty() ? r.profileName : tr("%1, “%2”").arg(r.profileName, campaign));
        item->setToolTip(3, plainToolTip(item->text(3)));
        item->setToolTip(0, plainToolTip(r.errorText.isEmpty() ? r.renderedBody : r.errorText));
        if (r.id == m.id) {
            for (int c = 0; c < list->columnCount(); ++c) {
                QFont font = item->font(c);
                font.setBold(true);
                item->setFont(c, font);
            }
            list->setCurrentItem(item);
        }
    }
    fitHeight(list, kHistoryRows);
    m_ui->historyCountLabel->setText(
        tr("%n message(s) sent to %1, across campaigns and profiles.", nullptr, int(history.size())).arg(m.recipient));
}

void MessageDetailPane::updateActions(const MessageRecord& m)
{
    // A message already queued again is done with: its newer copy is the one to act on.
    m_ui->retryButton->setEnabled(
        !m.superseded && (m.state == MessageState::Failed || m.state == MessageState::Expired));
    m_ui->resendButton->setEnabled(!m.superseded && m.state == MessageState::Unknown);
    const QString tip
        = m.superseded ? tr("This message was sent again already; its newer copy is in the history.") : QString();
    m_ui->retryButton->setToolTip(tip);
    m_ui->resendButton->setToolTip(tip);
    m_ui->cancelButton->setEnabled(m.state == MessageState::Scheduled);
    m_ui->copyIdsButton->setEnabled(true);
}

QStringList MessageDetailPane::idLines() const
{
    if (!m_message)
        return {};
    QStringList lines { tr("Herald's message id: %1").arg(m_message->id) };
    if (!m_message->providerMessageId.isEmpty())
        lines.append(tr("Provider's id: %1").arg(m_message->providerMessageId));
    else
        lines.append(tr("The provider has given no id yet."));
    QStringList channelIds;
    for (const StatusEvent& e : m_events) {
        if (!e.raw.isEmpty())
            collectChannelIds(
                QJsonDocument::fromJson(e.raw.toUtf8()).object(), m_message->providerMessageId, &channelIds);
    }
    for (const QString& id : std::as_const(channelIds))
        lines.append(tr("Channel's id: %1").arg(id));
    return lines;
}

void MessageDetailPane::copyIds()
{
    if (!m_message)
        return;
    QApplication::clipboard()->setText(idLines().join(QLatin1Char('\n')));
    m_ui->actionStatusLabel->setText(tr("The ids are on the clipboard."));
}

bool MessageDetailPane::exportHistory(const QString& path, QString* error) const
{
    return exportDeliveryReport(m_services.messages, m_history, path, error);
}

void MessageDetailPane::chooseExportFile()
{
    if (!m_message)
        return;
    QString digits = m_message->recipient;
    digits.remove(QLatin1Char('+'));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the history of %1").arg(m_message->recipient),
        QDir::home().filePath(tr("messages-to-%1.csv").arg(digits)), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (exportHistory(path, &error))
        m_ui->actionStatusLabel->setText(tr("%n message(s) exported to %1.", nullptr, int(m_history.size()))
                                             .arg(breakableText(QDir::toNativeSeparators(path))));
    else
        m_ui->actionStatusLabel->setText(breakableText(error));
}

void MessageDetailPane::retry()
{
    if (!m_message)
        return;
    if (m_message->campaignId != 0)
        againInCampaign(*m_message, false);
    else
        sendAgain(*m_message, QStringLiteral("retried"));
}

void MessageDetailPane::resend()
{
    if (!m_message)
        return;
    QMessageBox box(QMessageBox::Warning, tr("Send again?"),
        tr("It is not known whether the provider took this message to %1.").arg(m_message->recipient),
        QMessageBox::Yes | QMessageBox::No, this);
    box.setObjectName(QStringLiteral("resendConfirmation"));
    box.setInformativeText(tr("If it did, the recipient gets it twice. Check with the recipient or in the provider's "
                              "console first if you can."));
    box.button(QMessageBox::Yes)->setText(tr("Send again"));
    box.button(QMessageBox::No)->setText(tr("Leave it"));
    box.setDefaultButton(QMessageBox::No);
    if (box.exec() != QMessageBox::Yes || !m_message)
        return;
    if (m_message->campaignId != 0)
        againInCampaign(*m_message, true);
    else
        sendAgain(*m_message, QStringLiteral("resent_unknown"));
}

std::optional<SendRequest> MessageDetailPane::requestFor(const MessageRecord& m, QString* why) const
{
    if (m.templateName.isEmpty())
        return SendController::requestToRepeat(m, {});
    const std::optional<Template> tpl = m.templateId > 0 ? m_services.templates.find(m.templateId) : std::nullopt;
    if (!tpl) {
        *why = tr("The template “%1” is no longer in the library, so Herald cannot send it again.").arg(m.templateName);
        return std::nullopt;
    }
    return SendController::requestToRepeat(m, *tpl);
}

void MessageDetailPane::sendAgain(MessageRecord m, const QString& auditAction)
{
    QString why;
    const std::optional<SendRequest> request = requestFor(m, &why);
    if (!request) {
        m_ui->actionStatusLabel->setText(breakableText(why));
        return;
    }
    if (const QStringList problems = m_services.sender.check(*request); !problems.isEmpty()) {
        m_ui->actionStatusLabel->setText(tr("Not sent again: %1").arg(problems.join(QLatin1Char(' '))));
        return;
    }
    const qint64 id = m_services.sender.send(*request);
    if (id == 0) {
        m_ui->actionStatusLabel->setText(tr("Not sent again: the message could not be prepared."));
        return;
    }
    if (m_services.audit)
        m_services.audit->append(
            0, auditAction, tr("Message %1 to %2 sent again as message %3.").arg(m.id).arg(m.recipient).arg(id), id);
    setMessage(id);
    m_ui->actionStatusLabel->setText(
        tr("Sent again as message %1; message %2 stays in the history.").arg(id).arg(m.id));
    Q_EMIT messageCreated(id);
}

void MessageDetailPane::againInCampaign(MessageRecord m, bool unknown)
{
    if (!m_services.campaigns)
        return;
    // Sent again with the campaign's template, options and pace, as a new message of the campaign.
    // The runner says why it would not (opt-out, template) as a notice, at once.
    QString why;
    const QMetaObject::Connection listening = connect(m_services.campaigns, &CampaignRunner::notice, this,
        [&why, campaignId = m.campaignId](qint64 id, const QString& text) {
            if (id == campaignId)
                why = text;
        });
    const QList<qint64> again = m_services.campaigns->retryMessages(m.campaignId, { m.id }, unknown);
    disconnect(listening);
    if (again.isEmpty()) {
        m_ui->actionStatusLabel->setText(why.isEmpty()
                ? tr("Not sent again: it has been sent again already, or it is no longer failed.")
                : tr("Not sent again. %1").arg(breakableText(why)));
        reload();
        return;
    }
    const qint64 id = again.first();
    setMessage(id);
    m_ui->actionStatusLabel->setText(
        tr("Queued again in its campaign as message %1; message %2 stays in the history.").arg(id).arg(m.id));
    Q_EMIT messageCreated(id);
}

} // namespace herald
