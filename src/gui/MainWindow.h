#pragma once

#include "gui/GuiServices.h"

#include <QMainWindow>
#include <memory>

namespace Ui {
class MainWindow;
}

namespace herald {

class ComposeWidget;
class DeliveryWidget;
class ProfilesWidget;
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
    SuppressionWidget* suppressions() const { return m_suppressions; }

    /// A permanent note in the status bar, e.g. that the sandbox is in use.
    void setEnvironmentNote(const QString& text);

private:
    void showAbout();

    const std::unique_ptr<Ui::MainWindow> m_ui;
    ComposeWidget* m_compose;
    DeliveryWidget* m_delivery;
    TemplatesWidget* m_templates;
    ProfilesWidget* m_profiles;
    SuppressionWidget* m_suppressions;
};

} // namespace herald
