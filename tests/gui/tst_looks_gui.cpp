// How the window looks and what it keeps: in a dark palette the preview, the state colours and the
// campaign chart are dark too (and follow a palette change), and the layout, tab and profile the
// operator left come back in the next window.
#include "GuiTest.h"
#include "SandboxApp.h"
#include "app/AppContext.h"
#include "gui/CampaignChart.h"
#include "gui/CampaignsWidget.h"
#include "gui/ComposeWidget.h"
#include "gui/DeliveryWidget.h"
#include "gui/MessagePreview.h"
#include "gui/PreviewRenderer.h"
#include "gui/StateStyle.h"
#include "gui/WindowSettings.h"
#include "storage/CampaignRepository.h"
#include "storage/MessageRepository.h"

#include <QChart>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <numeric>

using namespace herald;
using namespace herald::test;

namespace {

constexpr std::array kStates { MessageState::Queued, MessageState::Sending, MessageState::Scheduled,
    MessageState::Accepted, MessageState::Sent, MessageState::Delivered, MessageState::Read, MessageState::Failed,
    MessageState::Expired, MessageState::Cancelled, MessageState::Unknown };

/// A campaign of @p size messages to the sandbox, some of them delivered, read or failed, shown in @p window.
qint64 addCampaign(AppContext& app, MainWindow& window, int size)
{
    NewCampaign campaign;
    campaign.name = QStringLiteral("Spring sale");
    campaign.profileId = app.sandboxProfileId();
    campaign.tpl.name = QStringLiteral("order_update");
    campaign.tpl.language = QStringLiteral("en");
    campaign.tpl.body = QStringLiteral("Hello {{1}}");
    campaign.state = CampaignState::Finished;
    CampaignPlan plan;
    for (int i = 0; i < size; ++i) {
        PlannedMessage message;
        message.position = i;
        message.e164 = QStringLiteral("+3725100%1").arg(i, 4, 10, QLatin1Char('0'));
        message.renderedBody = QStringLiteral("Hello %1").arg(i);
        plan.messages.append(message);
    }
    const qint64 id = app.campaignRecords().create(campaign, plan);
    const QList<qint64> messages = app.campaignRecords().messagesIn(id, MessageState::Queued);
    const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-300);
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const MessageState last = i % 4 == 0 ? MessageState::Read
            : i % 4 == 1                     ? MessageState::Delivered
            : i % 4 == 2                     ? MessageState::Failed
                                             : MessageState::Sent;
        for (const MessageState state : { MessageState::Sending, MessageState::Accepted, last })
            app.messages().applyChange(messages.at(i), { state, {}, {}, {}, {}, t0.addSecs(10 * i) });
    }
    window.campaigns()->reload();
    window.delivery()->refreshMessages(messages);
    return id;
}

/// The first pane's share of the splitter: a splitter keeps its panes in proportion when the room differs.
double firstShare(const QList<int>& sizes)
{
    const int total = std::accumulate(sizes.cbegin(), sizes.cend(), 0);
    return total > 0 ? double(sizes.value(0)) / total : 0.0;
}

} // namespace

class TestLooksGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void stateColoursStandOutInEitherPalette();
    void darkPaletteMakesThePreviewAndTheChartDark();
    void thePreviewFollowsAPaletteChangeUntilTheOperatorChooses();
    void layoutTabAndProfileAreThereInTheNextWindow();

private:
    MessagePreview* preview() const { return m_sandbox.window->compose()->findChild<MessagePreview*>(); }
    CampaignChart* chart() const { return m_sandbox.window->campaigns()->findChild<CampaignChart*>(); }

    SandboxApp m_sandbox;
    QPalette m_original;
    QTemporaryDir m_settingsDir;
};

void TestLooksGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_settingsDir.isValid());
    // Never the operator's own settings, nor another test's.
    WindowSettings::setFileName(m_settingsDir.filePath(QStringLiteral("window.ini")));
    m_original = QApplication::palette();
}

void TestLooksGui::cleanup()
{
    m_sandbox.stop();
    QApplication::setPalette(m_original);
}

void TestLooksGui::stateColoursStandOutInEitherPalette()
{
    QPalette light = m_original;
    light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    light.setColor(QPalette::Base, Qt::white);
    for (const QPalette& palette : { light, darkPalette() }) {
        const QColor base = palette.color(QPalette::Base);
        for (const MessageState state : kStates) {
            const double ratio = contrastRatio(stateColor(state, palette), base);
            QVERIFY2(ratio >= 3.0,
                qPrintable(QStringLiteral("%1 on %2: %3").arg(stateKey(state), base.name()).arg(ratio, 0, 'f', 2)));
        }
    }
    // The two palettes get different colours: the light set would be too dim on the dark Base.
    QVERIFY(stateColor(MessageState::Failed, light) != stateColor(MessageState::Failed, darkPalette()));
}

void TestLooksGui::darkPaletteMakesThePreviewAndTheChartDark()
{
    QApplication::setPalette(darkPalette());
    QCOMPARE(m_sandbox.start({ 1100, 760 }), QString());
    const QPalette palette = m_sandbox.window->palette();
    QCOMPARE(palette.color(QPalette::Base), darkPalette().color(QPalette::Base));

    // The preview starts in WhatsApp's dark look, and its toggle says so.
    QVERIFY(preview());
    QVERIFY(preview()->darkVariant());
    QVERIFY(child<QToolButton>(preview(), "previewThemeButton")->isChecked());
    QVERIFY(preview()->html().contains(previewColors(true).muted.name()));

    // The application's state colours are the set for a dark Base.
    const QColor base = palette.color(QPalette::Base);
    for (const MessageState state : kStates)
        QVERIFY2(contrastRatio(stateColor(state), base) >= 3.0, qPrintable(stateKey(state)));

    // The chart is dark, with the pane's own background.
    const qint64 campaign = addCampaign(*m_sandbox.app, *m_sandbox.window, 12);
    m_sandbox.window->showCampaigns(campaign);
    child<QTabWidget>(m_sandbox.window->campaigns(), "detailTabs")->setCurrentIndex(2); // the chart
    QVERIFY(chart());
    QCOMPARE(chart()->funnelChart()->theme(), QChart::ChartThemeDark);
    QCOMPARE(chart()->timelineChart()->theme(), QChart::ChartThemeDark);
    QCOMPARE(chart()->funnelChart()->backgroundBrush().color(), base);
    QTRY_COMPARE(chart()->funnelValue(CampaignChart::Queued), 12);

    // The Delivery pane's counts are written in colours that read on the dark Base.
    auto* counts = child<QLabel>(m_sandbox.window->delivery(), "countsLabel");
    QTRY_VERIFY(counts->text().contains(QStringLiteral("color:")));
    static const QRegularExpression colour(QStringLiteral("color: (#[0-9a-f]{6})"));
    int seen = 0;
    for (auto it = colour.globalMatch(counts->text()); it.hasNext(); ++seen) {
        const QColor c(it.next().captured(1));
        QVERIFY2(contrastRatio(c, base) >= 3.0, qPrintable(c.name()));
    }
    QVERIFY(seen >= 3);
    m_sandbox.window->showCampaigns();
    snapshot(m_sandbox.window.get(), "looks-campaigns");
}

void TestLooksGui::thePreviewFollowsAPaletteChangeUntilTheOperatorChooses()
{
    QCOMPARE(m_sandbox.start({ 1000, 700 }), QString());
    const qint64 campaign = addCampaign(*m_sandbox.app, *m_sandbox.window, 4);
    m_sandbox.window->showCampaigns(campaign);
    child<QTabWidget>(m_sandbox.window->campaigns(), "detailTabs")->setCurrentIndex(2); // the chart
    QTRY_COMPARE(chart()->funnelValue(CampaignChart::Queued), 4);
    const bool startedDark = isDarkPalette(QApplication::palette());
    QCOMPARE(preview()->darkVariant(), startedDark);

    // The desktop switches to a dark theme: the preview and the chart follow.
    QSignalSpy flipped(preview(), &MessagePreview::darkVariantChanged);
    QApplication::setPalette(darkPalette());
    QTRY_VERIFY(preview()->darkVariant());
    QVERIFY(child<QToolButton>(preview(), "previewThemeButton")->isChecked());
    QCOMPARE(flipped.size(), startedDark ? 0 : 1);
    QCOMPARE(chart()->funnelChart()->theme(), QChart::ChartThemeDark);
    QCOMPARE(chart()->funnelValue(CampaignChart::Queued), 4); // drawn again, not emptied

    // And back.
    QApplication::setPalette(m_original);
    QTRY_COMPARE(preview()->darkVariant(), startedDark);
    QCOMPARE(chart()->funnelChart()->theme(), startedDark ? QChart::ChartThemeDark : QChart::ChartThemeLight);

    // Once the operator chose the light look on a dark desktop, palette changes leave it light.
    QApplication::setPalette(darkPalette());
    QTRY_VERIFY(preview()->darkVariant());
    child<QToolButton>(preview(), "previewThemeButton")->click();
    QVERIFY(!preview()->darkVariant());
    QApplication::setPalette(m_original);
    QApplication::setPalette(darkPalette());
    QTest::qWait(20);
    QVERIFY(!preview()->darkVariant());
    QVERIFY(!child<QToolButton>(preview(), "previewThemeButton")->isChecked());
}

void TestLooksGui::layoutTabAndProfileAreThereInTheNextWindow()
{
    QFile::remove(m_settingsDir.filePath(QStringLiteral("window.ini")));
    QCOMPARE(m_sandbox.start({ 1000, 700 }), QString());
    MainWindow* window = m_sandbox.window.get();
    addCampaign(*m_sandbox.app, *m_sandbox.window, 3);

    // The operator makes the window a little larger, arranges the Campaigns pane, then the
    // Delivery pane, and leaves it shown.
    window->resize(1040, 730);
    QTest::qWait(20);
    const QSize size = window->size();
    window->showCampaigns();
    auto* campaignsSplitter = child<QSplitter>(window->campaigns(), "splitter");
    QTRY_VERIFY(campaignsSplitter->isVisible());
    campaignsSplitter->setSizes({ 150, 400 });

    auto* tabs = child<QTabWidget>(window, "tabs");
    tabs->setCurrentWidget(window->delivery());
    auto* deliverySplitter = child<QSplitter>(window->delivery(), "splitter");
    QTRY_VERIFY(deliverySplitter->isVisible());
    deliverySplitter->setSizes({ 400, 160 });
    QHeaderView* header = child<QTableView>(window->delivery(), "messagesView")->horizontalHeader();
    header->resizeSection(1, 222);
    header->setSectionHidden(2, true);

    // ... and chooses another profile in Compose.
    auto* profiles = child<QComboBox>(window->compose(), "profileCombo");
    QVERIFY(profiles->count() >= 2);
    const int otherIndex = profiles->currentIndex() == 0 ? 1 : 0;
    profiles->setCurrentIndex(otherIndex);
    const qint64 profile = window->compose()->profileId();
    QCOMPARE(profile, profiles->itemData(otherIndex).toLongLong());

    const QList<int> deliverySizes = deliverySplitter->sizes();
    const QList<int> campaignSizes = campaignsSplitter->sizes();
    QVERIFY(window->close());
    QSettings saved(m_settingsDir.filePath(QStringLiteral("window.ini")), QSettings::IniFormat);
    QCOMPARE(saved.value(QStringLiteral("window/tab")).toString(), QStringLiteral("deliveryPane"));
    QCOMPARE(saved.value(QStringLiteral("compose/profile")).toLongLong(), profile);
    m_sandbox.window.reset();

    // A new window on the same settings: as it was left.
    MainWindow again(m_sandbox.app->guiServices());
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.size(), size);
    auto* againTabs = child<QTabWidget>(&again, "tabs");
    QCOMPARE(againTabs->currentWidget(), again.delivery());
    QCOMPARE(again.compose()->profileId(), profile);
    QHeaderView* againHeader = child<QTableView>(again.delivery(), "messagesView")->horizontalHeader();
    QCOMPARE(againHeader->sectionSize(1), 222);
    QVERIFY(againHeader->isSectionHidden(2));
    QTRY_VERIFY(
        qAbs(firstShare(child<QSplitter>(again.delivery(), "splitter")->sizes()) - firstShare(deliverySizes)) < 0.02);
    again.showCampaigns();
    QTRY_VERIFY(child<QSplitter>(again.campaigns(), "splitter")->isVisible());
    QTRY_VERIFY(
        qAbs(firstShare(child<QSplitter>(again.campaigns(), "splitter")->sizes()) - firstShare(campaignSizes)) < 0.02);
    // Not the default half and half (nor 2:3): the operator's.
    QVERIFY(firstShare(campaignSizes) < 0.3);
    QVERIFY(firstShare(deliverySizes) > 0.6);
}

QTEST_MAIN(TestLooksGui)
#include "tst_looks_gui.moc"
