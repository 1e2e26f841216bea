#include "gui/ComposeWidget.h"

#include "dispatch/SendController.h"
#include "gui/CampaignDialog.h"
#include "gui/FieldProblem.h"
#include "gui/MessagePreview.h"
#include "gui/PlainText.h"
#include "gui/RecipientListPicker.h"
#include "gui/RequestDialog.h"
#include "gui/ShortcutsDialog.h"
#include "gui/TemplateDialog.h"
#include "gui/ValueFieldEditor.h"
#include "providers/Provider.h"
#include "storage/MessageRepository.h"
#include "storage/ProfileRepository.h"
#include "storage/SuppressionRepository.h"
#include "storage/TemplateRepository.h"
#include "ui_ComposeWidget.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>

namespace herald {

namespace {

QString slotLabel(const ValueSlot& slot, const Template& tpl)
{
    switch (slot.kind) {
    case ValueSlot::Kind::MediaLink:
        return ComposeWidget::tr("Header %1 link:").arg(headerFormatKey(tpl.effectiveHeaderFormat()));
    case ValueSlot::Kind::MediaFilename:
        return ComposeWidget::tr("Document file name:");
    case ValueSlot::Kind::HeaderVariable:
        return ComposeWidget::tr("Header {{%1}}:").arg(slot.variable);
    case ValueSlot::Kind::BodyVariable:
        return ComposeWidget::tr("{{%1}}:").arg(slot.variable);
    case ValueSlot::Kind::Button:
        break;
    }
    const TemplateButton& button = tpl.buttons.at(slot.buttonIndex);
    switch (button.type) {
    case TemplateButton::Type::Url:
        return ComposeWidget::tr("Button “%1”, end of link:").arg(button.text);
    case TemplateButton::Type::QuickReply:
        return ComposeWidget::tr("Button “%1”, reply payload (optional):").arg(button.text);
    case TemplateButton::Type::CopyCode:
        return ComposeWidget::tr("Button “%1”, code to copy:").arg(button.text);
    case TemplateButton::Type::PhoneNumber:
        break;
    }
    return button.text;
}

/// The slot an issue found by validateValues() belongs to; empty for issues of the template itself.
QString slotKeyOf(const TemplateIssue& issue)
{
    switch (issue.field) {
    case TemplateField::Header:
        return ValueSlot { ValueSlot::Kind::HeaderVariable, issue.variable, -1 }.key();
    case TemplateField::Body:
        return ValueSlot { ValueSlot::Kind::BodyVariable, issue.variable, -1 }.key();
    case TemplateField::HeaderMediaLink:
        return ValueSlot { ValueSlot::Kind::MediaLink, {}, -1 }.key();
    case TemplateField::HeaderMediaFilename:
        return ValueSlot { ValueSlot::Kind::MediaFilename, {}, -1 }.key();
    case TemplateField::Button:
        return ValueSlot { ValueSlot::Kind::Button, {}, issue.buttonIndex }.key();
    default:
        return {};
    }
}

} // namespace

ComposeWidget::ComposeWidget(GuiServices services, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ComposeWidget>())
    , m_services(services)
{
    m_ui->setupUi(this);
    m_storeBindings.setSingleShot(true);
    m_storeBindings.setInterval(500);
    connect(&m_storeBindings, &QTimer::timeout, this, &ComposeWidget::storeBindings);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    m_ui->messagePreview->setMediaFetcher(m_services.media);

    m_picker = new RecipientListPicker(
        m_services.lists, m_services.sender.numbers(), m_services.suppressions, m_ui->formPanel);
    m_picker->setObjectName(QStringLiteral("recipientListPicker"));
    m_picker->setFocusProxy(m_picker->findChild<QWidget*>(QStringLiteral("listCombo")));
    m_ui->formLayout->insertRow(2, tr("&List:"), m_picker);
    // Alt+L goes to the list itself (the picker takes no focus), and Tab reaches the picker where it
    // is shown, between the template and the recipient, though it was made after both.
    if (auto* label = qobject_cast<QLabel*>(m_ui->formLayout->labelForField(m_picker)))
        label->setBuddy(m_picker->focusProxy());
    setTabOrder(placeInTabOrder(m_ui->editTemplateButton, m_picker), m_ui->recipientEdit);
    connect(m_picker, &RecipientListPicker::listChanged, this, &ComposeWidget::onListChanged);
    connect(m_picker, &RecipientListPicker::rowChanged, this, &ComposeWidget::onListChanged);
    connect(m_picker, &RecipientListPicker::listsChanged, this, &ComposeWidget::listsChanged);
    connect(m_picker, &RecipientListPicker::defaultRegionChosen, this, [this](const QString& region) {
        m_services.sender.setDefaultRegion(region);
        refresh();
    });
    connect(m_ui->templateCombo, &QComboBox::currentIndexChanged, this, &ComposeWidget::rebuildValueFields);
    connect(m_ui->profileCombo, &QComboBox::currentIndexChanged, this, &ComposeWidget::refresh);
    connect(m_ui->recipientEdit, &QLineEdit::textChanged, this, &ComposeWidget::refresh);
    connect(m_ui->newTemplateButton, &QPushButton::clicked, this, &ComposeWidget::addTemplate);
    connect(m_ui->editTemplateButton, &QPushButton::clicked, this, &ComposeWidget::editTemplate);
    connect(m_ui->sendButton, &QPushButton::clicked, this, &ComposeWidget::send);
    connect(m_ui->showRequestButton, &QPushButton::clicked, this, &ComposeWidget::showRequest);
    connect(m_ui->sendToListButton, &QPushButton::clicked, this, [this] {
        storeBindings();
        Q_EMIT sendToListRequested(CampaignDialog::draftFrom(currentRequest(), currentBindings(), m_picker->listId()));
    });
    m_ui->sendToListButton->hide();
    addButtonShortcut(
        this, m_ui->sendButton, QStringLiteral("actionSend"), tr("Send"), QKeySequence(Qt::CTRL | Qt::Key_Return));
    addButtonShortcut(this, m_ui->sendToListButton, QStringLiteral("actionSendToList"), tr("Review and send to list"),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return));
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
            m_ui->sendStatusLabel->setText(breakableText(text));
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

ComposeWidget::~ComposeWidget()
{
    if (m_storeBindings.isActive())
        storeBindings();
}

void ComposeWidget::storeBindings()
{
    m_storeBindings.stop();
    if (m_fieldsTemplateId == 0)
        return;
    const TemplateBindings bindings = currentBindings();
    m_bindings.insert(m_fieldsTemplateId, bindings);
    m_services.templates.saveBindings(m_fieldsTemplateId, bindingsToJson(bindings));
}

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

qint64 ComposeWidget::profileId() const
{
    return m_ui->profileCombo->currentData().toLongLong();
}

bool ComposeWidget::selectProfile(qint64 id)
{
    const int index = id != 0 ? m_ui->profileCombo->findData(id) : -1;
    if (index < 0)
        return false;
    m_ui->profileCombo->setCurrentIndex(index); // refreshes through currentIndexChanged
    return true;
}

void ComposeWidget::reloadLists()
{
    m_picker->reloadLists();
}

void ComposeWidget::recheck()
{
    refresh();
}

void ComposeWidget::reloadTemplates(qint64 selectId)
{
    if (selectId == 0)
        selectId = m_ui->templateCombo->currentData().toLongLong();
    m_templates = m_services.templates.sendable();
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

void ComposeWidget::addValueField(const ValueSlot& slot, const Template& tpl, const ValueBinding& binding)
{
    auto* field = new ValueFieldEditor(slot, tpl.language, m_ui->valuesGroup);
    const QString label = slotLabel(slot, tpl);
    field->setAccessibleLabel(label);
    field->setColumns(m_picker->columns());
    field->setBinding(binding);
    field->setExample(exampleFor(slot, tpl));
    autoBind(field);
    m_ui->valuesLayout->addRow(label, field);
    connect(field, &ValueFieldEditor::changed, this, &ComposeWidget::refresh);
    connect(field, &ValueFieldEditor::changed, &m_storeBindings, qOverload<>(&QTimer::start));
    m_fields.append(field);
    // Made now, the fields would come after Send in the tab order: they go where they are shown.
    QWidget* last = m_ui->recipientEdit;
    for (ValueFieldEditor* shown : std::as_const(m_fields))
        last = placeInTabOrder(last, shown);
    setTabOrder(last, m_ui->scheduleCheck);
}

QString ComposeWidget::exampleFor(const ValueSlot& slot, const Template& tpl) const
{
    // Meta's sample link when the template carries one; otherwise the sandbox's own sample file.
    const bool document = tpl.effectiveHeaderFormat() == HeaderFormat::Document;
    const QUrl sample = m_services.sandboxMedia.resolved(
        QUrl(document ? QStringLiteral("sample-invoice.pdf") : QStringLiteral("sample-header.png")));
    switch (slot.kind) {
    case ValueSlot::Kind::MediaLink:
        if (tpl.headerMediaExample.startsWith(QLatin1String("https://")))
            return tpl.headerMediaExample;
        if (m_services.sandboxMedia.isEmpty() || tpl.effectiveHeaderFormat() == HeaderFormat::Video)
            return {};
        return sample.toString();
    case ValueSlot::Kind::MediaFilename:
        return document && !m_services.sandboxMedia.isEmpty() ? QStringLiteral("sample-invoice.pdf") : QString();
    default:
        return {};
    }
}

void ComposeWidget::autoBind(ValueFieldEditor* field)
{
    // A named variable left empty takes the column of the same name: {{first_name}} ← "First name".
    ValueBinding binding = field->binding();
    const QString column = matchingColumn(field->slot(), m_picker->columns());
    if (binding.source == ValueBinding::Source::Fixed && binding.fixed.isEmpty() && !column.isEmpty()) {
        binding.source = ValueBinding::Source::Column;
        binding.column = column;
        field->setBinding(binding);
    }
}

TemplateBindings ComposeWidget::currentBindings() const
{
    TemplateBindings bindings;
    for (const ValueFieldEditor* field : m_fields)
        bindings.insert(field->slot().key(), field->binding());
    return bindings;
}

void ComposeWidget::rebuildValueFields()
{
    // What was filled in is kept per template (also across restarts), and carried over to
    // variables of the same name in a template filled for the first time.
    const TemplateBindings previous = currentBindings();
    if (m_fieldsTemplateId != 0)
        storeBindings();
    for (ValueFieldEditor* field : std::as_const(m_fields))
        m_ui->valuesLayout->removeRow(field);
    m_fields.clear();

    const std::optional<Template> tpl = currentTemplate();
    m_fieldsTemplateId = tpl ? tpl->id : 0;
    m_ui->editTemplateButton->setEnabled(tpl.has_value());
    if (tpl) {
        if (!m_bindings.contains(tpl->id)) {
            const TemplateBindings stored = bindingsFromJson(m_services.templates.bindings(tpl->id));
            if (!stored.isEmpty())
                m_bindings.insert(tpl->id, stored);
        }
        const TemplateBindings remembered = m_bindings.value(tpl->id, previous);
        for (const ValueSlot& slot : valueSlotsFor(*tpl))
            addValueField(slot, *tpl, remembered.value(slot.key()));
    }
    m_ui->valuesGroup->setVisible(!m_fields.isEmpty());
    refresh();
}

void ComposeWidget::onListChanged()
{
    const QStringList columns = m_picker->columns();
    for (ValueFieldEditor* field : std::as_const(m_fields)) {
        const QSignalBlocker blocker(field);
        field->setColumns(columns);
        autoBind(field);
    }
    // With a list the recipient is the row shown in the preview; the typed number comes back without one.
    const QSignalBlocker blocker(m_ui->recipientEdit);
    if (m_picker->hasList()) {
        if (!m_ui->recipientEdit->isReadOnly())
            m_typedRecipient = m_ui->recipientEdit->text();
        const RecipientRow* row = m_picker->currentRow();
        m_ui->recipientEdit->setText(row ? row->phone : QString());
        m_ui->recipientEdit->setReadOnly(true);
        m_ui->sendButton->setText(tr("&Send to this recipient"));
        m_ui->sendToListButton->show();
    } else if (m_ui->recipientEdit->isReadOnly()) {
        m_ui->recipientEdit->setText(m_typedRecipient);
        m_ui->recipientEdit->setReadOnly(false);
        m_ui->sendButton->setText(tr("&Send"));
        m_ui->sendToListButton->hide();
    }
    refresh();
}

TemplateValues ComposeWidget::currentValues() const
{
    const std::optional<Template> tpl = currentTemplate();
    return tpl ? resolveValues(*tpl, currentBindings(), m_picker->currentData()) : TemplateValues {};
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
    else if (number.ok() && m_services.suppressions && m_services.suppressions->contains(number.e164))
        m_ui->recipientHint->setText(tr("%1 is on the opt-out list: nothing will be sent to it.").arg(number.e164));
    else if (number.ok())
        m_ui->recipientHint->setText(number.isMobile ? tr("Will be sent to %1").arg(number.e164)
                                                     : tr("Will be sent to %1. %2").arg(number.e164, number.message()));
    else
        m_ui->recipientHint->setText(number.message());

    if (wantsFreeText && number.ok())
        updateServiceWindow(profile->id, number.e164);
    else if (wantsFreeText)
        m_ui->windowLabel->setText(tr("Type the recipient to check the customer-service window."));

    if (wantsFreeText)
        m_ui->messagePreview->setMessage({ {}, request.freeText, {} });
    else if (request.tpl.name.isEmpty())
        m_ui->messagePreview->setPlaceholderText(tr("Add a template with New…, or fetch your approved ones with Sync "
                                                    "from Messente on the Templates tab, to see its preview here."));
    else
        m_ui->messagePreview->setMessage(renderTemplate(request.tpl, request.values));

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
    // The review checks every row; here only that there is a template to send (free text goes to one person).
    m_ui->sendToListButton->setEnabled(!request.tpl.name.isEmpty() && !wantsFreeText);
}

void ComposeWidget::send()
{
    const SendRequest request = currentRequest();
    m_ui->sendButton->setEnabled(false);
    m_ui->sendStatusLabel->setText(tr("Sending…"));
    QString whyNot;
    m_pendingMessage = m_services.sender.send(request, &whyNot);
    if (m_pendingMessage == 0) {
        // Said where it was sent from: a full disk, say, is the operator's to fix before trying again.
        m_ui->sendStatusLabel->setText(
            whyNot.isEmpty() ? tr("Not sent: the message could not be prepared.") : breakableText(whyNot));
        refresh();
        return;
    }
    Q_EMIT messageSent(m_pendingMessage);
}

void ComposeWidget::markValueProblems(const SendRequest& request)
{
    // Each value's problem is named at its own field as well as in the list under the form.
    QHash<QString, QString> bySlot;
    if (request.freeText.isEmpty() && !request.tpl.name.isEmpty()) {
        for (const TemplateIssue& issue : validateValues(request.tpl, request.values)) {
            const QString key = slotKeyOf(issue);
            if (!key.isEmpty() && !bySlot.contains(key))
                bySlot.insert(key, issue.message);
        }
    }
    for (ValueFieldEditor* field : std::as_const(m_fields)) {
        const QString problem = bySlot.value(field->slot().key());
        const bool perRecipient = field->binding().source == ValueBinding::Source::Column;
        field->setProblem(problem.isEmpty() || !perRecipient ? problem : tr("For this recipient: %1").arg(problem));
    }
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
    const QString shown = breakableText(text);
    if (accepted && message && message->scheduledFor.isValid())
        m_ui->sendStatusLabel->setText(
            tr("%1 It will leave at %2.")
                .arg(shown, QLocale().toString(message->scheduledFor.toLocalTime(), QLocale::LongFormat)));
    else
        m_ui->sendStatusLabel->setText(shown);
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
                    .arg(breakableText(result.error.message())));
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

} // namespace herald
