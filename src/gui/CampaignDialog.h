#pragma once

#include "dispatch/CampaignPlanner.h"
#include "gui/GuiServices.h"

#include <QDialog>
#include <memory>

namespace Ui {
class CampaignDialog;
}

namespace herald {

class SkipFilterModel;
struct SendRequest;
class SkipTableModel;

/**
 * Reviews a campaign before anything leaves: runs the dry run (off the GUI thread, with Cancel),
 * then says what will happen in words (profile and provider, template and language, how many will
 * be sent, how many skipped and why, how long it takes at the chosen pace, who holds a scheduled
 * send), lists every skipped row, offers a test send to a number the operator types, and asks for
 * the count to be typed above kConfirmAbove recipients. Send creates the campaign.
 */
class CampaignDialog : public QDialog
{
    Q_OBJECT
public:
    /// Above this many recipients the operator types the count before Send is enabled.
    static constexpr int kConfirmAbove = 100;

    CampaignDialog(GuiServices services, CampaignDraft draft, QWidget* parent = nullptr);
    ~CampaignDialog() override;

    /// The campaign Compose describes: @p request's profile, template, options and time, @p bindings, @p listId.
    static CampaignDraft draftFrom(const SendRequest& request, const TemplateBindings& bindings, qint64 listId);

    /// The campaign Send created; 0 until then.
    qint64 createdCampaignId() const { return m_created; }
    const DryRun& dryRun() const { return m_dryRun; }
    bool dryRunDone() const { return m_done; }

    void reject() override;

private:
    void onDryRun(const DryRun& dryRun);
    void showSummary();
    void showSchedule();
    void fillSkipFilter();
    void updateSendButton();
    void sendTest();
    void onSendFinished(qint64 messageId, bool accepted, const QString& text);
    void send();
    int recipientCount() const;
    bool countConfirmed() const;
    QString defaultName() const;

    const std::unique_ptr<Ui::CampaignDialog> m_ui;
    GuiServices m_services;
    CampaignDraft m_draft;
    DryRun m_dryRun;
    bool m_done = false;
    SkipTableModel* m_skips = nullptr;
    SkipFilterModel* m_skipFilter = nullptr;
    qint64 m_testMessage = 0;
    QString m_testNumber;
    qint64 m_created = 0;
};

} // namespace herald
