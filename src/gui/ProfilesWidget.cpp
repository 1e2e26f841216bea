#include "gui/ProfilesWidget.h"

#include "dispatch/ProfileService.h"
#include "gui/PlainText.h"
#include "gui/ProfileDialog.h"
#include "gui/ShortcutsDialog.h"
#include "storage/ProfileRepository.h"
#include "ui_ProfilesWidget.h"

#include <QMessageBox>

namespace herald {

ProfilesWidget::ProfilesWidget(GuiServices services, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ProfilesWidget>())
    , m_services(services)
{
    m_ui->setupUi(this);
    connect(m_ui->addProfileButton, &QPushButton::clicked, this, &ProfilesWidget::addProfile);
    connect(m_ui->editProfileButton, &QPushButton::clicked, this, &ProfilesWidget::editProfile);
    connect(m_ui->removeProfileButton, &QPushButton::clicked, this, &ProfilesWidget::removeProfile);
    connect(m_ui->testProfileButton, &QPushButton::clicked, this, &ProfilesWidget::testProfile);
    addButtonShortcut(
        this, m_ui->addProfileButton, QStringLiteral("actionAddProfile"), tr("Add a profile"), QKeySequence::New);
    connect(m_ui->profilesList, &QListWidget::currentRowChanged, this, &ProfilesWidget::updateButtons);
    connect(m_ui->profilesList, &QListWidget::itemActivated, this, &ProfilesWidget::editProfile);
    connect(&m_services.profileService, &ProfileService::profilesChanged, this, &ProfilesWidget::reload);
    reload();
}

ProfilesWidget::~ProfilesWidget() = default;

void ProfilesWidget::reload()
{
    const qint64 current = selectedProfile();
    m_ui->profilesList->clear();
    for (const Profile& p : m_services.profiles.all()) {
        if (p.isSandbox && !m_services.sandboxActive)
            continue;
        QString text = tr("%1\n%2 · %3").arg(p.name, providerKindDisplayName(p.kind), p.baseUrl.toString());
        const bool sessionOnly = m_services.profileService.secretIsForThisSessionOnly(p);
        if (sessionOnly)
            text += QLatin1Char('\n') + tr("Password for this session only: the keychain is not available");
        auto* item = new QListWidgetItem(text, m_ui->profilesList);
        item->setData(Qt::UserRole, p.id);
        QString tip = p.baseUrl.toString();
        if (p.isSandbox)
            tip = tr("The built-in sandbox: nothing leaves this computer.");
        else if (sessionOnly)
            tip = tr("%1\nHerald holds this profile's password in memory until it quits; enter it again next "
                     "time, or when the keychain works again, to keep it there.")
                      .arg(tip);
        item->setToolTip(tip);
        if (p.id == current)
            m_ui->profilesList->setCurrentItem(item);
    }
    updateButtons();
}

qint64 ProfilesWidget::selectedProfile() const
{
    const QListWidgetItem* item = m_ui->profilesList->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void ProfilesWidget::updateButtons()
{
    const std::optional<Profile> p = m_services.profiles.find(selectedProfile());
    m_ui->editProfileButton->setEnabled(p && !p->isSandbox);
    m_ui->removeProfileButton->setEnabled(p && !p->isSandbox);
    m_ui->testProfileButton->setEnabled(p.has_value());
}

void ProfilesWidget::addProfile()
{
    ProfileDialog dialog(m_services.profileService, this);
    dialog.setWindowTitle(tr("Add profile"));
    if (dialog.exec() == QDialog::Accepted)
        reportSaved(dialog.profile().name);
}

void ProfilesWidget::editProfile()
{
    const std::optional<Profile> p = m_services.profiles.find(selectedProfile());
    if (!p || p->isSandbox)
        return;
    ProfileDialog dialog(m_services.profileService, this);
    dialog.setWindowTitle(tr("Edit profile"));
    dialog.setProfile(*p);
    if (dialog.exec() == QDialog::Accepted)
        reportSaved(dialog.profile().name);
}

void ProfilesWidget::reportSaved(const QString& name)
{
    const std::optional<Profile> saved = m_services.profiles.findByName(name.trimmed());
    if (saved && m_services.profileService.secretIsForThisSessionOnly(*saved))
        m_ui->profileStatusLabel->setText(tr("Profile \"%1\" saved; its password is kept for this session only, "
                                             "because the keychain is not available.")
                                              .arg(saved->name));
    else
        m_ui->profileStatusLabel->setText(
            tr("Profile \"%1\" saved; its password is in the system keychain.").arg(saved ? saved->name : name));
}

void ProfilesWidget::removeProfile()
{
    const std::optional<Profile> p = m_services.profiles.find(selectedProfile());
    if (!p)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Remove profile"), tr("Remove the profile \"%1\" and its password from the keychain?").arg(p->name));
    if (answer != QMessageBox::Yes)
        return;
    m_services.profileService.remove(p->id, this, [this, name = p->name](bool ok, const QString& error) {
        if (!ok)
            m_ui->profileStatusLabel->setText(breakableText(error));
        else if (!error.isEmpty())
            m_ui->profileStatusLabel->setText(tr("Profile \"%1\" removed, but its password could not be removed "
                                                 "from the keychain: %2")
                                                  .arg(name, breakableText(error)));
        else
            m_ui->profileStatusLabel->setText(tr("Profile \"%1\" removed.").arg(name));
    });
}

void ProfilesWidget::testProfile()
{
    const std::optional<Profile> p = m_services.profiles.find(selectedProfile());
    if (!p)
        return;
    m_ui->profileStatusLabel->setText(tr("Testing \"%1\"…").arg(p->name));
    m_services.profileService.testConnection(
        *p, std::nullopt, this, [this, name = p->name](bool ok, const QString& error) {
            m_ui->profileStatusLabel->setText(ok ? tr("\"%1\" works: the provider accepted the credentials.").arg(name)
                                                 : tr("\"%1\" does not work: %2").arg(name, breakableText(error)));
        });
}

} // namespace herald
