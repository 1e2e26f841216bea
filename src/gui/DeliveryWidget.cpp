#include "gui/DeliveryWidget.h"

#include "dispatch/CampaignRunner.h"
#include "gui/DeliveryExport.h"
#include "gui/MessageDetailPane.h"
#include "gui/MessageFilterModel.h"
#include "gui/MessageTableModel.h"
#include "gui/PlainText.h"
#include "gui/ShortcutsDialog.h"
#include "gui/StateStyle.h"
#include "gui/WindowSettings.h"
#include "storage/MessageRepository.h"
#include "ui_DeliveryWidget.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QResizeEvent>
#include <QStandardPaths>
#include <algorithm>

namespace herald {

namespace {

constexpr int kNarrow = 760; // below this, the filters take several rows
constexpr int kSearchDelayMs = 150;
constexpr int kCampaignSyncMs = 1000;
constexpr qint64 kSyncSlackMs = 1000;

enum DateChoice
{
    AnyTime = 0,
    Between = -1
};

/**
 * The state's icon as a character, for the counts line: the shapes of StateStyle's icons (a tick, two
 * for read, a cross, a circle, filled once sent). Text, not an inline image: an image lets the line
 * break between it and its name.
 */
QString stateGlyph(MessageState state)
{
    switch (state) {
    case MessageState::Delivered:
        return QStringLiteral("\u2713");
    case MessageState::Read:
        return QStringLiteral("\u2713\u2713");
    case MessageState::Failed:
    case MessageState::Expired:
        return QStringLiteral("\u2715");
    case MessageState::Unknown:
        return QStringLiteral("?");
    case MessageState::Cancelled:
        return QStringLiteral("\u2298");
    case MessageState::Sent:
        return QStringLiteral("\u25cf");
    case MessageState::Queued:
    case MessageState::Sending:
    case MessageState::Scheduled:
    case MessageState::Accepted:
        return QStringLiteral("\u25cb");
    }
    return {};
}

constexpr std::array kPresetNotYet { MessageState::Queued, MessageState::Sending, MessageState::Scheduled,
    MessageState::Accepted, MessageState::Sent };
constexpr std::array kPresetProblems { MessageState::Failed, MessageState::Expired, MessageState::Unknown };

} // namespace

DeliveryWidget::DeliveryWidget(GuiServices services, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DeliveryWidget>())
    , m_services(services)
    , m_model(new MessageTableModel(services.messages, this))
    , m_proxy(new MessageFilterModel(this))
    , m_detail(new MessageDetailPane(services, this))
{
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    QTableView* view = m_ui->messagesView;
    view->setModel(m_proxy);
    view->sortByColumn(MessageTableModel::Updated, Qt::DescendingOrder);
    QHeaderView* header = view->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setMinimumSectionSize(40);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, &DeliveryWidget::showColumnMenu);
    // Widths from the font, never measured over the rows: measuring a hundred thousand would take a while.
    const QFontMetrics metrics = view->fontMetrics();
    const int padding = 2 * metrics.averageCharWidth() + 8;
    const auto chars = [&metrics, padding](int n) {
        return n * metrics.averageCharWidth() + padding;
    };
    header->resizeSection(
        MessageTableModel::Recipient, metrics.horizontalAdvance(QStringLiteral("+000 0000 000000")) + padding);
    header->resizeSection(MessageTableModel::Name, chars(15));
    header->resizeSection(MessageTableModel::Campaign, chars(14));
    header->resizeSection(MessageTableModel::Template, chars(17));
    header->resizeSection(MessageTableModel::Provider, chars(18));
    header->resizeSection(MessageTableModel::Channel, chars(8));
    header->resizeSection(
        MessageTableModel::State, metrics.horizontalAdvance(stateDisplayName(MessageState::Cancelled)) + 24 + padding);
    header->resizeSection(MessageTableModel::Updated,
        metrics.horizontalAdvance(
            QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 58)), QLocale::ShortFormat))
            + padding);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(metrics.height() + 10);
    // The detail pane is half the story: as tall as the table, whatever their size hints say.
    m_ui->splitter->setStretchFactor(0, 1);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({ 1000, 1000 });
    m_ui->detailArea->layout()->addWidget(m_detail);
    // Tab goes from the table into the pane below it, as on screen: the pane was made before the
    // table, so its fields would otherwise come before the search field.
    placeInTabOrder(view, m_detail);
    // What the pane opens (a message of the number's history, a retry) is selected here too.
    connect(m_detail, &MessageDetailPane::messageActivated, this, &DeliveryWidget::showMessage);
    connect(m_detail, &MessageDetailPane::messageCreated, this, &DeliveryWidget::showMessage);
    connect(m_ui->exportButton, &QToolButton::clicked, this, &DeliveryWidget::chooseExportFile);
    addButtonShortcut(this, m_ui->exportButton, QStringLiteral("actionExportMessages"), tr("Export the messages shown"),
        QKeySequence(Qt::CTRL | Qt::Key_E));
    auto* find = new QAction(tr("Search messages"), this);
    find->setObjectName(QStringLiteral("actionFindMessages"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_ui->searchEdit->selectAll();
    });
    addAction(find);

    buildFilters();

    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex& current) { setCurrent(current.data(MessageTableModel::kIdRole).toLongLong()); });
    // A filter or a reload may take the selected message away, or bring it back.
    const auto followSelection = [this] {
        const qint64 selected = selectedMessage();
        if (selected == 0 && m_currentId != 0) {
            const int row = m_model->rowOf(m_currentId);
            const QModelIndex index = row < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(row, 0));
            if (index.isValid()) {
                m_ui->messagesView->setCurrentIndex(index);
                return;
            }
        }
        setCurrent(selected);
    };
    connect(m_proxy, &QAbstractItemModel::modelReset, this, followSelection);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, followSelection);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DeliveryWidget::updateCounts);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &DeliveryWidget::updateCounts);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &DeliveryWidget::updateCounts);
    connect(m_proxy, &MessageFilterModel::countsChanged, this, &DeliveryWidget::updateCounts);
    connect(m_model, &MessageTableModel::countsChanged, this, &DeliveryWidget::updateCounts);
    connect(m_model, &MessageTableModel::labelsChanged, this, &DeliveryWidget::reloadChoices);
    connect(m_model, &MessageTableModel::loadingChanged, this, [this](bool loading) {
        updateCounts();
        if (!loading && m_showAfterLoad != 0)
            showMessage(std::exchange(m_showAfterLoad, 0));
    });

    // A campaign's progress comes as "it changed": its messages that did are read at most once a second.
    m_campaignSync.setSingleShot(true);
    m_campaignSync.setInterval(kCampaignSyncMs);
    connect(&m_campaignSync, &QTimer::timeout, this, &DeliveryWidget::syncCampaigns);
    if (CampaignRunner* runner = m_services.campaigns) {
        connect(runner, &CampaignRunner::campaignChanged, this, [this](qint64 campaignId) {
            m_dirtyCampaigns.insert(campaignId);
            if (!m_campaignSync.isActive())
                m_campaignSync.start();
        });
    }

    m_campaignSyncedMs.insert(0, QDateTime::currentMSecsSinceEpoch() - kSyncSlackMs); // 0: when loading began
    m_model->reload(); // on a worker thread: the window paints first
    arrangeFilters(width() < kNarrow);
    updateCounts();
}

DeliveryWidget::~DeliveryWidget() = default;

QWidget* DeliveryWidget::detailArea() const
{
    return m_ui->detailArea;
}

// --- filters ------------------------------------------------------------------------------------

void DeliveryWidget::buildFilters()
{
    m_stateMenu = new QMenu(this);
    m_stateMenu->setObjectName(QStringLiteral("stateFilterMenu"));
    QAction* all = m_stateMenu->addAction(tr("All states"));
    all->setObjectName(QStringLiteral("stateFilter_all"));
    connect(all, &QAction::triggered, this, [this] { setStateFilter({}); });
    QAction* notYet = m_stateMenu->addAction(tr("Not delivered yet"));
    notYet->setObjectName(QStringLiteral("stateFilter_notYet"));
    connect(notYet, &QAction::triggered, this,
        [this] { setStateFilter(QSet<MessageState>(kPresetNotYet.begin(), kPresetNotYet.end())); });
    QAction* problems = m_stateMenu->addAction(tr("Problems (failed, expired, unknown)"));
    problems->setObjectName(QStringLiteral("stateFilter_problems"));
    connect(problems, &QAction::triggered, this,
        [this] { setStateFilter(QSet<MessageState>(kPresetProblems.begin(), kPresetProblems.end())); });
    m_stateMenu->addSeparator();
    for (int s = 0; s < MessageTableModel::kStateCount; ++s) {
        const auto state = static_cast<MessageState>(s);
        QAction* action = m_stateMenu->addAction(stateIcon(state), stateDisplayName(state));
        action->setObjectName(QStringLiteral("stateFilter_") + stateKey(state));
        action->setCheckable(true);
        connect(action, &QAction::toggled, this, &DeliveryWidget::applyFilters);
        m_stateActions.append(action);
    }
    m_ui->stateFilter->setMenu(m_stateMenu);

    m_ui->dateFilter->addItem(tr("Any time"), int(AnyTime));
    m_ui->dateFilter->addItem(tr("Last hour"), 1);
    m_ui->dateFilter->addItem(tr("Last 24 hours"), 24);
    m_ui->dateFilter->addItem(tr("Last 7 days"), 24 * 7);
    m_ui->dateFilter->addItem(tr("Last 30 days"), 24 * 30);
    m_ui->dateFilter->addItem(tr("Between…"), int(Between));
    const QDate today = QDate::currentDate();
    m_ui->fromDate->setDate(today.addDays(-7));
    m_ui->toDate->setDate(today);
    m_ui->dateRange->hide();
    connect(m_ui->dateFilter, &QComboBox::currentIndexChanged, this, &DeliveryWidget::applyDateChoice);
    connect(m_ui->fromDate, &QDateEdit::dateChanged, this, &DeliveryWidget::applyFilters);
    connect(m_ui->toDate, &QDateEdit::dateChanged, this, &DeliveryWidget::applyFilters);

    m_ui->campaignFilter->addItem(tr("All campaigns"), MessageFilterModel::kAny);
    m_ui->providerFilter->addItem(tr("All profiles"), MessageFilterModel::kAny);
    connect(m_ui->campaignFilter, &QComboBox::currentIndexChanged, this, &DeliveryWidget::applyFilters);
    connect(m_ui->providerFilter, &QComboBox::currentIndexChanged, this, &DeliveryWidget::applyFilters);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(kSearchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &DeliveryWidget::applyFilters);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay.stop();
        applyFilters();
    });

    connect(m_ui->countsLabel, &QLabel::linkActivated, this, [this](const QString& link) {
        if (const std::optional<MessageState> state = stateFromKey(link.section(QLatin1Char(':'), 1)))
            toggleState(*state);
    });
    connect(m_ui->countsLabel, &QLabel::linkHovered, this, [this](const QString& link) {
        const std::optional<MessageState> state
            = link.isEmpty() ? std::nullopt : stateFromKey(link.section(QLatin1Char(':'), 1));
        m_ui->countsLabel->setToolTip(
            state ? tr("Show or hide the messages that are %1").arg(stateDisplayName(*state).toLower()) : QString());
    });
    connect(m_ui->clearFiltersButton, &QToolButton::clicked, this, &DeliveryWidget::clearFilters);
    reloadChoices();
    updateStateFilterText();
}

void DeliveryWidget::arrangeFilters(bool narrow)
{
    if (m_arrangement == int(narrow))
        return;
    m_arrangement = int(narrow);
    auto* grid = m_ui->filterLayout;
    const QList<QWidget*> widgets { m_ui->searchEdit, m_ui->stateFilter, m_ui->campaignFilter, m_ui->providerFilter,
        m_ui->dateFilter, m_ui->dateRange };
    for (QWidget* w : widgets)
        grid->removeWidget(w);
    for (int c = 0; c < 5; ++c)
        grid->setColumnStretch(c, 0);
    if (narrow) {
        // Search on its own row, then the choices two by two.
        grid->addWidget(m_ui->searchEdit, 0, 0, 1, 2);
        grid->addWidget(m_ui->stateFilter, 1, 0);
        grid->addWidget(m_ui->dateFilter, 1, 1);
        grid->addWidget(m_ui->campaignFilter, 2, 0);
        grid->addWidget(m_ui->providerFilter, 2, 1);
        grid->addWidget(m_ui->dateRange, 3, 0, 1, 2);
        grid->setColumnStretch(0, 1);
        grid->setColumnStretch(1, 1);
    } else {
        grid->addWidget(m_ui->searchEdit, 0, 0);
        grid->addWidget(m_ui->stateFilter, 0, 1);
        grid->addWidget(m_ui->campaignFilter, 0, 2);
        grid->addWidget(m_ui->providerFilter, 0, 3);
        grid->addWidget(m_ui->dateFilter, 0, 4);
        grid->addWidget(m_ui->dateRange, 1, 0, 1, 5);
        grid->setColumnStretch(0, 3);
        grid->setColumnStretch(2, 1);
        grid->setColumnStretch(3, 1);
    }
    m_ui->stateFilter->setSizePolicy(narrow ? QSizePolicy::Preferred : QSizePolicy::Fixed, QSizePolicy::Fixed);
    // Narrow, the counts take the whole width and the view's buttons go below them.
    m_ui->stateCountsLayout->setDirection(narrow ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight);
    m_ui->stateCountsLayout->setAlignment(m_ui->viewActions, narrow ? Qt::AlignLeft : Qt::Alignment());
}

void DeliveryWidget::resizeEvent(QResizeEvent* event)
{
    arrangeFilters(event->size().width() < kNarrow);
    QWidget::resizeEvent(event);
}

void DeliveryWidget::applyDateChoice()
{
    m_ui->dateRange->setVisible(m_ui->dateFilter->currentData().toInt() == Between);
    applyFilters();
}

void DeliveryWidget::applyFilters()
{
    MessageFilterModel::Criteria c;
    for (int s = 0; s < m_stateActions.size(); ++s) {
        if (m_stateActions.at(s)->isChecked())
            c.states |= MessageFilterModel::stateBit(static_cast<MessageState>(s));
    }
    c.campaignId = m_ui->campaignFilter->currentData().toLongLong();
    c.profileId = m_ui->providerFilter->currentData().toLongLong();
    const int hours = m_ui->dateFilter->currentData().toInt();
    if (hours == Between) {
        c.from = QDateTime(m_ui->fromDate->date(), QTime(0, 0));
        c.to = QDateTime(m_ui->toDate->date().addDays(1), QTime(0, 0));
    } else if (hours > 0) {
        c.from = QDateTime::currentDateTimeUtc().addSecs(-3600LL * hours);
    }
    c.text = m_ui->searchEdit->text();
    m_proxy->setCriteria(c);
    updateStateFilterText();
    updateCounts();
}

void DeliveryWidget::setStateFilter(const QSet<MessageState>& states)
{
    for (int s = 0; s < m_stateActions.size(); ++s) {
        const QSignalBlocker blocker(m_stateActions.at(s));
        m_stateActions.at(s)->setChecked(states.contains(static_cast<MessageState>(s)));
    }
    applyFilters();
}

void DeliveryWidget::toggleState(MessageState state)
{
    QSet<MessageState> states;
    for (int s = 0; s < m_stateActions.size(); ++s) {
        if (m_stateActions.at(s)->isChecked())
            states.insert(static_cast<MessageState>(s));
    }
    if (states.contains(state))
        states.remove(state);
    else
        states.insert(state);
    setStateFilter(states);
}

void DeliveryWidget::clearFilters()
{
    for (QAction* action : std::as_const(m_stateActions)) {
        const QSignalBlocker blocker(action);
        action->setChecked(false);
    }
    for (QComboBox* combo : { m_ui->campaignFilter, m_ui->providerFilter, m_ui->dateFilter }) {
        const QSignalBlocker blocker(combo);
        combo->setCurrentIndex(0);
    }
    m_ui->dateRange->hide();
    {
        const QSignalBlocker blocker(m_ui->searchEdit);
        m_ui->searchEdit->clear();
    }
    m_searchDelay.stop();
    applyFilters();
}

void DeliveryWidget::updateStateFilterText()
{
    QStringList chosen;
    for (int s = 0; s < m_stateActions.size(); ++s) {
        if (m_stateActions.at(s)->isChecked())
            chosen.append(stateDisplayName(static_cast<MessageState>(s)));
    }
    QString text;
    if (chosen.isEmpty())
        text = tr("All states");
    else if (chosen.size() <= 2)
        text = chosen.join(QStringLiteral(", "));
    else
        text = tr("%n state(s)", nullptr, static_cast<int>(chosen.size()));
    m_ui->stateFilter->setText(text);
    m_ui->stateFilter->setToolTip(chosen.isEmpty()
            ? tr("Show only messages in the chosen states")
            : tr("Showing messages that are: %1").arg(chosen.join(QStringLiteral(", "))));
    const bool filtered = m_proxy->criteria() != MessageFilterModel::Criteria {};
    m_ui->clearFiltersButton->setEnabled(filtered);
}

void DeliveryWidget::reloadChoices()
{
    // Campaigns newest first, then profiles by name; what was chosen stays chosen.
    QList<std::pair<qint64, QString>> campaigns;
    for (qsizetype i = 1; i < m_model->campaigns().size(); ++i)
        campaigns.append({ m_model->campaigns().at(i).id, m_model->campaigns().at(i).text });
    std::sort(campaigns.begin(), campaigns.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    QList<std::pair<qint64, QString>> profiles;
    for (qsizetype i = 1; i < m_model->profiles().size(); ++i)
        profiles.append({ m_model->profiles().at(i).id, m_model->profiles().at(i).text });
    std::sort(profiles.begin(), profiles.end(),
        [](const auto& a, const auto& b) { return a.second.localeAwareCompare(b.second) < 0; });

    const auto fill = [](QComboBox* combo, const QList<std::pair<qint64, QString>>& items, const QString& all,
                          const QString& none) {
        const qint64 chosen = combo->currentData().toLongLong();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(all, MessageFilterModel::kAny);
        if (!none.isEmpty())
            combo->addItem(none, qint64(0));
        for (const auto& [id, text] : items) {
            combo->addItem(text, id);
            combo->setItemData(combo->count() - 1, plainToolTip(text), Qt::ToolTipRole);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
    };
    fill(m_ui->campaignFilter, campaigns, tr("All campaigns"), tr("Sent on their own"));
    fill(m_ui->providerFilter, profiles, tr("All profiles"), QString());
}

// --- counts -------------------------------------------------------------------------------------

void DeliveryWidget::updateCounts()
{
    const int total = m_model->rowCount();
    if (total == 0) {
        m_ui->countsLabel->setText(m_model->isLoading() ? tr("Loading the message history…").toHtmlEscaped()
                                                        : tr("No messages sent yet.").toHtmlEscaped());
        return;
    }
    const QLocale locale;
    const int shown = m_proxy->rowCount();
    QString html = shown == total
        ? tr("%Ln message(s)", nullptr, total).toHtmlEscaped()
        : tr("%1 of %2 messages").arg(locale.toString(shown), locale.toString(total)).toHtmlEscaped();
    if (m_model->isLoading())
        html += QLatin1Char(' ') + tr("(loading…)").toHtmlEscaped();
    const MessageTableModel::StateCounts& counts = m_proxy->stateCounts();
    const quint32 chosen = m_proxy->criteria().states;
    QStringList parts;
    for (int s = 0; s < MessageTableModel::kStateCount; ++s) {
        const auto state = static_cast<MessageState>(s);
        const int n = counts.of(state);
        const bool isChosen = chosen & MessageFilterModel::stateBit(state);
        if (n == 0 && !isChosen)
            continue;
        // Its shape, name and count, never split over two lines; a chosen state in bold.
        QString part = QStringLiteral("<a href=\"state:%1\" style=\"color: %2; text-decoration: none\">%3&nbsp;%4</a>"
                                      "&nbsp;%5")
                           .arg(stateKey(state), stateColor(state, m_ui->countsLabel->palette()).name(),
                               stateGlyph(state), stateDisplayName(state).toHtmlEscaped(), locale.toString(n));
        if (isChosen)
            part = QStringLiteral("<b>%1</b>").arg(part);
        parts.append(part);
    }
    if (!parts.isEmpty())
        html += QStringLiteral(" — ") + parts.join(QStringLiteral(" &nbsp;· "));
    m_ui->countsLabel->setText(html);
}

// --- layout kept between runs -------------------------------------------------------------------

namespace {
const QString kSplitterKey = QStringLiteral("splitter");
const QString kHeaderKey = QStringLiteral("header");
const QString kColumnsKey = QStringLiteral("columns");
} // namespace

QVariantMap DeliveryWidget::saveState() const
{
    return { { kSplitterKey, m_ui->splitter->saveState() },
        { kHeaderKey, m_ui->messagesView->horizontalHeader()->saveState() }, { kColumnsKey, m_model->columnCount() } };
}

void DeliveryWidget::restoreState(const QVariantMap& state)
{
    restoreSplitterWhenShown(m_ui->splitter, state.value(kSplitterKey).toByteArray());
    // Widths saved for another set of columns (an older Herald) would land on the wrong ones.
    const QByteArray header = state.value(kHeaderKey).toByteArray();
    if (!header.isEmpty() && state.value(kColumnsKey).toInt() == m_model->columnCount())
        m_ui->messagesView->horizontalHeader()->restoreState(header);
}

// --- the selected message -----------------------------------------------------------------------

qint64 DeliveryWidget::selectedMessage() const
{
    const QModelIndex current = m_ui->messagesView->currentIndex();
    return current.isValid() ? current.data(MessageTableModel::kIdRole).toLongLong() : 0;
}

void DeliveryWidget::setCurrent(qint64 messageId)
{
    if (messageId == m_currentId)
        return;
    m_currentId = messageId;
    m_detail->setMessage(messageId);
    Q_EMIT currentMessageChanged(messageId);
}

void DeliveryWidget::refreshMessages(const QList<qint64>& ids)
{
    m_model->applyChanges(ids);
    m_detail->refreshMessages(ids);
}

void DeliveryWidget::showMessage(qint64 messageId)
{
    if (m_model->isLoading()) {
        m_showAfterLoad = messageId;
        m_model->applyChanges({ messageId }); // kept until the history is in
        return;
    }
    m_model->applyChanges({ messageId });
    const int row = m_model->rowOf(messageId);
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        clearFilters(); // the operator asked for this one: the filters must not hide it
        index = m_proxy->mapFromSource(m_model->index(m_model->rowOf(messageId), 0));
    }
    m_ui->messagesView->setCurrentIndex(index);
    m_ui->messagesView->scrollTo(index);
}

void DeliveryWidget::syncCampaigns()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<qint64> ids;
    for (const qint64 campaignId : std::as_const(m_dirtyCampaigns)) {
        const qint64 since = m_campaignSyncedMs.value(campaignId, m_campaignSyncedMs.value(0));
        ids += m_services.messages.campaignMessagesChangedSince(campaignId, since);
        m_campaignSyncedMs.insert(campaignId, now - kSyncSlackMs);
    }
    m_dirtyCampaigns.clear();
    refreshMessages(ids);
}

void DeliveryWidget::showColumnMenu(const QPoint& at)
{
    QHeaderView* header = m_ui->messagesView->horizontalHeader();
    QMenu menu(this);
    for (int column = 0; column < MessageTableModel::ColumnCount; ++column) {
        QAction* action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        // The recipient always stays: without it a row says nothing.
        action->setEnabled(column != MessageTableModel::Recipient);
        connect(
            action, &QAction::toggled, header, [header, column](bool on) { header->setSectionHidden(column, !on); });
    }
    menu.exec(header->mapToGlobal(at));
}

QList<qint64> DeliveryWidget::shownMessages() const
{
    QList<qint64> ids;
    const int rows = m_proxy->rowCount();
    ids.reserve(rows);
    for (int row = 0; row < rows; ++row)
        ids.append(m_proxy->index(row, 0).data(MessageTableModel::kIdRole).toLongLong());
    return ids;
}

bool DeliveryWidget::exportShown(const QString& path, QString* error) const
{
    return exportDeliveryReport(m_services.messages, shownMessages(), path, error);
}

void DeliveryWidget::chooseExportFile()
{
    const int shown = m_proxy->rowCount();
    if (shown == 0) {
        showExportStatus(tr("No messages to export: the filters show none."));
        return;
    }
    const QString name = m_proxy->criteria().campaignId > 0
        ? tr("campaign-%1-report.csv").arg(m_proxy->criteria().campaignId)
        : tr("delivery-report-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the messages shown"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name),
        tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    QString error;
    const bool written = exportShown(path, &error);
    QApplication::restoreOverrideCursor();
    showExportStatus(
        written ? tr("%n message(s) exported to %1.", nullptr, shown).arg(QDir::toNativeSeparators(path)) : error);
}

void DeliveryWidget::showExportStatus(const QString& text)
{
    m_ui->exportStatusLabel->setText(breakableText(text));
    m_ui->exportStatusLabel->setVisible(!text.isEmpty());
}

} // namespace herald
