#pragma once

#include "gui/GuiServices.h"

#include <QWidget>
#include <memory>

namespace Ui {
class ProfilesWidget;
}

namespace herald {

/// The Profiles pane: the provider connections, with add, edit, remove and test.
class ProfilesWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ProfilesWidget(GuiServices services, QWidget* parent = nullptr);
    ~ProfilesWidget() override;

    void reload();

private:
    qint64 selectedProfile() const;
    void addProfile();
    void editProfile();
    /// Says where the saved profile's password is: the keychain or this session's memory.
    void reportSaved(const QString& name);
    void removeProfile();
    void testProfile();
    void updateButtons();

    const std::unique_ptr<Ui::ProfilesWidget> m_ui;
    GuiServices m_services;
};

} // namespace herald
