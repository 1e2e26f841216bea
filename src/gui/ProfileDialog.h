#pragma once

#include "core/Profile.h"

#include <QDialog>
#include <memory>
#include <optional>

namespace Ui {
class ProfileDialog;
}

namespace herald {

class ProfileService;

/**
 * Adds or edits a provider profile. Saving stores the password in the keychain first; when that
 * fails the dialog stays open with the reason, and nothing is saved anywhere.
 */
class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    ProfileDialog(ProfileService& service, QWidget* parent = nullptr);
    ~ProfileDialog() override;

    void setProfile(const Profile& profile);
    Profile profile() const;

    void accept() override;

private:
    void applyKind();
    void applyRegion();
    void fitHeight();
    ProviderKind currentKind() const;
    std::optional<QString> enteredSecret() const;
    void showError(const QString& text);
    void setBusy(bool busy);
    void testConnection();

    const std::unique_ptr<Ui::ProfileDialog> m_ui;
    ProfileService& m_service;
    Profile m_original;
};

} // namespace herald
