#pragma once

#include "gui/GuiServices.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTimer>
#include <QWidget>
#include <memory>

namespace Ui {
class CampaignsWidget;
}

namespace herald {

class CampaignTableModel;
class SkipTableModel;
struct CampaignRow;

/**
 * The Campaigns pane: every campaign with its state and counts, kept current as the runner and the
 * status tracker report (at most a few refreshes a second, and only the campaigns whose messages
 * changed); for the selected one its progress and ETA, the pace in force (changeable while it runs),
 * pause, resume, cancel, retry failed, resend unknown, the rows it skipped, its audit log and its chart.
 */
class CampaignsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit CampaignsWidget(GuiServices services, QWidget* parent = nullptr);
    ~CampaignsWidget() override;

    CampaignTableModel* model() const { return m_model; }
    /// Selects @p campaignId (reading it first if it is new).
    void showCampaign(qint64 campaignId);
    qint64 selectedCampaign() const;
    /// Reads every campaign again.
    void reload();
    /// Writes every message of @p campaignId, retries included, to @p path as CSV (Export report…);
    /// false with @p error in words.
    bool exportReport(qint64 campaignId, const QString& path, QString* error = nullptr) const;

Q_SIGNALS:
    /// What is being sent now, for the status bar: @p total 0 when nothing is.
    void activityChanged(int done, int total, const QString& text);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void markChanged(qint64 campaignId);
    /// Messages of these campaigns changed state (the tracker's and the callbacks' batches).
    void markCampaigns(const QSet<qint64>& campaignIds);
    /// Draws the chart of the campaign shown, when its tab is open: at once when @p now, else at most every few
    /// seconds.
    void updateChart(bool now);
    void refresh();
    void updateDetail();
    void updateAudit(qint64 campaignId);
    void updateActivity();
    /// Lays the pane out for a narrow (phone-sized) or a normal width.
    void arrangeFor(bool narrow);
    void pause();
    void resume();
    void cancel();
    void retryFailed();
    void resendUnknown();
    void chooseReportFile();
    void setPace(double pace);
    std::optional<CampaignRow> readRow(qint64 campaignId) const;

    const std::unique_ptr<Ui::CampaignsWidget> m_ui;
    GuiServices m_services;
    CampaignTableModel* m_model;
    SkipTableModel* m_skips;
    QSet<qint64> m_changed;
    QTimer m_refreshTimer; ///< coalesces the runner's and the tracker's reports
    qint64 m_detailId = 0; ///< the campaign the detail below the table shows
    qint64 m_auditLastId = -1; ///< the newest audit entry shown, to reload the log only when it grew
    int m_arrangement = -1; ///< how the buttons are laid out: 0 in one row, 1 in two
    QTimer m_chartTimer; ///< the chart's next drawing, when the last one was too recent
    QElapsedTimer m_chartDrawn; ///< since the chart was last drawn
    qint64 m_chartId = 0; ///< the campaign the chart shows
    bool m_chartStale = true; ///< the chart no longer shows what the journal holds
};

} // namespace herald
