#pragma once

#include "core/Template.h"
#include "core/ValueBinding.h"
#include "dispatch/CampaignPlanner.h"
#include "gui/GuiServices.h"

#include <QHash>
#include <QTimer>
#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class ComposeWidget;
}

namespace herald {

class RecipientListPicker;
class ValueFieldEditor;
struct SendRequest;
struct TemplateValues;

/**
 * The Compose pane: pick a profile and a template, type one recipient or choose a list, fill the
 * template's values (fixed, or from the list's columns), watch the preview for any recipient as
 * you type, and send.
 */
class ComposeWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ComposeWidget(GuiServices services, QWidget* parent = nullptr);
    ~ComposeWidget() override;

    void reloadProfiles();
    /// The profile chosen to send with; 0 when there is none.
    qint64 profileId() const;
    /// Chooses the profile with @p id (e.g. the one used last time); false if it is not offered.
    bool selectProfile(qint64 id);
    void reloadTemplates(qint64 selectId = 0);
    /// Saved lists changed elsewhere (the Recipients pane).
    void reloadLists();
    /// Checks again what may be sent, e.g. after the opt-out list changed.
    void recheck();

Q_SIGNALS:
    /// A message was handed to the provider; the Delivery pane can show it.
    void messageSent(qint64 messageId);
    /// A template was added or edited here; other panes should reload the library.
    void templatesChanged();
    /// A list was imported here; other panes should reload theirs.
    void listsChanged();
    /// The operator asked to review @p draft, the current template for the whole chosen list.
    void sendToListRequested(const herald::CampaignDraft& draft);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void addTemplate();
    void editTemplate();
    void rebuildValueFields();
    void addValueField(const ValueSlot& slot, const Template& tpl, const ValueBinding& binding);
    void onListChanged();
    void autoBind(ValueFieldEditor* field);
    /// A value the operator may take for @p slot with one click: a media header's sample link.
    QString exampleFor(const ValueSlot& slot, const Template& tpl) const;
    TemplateBindings currentBindings() const;
    /// Keeps how the current template is filled, for this session and the next start.
    void storeBindings();
    void refresh();
    void send();
    void showRequest();
    void markValueProblems(const SendRequest& request);
    void onSendFinished(qint64 messageId, bool accepted, const QString& text);
    /// Checks Bird's customer-service window for the current recipient when free text is chosen.
    void updateServiceWindow(qint64 profileId, const QString& e164);
    std::optional<Template> currentTemplate() const;
    TemplateValues currentValues() const;
    SendRequest currentRequest() const;

    const std::unique_ptr<Ui::ComposeWidget> m_ui;
    GuiServices m_services;
    QList<Template> m_templates;
    RecipientListPicker* m_picker = nullptr; ///< owned by the form
    QList<ValueFieldEditor*> m_fields; ///< owned by the values group box
    qint64 m_fieldsTemplateId = 0; ///< the template m_fields were built for
    QHash<qint64, TemplateBindings> m_bindings; ///< what was filled in per template, kept across switches
    QString m_typedRecipient; ///< the number typed before a list was chosen
    QTimer m_storeBindings; ///< writes the bindings shortly after the last change, not on every key
    qint64 m_pendingMessage = 0;
    QString m_windowKey; ///< profile and number the window state below is for
    std::optional<bool> m_windowOpen; ///< unset while unknown or being checked
};

} // namespace herald
