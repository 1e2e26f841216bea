#include "gui/CampaignChart.h"

#include "gui/PreviewRenderer.h"
#include "gui/StateStyle.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBoxLayout>
#include <QChart>
#include <QChartView>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QResizeEvent>
#include <QValueAxis>
#include <algorithm>
#include <array>

namespace herald {

namespace {

constexpr int kSideBySide = 760; // narrower than this, the two charts are stacked

/// A band of the chart over time: the states it sums, its name and colour.
struct Band
{
    QList<MessageState> states;
    const char* name;
    QColor color;
};

/// A quieter shade of @p color for a band beside a strong one: paler on a light chart, deeper on a dark one.
QColor soft(const QColor& color, bool dark, int factor)
{
    return dark ? color.darker(factor) : color.lighter(factor);
}

// Built on each call: the colours follow the palette.
std::array<Band, 7> bands(const QPalette& palette)
{
    const bool dark = isDarkPalette(palette);
    const auto color = [&palette](MessageState state) {
        return stateColor(state, palette);
    };
    return { {
        { { MessageState::Queued, MessageState::Sending, MessageState::Scheduled, MessageState::Accepted },
            QT_TRANSLATE_NOOP("CampaignChart", "Waiting"), soft(color(MessageState::Queued), dark, 170) },
        { { MessageState::Sent }, QT_TRANSLATE_NOOP("CampaignChart", "Sent"), color(MessageState::Sent) },
        { { MessageState::Delivered }, QT_TRANSLATE_NOOP("CampaignChart", "Delivered"),
            soft(color(MessageState::Delivered), dark, 150) },
        { { MessageState::Read }, QT_TRANSLATE_NOOP("CampaignChart", "Read"), color(MessageState::Read) },
        { { MessageState::Failed, MessageState::Expired }, QT_TRANSLATE_NOOP("CampaignChart", "Failed or expired"),
            color(MessageState::Failed) },
        { { MessageState::Cancelled }, QT_TRANSLATE_NOOP("CampaignChart", "Cancelled"),
            color(MessageState::Cancelled) },
        { { MessageState::Unknown }, QT_TRANSLATE_NOOP("CampaignChart", "Unknown"), color(MessageState::Unknown) },
    } };
}

int sumOf(const CampaignCounts& counts, const QList<MessageState>& states)
{
    int sum = 0;
    for (const MessageState state : states)
        sum += counts.count(state);
    return sum;
}

QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    return chart;
}

QChartView* newView(QChart* chart, const QString& name, QWidget* parent)
{
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setObjectName(name);
    view->setMinimumSize(260, 280);
    return view;
}

} // namespace

CampaignChart::CampaignChart(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QBoxLayout(QBoxLayout::LeftToRight, this))
    , m_funnelChart(newChart(tr("How far the messages got")))
    , m_timelineChart(newChart(tr("States over time")))
    , m_funnelView(newView(m_funnelChart, QStringLiteral("campaignFunnelView"), this))
    , m_timelineView(newView(m_timelineChart, QStringLiteral("campaignTimelineView"), this))
    , m_noHistory(new QLabel(tr("No status history yet."), this))
{
    m_funnelView->setAccessibleName(tr("Funnel: how far the messages got"));
    m_timelineView->setAccessibleName(tr("The campaign's states over time"));
    m_noHistory->setAlignment(Qt::AlignCenter);
    m_noHistory->setObjectName(QStringLiteral("campaignNoHistoryLabel"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->addWidget(m_funnelView, 2);
    m_layout->addWidget(m_timelineView, 3);
    m_layout->addWidget(m_noHistory, 3);
    m_funnel.fill(0, BarCount);
    applyTheme();
    clear();
}

CampaignChart::~CampaignChart() = default;

void CampaignChart::clear()
{
    setData({}, {});
}

void CampaignChart::setData(const CampaignCounts& counts, const CampaignTimeline& timeline)
{
    m_counts = counts;
    m_timeline = timeline;
    showFunnel(counts);
    showTimeline(timeline);
}

int CampaignChart::timelineBands() const
{
    return static_cast<int>(m_timelineChart->series().size());
}

void CampaignChart::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        // A theme resets the series' colours: the data is drawn again in the new ones.
        applyTheme();
        showFunnel(m_counts);
        showTimeline(m_timeline);
    }
}

void CampaignChart::applyTheme()
{
    const QPalette palette = this->palette();
    const bool dark = isDarkPalette(palette);
    for (QChart* chart : { m_funnelChart, m_timelineChart }) {
        chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        // The theme's own backgrounds are gradients of its choosing; the pane's colours fit in.
        chart->setBackgroundBrush(palette.brush(QPalette::Base));
        chart->setBackgroundPen(Qt::NoPen);
        chart->setTitleBrush(palette.brush(QPalette::Text));
        chart->legend()->setLabelColor(palette.color(QPalette::Text));
    }
    for (QChartView* view : { m_funnelView, m_timelineView })
        view->setBackgroundBrush(palette.brush(QPalette::Base));
}

void CampaignChart::resizeEvent(QResizeEvent* event)
{
    m_layout->setDirection(event->size().width() >= kSideBySide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    QWidget::resizeEvent(event);
}

void CampaignChart::showFunnel(const CampaignCounts& counts)
{
    const int total = counts.total();
    m_funnel[Queued] = total;
    m_funnel[Read] = counts.count(MessageState::Read);
    m_funnel[Delivered] = counts.count(MessageState::Delivered) + m_funnel[Read];
    m_funnel[Sent] = counts.count(MessageState::Sent) + m_funnel[Delivered];
    m_funnel[Failed] = counts.count(MessageState::Failed);
    m_funnel[Expired] = counts.count(MessageState::Expired);
    m_funnel[Unknown] = counts.count(MessageState::Unknown);
    m_funnel[Cancelled] = counts.count(MessageState::Cancelled);

    struct Shown
    {
        Bar bar;
        QString name;
        QColor color;
    };
    const bool dark = isDarkPalette(palette());
    const auto color = [this](MessageState state) {
        return stateColor(state, palette());
    };
    QList<Shown> shown {
        { Queued, tr("Queued"), soft(color(MessageState::Queued), dark, 170) },
        { Sent, tr("Sent"), color(MessageState::Sent) },
        { Delivered, tr("Delivered"), soft(color(MessageState::Delivered), dark, 150) },
        { Read, tr("Read"), color(MessageState::Read) },
        { Failed, tr("Failed"), color(MessageState::Failed) },
        { Expired, tr("Expired"), soft(color(MessageState::Expired), dark, 140) },
        { Unknown, tr("Unknown"), color(MessageState::Unknown) },
        { Cancelled, tr("Cancelled"), color(MessageState::Cancelled) },
    };
    if (m_funnel[Cancelled] == 0)
        shown.removeLast(); // rare: only when the operator cancelled; room is scarce

    m_funnelChart->removeAllSeries();
    for (QAbstractAxis* axis : m_funnelChart->axes()) {
        m_funnelChart->removeAxis(axis);
        delete axis;
    }

    // One set per bar, with a value in its own category only, so each bar has its state's colour.
    // Categories go bottom to top, so the funnel is listed from the last bar up.
    const QLocale locale;
    auto* series = new QHorizontalStackedBarSeries;
    series->setBarWidth(0.75);
    QStringList categories;
    for (qsizetype row = shown.size() - 1; row >= 0; --row) {
        const Shown& bar = shown.at(row);
        const int value = m_funnel.at(bar.bar);
        const QString percent = total > 0 && bar.bar != Queued ? QStringLiteral(" (%1 %)").arg(
                                    locale.toString(100.0 * value / total, 'f', value == total || value == 0 ? 0 : 1))
                                                               : QString();
        categories.append(tr("%1: %2").arg(bar.name, locale.toString(value)) + percent);
    }
    for (qsizetype row = shown.size() - 1; row >= 0; --row) {
        const Shown& bar = shown.at(row);
        auto* set = new QBarSet(bar.name);
        set->setColor(bar.color);
        set->setBorderColor(bar.color.darker(115));
        for (qsizetype column = shown.size() - 1; column >= 0; --column)
            set->append(column == row ? m_funnel.at(bar.bar) : 0);
        series->append(set);
    }
    m_funnelChart->addSeries(series);
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setGridLineVisible(false);
    // Qt Charts cuts a label taller than its share of the axis to "…": keep them a little small.
    QFont labels = categoryAxis->labelsFont();
    labels.setPointSizeF(labels.pointSizeF() * 0.9);
    categoryAxis->setLabelsFont(labels);
    m_funnelChart->addAxis(categoryAxis, Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    auto* valueAxis = new QValueAxis;
    valueAxis->setRange(0, std::max(1, total));
    valueAxis->setLabelFormat(QStringLiteral("%d"));
    valueAxis->setTickCount(std::clamp(total + 1, 2, 5));
    if (total > 4)
        valueAxis->applyNiceNumbers();
    m_funnelChart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);
    m_funnelChart->legend()->hide(); // the categories name the bars, with their counts
}

void CampaignChart::showTimeline(const CampaignTimeline& timeline)
{
    m_timelineChart->removeAllSeries();
    for (QAbstractAxis* axis : m_timelineChart->axes()) {
        m_timelineChart->removeAxis(axis);
        delete axis;
    }
    m_timelinePoints = static_cast<int>(timeline.points.size());
    const bool any = !timeline.points.isEmpty();
    m_timelineView->setVisible(any);
    m_noHistory->setVisible(!any);
    if (!any)
        return;

    // Stacked areas: each band lies on the ones before it. The chart starts from nothing, a bucket
    // before the first change.
    const qint64 bucketMs = static_cast<qint64>(std::max(1, timeline.bucketSeconds)) * 1000;
    QList<qint64> times { timeline.points.constFirst().at.toMSecsSinceEpoch() - bucketMs };
    QList<CampaignCounts> snapshots { CampaignCounts {} };
    for (const CampaignSnapshot& point : timeline.points) {
        times.append(point.at.toMSecsSinceEpoch());
        snapshots.append(point.counts);
    }
    QList<int> base(times.size(), 0);
    int top = 1;
    for (const Band& band : bands(palette())) {
        QList<int> values(times.size(), 0);
        bool present = false;
        for (qsizetype i = 0; i < times.size(); ++i) {
            values[i] = std::max(0, sumOf(snapshots.at(i), band.states));
            present = present || values.at(i) > 0;
        }
        if (!present)
            continue;
        auto* area = new QAreaSeries;
        auto* lower = new QLineSeries(area);
        auto* upper = new QLineSeries(area);
        for (qsizetype i = 0; i < times.size(); ++i) {
            const auto x = static_cast<qreal>(times.at(i));
            lower->append(x, base.at(i));
            base[i] += values.at(i);
            upper->append(x, base.at(i));
            top = std::max(top, base.at(i));
        }
        area->setUpperSeries(upper);
        area->setLowerSeries(lower);
        area->setName(QCoreApplication::translate("CampaignChart", band.name));
        area->setColor(band.color);
        area->setBorderColor(band.color.darker(120));
        // Problems are hatched too: the band and its legend entry tell them apart without colour.
        if (band.states.contains(MessageState::Failed))
            area->setBrush(QBrush(band.color, Qt::BDiagPattern));
        else if (band.states.contains(MessageState::Unknown))
            area->setBrush(QBrush(band.color, Qt::Dense4Pattern));
        m_timelineChart->addSeries(area);
    }

    auto* timeAxis = new QDateTimeAxis;
    const qint64 spanMs = times.constLast() - times.constFirst();
    timeAxis->setFormat(spanMs < 10 * 60 * 1000 ? QStringLiteral("HH:mm:ss")
            : spanMs < 24 * 3600 * 1000         ? QStringLiteral("HH:mm")
                                                : QStringLiteral("d MMM HH:mm"));
    timeAxis->setRange(
        QDateTime::fromMSecsSinceEpoch(times.constFirst()), QDateTime::fromMSecsSinceEpoch(times.constLast()));
    timeAxis->setTickCount(5);
    m_timelineChart->addAxis(timeAxis, Qt::AlignBottom);
    auto* countAxis = new QValueAxis;
    countAxis->setRange(0, top);
    countAxis->setLabelFormat(QStringLiteral("%d"));
    countAxis->setTickCount(std::clamp(top + 1, 2, 5));
    if (top > 4)
        countAxis->applyNiceNumbers();
    m_timelineChart->addAxis(countAxis, Qt::AlignLeft);
    for (QAbstractSeries* series : m_timelineChart->series()) {
        series->attachAxis(timeAxis);
        series->attachAxis(countAxis);
    }
    m_timelineChart->legend()->setAlignment(Qt::AlignBottom);
    m_timelineChart->legend()->show();
}

} // namespace herald
