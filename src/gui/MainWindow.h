#pragma once

#include "gui/GuiServices.h"
#include "gui/ShortcutsDialog.h"

#include <QMainWindow>
#include <QPointer>
#include <memory>

namespace Ui {
class MainWindow;
}

namespace herald {

class CampaignStatus;
class CampaignsWidget;
class ComposeWidget;
class DesktopNotifier;
struct CampaignDraft;
class DeliveryWidget;
class ProfilesWidget;
class RecipientsWidget;
class SuppressionWidget;
class TemplatesWidget;

/// The main window: one tab per pane; the panes do the work.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(GuiServices services, QWidget* parent = nullptr);
    ~MainWindow() override;

    ComposeWidget* compose() const { return m_compose; }
    DeliveryWidget* delivery() const { return m_delivery; }
    ProfilesWidget* profiles() const { return m_profiles; }
    TemplatesWidget* templates() const { return m_templates; }
    RecipientsWidget* recipients() const { return m_recipients; }
    SuppressionWidget* suppressions() const { return m_suppressions; }
    CampaignsWidget* campaigns() const { return m_campaigns; }
    CampaignStatus* campaignStatus() const { return m_campaignStatus; }

    /// Where desktop notifications go (tests record them); null: the system's.
    void setNotifier(DesktopNotifier* notifier);
    /// Opens the review of @p draft; once a campaign is created, shows it in the Campaigns pane.
    void reviewCampaign(const CampaignDraft& draft);
    /// Shows the Campaigns pane with @p campaignId selected (0: as it is).
    void showCampaigns(qint64 campaignId = 0);

    /// Shows the opt-out list (a section of the Recipients pane).
    void showOptOuts();

    /// A short note kept at the right of the status bar (e.g. "Sandbox"), with @p detail as its tooltip.
    void setEnvironmentNote(const QString& text, const QString& detail = {});

    /// Help → Keyboard shortcuts: every action with keys, by where they work (the dialog lists them).
    QList<ShortcutsDialog::Section> shortcutSections() const;

private:
    void showAbout();
    void setUpKeyboard();
    /// Shows @p pane's tab and puts the focus where the operator last was in it (else its first field).
    void showPane(QWidget* pane);
    void showShortcuts();
    void notify(const QString& title, const QString& text, bool urgent);
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    /// Keeps the layout for the next start (WindowSettings).
    void closeEvent(QCloseEvent* event) override;

    const std::unique_ptr<Ui::MainWindow> m_ui;
    ComposeWidget* m_compose;
    DeliveryWidget* m_delivery;
    TemplatesWidget* m_templates;
    ProfilesWidget* m_profiles;
    RecipientsWidget* m_recipients;
    SuppressionWidget* m_suppressions;
    CampaignsWidget* m_campaigns;
    CampaignStatus* m_campaignStatus;
    GuiServices m_services;
    DesktopNotifier* m_systemNotifier;
    QPointer<DesktopNotifier> m_notifier;
};

} // namespace herald
