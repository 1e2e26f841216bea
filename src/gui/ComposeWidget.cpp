#include "gui/ComposeWidget.h"

#include "dispatch/SendController.h"
#include "gui/FieldProblem.h"
#include "gui/PreviewRenderer.h"
#include "gui/RequestDialog.h"
#include "gui/TemplateDialog.h"
#include "providers/Provider.h"
#include "storage/MessageRepository.h"
#include "storage/ProfileRepository.h"
#include "storage/TemplateRepository.h"
#include "ui_ComposeWidget.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHash>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>

namespace herald {

namespace {
const char* const kComponentProperty = "heraldComponent";
const char* const kVariableProperty = "heraldVariable";
} // namespace

ComposeWidget::ComposeWidget(GuiServices services, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ComposeWidget>())
    , m_services(services)
{
    m_ui->setupUi(this);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);

    connect(m_ui->templateCombo, &QComboBox::currentIndexChanged, this, &ComposeWidget::rebuildValueFields);
    connect(m_ui->profileCombo, &QComboBox::currentIndexChanged, this, &ComposeWidget::refresh);
    connect(m_ui->recipientEdit, &QLineEdit::textChanged, this, &ComposeWidget::refresh);
    connect(m_ui->newTemplateButton, &QPushButton::clicked, this, &ComposeWidget::addTemplate);
    connect(m_ui->editTemplateButton, &QPushButton::clicked, this, &ComposeWidget::editTemplate);
    connect(m_ui->sendButton, &QPushButton::clicked, this, &ComposeWidget::send);
    connect(m_ui->showRequestButton, &QPushButton::clicked, this, &ComposeWidget::showRequest);
    connect(&m_services.sender, &SendController::sendFinished, this, &ComposeWidget::onSendFinished);
    m_ui->scheduleEdit->setDateTime(QDateTime::currentDateTime().addSecs(3600));
    // Messente's own values (OpenAPI enums); empty means the account's default.
    m_ui->priorityCombo->addItem(tr("Default"), QString());
    m_ui->priorityCombo->addItem(tr("High"), QStringLiteral("high"));
    m_ui->priorityCombo->addItem(tr("Regular"), QStringLiteral("regular"));
    m_ui->priorityCombo->addItem(tr("Low"), QStringLiteral("low"));
    m_ui->textStoreCombo->addItem(tr("Default"), QString());
    m_ui->textStoreCombo->addItem(tr("As written"), QStringLiteral("plaintext"));
    m_ui->textStoreCombo->addItem(tr("Hashed (SHA-256)"), QStringLiteral("sha256"));
    m_ui->textStoreCombo->addItem(tr("Not at all"), QStringLiteral("nostore"));
    connect(m_ui->scheduleCheck, &QCheckBox::toggled, m_ui->scheduleEdit, &QWidget::setEnabled);
    connect(m_ui->scheduleCheck, &QCheckBox::toggled, this, &ComposeWidget::refresh);
    connect(m_ui->scheduleEdit, &QDateTimeEdit::dateTimeChanged, this, &ComposeWidget::refresh);
    connect(m_ui->freeTextCheck, &QCheckBox::toggled, m_ui->freeTextEdit, &QWidget::setEnabled);
    connect(m_ui->freeTextCheck, &QCheckBox::toggled, this, &ComposeWidget::refresh);
    connect(m_ui->freeTextEdit, &QPlainTextEdit::textChanged, this, &ComposeWidget::refresh);
    connect(&m_services.sender, &SendController::sendProgress, this, [this](qint64 id, const QString& text) {
        if (id == m_pendingMessage)
            m_ui->sendStatusLabel->setText(text);
    });
    connect(m_ui->viberFallbackCheck, &QCheckBox::toggled, m_ui->viberFallbackEdit, &QWidget::setEnabled);
    connect(m_ui->viberFallbackCheck, &QCheckBox::toggled, this, &ComposeWidget::refresh);
    connect(m_ui->viberFallbackEdit, &QLineEdit::textChanged, this, &ComposeWidget::refresh);
    connect(m_ui->fallbackCheck, &QCheckBox::toggled, m_ui->fallbackEdit, &QWidget::setEnabled);
    connect(m_ui->fallbackCheck, &QCheckBox::toggled, this, &ComposeWidget::refresh);
    connect(m_ui->fallbackEdit, &QLineEdit::textChanged, this, &ComposeWidget::refresh);

    reloadProfiles();
    reloadTemplates();
}

ComposeWidget::~ComposeWidget() = default;

void ComposeWidget::reloadProfiles()
{
    const qint64 current = m_ui->profileCombo->currentData().toLongLong();
    const QSignalBlocker blocker(m_ui->profileCombo);
    m_ui->profileCombo->clear();
    for (const Profile& profile : m_services.profiles.all()) {
        if (profile.isSandbox && !m_services.sandboxActive)
            continue;
        m_ui->profileCombo->addItem(profile.name, profile.id);
    }
    const int index = m_ui->profileCombo->findData(current);
    m_ui->profileCombo->setCurrentIndex(index >= 0 ? index : 0);
    refresh();
}

void ComposeWidget::reloadTemplates(qint64 selectId)
{
    if (selectId == 0)
        selectId = m_ui->templateCombo->currentData().toLongLong();
    m_templates = m_services.templates.all();
    {
        const QSignalBlocker blocker(m_ui->templateCombo);
        m_ui->templateCombo->clear();
        for (const Template& tpl : m_templates)
            m_ui->templateCombo->addItem(tr("%1 (%2)").arg(tpl.name, tpl.language), tpl.id);
        const int index = m_ui->templateCombo->findData(selectId);
        m_ui->templateCombo->setCurrentIndex(index >= 0 ? index : 0);
    }
    rebuildValueFields();
}

std::optional<Template> ComposeWidget::currentTemplate() const
{
    const qint64 id = m_ui->templateCombo->currentData().toLongLong();
    for (const Template& tpl : m_templates) {
        if (tpl.id == id)
            return tpl;
    }
    return std::nullopt;
}

void ComposeWidget::addTemplate()
{
    TemplateDialog dialog(this);
    dialog.setWindowTitle(tr("New template"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 id = m_services.templates.save(dialog.result());
    if (id == 0) {
        QMessageBox::warning(
            this, tr("Template not saved"), tr("A template with this name and language already exists."));
        return;
    }
    reloadTemplates(id);
    Q_EMIT templatesChanged();
}

void ComposeWidget::editTemplate()
{
    const std::optional<Template> tpl = currentTemplate();
    if (!tpl)
        return;
    TemplateDialog dialog(this);
    dialog.setWindowTitle(tr("Edit template"));
    dialog.setTemplate(*tpl);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (m_services.templates.save(dialog.result()) == 0) {
        QMessageBox::warning(
            this, tr("Template not saved"), tr("A template with this name and language already exists."));
        return;
    }
    reloadTemplates(tpl->id);
    Q_EMIT templatesChanged();
}

void ComposeWidget::addValueField(
    const QString& component, const QString& key, const QString& label, const QString& value)
{
    auto* edit = new QLineEdit(m_ui->valuesGroup);
    edit->setObjectName(QStringLiteral("value_%1_%2").arg(component, key));
    edit->setProperty(kComponentProperty, component);
    edit->setProperty(kVariableProperty, key);
    edit->setText(value);
    edit->setClearButtonEnabled(true);
    m_ui->valuesLayout->addRow(label, edit);
    edit->setAccessibleName(label);
    connect(edit, &QLineEdit::textChanged, this, &ComposeWidget::refresh);
    m_valueEdits.append(edit);
}

void ComposeWidget::rebuildValueFields()
{
    // Keep what was typed for variables that survive a template switch.
    const TemplateValues previous = currentValues();
    for (QLineEdit* edit : std::as_const(m_valueEdits))
        m_ui->valuesLayout->removeRow(edit);
    m_valueEdits.clear();

    const std::optional<Template> tpl = currentTemplate();
    m_ui->editTemplateButton->setEnabled(tpl.has_value());
    if (tpl) {
        const HeaderFormat header = tpl->effectiveHeaderFormat();
        if (isMediaHeader(header)) {
            addValueField(QStringLiteral("media"), QStringLiteral("url"),
                tr("Header %1 link:").arg(headerFormatKey(header)), previous.headerMediaUrl);
            if (header == HeaderFormat::Document)
                addValueField(QStringLiteral("media"), QStringLiteral("filename"), tr("Document file name:"),
                    previous.headerMediaFilename);
        }
        for (const QString& variable : variablesIn(tpl->headerText))
            addValueField(QStringLiteral("header"), variable, tr("Header {{%1}}:").arg(variable),
                previous.header.value(variable));
        for (const QString& variable : variablesIn(tpl->body))
            addValueField(QStringLiteral("body"), variable, tr("{{%1}}:").arg(variable), previous.body.value(variable));
        for (int i = 0; i < tpl->buttons.size(); ++i) {
            const TemplateButton& button = tpl->buttons.at(i);
            const QString key = QString::number(i);
            if (button.type == TemplateButton::Type::Url && button.hasUrlVariable())
                addValueField(QStringLiteral("button"), key, tr("Button “%1”, end of link:").arg(button.text),
                    previous.buttons.value(i));
            else if (button.type == TemplateButton::Type::QuickReply)
                addValueField(QStringLiteral("button"), key,
                    tr("Button “%1”, reply payload (optional):").arg(button.text), previous.buttons.value(i));
            else if (button.type == TemplateButton::Type::CopyCode)
                addValueField(QStringLiteral("button"), key, tr("Button “%1”, code to copy:").arg(button.text),
                    previous.buttons.value(i));
        }
    }
    m_ui->valuesGroup->setVisible(!m_valueEdits.isEmpty());
    refresh();
}

TemplateValues ComposeWidget::currentValues() const
{
    TemplateValues values;
    for (const QLineEdit* edit : m_valueEdits) {
        const QString component = edit->property(kComponentProperty).toString();
        const QString key = edit->property(kVariableProperty).toString();
        if (component == QLatin1String("header"))
            values.header.insert(key, edit->text());
        else if (component == QLatin1String("body"))
            values.body.insert(key, edit->text());
        else if (component == QLatin1String("button"))
            values.buttons.insert(key.toInt(), edit->text().trimmed());
        else if (key == QLatin1String("url"))
            values.headerMediaUrl = edit->text().trimmed();
        else
            values.headerMediaFilename = edit->text().trimmed();
    }
    return values;
}

SendRequest ComposeWidget::currentRequest() const
{
    SendRequest request;
    request.profileId = m_ui->profileCombo->currentData().toLongLong();
    request.tpl = currentTemplate().value_or(Template {});
    request.values = currentValues();
    request.recipient = m_ui->recipientEdit->text();
    if (m_ui->scheduleCheck->isChecked())
        request.scheduledFor = m_ui->scheduleEdit->dateTime().toUTC();
    if (m_ui->fallbackCheck->isChecked() && !m_ui->fallbackCheck->isHidden())
        request.smsFallbackText = m_ui->fallbackEdit->text().trimmed();
    if (m_ui->viberFallbackCheck->isChecked() && !m_ui->viberFallbackCheck->isHidden())
        request.viberFallbackText = m_ui->viberFallbackEdit->text().trimmed();
    request.validityMinutes = m_ui->validitySpin->isHidden() ? 0 : m_ui->validitySpin->value();
    if (!m_ui->priorityCombo->isHidden()) {
        request.priority = m_ui->priorityCombo->currentData().toString();
        request.textStore = m_ui->textStoreCombo->currentData().toString();
    }
    if (m_ui->freeTextCheck->isChecked() && !m_ui->freeTextCheck->isHidden())
        request.freeText = m_ui->freeTextEdit->toPlainText().trimmed();
    return request;
}

void ComposeWidget::refresh()
{
    // SMS fallback is part of Messente's omnichannel API only.
    const std::optional<Profile> profile = m_services.profiles.find(m_ui->profileCombo->currentData().toLongLong());
    const bool messente = profile && profile->kind == ProviderKind::Messente;
    for (QWidget* widget : { static_cast<QWidget*>(m_ui->fallbackCheck), static_cast<QWidget*>(m_ui->fallbackEdit),
             static_cast<QWidget*>(m_ui->viberFallbackCheck), static_cast<QWidget*>(m_ui->viberFallbackEdit) })
        widget->setVisible(messente);
    const bool bird = profile && profile->kind == ProviderKind::Bird;
    for (QWidget* widget : { static_cast<QWidget*>(m_ui->priorityLabel), static_cast<QWidget*>(m_ui->priorityCombo),
             static_cast<QWidget*>(m_ui->textStoreLabel), static_cast<QWidget*>(m_ui->textStoreCombo) })
        widget->setVisible(messente);
    m_ui->validityLabel->setVisible(messente || bird);
    m_ui->validitySpin->setVisible(messente || bird);
    m_ui->freeTextCheck->setVisible(bird);
    m_ui->freeTextEdit->setVisible(bird);
    const bool wantsFreeText = bird && m_ui->freeTextCheck->isChecked();
    m_ui->windowLabel->setVisible(wantsFreeText);
    // Free text replaces the template, so its fields would only mislead.
    m_ui->templateCombo->setEnabled(!wantsFreeText);
    m_ui->valuesGroup->setEnabled(!wantsFreeText);

    const SendRequest request = currentRequest();

    const PhoneNumberResult number = m_services.sender.numbers().normalize(request.recipient);
    if (request.recipient.trimmed().isEmpty())
        m_ui->recipientHint->setText(tr("Numbers without a country code are read as %1 numbers.")
                                         .arg(m_services.sender.numbers().defaultRegion()));
    else if (number.ok())
        m_ui->recipientHint->setText(number.isMobile ? tr("Will be sent to %1").arg(number.e164)
                                                     : tr("Will be sent to %1. %2").arg(number.e164, number.message()));
    else
        m_ui->recipientHint->setText(number.message());

    if (wantsFreeText && number.ok())
        updateServiceWindow(profile->id, number.e164);
    else if (wantsFreeText)
        m_ui->windowLabel->setText(tr("Type the recipient to check the customer-service window."));

    if (wantsFreeText) {
        m_ui->previewBrowser->setHtml(previewHtml({ {}, request.freeText, {} }, palette()));
    } else if (request.tpl.name.isEmpty()) {
        m_ui->previewBrowser->setHtml(
            QStringLiteral("<p>%1</p>").arg(tr("Add a template with New… to see its preview here.").toHtmlEscaped()));
    } else {
        m_ui->previewBrowser->setHtml(previewHtml(renderTemplate(request.tpl, request.values), palette()));
    }

    markValueProblems(request);
    QStringList problems = m_services.sender.check(request);
    if (wantsFreeText && request.freeText.isEmpty())
        problems.append(tr("Type the text message, or untick it to send the template."));
    if (wantsFreeText && number.ok() && m_windowOpen != true)
        problems.append(m_windowOpen == false
                ? tr("The customer-service window is closed: only approved templates can be sent now.")
                : tr("Waiting to learn whether the customer-service window is open."));
    if (m_ui->fallbackCheck->isChecked() && !m_ui->fallbackCheck->isHidden() && request.smsFallbackText.isEmpty())
        problems.append(tr("Enter the SMS text, or untick the SMS fallback."));
    if (m_ui->viberFallbackCheck->isChecked() && messente && request.viberFallbackText.isEmpty())
        problems.append(tr("Enter the Viber text, or untick the Viber fallback."));
    QStringList lines;
    for (const QString& problem : problems)
        lines.append(tr("• %1").arg(problem));
    m_ui->problemsLabel->setText(tr("Before sending:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
    m_ui->problemsLabel->setVisible(!problems.isEmpty());
    m_ui->sendButton->setEnabled(problems.isEmpty());
}

void ComposeWidget::send()
{
    const SendRequest request = currentRequest();
    m_ui->sendButton->setEnabled(false);
    m_ui->sendStatusLabel->setText(tr("Sending…"));
    m_pendingMessage = m_services.sender.send(request);
    if (m_pendingMessage == 0) {
        m_ui->sendStatusLabel->setText(tr("Not sent: the message could not be prepared."));
        refresh();
        return;
    }
    Q_EMIT messageSent(m_pendingMessage);
}

void ComposeWidget::markValueProblems(const SendRequest& request)
{
    // Each value's problem is named at its own field as well as in the list under the form.
    QHash<QString, QString> byField;
    if (request.freeText.isEmpty() && !request.tpl.name.isEmpty()) {
        for (const TemplateIssue& issue : validateValues(request.tpl, request.values)) {
            QString component;
            QString key = issue.variable;
            switch (issue.field) {
            case TemplateField::Header:
                component = QStringLiteral("header");
                break;
            case TemplateField::HeaderMediaLink:
                component = QStringLiteral("media");
                key = QStringLiteral("url");
                break;
            case TemplateField::HeaderMediaFilename:
                component = QStringLiteral("media");
                key = QStringLiteral("filename");
                break;
            case TemplateField::Body:
                component = QStringLiteral("body");
                break;
            case TemplateField::Button:
                component = QStringLiteral("button");
                key = QString::number(issue.buttonIndex);
                break;
            default:
                continue;
            }
            byField.insert(QStringLiteral("value_%1_%2").arg(component, key), issue.message);
        }
    }
    for (QLineEdit* edit : std::as_const(m_valueEdits))
        showFieldProblem(edit, byField.value(edit->objectName()));
    const PhoneNumberResult number = m_services.sender.numbers().normalize(request.recipient);
    showFieldProblem(
        m_ui->recipientEdit, request.recipient.trimmed().isEmpty() || number.ok() ? QString() : number.message());
}

void ComposeWidget::showRequest()
{
    m_services.sender.describeRequest(
        currentRequest(), this, [this](const std::optional<RequestPreview>& preview, const QString& error) {
            if (!preview) {
                QMessageBox::warning(this, tr("Request"), tr("The request cannot be shown: %1").arg(error));
                return;
            }
            RequestDialog dialog(*preview, this);
            dialog.exec();
        });
}

void ComposeWidget::onSendFinished(qint64 messageId, bool accepted, const QString& text)
{
    if (messageId != m_pendingMessage)
        return;
    const std::optional<MessageRecord> message = m_services.messages.find(messageId);
    if (accepted && message && message->scheduledFor.isValid())
        m_ui->sendStatusLabel->setText(
            tr("%1 It will leave at %2.")
                .arg(text, QLocale().toString(message->scheduledFor.toLocalTime(), QLocale::LongFormat)));
    else
        m_ui->sendStatusLabel->setText(text);
    refresh();
}

void ComposeWidget::updateServiceWindow(qint64 profileId, const QString& e164)
{
    const QString key = QString::number(profileId) + QLatin1Char('/') + e164;
    if (key == m_windowKey)
        return;
    m_windowKey = key;
    m_windowOpen.reset();
    m_ui->windowLabel->setText(tr("Checking the customer-service window for %1…").arg(e164));
    m_services.sender.checkServiceWindow(profileId, e164, this, [this, key, e164](const ServiceWindowResult& result) {
        if (key != m_windowKey)
            return; // the operator has moved on to another number or profile
        if (result.error.isError()) {
            m_windowOpen = false;
            m_ui->windowLabel->setText(
                tr("The customer-service window could not be checked, so only templates can be sent: %1")
                    .arg(result.error.message()));
        } else if (result.open) {
            m_windowOpen = true;
            m_ui->windowLabel->setText(result.permanent
                    ? tr("%1 has a permanent session: free text can be sent.").arg(e164)
                    : tr("The customer-service window with %1 is open until %2.")
                          .arg(e164, QLocale().toString(result.expiresAt.toLocalTime(), QLocale::ShortFormat)));
        } else {
            m_windowOpen = false;
            m_ui->windowLabel->setText(
                tr("The customer-service window with %1 is closed: WhatsApp allows only approved templates until "
                   "the customer writes again.")
                    .arg(e164));
        }
        refresh();
    });
}

void ComposeWidget::resizeEvent(QResizeEvent* event)
{
    // In a narrow window the preview goes below the form instead of squeezing it.
    constexpr int kSideBySideMinimum = 720;
    m_ui->splitter->setOrientation(width() < kSideBySideMinimum ? Qt::Vertical : Qt::Horizontal);
    QWidget::resizeEvent(event);
}

void ComposeWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        refresh();
    QWidget::changeEvent(event);
}

} // namespace herald
