#pragma once

#include "core/Profile.h"
#include "dispatch/ProfileService.h"

#include <QDialog>
#include <memory>
#include <optional>

namespace Ui {
class ProfileDialog;
}

namespace herald {

/**
 * Adds or edits a provider profile. Saving stores the password in the keychain first; when that
 * fails the dialog stays open with the reason, and nothing is saved anywhere. When the keychain is
 * missing or locked, the operator may keep the password in memory for this session only instead.
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
    /// Asks whether to keep the password for this session only; true when that save was started.
    bool offerThisSessionOnly(const QString& why);
    void finishSave(const ProfileService::SaveOutcome& outcome);
    void testConnection();

    const std::unique_ptr<Ui::ProfileDialog> m_ui;
    ProfileService& m_service;
    Profile m_original;
};

} // namespace herald
