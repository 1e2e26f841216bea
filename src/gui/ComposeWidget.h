#pragma once

#include "core/Template.h"
#include "gui/GuiServices.h"

#include <QWidget>
#include <memory>
#include <optional>

class QLineEdit;

namespace Ui {
class ComposeWidget;
}

namespace herald {

struct SendRequest;
struct TemplateValues;

/**
 * The Compose pane: pick a profile and a template, type one recipient and the template's values,
 * watch the preview as you type, and send.
 */
class ComposeWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ComposeWidget(GuiServices services, QWidget* parent = nullptr);
    ~ComposeWidget() override;

    void reloadProfiles();
    void reloadTemplates(qint64 selectId = 0);

Q_SIGNALS:
    /// A message was handed to the provider; the Delivery pane can show it.
    void messageSent(qint64 messageId);
    /// A template was added or edited here; other panes should reload the library.
    void templatesChanged();

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void addTemplate();
    void editTemplate();
    void rebuildValueFields();
    void addValueField(const QString& component, const QString& key, const QString& label, const QString& value);
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
    QList<QLineEdit*> m_valueEdits; ///< owned by the values group box
    qint64 m_pendingMessage = 0;
    QString m_windowKey; ///< profile and number the window state below is for
    std::optional<bool> m_windowOpen; ///< unset while unknown or being checked
};

} // namespace herald
