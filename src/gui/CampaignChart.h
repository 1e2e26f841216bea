#pragma once

#include "core/Campaign.h"
#include "storage/CampaignRepository.h"

#include <QList>
#include <QWidget>

class QBoxLayout;
class QChart;
class QChartView;
class QLabel;

namespace herald {

/**
 * One campaign in pictures (Qt Charts): a funnel of how far its messages got (queued → sent →
 * delivered → read, with failed, expired, unknown and cancelled beside it), from the campaign's
 * counts, and its states over time as stacked areas, from its messages' status history.
 */
class CampaignChart : public QWidget
{
    Q_OBJECT
public:
    /// The funnel's bars, top to bottom.
    enum Bar
    {
        Queued, ///< every message: each was queued first
        Sent, ///< sent, delivered or read
        Delivered, ///< delivered or read
        Read,
        Failed,
        Expired,
        Unknown,
        Cancelled,
        BarCount
    };

    explicit CampaignChart(QWidget* parent = nullptr);
    ~CampaignChart() override;

    /// Shows @p counts as the funnel and @p timeline as the states over time.
    void setData(const CampaignCounts& counts, const CampaignTimeline& timeline);
    void clear();

    /// What the funnel shows for @p bar.
    int funnelValue(Bar bar) const { return m_funnel.value(bar); }
    /// The bands of the chart over time (queued, sent, delivered, read, failed, unknown), as drawn.
    int timelineBands() const;
    int timelinePoints() const { return m_timelinePoints; }
    QChart* funnelChart() const { return m_funnelChart; }
    QChart* timelineChart() const { return m_timelineChart; }

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    /// Light or dark after the palette, as the rest of the window.
    void applyTheme();
    void showFunnel(const CampaignCounts& counts);
    void showTimeline(const CampaignTimeline& timeline);

    QBoxLayout* m_layout;
    QChart* m_funnelChart;
    QChart* m_timelineChart;
    QChartView* m_funnelView;
    QChartView* m_timelineView;
    QLabel* m_noHistory;
    QList<int> m_funnel;
    CampaignCounts m_counts; ///< what is shown, to draw again when the palette changes
    CampaignTimeline m_timeline;
    int m_timelinePoints = 0;
};

} // namespace herald
