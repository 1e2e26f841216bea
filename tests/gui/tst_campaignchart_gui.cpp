// The Chart tab of the Campaigns pane in the real main window: the funnel from the campaign's
// counts and its states over time from the status history, drawn offscreen with Qt Charts.
#include "GuiTest.h"
#include "SandboxApp.h"
#include "app/AppContext.h"
#include "dispatch/StatusTracker.h"
#include "gui/CampaignChart.h"
#include "gui/CampaignsWidget.h"
#include "storage/CampaignRepository.h"
#include "storage/Database.h"
#include "storage/MessageRepository.h"

#include <QChart>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTimeZone>

using namespace herald;
using namespace herald::test;

class TestCampaignChartGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void chartTabShowsTheFunnelAndTheStatesOverTime();

private:
    SandboxApp m_sandbox;
};

void TestCampaignChartGui::chartTabShowsTheFunnelAndTheStatesOverTime()
{
    QCOMPARE(m_sandbox.start({ 1000, 760 }), QString());
    AppContext& app = *m_sandbox.app;

    // A finished campaign of 40 messages whose history spans ten minutes.
    NewCampaign campaign;
    campaign.name = QStringLiteral("Spring sale");
    campaign.profileId = app.sandboxProfileId();
    campaign.tpl.name = QStringLiteral("order_update");
    campaign.tpl.language = QStringLiteral("en");
    campaign.tpl.body = QStringLiteral("Hello {{1}}");
    campaign.state = CampaignState::Finished;
    CampaignPlan plan;
    for (int i = 0; i < 40; ++i) {
        PlannedMessage message;
        message.position = i;
        message.e164 = QStringLiteral("+3725100%1").arg(i, 4, 10, QLatin1Char('0'));
        message.renderedBody = QStringLiteral("Hello %1").arg(i);
        plan.messages.append(message);
    }
    const qint64 id = app.campaignRecords().create(campaign, plan);
    QVERIFY(id > 0);
    const QList<qint64> messages = app.campaignRecords().messagesIn(id, MessageState::Queued);
    QCOMPARE(messages.size(), 40);
    const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-900);
    {
        QSqlQuery q(app.database().connection());
        q.prepare(QStringLiteral("UPDATE status_events SET occurred_at = ?"));
        q.addBindValue(Database::toText(t0));
        QVERIFY(Database::exec(q));
    }
    const auto move = [&](qint64 message, MessageState state, int seconds) {
        QVERIFY(app.messages().applyChange(message, { state, {}, {}, {}, {}, t0.addSecs(seconds) }));
    };
    for (int i = 0; i < 38; ++i) {
        const qint64 m = messages.at(i);
        move(m, MessageState::Sending, 5 + i);
        if (i == 37) {
            move(m, MessageState::Unknown, 6 + i);
            continue;
        }
        move(m, MessageState::Accepted, 6 + i);
        if (i >= 33) {
            move(m, MessageState::Failed, 20 + i);
            continue;
        }
        move(m, MessageState::Sent, 15 + i * 2);
        if (i >= 31) {
            move(m, MessageState::Expired, 400 + i);
            continue;
        }
        if (i < 28)
            move(m, MessageState::Delivered, 40 + i * 5);
        if (i < 18)
            move(m, MessageState::Read, 200 + i * 20);
    }

    MainWindow& window = *m_sandbox.window;
    window.showCampaigns(id);
    CampaignsWidget* pane = window.campaigns();
    pane->reload();
    pane->showCampaign(id);
    auto* tabs = child<QTabWidget>(pane, "detailTabs");
    auto* chart = child<CampaignChart>(pane, "campaignChart");
    QVERIFY(tabs && chart);
    QCOMPARE(tabs->tabText(2), QStringLiteral("Chart"));
    tabs->setCurrentIndex(2);
    QTRY_VERIFY(chart->isVisible());

    // The funnel: every message was queued; how far each got, and what failed beside it.
    QCOMPARE(chart->funnelValue(CampaignChart::Queued), 40);
    QCOMPARE(chart->funnelValue(CampaignChart::Sent), 31); // sent, delivered or read
    QCOMPARE(chart->funnelValue(CampaignChart::Delivered), 28);
    QCOMPARE(chart->funnelValue(CampaignChart::Read), 18);
    QCOMPARE(chart->funnelValue(CampaignChart::Failed), 4);
    QCOMPARE(chart->funnelValue(CampaignChart::Expired), 2);
    QCOMPARE(chart->funnelValue(CampaignChart::Unknown), 1);
    // Over time: waiting, sent, delivered, read, failed or expired, unknown.
    QCOMPARE(chart->timelineBands(), 6);
    QVERIFY(chart->timelinePoints() >= 60 && chart->timelinePoints() <= 121);
    QCOMPARE(chart->timelineChart()->series().size(), 6);
    snapshot(&window, "campaign-chart");
    snapshot(chart, "campaign-chart-only");

    // New answers redraw it, no more often than every few seconds.
    move(messages.at(28), MessageState::Delivered, 500);
    Q_EMIT app.tracker().campaignsChanged({ id }); // as the tracker says after a poll
    QTRY_COMPARE_WITH_TIMEOUT(chart->funnelValue(CampaignChart::Delivered), 29, 5000);

    // Narrow, the two charts are stacked.
    window.resize(560, 900);
    QTRY_VERIFY(chart->width() < 760);
    snapshot(&window, "campaign-chart-narrow");
    m_sandbox.stop();
}

QTEST_MAIN(TestCampaignChartGui)
#include "tst_campaignchart_gui.moc"
