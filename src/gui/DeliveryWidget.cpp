#include "gui/DeliveryWidget.h"

#include "dispatch/SendController.h"
#include "gui/MessageTableModel.h"
#include "gui/StateStyle.h"
#include "storage/MessageRepository.h"
#include "storage/ProfileRepository.h"
#include "ui_DeliveryWidget.h"

#include <QHeaderView>
#include <QLocale>
#include <QSortFilterProxyModel>

namespace herald {

DeliveryWidget::DeliveryWidget(GuiServices services, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DeliveryWidget>())
    , m_services(services)
    , m_model(new MessageTableModel(services.messages, this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(MessageTableModel::kSortRole);
    m_ui->messagesView->setModel(m_proxy);
    m_ui->messagesView->sortByColumn(MessageTableModel::Updated, Qt::DescendingOrder);
    m_ui->messagesView->horizontalHeader()->setStretchLastSection(true);
    m_ui->messagesView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->messagesView->verticalHeader()->hide();
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);

    connect(m_ui->messagesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &DeliveryWidget::updateDetail);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DeliveryWidget::updateCounts);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &DeliveryWidget::updateCounts);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DeliveryWidget::updateCounts);

    m_ui->eventsTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->eventsTree->header()->setStretchLastSection(true);
    // Fit the columns to what is there while the history is small enough to measure cheaply.
    const auto fitColumns = [this] {
        if (m_model->rowCount() < 200)
            m_ui->messagesView->resizeColumnsToContents();
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, fitColumns);
    connect(m_model, &QAbstractItemModel::dataChanged, this, fitColumns);

    connect(m_ui->cancelScheduledButton, &QPushButton::clicked, this, [this] {
        m_ui->actionStatusLabel->setText(tr("Asking the provider to cancel…"));
        m_services.sender.cancelScheduled(selectedMessage());
    });
    connect(&m_services.sender, &SendController::cancelFinished, this, [this](qint64 id, bool, const QString& text) {
        if (id == selectedMessage())
            m_ui->actionStatusLabel->setText(text);
    });

    m_model->reload();
    m_ui->messagesView->resizeColumnsToContents();
    updateDetail();
}

DeliveryWidget::~DeliveryWidget() = default;

void DeliveryWidget::refreshMessages(const QList<qint64>& ids)
{
    m_model->refreshMessages(ids);
    if (ids.contains(selectedMessage()))
        updateDetail();
}

void DeliveryWidget::showMessage(qint64 messageId)
{
    m_model->refreshMessages({ messageId });
    const int row = m_model->rowOf(messageId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_ui->messagesView->setCurrentIndex(index);
    m_ui->messagesView->scrollTo(index);
}

qint64 DeliveryWidget::selectedMessage() const
{
    const QModelIndex current = m_ui->messagesView->currentIndex();
    return current.isValid() ? current.data(MessageTableModel::kIdRole).toLongLong() : 0;
}

void DeliveryWidget::updateCounts()
{
    const QHash<MessageState, int> counts = m_model->stateCounts();
    QStringList parts;
    for (int s = 0; s <= static_cast<int>(MessageState::Unknown); ++s) {
        const auto state = static_cast<MessageState>(s);
        if (const int n = counts.value(state); n > 0)
            parts.append(tr("%1: %2").arg(stateDisplayName(state), QLocale().toString(n)));
    }
    m_ui->countsLabel->setText(parts.isEmpty()
            ? tr("No messages sent yet.")
            : tr("%n message(s) — ", nullptr, m_model->rowCount()) + parts.join(QStringLiteral(" · ")));
}

void DeliveryWidget::updateDetail()
{
    m_ui->eventsTree->clear();
    const qint64 id = selectedMessage();
    const std::optional<MessageRecord> m = id ? m_services.messages.find(id) : std::nullopt;
    m_ui->detailGroup->setEnabled(m.has_value());
    m_ui->cancelScheduledButton->setEnabled(m && m->state == MessageState::Scheduled);
    if (!m) {
        m_ui->detailLabel->setText(tr("Select a message to see its history."));
        return;
    }
    QStringList lines;
    lines << tr("To %1 with %2 (%3), via %4").arg(m->recipient, m->templateName, m->language, m->profileName);
    lines << tr("State: %1").arg(stateDisplayName(m->state));
    if (!m->providerMessageId.isEmpty())
        lines << tr("Provider id: %1").arg(m->providerMessageId);
    if (m->scheduledFor.isValid())
        lines << tr("Scheduled for: %1").arg(QLocale().toString(m->scheduledFor.toLocalTime(), QLocale::LongFormat));
    if (!m->channel.isEmpty())
        lines << tr("Channel: %1").arg(m->channel);
    if (!m->errorText.isEmpty())
        lines << tr("Error: %1").arg(m->errorText);
    if (const std::optional<Profile> profile = m_services.profiles.find(m->profileId);
        profile && profile->kind == ProviderKind::Kaleyra && !profile->hasCallbackRoute() && !isFinal(m->state))
        lines << tr("Kaleyra reports delivery only by calling Herald back, and the profile \"%1\" has no callback "
                    "address: this message's status cannot arrive.")
                     .arg(profile->name);
    lines << tr("Text: %1").arg(m->renderedBody);
    m_ui->detailLabel->setText(lines.join(QLatin1Char('\n')));

    for (const StatusEvent& e : m_services.messages.events(id)) {
        auto* item = new QTreeWidgetItem(m_ui->eventsTree);
        const QDateTime local = e.occurredAt.toLocalTime();
        item->setText(0,
            QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ')
                + QLocale().toString(local.time(), QLocale::LongFormat));
        item->setText(1, stateDisplayName(e.state));
        item->setIcon(1, stateIcon(e.state));
        item->setText(2, e.providerStatus);
        item->setText(3, e.channel);
        item->setText(4,
            e.errorCode.isEmpty() || e.errorCode == QLatin1String("0")
                ? e.errorText
                : tr("%1 (code %2)").arg(e.errorText, e.errorCode));
    }
}

} // namespace herald
