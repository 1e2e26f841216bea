#include "gui/ProfileDialog.h"

#include "dispatch/ProfileService.h"
#include "ui_ProfileDialog.h"

#include <QPushButton>

namespace herald {

ProfileDialog::ProfileDialog(ProfileService& service, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfileDialog>())
    , m_service(service)
{
    m_ui->setupUi(this);
    m_ui->kindCombo->addItem(providerKindDisplayName(ProviderKind::Messente), providerKindKey(ProviderKind::Messente));
    m_ui->baseUrlEdit->setText(Profile::defaultBaseUrl(ProviderKind::Messente).toString());
    m_ui->errorLabel->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ProfileDialog::testConnection);
}

ProfileDialog::~ProfileDialog() = default;

void ProfileDialog::setProfile(const Profile& profile)
{
    m_original = profile;
    m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(providerKindKey(profile.kind)));
    m_ui->nameEdit->setText(profile.name);
    m_ui->baseUrlEdit->setText(profile.baseUrl.toString());
    m_ui->usernameEdit->setText(profile.username);
    m_ui->senderEdit->setText(profile.sender);
    m_ui->passwordEdit->setPlaceholderText(tr("Leave empty to keep the stored password"));
}

Profile ProfileDialog::profile() const
{
    Profile p = m_original;
    p.kind = providerKindFromKey(m_ui->kindCombo->currentData().toString());
    p.name = m_ui->nameEdit->text().trimmed();
    p.baseUrl = QUrl(m_ui->baseUrlEdit->text().trimmed());
    p.username = m_ui->usernameEdit->text().trimmed();
    p.sender = m_ui->senderEdit->text().trimmed();
    return p;
}

std::optional<QString> ProfileDialog::enteredSecret() const
{
    const QString secret = m_ui->passwordEdit->text();
    if (secret.isEmpty())
        return std::nullopt;
    return secret;
}

void ProfileDialog::accept()
{
    setBusy(true);
    m_ui->errorLabel->hide();
    m_service.save(profile(), enteredSecret(), this, [this](bool ok, const QString& error) {
        setBusy(false);
        if (!ok) {
            showError(error);
            return;
        }
        m_ui->passwordEdit->clear();
        QDialog::accept();
    });
}

void ProfileDialog::testConnection()
{
    setBusy(true);
    m_ui->errorLabel->setText(tr("Testing the connection…"));
    m_ui->errorLabel->show();
    m_service.testConnection(profile(), enteredSecret(), this, [this](bool ok, const QString& error) {
        setBusy(false);
        if (ok)
            m_ui->errorLabel->setText(tr("The connection works: the provider accepted the credentials."));
        else
            showError(error);
    });
}

void ProfileDialog::showError(const QString& text)
{
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->show();
}

void ProfileDialog::setBusy(bool busy)
{
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(!busy);
    m_ui->testButton->setEnabled(!busy);
}

} // namespace herald
