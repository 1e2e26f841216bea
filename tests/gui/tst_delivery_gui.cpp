// The Delivery pane in the real main window on the sandbox: a small campaign to a list with names and a
// message sent from Compose arrive in the table; filtering by state, text, campaign, profile and time
// shows the right rows, and the counts per state stay in view, wide and at 480 px; the detail pane
// follows the selection, explains and retries a failure; Export saves the view as shown.
#include "GuiTest.h"
#include "SandboxApp.h"
#include "app/AppContext.h"
#include "core/Campaign.h"
#include "core/CsvReader.h"
#include "dispatch/CampaignRunner.h"
#include "dispatch/StatusTracker.h"
#include "gui/ComposeWidget.h"
#include "gui/DeliveryWidget.h"
#include "gui/MessageDetailPane.h"
#include "gui/MessageFilterModel.h"
#include "gui/MessageTableModel.h"
#include "storage/MessageRepository.h"
#include "storage/RecipientListRepository.h"
#include "storage/TemplateRepository.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>

using namespace herald;
using namespace herald::test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestDeliveryGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void filtersShowTheRightRowsAndCountsStayInView();
    void narrowWindowKeepsFiltersAndCountsReadable();
    void detailAreaFollowsTheSelection();
    void exportSavesTheViewAsShown();

private:
    /// Sends "order_ready" to a campaign of six named recipients and one message from Compose, and
    /// waits until the sandbox has settled them (one undelivered, one stuck, the rest read).
    void sendAndSettle();
    QStringList column(int col) const;
    int shownRows() const { return view()->model()->rowCount(); }
    DeliveryWidget* pane() const { return m_sandbox.window->delivery(); }
    QTableView* view() const { return child<QTableView>(pane(), "messagesView"); }
    void search(const QString& text);

    SandboxApp m_sandbox;
    qint64 m_campaignId = 0;
    qint64 m_templateId = 0;
};

void TestDeliveryGui::init()
{
    const QString error = m_sandbox.startFast({ 1100, 720 });
    QVERIFY2(error.isEmpty(), qPrintable(error));

    m_templateId = m_sandbox.saveOrderReady();
    QVERIFY(m_templateId > 0);
}

void TestDeliveryGui::cleanup()
{
    m_sandbox.stop();
}

void TestDeliveryGui::sendAndSettle()
{
    AppContext& app = *m_sandbox.app;
    // The sandbox's outcomes go by the number's ending: 00 undelivered, 99 stuck once accepted.
    RecipientList list;
    list.name = u"spring customers"_s;
    list.columns = { u"Name"_s, u"Phone"_s };
    list.phoneColumn = 1;
    list.nameColumn = 0;
    const QList<std::pair<QString, QString>> people { { u"Mari Tamm"_s, u"+37251000001"_s },
        { u"Jüri Õunapuu"_s, u"+37251000002"_s }, { u"Anna Smith"_s, u"+37251000100"_s },
        { u"Liis Kask"_s, u"+37251000003"_s }, { u"Marko Saar"_s, u"+37251000099"_s },
        { u"Emma Brown"_s, u"+37251000004"_s } };
    for (int i = 0; i < people.size(); ++i) {
        RecipientRow row;
        row.position = i;
        row.cells = { people.at(i).first, people.at(i).second };
        row.phone = people.at(i).second;
        row.e164 = people.at(i).second;
        list.rows.append(row);
    }
    list.id = app.lists().save(list);
    QVERIFY(list.id > 0);
    const Template tpl = *app.templates().find(m_templateId);
    TemplateBindings bindings;
    bindings.insert(u"body_1"_s,
        ValueBinding { ValueBinding::Source::Column, {}, u"Name"_s, u"there"_s, ParameterFormat::Text, {} });
    const CampaignPlan plan = planCampaign(tpl, bindings, list, {});
    QCOMPARE(plan.messages.size(), 6);
    NewCampaign campaign;
    campaign.name = u"Spring sale"_s;
    campaign.profileId = app.sandboxProfileId();
    campaign.tpl = tpl;
    campaign.bindings = bindings;
    campaign.listId = list.id;
    campaign.listName = list.name;
    m_campaignId = app.campaigns().create(campaign, plan);
    QVERIFY(m_campaignId > 0);

    // And one on its own, from Compose, as an operator sends it.
    ComposeWidget* compose = m_sandbox.window->compose();
    compose->reloadTemplates(m_templateId);
    QTest::keyClicks(child<QLineEdit>(compose, "recipientEdit"), u"+372 5200 0007"_s);
    QTest::keyClicks(child<QLineEdit>(compose, "value_body_1"), u"Olivia"_s);
    auto* send = child<QPushButton>(compose, "sendButton");
    QTRY_VERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);

    child<QTabWidget>(m_sandbox.window.get(), "tabs")->setCurrentWidget(pane());
    MessageTableModel* model = pane()->model();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 7, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(model->stateCounts().of(MessageState::Read), 5, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(model->stateCounts().of(MessageState::Failed), 1, 20000);
    // The stuck one stays taken but never delivered.
    const MessageTableModel::StateCounts& counts = model->stateCounts();
    QCOMPARE(counts.of(MessageState::Accepted) + counts.of(MessageState::Sent), 1);
}

QStringList TestDeliveryGui::column(int col) const
{
    QStringList values;
    for (int r = 0; r < shownRows(); ++r)
        values.append(view()->model()->index(r, col).data().toString());
    values.sort();
    return values;
}

void TestDeliveryGui::search(const QString& text)
{
    auto* edit = child<QLineEdit>(pane(), "searchEdit");
    edit->clear();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return); // at once, rather than after the pause typing waits for
}

void TestDeliveryGui::filtersShowTheRightRowsAndCountsStayInView()
{
    sendAndSettle();
    QCOMPARE(shownRows(), 7);
    auto* counts = child<QLabel>(pane(), "countsLabel");
    QVERIFY(child<QWidget>(pane(), "stateCounts")->isVisible());
    QVERIFY2(counts->text().contains(u"7 message"_s), qPrintable(counts->text()));
    QVERIFY(counts->text().contains(stateDisplayName(MessageState::Read)));
    QVERIFY(counts->text().contains(stateDisplayName(MessageState::Failed)));
    // Names come from the campaign's list; the message sent on its own has none.
    QCOMPARE(column(MessageTableModel::Name),
        QStringList({ QString(), u"Anna Smith"_s, u"Emma Brown"_s, u"Jüri Õunapuu"_s, u"Liis Kask"_s, u"Mari Tamm"_s,
            u"Marko Saar"_s }));
    snapshot(m_sandbox.window.get(), "delivery-wide");

    // By state, from the state filter's menu: only the undelivered one; the counts still show every state.
    auto* stateFilter = child<QPushButton>(pane(), "stateFilter");
    child<QAction>(stateFilter->menu(), "stateFilter_failed")->trigger();
    QCOMPARE(shownRows(), 1);
    QCOMPARE(column(MessageTableModel::Name), QStringList({ u"Anna Smith"_s }));
    QVERIFY(!column(MessageTableModel::Error).constFirst().isEmpty()); // the provider's reason, in words
    QCOMPARE(stateFilter->text(), stateDisplayName(MessageState::Failed));
    QVERIFY2(counts->text().contains(u"1 of 7"_s), qPrintable(counts->text()));
    QVERIFY(counts->text().contains(stateDisplayName(MessageState::Read)));
    snapshot(m_sandbox.window.get(), "delivery-failed");
    // A click on a state in the counts adds it.
    Q_EMIT counts->linkActivated(u"state:read"_s);
    QCOMPARE(shownRows(), 6);
    child<QAction>(stateFilter->menu(), "stateFilter_all")->trigger();
    QCOMPARE(shownRows(), 7);

    // By free text: a name in any case, a number as typed, a template.
    search(u"MARI"_s);
    QCOMPARE(column(MessageTableModel::Name), QStringList({ u"Mari Tamm"_s }));
    search(u"+372 5100 0002"_s);
    QCOMPARE(column(MessageTableModel::Recipient), QStringList({ u"+37251000002"_s }));
    search(u"order_ready"_s);
    QCOMPARE(shownRows(), 7);
    search(u"5200"_s);
    QCOMPARE(column(MessageTableModel::Recipient), QStringList({ u"+37252000007"_s }));
    child<QToolButton>(pane(), "clearFiltersButton")->click();
    QCOMPARE(shownRows(), 7);
    QVERIFY(child<QLineEdit>(pane(), "searchEdit")->text().isEmpty());

    // By campaign, and the messages sent on their own.
    auto* campaigns = child<QComboBox>(pane(), "campaignFilter");
    campaigns->setCurrentIndex(campaigns->findText(u"Spring sale"_s));
    QCOMPARE(shownRows(), 6);
    campaigns->setCurrentIndex(campaigns->findData(qint64(0)));
    QCOMPARE(column(MessageTableModel::Recipient), QStringList({ u"+37252000007"_s }));
    campaigns->setCurrentIndex(0);

    // By profile: everything went through the Messente sandbox.
    auto* providers = child<QComboBox>(pane(), "providerFilter");
    const int messente = providers->findData(m_sandbox.app->sandboxProfileId());
    QVERIFY(messente > 0);
    providers->setCurrentIndex(messente);
    QCOMPARE(shownRows(), 7);
    providers->setCurrentIndex(0);

    // By the time of the last update.
    auto* dates = child<QComboBox>(pane(), "dateFilter");
    dates->setCurrentIndex(dates->findText(u"Last hour"_s));
    QCOMPARE(shownRows(), 7);
    dates->setCurrentIndex(dates->count() - 1); // Between…
    QVERIFY(child<QWidget>(pane(), "dateRange")->isVisible());
    child<QDateEdit>(pane(), "fromDate")->setDate(QDate::currentDate().addDays(1));
    child<QDateEdit>(pane(), "toDate")->setDate(QDate::currentDate().addDays(2));
    QCOMPARE(shownRows(), 0);
    child<QDateEdit>(pane(), "fromDate")->setDate(QDate::currentDate().addDays(-1));
    child<QDateEdit>(pane(), "toDate")->setDate(QDate::currentDate());
    QCOMPARE(shownRows(), 7);

    // Several at once: failed or read, in the campaign, with "a" in the name.
    campaigns->setCurrentIndex(campaigns->findText(u"Spring sale"_s));
    pane()->setStateFilter({ MessageState::Failed, MessageState::Read });
    search(u"ma"_s);
    QCOMPARE(column(MessageTableModel::Name), QStringList({ u"Emma Brown"_s, u"Mari Tamm"_s }));
    QVERIFY2(counts->text().contains(u"2 of 7"_s), qPrintable(counts->text()));
}

void TestDeliveryGui::narrowWindowKeepsFiltersAndCountsReadable()
{
    sendAndSettle();
    m_sandbox.window->resize(480, 700);
    QTRY_VERIFY(pane()->width() <= 480);
    QCoreApplication::processEvents();
    snapshot(m_sandbox.window.get(), "delivery-narrow");
    // Every filter is on screen, inside the pane, and wide enough to read.
    for (const char* name : { "searchEdit", "stateFilter", "campaignFilter", "providerFilter", "dateFilter" }) {
        auto* w = child<QWidget>(pane(), name);
        QVERIFY2(w->isVisible(), name);
        const QRect inPane(w->mapTo(pane(), QPoint(0, 0)), w->size());
        QVERIFY2(pane()->rect().contains(inPane), name);
        QVERIFY2(w->width() >= 150, name);
    }
    QVERIFY(child<QWidget>(pane(), "searchEdit")->width() >= 300);
    auto* counts = child<QLabel>(pane(), "countsLabel");
    QVERIFY(counts->isVisible());
    QVERIFY(counts->width() >= 300);
    // The table keeps most of the height.
    QVERIFY(view()->height() >= 150);

    child<QAction>(child<QPushButton>(pane(), "stateFilter")->menu(), "stateFilter_failed")->trigger();
    QCOMPARE(shownRows(), 1);
    snapshot(m_sandbox.window.get(), "delivery-narrow-failed");
}

void TestDeliveryGui::detailAreaFollowsTheSelection()
{
    sendAndSettle();
    QWidget* area = pane()->detailArea();
    QVERIFY(area);
    QCOMPARE(area->objectName(), u"detailArea"_s);
    QCOMPARE(child<QSplitter>(pane(), "splitter")->indexOf(area), 1);
    MessageDetailPane* detail = pane()->detailPane();
    QCOMPARE(detail->parentWidget(), area);
    QCOMPARE(detail->message(), pane()->currentMessage());

    // Find one customer's message by name, and see why it failed, in words.
    search(u"Anna"_s);
    QCOMPARE(shownRows(), 1);
    QSignalSpy current(pane(), &DeliveryWidget::currentMessageChanged);
    view()->setCurrentIndex(view()->model()->index(0, 0));
    QCOMPARE(current.size(), 1);
    const qint64 id = current.at(0).at(0).toLongLong();
    QVERIFY(id > 0);
    QCOMPARE(pane()->currentMessage(), id);
    QCOMPARE(detail->message(), id);
    QVERIFY(child<QLabel>(detail, "recipientLabel")->text().contains(u"+37251000100"_s));
    QVERIFY(child<QLabel>(detail, "stateLabel")->text().startsWith(stateDisplayName(MessageState::Failed)));
    const QString why = child<QLabel>(detail, "explanationLabel")->text();
    QVERIFY2(!why.isEmpty() && why.contains(u' '), qPrintable(why));
    QVERIFY(child<QWidget>(detail, "errorGroup")->isVisibleTo(detail));
    snapshot(m_sandbox.window.get(), "delivery-detail");

    // Retry it from the pane: the new message is selected in the table, even though the filter shows
    // only Anna; the failed one stays.
    auto* retry = child<QPushButton>(detail, "retryButton");
    QVERIFY(retry->isEnabled());
    retry->click();
    const qint64 again = detail->message();
    QVERIFY(again != id);
    QTRY_COMPARE(pane()->currentMessage(), again);
    QCOMPARE(m_sandbox.app->messages().find(again)->campaignId, m_campaignId);
    QTRY_COMPARE(shownRows(), 2);
    // The sandbox fails this number again, and the pane follows it there.
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.app->messages().find(again)->state, MessageState::Failed, 15000);
    QTRY_VERIFY(child<QLabel>(detail, "stateLabel")->text().startsWith(stateDisplayName(MessageState::Failed)));

    // Filtered out, the selection goes; shown again, it is there.
    search(u"Mari"_s);
    QCOMPARE(pane()->currentMessage(), 0);
    QCOMPARE(detail->message(), 0);
    search(QString());
    pane()->showMessage(id);
    QCOMPARE(pane()->currentMessage(), id);
}

void TestDeliveryGui::exportSavesTheViewAsShown()
{
    sendAndSettle();
    // Only the campaign, sorted by name: the file has those rows, in that order, with every column.
    auto* campaigns = child<QComboBox>(pane(), "campaignFilter");
    campaigns->setCurrentIndex(campaigns->findData(m_campaignId));
    QCOMPARE(shownRows(), 6);
    view()->sortByColumn(MessageTableModel::Name, Qt::AscendingOrder);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"spring.csv"_s);
    QString error;
    QVERIFY2(pane()->exportShown(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const CsvTable table = readCsv(decodeText(file.readAll()));
    QCOMPARE(table.rows.size(), 6);
    QStringList names;
    for (const QStringList& row : table.rows)
        names.append(row.at(2));
    QCOMPARE(names,
        QStringList(
            { u"Anna Smith"_s, u"Emma Brown"_s, u"Jüri Õunapuu"_s, u"Liis Kask"_s, u"Mari Tamm"_s, u"Marko Saar"_s }));
    // A number begins with "+": a spreadsheet would take it for a formula, so it is written as text.
    QVERIFY2(table.rows.at(0).contains(u"'+37251000100"_s), qPrintable(table.rows.at(0).join(u'|')));

    // Nothing shown, nothing written, and the operator is told.
    search(u"nobody by this name"_s);
    QCOMPARE(shownRows(), 0);
    QTest::mouseClick(child<QToolButton>(pane(), "exportButton"), Qt::LeftButton);
    auto* status = child<QLabel>(pane(), "exportStatusLabel");
    QVERIFY(status->isVisible());
    QVERIFY(status->text().contains(u"No messages"_s));
}

QTEST_MAIN(TestDeliveryGui)
#include "tst_delivery_gui.moc"
