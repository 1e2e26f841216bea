#include "gui/ProfileDialog.h"

#include "dispatch/ProfileService.h"
#include "gui/PlainText.h"
#include "ui_ProfileDialog.h"

#include <QFormLayout>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <algorithm>

namespace herald {

ProfileDialog::ProfileDialog(ProfileService& service, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfileDialog>())
    , m_service(service)
{
    m_ui->setupUi(this);
    for (const ProviderKind kind : { ProviderKind::Messente, ProviderKind::Bird, ProviderKind::Kaleyra })
        m_ui->kindCombo->addItem(providerKindDisplayName(kind), providerKindKey(kind));
    m_ui->authSchemeCombo->addItem(
        tr("AccessKey (Bird's specification)"), birdAuthSchemeKey(BirdAuthScheme::AccessKey));
    m_ui->authSchemeCombo->addItem(tr("Bearer (as in Bird's examples)"), birdAuthSchemeKey(BirdAuthScheme::Bearer));
    // Kaleyra's regional hosts (provider-apis.md §3.1); choosing one fills the base URL.
    m_ui->regionCombo->addItem(tr("Singapore (api.kaleyra.io)"), QStringLiteral("https://api.kaleyra.io"));
    m_ui->regionCombo->addItem(tr("India (api.in.kaleyra.io)"), QStringLiteral("https://api.in.kaleyra.io"));
    m_ui->regionCombo->addItem(tr("Europe (api.eu.kaleyra.io)"), QStringLiteral("https://api.eu.kaleyra.io"));
    m_ui->regionCombo->addItem(tr("North America (api.na.kaleyra.ai)"), QStringLiteral("https://api.na.kaleyra.ai"));
    m_ui->baseUrlEdit->setText(Profile::defaultBaseUrl(ProviderKind::Messente).toString());
    m_ui->errorLabel->hide();
    connect(m_ui->kindCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_ui->baseUrlEdit->setText(Profile::defaultBaseUrl(currentKind()).toString());
        applyKind();
    });
    connect(m_ui->regionCombo, &QComboBox::activated, this, &ProfileDialog::applyRegion);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    applyKind();
}

ProfileDialog::~ProfileDialog() = default;

ProviderKind ProfileDialog::currentKind() const
{
    return providerKindFromKey(m_ui->kindCombo->currentData().toString());
}

void ProfileDialog::applyKind()
{
    const ProviderKind kind = currentKind();
    const bool messente = kind == ProviderKind::Messente;
    const bool bird = kind == ProviderKind::Bird;
    const bool kaleyra = kind == ProviderKind::Kaleyra;
    QFormLayout* form = m_ui->formLayout;
    form->setRowVisible(m_ui->usernameEdit, messente);
    form->setRowVisible(m_ui->wabaEdit, messente); // only Messente lists templates to sync
    form->setRowVisible(m_ui->workspaceEdit, bird);
    form->setRowVisible(m_ui->channelEdit, bird);
    form->setRowVisible(m_ui->authSchemeCombo, bird);
    form->setRowVisible(m_ui->sidEdit, kaleyra);
    form->setRowVisible(m_ui->regionCombo, kaleyra);
    form->setRowVisible(m_ui->senderEdit, !bird);
    // Kaleyra reports only by callback; Messente may (dlr_url) instead of being polled. Bird is polled.
    form->setRowVisible(m_ui->callbackListenEdit, !bird);
    form->setRowVisible(m_ui->callbackUrlEdit, !bird);
    m_ui->passwordLabel->setText(messente ? tr("API pass&word:") : bird ? tr("Access &key:") : tr("API &key:"));
    m_ui->senderLabel->setText(kaleyra ? tr("&From number:") : tr("&Sender:"));
    m_ui->senderEdit->setPlaceholderText(kaleyra ? tr("Your WhatsApp business number, e.g. +15550100000")
                                                 : tr("Optional: the WhatsApp sender number or name"));
    QString note = tr("The secret is kept in the system keychain only.");
    if (kaleyra)
        note += QLatin1Char(' ')
            + tr("Kaleyra reports delivery only by calling Herald back: without a callback address, sent messages "
                 "stay at \"accepted\".");
    m_ui->kindNoteLabel->setText(note);
    // 0 is the provider's own pace, said in the field; above the provider's limit is not offered.
    m_ui->paceSpin->setMaximum(Profile::maxSendRate(kind));
    m_ui->paceSpin->setSpecialValueText(
        tr("%1's default, %2 msg/s")
            .arg(providerKindDisplayName(kind), QLocale().toString(Profile::defaultSendRate(kind), 'f', 0)));
    fitHeight();
}

void ProfileDialog::fitHeight()
{
    // Rows come and go with the provider: keep the width, fit the height to what is shown.
    layout()->activate();
    resize(width(), layout()->totalHeightForWidth(width()));
}

void ProfileDialog::applyRegion()
{
    m_ui->baseUrlEdit->setText(m_ui->regionCombo->currentData().toString());
}

void ProfileDialog::setProfile(const Profile& profile)
{
    m_original = profile;
    {
        const QSignalBlocker blocker(m_ui->kindCombo);
        m_ui->kindCombo->setCurrentIndex(m_ui->kindCombo->findData(providerKindKey(profile.kind)));
    }
    applyKind();
    m_ui->nameEdit->setText(profile.name);
    m_ui->baseUrlEdit->setText(profile.baseUrl.toString());
    m_ui->usernameEdit->setText(profile.username);
    m_ui->wabaEdit->setText(profile.wabaId);
    m_ui->senderEdit->setText(profile.sender);
    m_ui->workspaceEdit->setText(profile.workspaceId);
    m_ui->channelEdit->setText(profile.channelId);
    m_ui->authSchemeCombo->setCurrentIndex(m_ui->authSchemeCombo->findData(birdAuthSchemeKey(profile.birdAuthScheme)));
    m_ui->sidEdit->setText(profile.accountSid);
    m_ui->regionCombo->setCurrentIndex(std::max(0, m_ui->regionCombo->findData(profile.baseUrl.toString())));
    m_ui->callbackListenEdit->setText(profile.callbackListen);
    m_ui->callbackUrlEdit->setText(profile.callbackPublicUrl.toString());
    m_ui->paceSpin->setValue(profile.sendRate);
    m_ui->passwordEdit->setPlaceholderText(tr("Leave empty to keep the stored secret"));
}

Profile ProfileDialog::profile() const
{
    Profile p = m_original;
    p.kind = currentKind();
    p.name = m_ui->nameEdit->text().trimmed();
    p.baseUrl = QUrl(m_ui->baseUrlEdit->text().trimmed());
    p.username = m_ui->usernameEdit->text().trimmed();
    p.wabaId = p.kind == ProviderKind::Messente ? m_ui->wabaEdit->text().trimmed() : QString();
    p.sender = m_ui->senderEdit->text().trimmed();
    p.workspaceId = m_ui->workspaceEdit->text().trimmed();
    p.channelId = m_ui->channelEdit->text().trimmed();
    p.birdAuthScheme = birdAuthSchemeFromKey(m_ui->authSchemeCombo->currentData().toString());
    p.accountSid = m_ui->sidEdit->text().trimmed();
    p.callbackListen = m_ui->callbackListenEdit->text().trimmed();
    p.callbackPublicUrl = QUrl(m_ui->callbackUrlEdit->text().trimmed());
    p.sendRate = m_ui->paceSpin->value();
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
    m_service.save(profile(), enteredSecret(), this, [this](const ProfileService::SaveOutcome& outcome) {
        if (outcome.keychainUnavailable && offerThisSessionOnly(outcome.error))
            return;
        finishSave(outcome);
    });
}

bool ProfileDialog::offerThisSessionOnly(const QString& why)
{
    QMessageBox box(QMessageBox::Warning, tr("The keychain is not available"), why, QMessageBox::NoButton,
        this); // the keychain's own words say what failed and that nothing was saved
    box.setObjectName(QStringLiteral("keychainUnavailableBox"));
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(tr("Herald keeps passwords only in the keychain, never in a file. You can use this "
                              "password for this session only: Herald holds it in memory until it quits, and you "
                              "enter it again next time. Or cancel, unlock or start the keychain, and save again."));
    QPushButton* session = box.addButton(tr("Use for this session only"), QMessageBox::AcceptRole);
    session->setObjectName(QStringLiteral("sessionOnlyButton"));
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != session)
        return false;
    m_service.saveForThisSession(profile(), m_ui->passwordEdit->text(), this,
        [this](const ProfileService::SaveOutcome& outcome) { finishSave(outcome); });
    return true;
}

void ProfileDialog::finishSave(const ProfileService::SaveOutcome& outcome)
{
    setBusy(false);
    if (!outcome.ok) {
        showError(outcome.error);
        return;
    }
    m_ui->passwordEdit->clear();
    QDialog::accept();
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
    m_ui->errorLabel->setText(breakableText(text));
    m_ui->errorLabel->show();
    fitHeight();
}

void ProfileDialog::setBusy(bool busy)
{
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(!busy);
    m_ui->testButton->setEnabled(!busy);
}

} // namespace herald
