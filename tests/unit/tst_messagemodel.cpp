// The Delivery pane's models over a real journal: loading off the GUI thread, batches of changes,
// counts, and the filter and sort of MessageFilterModel.
#include "core/Campaign.h"
#include "gui/MessageFilterModel.h"
#include "gui/MessageTableModel.h"
#include "storage/CampaignRepository.h"
#include "storage/Database.h"
#include "storage/MessageRepository.h"
#include "storage/ProfileRepository.h"
#include "storage/RecipientListRepository.h"

#include <QCollator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace herald;

namespace {

StateChange to(MessageState state, const QString& error = {}, const QString& channel = QStringLiteral("whatsapp"))
{
    StateChange change;
    change.state = state;
    change.errorText = error;
    change.channel = channel;
    return change;
}

} // namespace

class TestMessageModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void loadsOffTheGuiThreadWithNamesAndLabels();
    void batchUpdatesTheRightRowsWithOneDataChanged();
    void newMessagesArriveAtTheTop();
    void changesDuringLoadingAreNotLost();
    void messageReadsTheWholeRecord();
    void filtersByState();
    void filtersByCampaignProfileAndDate();
    void filtersByText_data();
    void filtersByText();
    void countsIgnoreOnlyTheStateFilter();
    void filteredViewFollowsBatches();
    void sortsByEveryColumn_data();
    void sortsByEveryColumn();
    void sortedViewKeepsOrderThroughBatches();

private:
    qint64 single(
        qint64 profileId, const QString& recipient, const QString& templateName = QStringLiteral("order_update"));
    /// The proxy's rows as source model rows' message ids.
    QList<qint64> shownIds(const MessageFilterModel& proxy) const;
    QSet<qint64> shownSet(const MessageFilterModel& proxy) const;
    void load(MessageTableModel& model);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MessageRepository> m_messages;
    qint64 m_messente = 0;
    qint64 m_bird = 0;
    qint64 m_campaign = 0;
    QList<qint64> m_campaignIds; ///< the campaign's messages, list order
    QList<qint64> m_singleIds;
};

void TestMessageModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("herald.sqlite")));
    QVERIFY2(m_db->open(), qPrintable(m_db->lastError()));
    m_messages = std::make_unique<MessageRepository>(*m_db);
    ProfileRepository profiles(*m_db);
    Profile p;
    p.name = QStringLiteral("Support desk");
    p.kind = ProviderKind::Messente;
    p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/"));
    p.secretKey = QStringLiteral("k1");
    m_messente = profiles.save(p);
    p.name = QStringLiteral("Sandbox (Bird)");
    p.kind = ProviderKind::Bird;
    p.secretKey = QStringLiteral("k2");
    m_bird = profiles.save(p);
    QVERIFY(m_messente > 0 && m_bird > 0);

    // A campaign to a list with names: Mari, Jüri, Anna.
    RecipientListRepository lists(*m_db);
    RecipientList list;
    list.name = QStringLiteral("customers");
    list.columns = { QStringLiteral("Name"), QStringLiteral("Phone") };
    list.phoneColumn = 1;
    list.nameColumn = 0;
    CampaignPlan plan;
    const QStringList names { QStringLiteral("Mari Tamm"), QStringLiteral("Jüri Õunapuu"),
        QStringLiteral("Anna Smith") };
    for (int i = 0; i < names.size(); ++i) {
        RecipientRow row;
        row.position = i;
        row.e164 = QStringLiteral("+3725100000%1").arg(i);
        row.phone = row.e164;
        row.cells = { names.at(i), row.e164 };
        list.rows.append(row);
        PlannedMessage m;
        m.position = i;
        m.e164 = row.e164;
        m.renderedBody = QStringLiteral("Hello %1").arg(names.at(i));
        plan.messages.append(m);
    }
    const qint64 listId = lists.save(list);
    QVERIFY(listId > 0);
    CampaignRepository campaigns(*m_db);
    NewCampaign campaign;
    campaign.name = QStringLiteral("Spring sale");
    campaign.profileId = m_bird;
    campaign.tpl.name = QStringLiteral("spring_sale");
    campaign.tpl.language = QStringLiteral("en");
    campaign.tpl.body = QStringLiteral("Hello {{1}}");
    campaign.listId = listId;
    campaign.listName = list.name;
    campaign.state = CampaignState::Finished;
    m_campaign = campaigns.create(campaign, plan);
    QVERIFY(m_campaign > 0);
    m_campaignIds = campaigns.messagesIn(m_campaign, MessageState::Queued);
    QCOMPARE(m_campaignIds.size(), 3);

    m_singleIds = { single(m_messente, QStringLiteral("+3725123456")),
        single(m_messente, QStringLiteral("+4915112345678"), QString()) };
    QCOMPARE(
        m_messages
            ->applyChanges({ { m_campaignIds.at(0), to(MessageState::Read), QStringLiteral("p1"), {} },
                { m_campaignIds.at(1), to(MessageState::Sent), QStringLiteral("p2"), {} },
                { m_campaignIds.at(2), to(MessageState::Sent), QStringLiteral("p3"), {} },
                { m_singleIds.at(0), to(MessageState::Failed, QStringLiteral("Not on WhatsApp")), QString(), {} } })
            .size(),
        4);
}

void TestMessageModel::cleanup()
{
    m_messages.reset();
    m_db.reset();
    m_dir.reset();
}

qint64 TestMessageModel::single(qint64 profileId, const QString& recipient, const QString& templateName)
{
    NewMessage m;
    m.profileId = profileId;
    m.templateName = templateName;
    m.language = templateName.isEmpty() ? QString() : QStringLiteral("en");
    m.recipient = recipient;
    m.renderedBody = QStringLiteral("Your order is ready");
    m.parametersJson = QStringLiteral("{}");
    return m_messages->insertQueued(m);
}

QList<qint64> TestMessageModel::shownIds(const MessageFilterModel& proxy) const
{
    QList<qint64> ids;
    for (int r = 0; r < proxy.rowCount(); ++r)
        ids.append(proxy.index(r, 0).data(MessageTableModel::kIdRole).toLongLong());
    return ids;
}

QSet<qint64> TestMessageModel::shownSet(const MessageFilterModel& proxy) const
{
    const QList<qint64> ids = shownIds(proxy);
    return QSet<qint64>(ids.begin(), ids.end());
}

void TestMessageModel::load(MessageTableModel& model)
{
    model.reload();
    QTRY_VERIFY(!model.isLoading());
}

void TestMessageModel::loadsOffTheGuiThreadWithNamesAndLabels()
{
    MessageTableModel model(*m_messages);
    QSignalSpy loading(&model, &MessageTableModel::loadingChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.reload();
    QVERIFY(model.isLoading()); // a file journal is read on a worker thread
    QCOMPARE(model.rowCount(), 0);
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(loading.size(), 2);
    QCOMPARE(reset.size(), 1); // handed over in one reset
    QCOMPARE(model.rowCount(), 5);

    // Newest first: the second single message is the newest.
    QCOMPARE(model.idAt(0), m_singleIds.at(1));
    QCOMPARE(model.idAt(4), m_campaignIds.at(0));
    const auto cell = [&model](qint64 id, int column) {
        return model.index(model.rowOf(id), column).data().toString();
    };
    QCOMPARE(cell(m_campaignIds.at(1), MessageTableModel::Name), QStringLiteral("Jüri Õunapuu"));
    QCOMPARE(cell(m_campaignIds.at(1), MessageTableModel::Recipient), QStringLiteral("+37251000001"));
    QCOMPARE(cell(m_campaignIds.at(1), MessageTableModel::Campaign), QStringLiteral("Spring sale"));
    QCOMPARE(cell(m_campaignIds.at(1), MessageTableModel::Template), QStringLiteral("spring_sale (en)"));
    QCOMPARE(cell(m_campaignIds.at(1), MessageTableModel::Provider), QStringLiteral("Sandbox (Bird)"));
    QCOMPARE(cell(m_singleIds.at(0), MessageTableModel::Provider), QStringLiteral("Support desk (Messente)"));
    QCOMPARE(cell(m_singleIds.at(0), MessageTableModel::Name), QString()); // sent on its own: no list row
    QCOMPARE(cell(m_singleIds.at(0), MessageTableModel::Campaign), QString());
    QCOMPARE(cell(m_singleIds.at(0), MessageTableModel::Error), QStringLiteral("Not on WhatsApp"));
    QCOMPARE(cell(m_singleIds.at(1), MessageTableModel::Template), QStringLiteral("Text message"));
    QCOMPARE(cell(m_campaignIds.at(0), MessageTableModel::State), stateDisplayName(MessageState::Read));
    QCOMPARE(cell(m_campaignIds.at(0), MessageTableModel::Channel), QStringLiteral("whatsapp"));
    const QModelIndex state = model.index(model.rowOf(m_campaignIds.at(0)), MessageTableModel::State);
    QVERIFY(!state.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(state.data(Qt::ForegroundRole).value<QColor>().isValid());

    const MessageTableModel::StateCounts& counts = model.stateCounts();
    QCOMPARE(counts.of(MessageState::Read), 1);
    QCOMPARE(counts.of(MessageState::Sent), 2);
    QCOMPARE(counts.of(MessageState::Failed), 1);
    QCOMPARE(counts.of(MessageState::Queued), 1);
    QCOMPARE(counts.total(), 5);
}

void TestMessageModel::batchUpdatesTheRightRowsWithOneDataChanged()
{
    MessageTableModel model(*m_messages);
    load(model);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy updated(&model, &MessageTableModel::rowsUpdated);
    QSignalSpy counts(&model, &MessageTableModel::countsChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    m_messages->applyChanges({ { m_campaignIds.at(1), to(MessageState::Delivered), {}, {} },
        { m_campaignIds.at(2), to(MessageState::Failed, QStringLiteral("Delivery failure")), {}, {} } });
    // The tracker's batch names an unchanged message too: it is left alone.
    model.applyChanges({ m_campaignIds.at(1), m_campaignIds.at(2), m_campaignIds.at(0) });

    QCOMPARE(inserted.size(), 0);
    QCOMPARE(updated.size(), 1);
    const QList<int> rows = updated.at(0).at(0).value<QList<int>>();
    QCOMPARE(rows, QList<int>({ model.rowOf(m_campaignIds.at(2)), model.rowOf(m_campaignIds.at(1)) }));
    QCOMPARE(changed.size(), 1); // one signal for the batch
    const QModelIndex top = changed.at(0).at(0).toModelIndex();
    const QModelIndex bottom = changed.at(0).at(1).toModelIndex();
    QCOMPARE(top.row(), rows.first());
    QCOMPARE(bottom.row(), rows.last());
    QVERIFY(top.column() <= MessageTableModel::State && bottom.column() >= MessageTableModel::Error);
    QCOMPARE(counts.size(), 1);
    QCOMPARE(model.index(model.rowOf(m_campaignIds.at(1)), MessageTableModel::State).data().toString(),
        stateDisplayName(MessageState::Delivered));
    QCOMPARE(model.index(model.rowOf(m_campaignIds.at(2)), MessageTableModel::Error).data().toString(),
        QStringLiteral("Delivery failure"));
    QCOMPARE(model.stateCounts().of(MessageState::Sent), 0);
    QCOMPARE(model.stateCounts().of(MessageState::Delivered), 1);
    QCOMPARE(model.stateCounts().of(MessageState::Failed), 2);
    QCOMPARE(model.stateCounts().total(), 5);

    // Nothing new: no signal at all.
    model.applyChanges({ m_campaignIds.at(0) });
    QCOMPARE(changed.size(), 1);
    QCOMPARE(counts.size(), 1);
}

void TestMessageModel::newMessagesArriveAtTheTop()
{
    MessageTableModel model(*m_messages);
    load(model);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    const qint64 a = single(m_bird, QStringLiteral("+37255500001"));
    const qint64 b = single(m_bird, QStringLiteral("+37255500002"));
    model.applyChanges({ b, a, m_singleIds.at(0) });
    QCOMPARE(inserted.size(), 1); // one block
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 1);
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.idAt(0), b);
    QCOMPARE(model.idAt(1), a);
    QCOMPARE(model.stateCounts().of(MessageState::Queued), 3);
    QCOMPARE(model.index(0, MessageTableModel::Provider).data().toString(), QStringLiteral("Sandbox (Bird)"));
    QCOMPARE(model.rowOf(m_campaignIds.at(0)), 6);
}

void TestMessageModel::changesDuringLoadingAreNotLost()
{
    MessageTableModel model(*m_messages);
    model.reload();
    QVERIFY(model.isLoading());
    // While the worker reads, a message moves on and a new one is journaled; both are announced.
    m_messages->applyChanges({ { m_campaignIds.at(1), to(MessageState::Read), {}, {} } });
    const qint64 fresh = single(m_messente, QStringLiteral("+37255599999"));
    model.applyChanges({ m_campaignIds.at(1), fresh });
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.idAt(0), fresh);
    QCOMPARE(model.index(model.rowOf(m_campaignIds.at(1)), MessageTableModel::State).data().toString(),
        stateDisplayName(MessageState::Read));
    QCOMPARE(model.stateCounts().total(), 6);
}

void TestMessageModel::messageReadsTheWholeRecord()
{
    MessageTableModel model(*m_messages);
    load(model);
    const MessageRecord* record = model.message(model.rowOf(m_campaignIds.at(0)));
    QVERIFY(record);
    QCOMPARE(record->id, m_campaignIds.at(0));
    QCOMPARE(record->providerMessageId, QStringLiteral("p1"));
    QCOMPARE(record->renderedBody, QStringLiteral("Hello Mari Tamm"));
    QCOMPARE(model.message(-1), nullptr);
    QCOMPARE(model.message(99), nullptr);
}

void TestMessageModel::filtersByState()
{
    MessageTableModel model(*m_messages);
    load(model);
    MessageFilterModel proxy;
    proxy.setSourceModel(&model);
    QCOMPARE(proxy.rowCount(), 5);
    proxy.setStates(MessageFilterModel::stateBit(MessageState::Sent));
    QCOMPARE(shownSet(proxy), QSet<qint64>({ m_campaignIds.at(1), m_campaignIds.at(2) }));
    proxy.setStates(
        MessageFilterModel::stateBit(MessageState::Failed) | MessageFilterModel::stateBit(MessageState::Read));
    QCOMPARE(shownSet(proxy), QSet<qint64>({ m_singleIds.at(0), m_campaignIds.at(0) }));
    proxy.setStates(0);
    QCOMPARE(proxy.rowCount(), 5);
}

void TestMessageModel::filtersByCampaignProfileAndDate()
{
    MessageTableModel model(*m_messages);
    load(model);
    MessageFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.setCampaign(m_campaign);
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setCampaign(0); // sent on their own
    QCOMPARE(shownSet(proxy), QSet<qint64>(m_singleIds.begin(), m_singleIds.end()));
    proxy.setCampaign(424242); // a campaign without messages here
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setCampaign(MessageFilterModel::kAny);

    proxy.setProfile(m_messente);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setProfile(m_bird);
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setProfile(MessageFilterModel::kAny);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    proxy.setDateRange(now.addSecs(-3600), QDateTime());
    QCOMPARE(proxy.rowCount(), 5);
    proxy.setDateRange(now.addSecs(3600), QDateTime());
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setDateRange(QDateTime(), now.addSecs(-3600));
    QCOMPARE(proxy.rowCount(), 0);
    // A message that moves later falls into a range that starts after the others' last update.
    QTest::qWait(20);
    const QDateTime later = QDateTime::currentDateTimeUtc();
    QTest::qWait(5);
    m_messages->applyChanges({ { m_campaignIds.at(2), to(MessageState::Delivered), {}, {} } });
    proxy.setDateRange(later, QDateTime());
    QCOMPARE(proxy.rowCount(), 0);
    model.applyChanges({ m_campaignIds.at(2) });
    QCOMPARE(shownIds(proxy), QList<qint64>({ m_campaignIds.at(2) }));
}

void TestMessageModel::filtersByText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("campaignRows"); // indexes into m_campaignIds
    QTest::addColumn<QList<int>>("singleRows"); // indexes into m_singleIds

    QTest::newRow("name, any case") << QStringLiteral("mari") << QList<int> { 0 } << QList<int> {};
    QTest::newRow("name with accents") << QStringLiteral("ÕUNAPUU") << QList<int> { 1 } << QList<int> {};
    QTest::newRow("digits") << QStringLiteral("51000002") << QList<int> { 2 } << QList<int> {};
    QTest::newRow("number as typed") << QStringLiteral("+372 5100-0000") << QList<int> { 0 } << QList<int> {};
    QTest::newRow("country code") << QStringLiteral("+49") << QList<int> {} << QList<int> { 1 };
    QTest::newRow("template") << QStringLiteral("order_upd") << QList<int> {} << QList<int> { 0 };
    QTest::newRow("free text message") << QStringLiteral("text message") << QList<int> {} << QList<int> { 1 };
    QTest::newRow("error") << QStringLiteral("whatsapp") << QList<int> {} << QList<int> { 0 };
    QTest::newRow("campaign") << QStringLiteral("spring") << QList<int> { 0, 1, 2 } << QList<int> {};
    QTest::newRow("every word") << QStringLiteral("spring anna") << QList<int> { 2 } << QList<int> {};
    QTest::newRow("nothing") << QStringLiteral("zebra") << QList<int> {} << QList<int> {};
    QTest::newRow("blank") << QStringLiteral("   ") << QList<int> { 0, 1, 2 } << QList<int> { 0, 1 };
}

void TestMessageModel::filtersByText()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, campaignRows);
    QFETCH(QList<int>, singleRows);
    MessageTableModel model(*m_messages);
    load(model);
    MessageFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.setText(text);
    QSet<qint64> expected;
    for (const int i : campaignRows)
        expected.insert(m_campaignIds.at(i));
    for (const int i : singleRows)
        expected.insert(m_singleIds.at(i));
    const QList<qint64> shown = shownIds(proxy);
    QCOMPARE(QSet<qint64>(shown.begin(), shown.end()), expected);
}

void TestMessageModel::countsIgnoreOnlyTheStateFilter()
{
    MessageTableModel model(*m_messages);
    load(model);
    MessageFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.setCampaign(m_campaign);
    proxy.setStates(MessageFilterModel::stateBit(MessageState::Read));
    QCOMPARE(proxy.rowCount(), 1);
    // What the campaign filter lets through, in each state: the state filter's choices.
    QCOMPARE(proxy.stateCounts().of(MessageState::Read), 1);
    QCOMPARE(proxy.stateCounts().of(MessageState::Sent), 2);
    QCOMPARE(proxy.stateCounts().of(MessageState::Failed), 0); // the failed one was sent on its own
    QCOMPARE(proxy.stateCounts().total(), 3);
}

void TestMessageModel::filteredViewFollowsBatches()
{
    MessageTableModel model(*m_messages);
    load(model);
    MessageFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(MessageTableModel::Recipient, Qt::AscendingOrder);
    proxy.setStates(
        MessageFilterModel::stateBit(MessageState::Sent) | MessageFilterModel::stateBit(MessageState::Queued));
    QCOMPARE(proxy.rowCount(), 3);
    const QPersistentModelIndex kept = proxy.index(shownIds(proxy).indexOf(m_campaignIds.at(2)), 0);
    QSignalSpy counts(&proxy, &MessageFilterModel::countsChanged);

    // A sent message is delivered (it leaves the view) and the queued one is sent (it stays).
    m_messages->applyChanges({ { m_campaignIds.at(1), to(MessageState::Delivered), {}, {} },
        { m_singleIds.at(1), to(MessageState::Sent), {}, {} } });
    model.applyChanges({ m_campaignIds.at(1), m_singleIds.at(1) });
    QCOMPARE(shownSet(proxy), QSet<qint64>({ m_campaignIds.at(2), m_singleIds.at(1) }));
    QVERIFY(kept.isValid()); // the persistent index followed its row
    QCOMPARE(kept.data(MessageTableModel::kIdRole).toLongLong(), m_campaignIds.at(2));
    QCOMPARE(counts.size(), 1);
    QCOMPARE(proxy.stateCounts().of(MessageState::Sent), 2);
    QCOMPARE(proxy.stateCounts().of(MessageState::Delivered), 1);
    QCOMPARE(proxy.stateCounts().of(MessageState::Queued), 0);

    // A new message in a chosen state comes in; one in another state does not.
    const qint64 fresh = single(m_bird, QStringLiteral("+37250000000"));
    model.applyChanges({ fresh });
    QCOMPARE(proxy.rowCount(), 3);
    QCOMPARE(proxy.index(0, 0).data(MessageTableModel::kIdRole).toLongLong(), fresh); // sorted by recipient
    QVERIFY(kept.isValid());
    QCOMPARE(kept.data(MessageTableModel::kIdRole).toLongLong(), m_campaignIds.at(2));
    proxy.setStates(MessageFilterModel::stateBit(MessageState::Delivered));
    QVERIFY(!kept.isValid()); // filtered out
    // Every row again, still in the order chosen, the new one and the changed ones in their places.
    proxy.setStates(0);
    QCOMPARE(proxy.rowCount(), 6);
    for (int r = 0; r + 1 < proxy.rowCount(); ++r)
        QVERIFY(proxy.index(r, MessageTableModel::Recipient).data().toString()
            <= proxy.index(r + 1, MessageTableModel::Recipient).data().toString());
}

void TestMessageModel::sortsByEveryColumn_data()
{
    QTest::addColumn<int>("column");
    for (int c = 0; c < MessageTableModel::ColumnCount; ++c)
        QTest::newRow(qPrintable(QStringLiteral("column %1").arg(c))) << c;
}

void TestMessageModel::sortsByEveryColumn()
{
    QFETCH(int, column);
    // Some more variety: another campaign message later, another error.
    m_messages->applyChanges(
        { { m_campaignIds.at(2), to(MessageState::Failed, QStringLiteral("Delivery failure")), {}, {} } });
    MessageTableModel model(*m_messages);
    load(model);
    MessageFilterModel proxy;
    proxy.setSourceModel(&model);
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    const auto ordered = [&](int a, int b) {
        // Whether row a may come before row b in ascending order.
        const QModelIndex ia = proxy.index(a, column);
        const QModelIndex ib = proxy.index(b, column);
        switch (column) {
        case MessageTableModel::State:
        case MessageTableModel::Updated:
            return ia.data(MessageTableModel::kSortRole).toLongLong()
                <= ib.data(MessageTableModel::kSortRole).toLongLong();
        case MessageTableModel::Recipient:
            return ia.data().toString() <= ib.data().toString();
        case MessageTableModel::Name:
            return ia.data().toString().toCaseFolded() <= ib.data().toString().toCaseFolded();
        default:
            return collator.compare(ia.data().toString(), ib.data().toString()) <= 0;
        }
    };
    for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
        proxy.sort(column, order);
        QCOMPARE(proxy.rowCount(), 5);
        for (int r = 0; r + 1 < proxy.rowCount(); ++r) {
            const bool ok = order == Qt::AscendingOrder ? ordered(r, r + 1) : ordered(r + 1, r);
            QVERIFY2(ok,
                qPrintable(
                    QStringLiteral("rows %1 and %2: '%3' then '%4'")
                        .arg(r)
                        .arg(r + 1)
                        .arg(proxy.index(r, column).data().toString(), proxy.index(r + 1, column).data().toString())));
        }
    }
}

void TestMessageModel::sortedViewKeepsOrderThroughBatches()
{
    MessageTableModel model(*m_messages);
    load(model);
    MessageFilterModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(MessageTableModel::Updated, Qt::DescendingOrder);
    QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);
    QTest::qWait(5);
    m_messages->applyChanges({ { m_campaignIds.at(1), to(MessageState::Read), {}, {} },
        { m_campaignIds.at(2), to(MessageState::Delivered, {}, QStringLiteral("sms")), {}, {} } });
    model.applyChanges({ m_campaignIds.at(1), m_campaignIds.at(2) });
    QCOMPARE(layout.size(), 1); // one move for the batch
    // The messages that changed last come first.
    const QList<qint64> shown = shownIds(proxy);
    QCOMPARE(
        QSet<qint64>(shown.begin(), shown.begin() + 2), QSet<qint64>({ m_campaignIds.at(1), m_campaignIds.at(2) }));
    for (int r = 0; r + 1 < proxy.rowCount(); ++r)
        QVERIFY(proxy.index(r, MessageTableModel::Updated).data(MessageTableModel::kSortRole).toLongLong()
            >= proxy.index(r + 1, MessageTableModel::Updated).data(MessageTableModel::kSortRole).toLongLong());
}

QTEST_MAIN(TestMessageModel)
#include "tst_messagemodel.moc"
