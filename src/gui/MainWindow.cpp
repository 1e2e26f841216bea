#include "gui/MainWindow.h"

#include "dispatch/CallbackReceiver.h"
#include "dispatch/CampaignRunner.h"
#include "dispatch/ProfileService.h"
#include "dispatch/SendController.h"
#include "dispatch/StatusTracker.h"
#include "gui/CampaignDialog.h"
#include "gui/CampaignStatus.h"
#include "gui/CampaignsWidget.h"
#include "gui/ComposeWidget.h"
#include "gui/DeliveryWidget.h"
#include "gui/DesktopNotifier.h"
#include "gui/LanguageChooser.h"
#include "gui/ProfilesWidget.h"
#include "gui/RecipientsWidget.h"
#include "gui/SuppressionWidget.h"
#include "gui/TemplatesWidget.h"
#include "gui/WindowSettings.h"
#include "storage/CampaignRepository.h"
#include "ui_MainWindow.h"

#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>

namespace herald {

MainWindow::MainWindow(GuiServices services, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_compose(new ComposeWidget(services, this))
    , m_delivery(new DeliveryWidget(services, this))
    , m_templates(new TemplatesWidget(services, this))
    , m_profiles(new ProfilesWidget(services, this))
    , m_recipients(new RecipientsWidget(services, this))
    , m_suppressions(new SuppressionWidget(services, this))
    , m_campaigns(new CampaignsWidget(services, this))
    , m_campaignStatus(new CampaignStatus(this))
    , m_services(services)
    , m_systemNotifier(new DesktopNotifier(this))
    , m_notifier(m_systemNotifier)
{
    m_ui->setupUi(this);
    m_compose->setObjectName(QStringLiteral("composePane"));
    m_delivery->setObjectName(QStringLiteral("deliveryPane"));
    m_profiles->setObjectName(QStringLiteral("profilesPane"));
    m_templates->setObjectName(QStringLiteral("templatesPane"));
    m_suppressions->setObjectName(QStringLiteral("suppressionsPane"));
    m_ui->tabs->addTab(m_compose, tr("&Compose"));
    m_recipients->setObjectName(QStringLiteral("recipientsPane"));
    m_ui->tabs->addTab(m_recipients, tr("&Recipients"));
    m_campaigns->setObjectName(QStringLiteral("campaignsWidget"));
    m_ui->tabs->addTab(m_campaigns, tr("C&ampaigns"));
    m_ui->tabs->addTab(m_delivery, tr("&Delivery"));
    m_ui->tabs->addTab(m_templates, tr("&Templates"));
    m_ui->tabs->addTab(m_profiles, tr("&Profiles"));
    // The opt-out list belongs with the lists: a section of the Recipients pane.
    m_recipients->addSection(m_suppressions, tr("&Opt-outs"));

    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_compose, &ComposeWidget::messageSent, m_delivery, &DeliveryWidget::showMessage);
    connect(&services.sender, &SendController::messageChanged, m_delivery,
        [this](qint64 id) { m_delivery->refreshMessages({ id }); });
    connect(&services.tracker, &StatusTracker::messagesChanged, m_delivery, &DeliveryWidget::refreshMessages);
    connect(&services.callbacks, &CallbackReceiver::messagesChanged, m_delivery, &DeliveryWidget::refreshMessages);
    connect(&services.profileService, &ProfileService::profilesChanged, m_compose, &ComposeWidget::reloadProfiles);
    connect(m_templates, &TemplatesWidget::templatesChanged, m_compose, [this] { m_compose->reloadTemplates(); });
    connect(m_compose, &ComposeWidget::templatesChanged, m_templates, &TemplatesWidget::reload);
    connect(m_recipients, &RecipientsWidget::listsChanged, m_compose, &ComposeWidget::reloadLists);
    // A number put on (or taken off) the opt-out list changes what Compose may send and the lists' fates.
    connect(m_suppressions, &SuppressionWidget::suppressionsChanged, m_compose, &ComposeWidget::recheck);
    connect(m_suppressions, &SuppressionWidget::suppressionsChanged, m_recipients, &RecipientsWidget::reassessRows);
    connect(m_compose, &ComposeWidget::listsChanged, m_recipients, [this] { m_recipients->reloadLists(); });

    // Campaigns: the review opens from Compose; progress, notices and notifications wherever the operator is.
    connect(m_compose, &ComposeWidget::sendToListRequested, this, &MainWindow::reviewCampaign);
    statusBar()->addPermanentWidget(m_campaignStatus);
    connect(m_campaigns, &CampaignsWidget::activityChanged, m_campaignStatus, &CampaignStatus::setActivity);
    connect(m_campaignStatus, &CampaignStatus::clicked, this, [this] { showCampaigns(); });
    if (CampaignRunner* runner = services.campaigns) {
        connect(runner, &CampaignRunner::notice, this,
            [this](qint64, const QString& text) { statusBar()->showMessage(text, 15000); });
        connect(runner, &CampaignRunner::campaignFinished, this, [this](qint64, const QString& summary) {
            statusBar()->showMessage(summary, 15000);
            notify(tr("Campaign finished"), summary, false);
        });
        connect(runner, &CampaignRunner::failureRateJumped, this, [this](qint64, const QString& text) {
            statusBar()->showMessage(text, 15000);
            notify(tr("Many messages are failing"), text, true);
        });
    }
    setAcceptDrops(true);
    WindowSettings(*this).restore(); // the layout, tab and profile the operator left
    setUpKeyboard();
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpKeyboard()
{
    // Ctrl+1…6 choose the tabs. Their "&" mnemonics went: Alt+letter works window-wide, so Alt+T
    // was both the Templates tab and Compose's Template field, Alt+P both Profiles and Profile.
    const QList<std::pair<QAction*, QWidget*>> panes { { m_ui->actionShowCompose, m_compose },
        { m_ui->actionShowRecipients, m_recipients }, { m_ui->actionShowCampaigns, m_campaigns },
        { m_ui->actionShowDelivery, m_delivery }, { m_ui->actionShowTemplates, m_templates },
        { m_ui->actionShowProfiles, m_profiles } };
    for (const auto& [action, pane] : panes) {
        const int index = m_ui->tabs->indexOf(pane);
        m_ui->tabs->setTabText(index, ShortcutsDialog::plainText(m_ui->tabs->tabText(index)));
        m_ui->tabs->setTabToolTip(index, action->shortcut().toString(QKeySequence::NativeText));
        connect(action, &QAction::triggered, this, [this, pane = pane] { showPane(pane); });
    }
    connect(m_ui->actionShortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    new LanguageChooser(m_ui->menuLanguage, this); // owned by the menu
}

void MainWindow::showPane(QWidget* pane)
{
    m_ui->tabs->setCurrentWidget(pane);
    QWidget* target = pane->focusWidget();
    if (!target || !target->isVisible() || !target->isEnabled()) {
        target = nullptr;
        for (QWidget* w = pane->nextInFocusChain(); w && w != pane; w = w->nextInFocusChain()) {
            if (pane->isAncestorOf(w) && w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
                target = w;
                break;
            }
        }
    }
    if (target)
        target->setFocus(Qt::ShortcutFocusReason);
}

QList<ShortcutsDialog::Section> MainWindow::shortcutSections() const
{
    const auto withKeys = [](const QList<QAction*>& actions) {
        QList<QAction*> found;
        for (QAction* action : actions) {
            if (!action->shortcut().isEmpty() && !found.contains(action))
                found.append(action);
        }
        return found;
    };
    QList<QAction*> everywhere;
    for (QAction* menu : menuBar()->actions()) {
        if (menu->menu())
            everywhere.append(menu->menu()->actions());
    }
    QList<ShortcutsDialog::Section> sections { { tr("Everywhere"), withKeys(everywhere) } };
    for (int i = 0; i < m_ui->tabs->count(); ++i) {
        // A pane's own actions and those of the widgets in it (the Recipients pane's opt-out list).
        const QList<QAction*> actions = withKeys(m_ui->tabs->widget(i)->findChildren<QAction*>());
        if (!actions.isEmpty())
            sections.append({ m_ui->tabs->tabText(i), actions });
    }
    return sections;
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(shortcutSections(), this);
    dialog.setObjectName(QStringLiteral("shortcutsDialog"));
    dialog.exec();
}

void MainWindow::setNotifier(DesktopNotifier* notifier)
{
    m_notifier = notifier ? notifier : m_systemNotifier;
}

void MainWindow::notify(const QString& title, const QString& text, bool urgent)
{
    if (m_notifier)
        m_notifier->notify(title, text, urgent ? DesktopNotifier::Urgency::Critical : DesktopNotifier::Urgency::Normal);
}

void MainWindow::reviewCampaign(const CampaignDraft& draft)
{
    CampaignDialog dialog(m_services, draft, this);
    if (dialog.exec() != QDialog::Accepted || dialog.createdCampaignId() == 0)
        return;
    showCampaigns(dialog.createdCampaignId());
}

void MainWindow::showCampaigns(qint64 campaignId)
{
    m_ui->tabs->setCurrentWidget(m_campaigns);
    if (campaignId != 0)
        m_campaigns->showCampaign(campaignId);
}

void MainWindow::showOptOuts()
{
    m_ui->tabs->setCurrentWidget(m_recipients);
    m_recipients->showSection(m_suppressions);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    // A spreadsheet export dropped anywhere on the window is imported as a recipient list.
    const QString path = event->mimeData()->urls().value(0).toLocalFile();
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    m_ui->tabs->setCurrentWidget(m_recipients);
    m_recipients->importFile(path);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    WindowSettings(*this).save();
    QMainWindow::closeEvent(event);
}

void MainWindow::setEnvironmentNote(const QString& text, const QString& detail)
{
    // Short: the status bar's messages (a campaign's progress, its summary) share the line with it.
    auto* label = new QLabel(text, this);
    label->setObjectName(QStringLiteral("environmentNote"));
    label->setToolTip(detail);
    statusBar()->addPermanentWidget(label);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Herald"),
        tr("<h3>Herald %1</h3><p>Send approved WhatsApp templates by hand and watch them arrive.</p>"
           "<p>Built with Qt %2 (running on Qt %3), QtKeychain %4 and libphonenumber %5.</p>")
            .arg(QCoreApplication::applicationVersion(), QStringLiteral(QT_VERSION_STR),
                QString::fromLatin1(qVersion()),
                // Neither library reports its version at run time; these are the ones Herald was built against.
                QStringLiteral(HERALD_QTKEYCHAIN_VERSION), QStringLiteral(HERALD_PHONENUMBER_VERSION)));
}

} // namespace herald
