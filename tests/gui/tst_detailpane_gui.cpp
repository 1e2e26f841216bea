// The message detail pane on the real application and its sandbox: a message that fails, its status
// history, the error in words, the history of the number across providers, the ids on the clipboard,
// retry, resend after confirmation, cancel, export; and every provider status shown as its state.
#include "GuiTest.h"
#include "SandboxApp.h"
#include "app/AppContext.h"
#include "core/BirdStatus.h"
#include "core/Campaign.h"
#include "core/CsvReader.h"
#include "core/ErrorExplanation.h"
#include "core/KaleyraStatus.h"
#include "core/MessenteStatus.h"
#include "dispatch/SendController.h"
#include "dispatch/StatusTracker.h"
#include "gui/DeliveryExport.h"
#include "gui/MessageDetailPane.h"
#include "storage/AuditLog.h"
#include "storage/CampaignRepository.h"
#include "storage/MessageRepository.h"
#include "storage/ProfileRepository.h"
#include "storage/RecipientListRepository.h"
#include "storage/TemplateRepository.h"

#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTreeWidget>

using namespace herald;
using namespace herald::test;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(herald::ProviderKind)

namespace {

// docs/sandbox.md: numbers ending in 00 are undelivered, 98 expire; others are delivered.
const QString kUndelivered = u"+37251000000"_s;
const QString kDelivered = u"+37251000001"_s;

QString text(QWidget* pane, const char* label)
{
    return child<QLabel>(pane, label)->text();
}

} // namespace

class TestDetailPaneGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void aFailedMessageIsExplainedWithItsHistory();
    void retryingAFailedMessageSendsItAgain();
    void unknownIsResentOnlyAfterConfirmation();
    void aScheduledMessageIsCancelled();
    void everyProviderStatusShowsItsState_data();
    void everyProviderStatusShowsItsState();
    void theHistoryIsExported();
    void aCampaignIsExportedWithItsNames();
    void aCampaignMessageIsRetriedWithItsCampaign();

private:
    qint64 profileOf(ProviderKind kind) const
    {
        return m_sandbox.app->profiles().findByName(AppContext::sandboxProfileName(kind))->id;
    }
    /// Sends the template to @p number through the sandbox profile of @p kind; the new message's id.
    qint64 send(ProviderKind kind, const QString& number, const QDateTime& scheduledFor = {},
        const CampaignOptions& options = {});
    MessageState stateOf(qint64 id) const { return m_sandbox.app->messages().find(id)->state; }
    /// A message journaled as sent through @p kind, without a request leaving: for states the sandbox never gives.
    qint64 journal(ProviderKind kind, const QString& number, const CampaignOptions& options = {});
    std::unique_ptr<MessageDetailPane> makePane(int width);
    /// A paused campaign through Bird to one recipient per name, from a list that names them.
    qint64 makeCampaign(const QStringList& names);

    SandboxApp m_sandbox;
    Template m_template;
};

void TestDetailPaneGui::init()
{
    const QString error = m_sandbox.startFast({ 1000, 700 });
    QVERIFY2(error.isEmpty(), qPrintable(error));

    m_template = Template();
    m_template.name = u"order_ready"_s;
    m_template.language = u"en"_s;
    m_template.body = u"Hello {{1}}, your order {{2}} is ready."_s;
    m_template.bodyExamples = { { u"1"_s, u"Mari"_s }, { u"2"_s, u"A-1"_s } };
    m_template.birdProjectId = u"sandbox-project"_s;
    m_template.id = m_sandbox.app->templates().save(m_template);
    QVERIFY(m_template.id > 0);
}

void TestDetailPaneGui::cleanup()
{
    if (auto* modal = QApplication::activeModalWidget())
        modal->close();
    m_sandbox.stop();
}

qint64 TestDetailPaneGui::send(
    ProviderKind kind, const QString& number, const QDateTime& scheduledFor, const CampaignOptions& options)
{
    SendRequest request;
    request.validityMinutes = options.validityMinutes;
    request.priority = options.priority;
    request.textStore = options.textStore;
    request.viberFallbackText = options.viberFallbackText;
    request.smsFallbackText = options.smsFallbackText;
    request.profileId = profileOf(kind);
    request.tpl = m_template;
    request.values.body = { { u"1"_s, u"Mari"_s }, { u"2"_s, u"A-1"_s } };
    request.recipient = number;
    request.scheduledFor = scheduledFor;
    const QStringList problems = m_sandbox.app->sender().check(request);
    if (!problems.isEmpty())
        qWarning("cannot send: %s", qPrintable(problems.join(u' ')));
    return m_sandbox.app->sender().send(request);
}

qint64 TestDetailPaneGui::journal(ProviderKind kind, const QString& number, const CampaignOptions& options)
{
    NewMessage message;
    message.profileId = profileOf(kind);
    message.templateId = m_template.id;
    message.templateName = m_template.name;
    message.language = m_template.language;
    message.recipient = number;
    message.renderedBody = u"Hello Mari, your order A-1 is ready."_s;
    TemplateValues values;
    values.body = { { u"1"_s, u"Mari"_s }, { u"2"_s, u"A-1"_s } };
    message.parametersJson = templateValuesToJson(values);
    message.sendOptionsJson = campaignOptionsToJson(options);
    const qint64 id = m_sandbox.app->messages().insertQueued(message);
    m_sandbox.app->messages().applyChange(id, { MessageState::Sending, {}, {}, {}, {}, {} });
    return id;
}

std::unique_ptr<MessageDetailPane> TestDetailPaneGui::makePane(int width)
{
    auto pane = std::make_unique<MessageDetailPane>(m_sandbox.app->guiServices());
    pane->resize(width, 900);
    pane->show();
    if (!QTest::qWaitForWindowExposed(pane.get()))
        qWarning("the pane was never shown");
    return pane;
}

void TestDetailPaneGui::aFailedMessageIsExplainedWithItsHistory()
{
    // The same number through two providers, and another number that must not show up in its history.
    const qint64 bird = send(ProviderKind::Bird, u"+372 5100 0000"_s);
    const qint64 messente = send(ProviderKind::Messente, kUndelivered);
    const qint64 other = send(ProviderKind::Messente, kDelivered);
    QVERIFY(bird > 0 && messente > 0 && other > 0);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(messente), MessageState::Failed, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(bird), MessageState::Failed, 10000);

    const auto pane = makePane(900);
    QVERIFY(child<QLabel>(pane.get(), "emptyLabel")->isVisible());
    pane->setMessage(messente);
    QCOMPARE(pane->message(), messente);
    QVERIFY(!child<QLabel>(pane.get(), "emptyLabel")->isVisible());
    QVERIFY(text(pane.get(), "stateLabel").contains(stateDisplayName(MessageState::Failed)));
    QVERIFY(text(pane.get(), "stateLabel").contains(u"UNDELIV"_s));
    QCOMPARE(text(pane.get(), "recipientLabel"), kUndelivered);
    QCOMPARE(text(pane.get(), "templateLabel"), u"order_ready (en)"_s);
    QVERIFY(text(pane.get(), "profileLabel").contains(u"Messente"_s));
    QCOMPARE(text(pane.get(), "channelsLabel"), u"whatsapp"_s);
    QCOMPARE(text(pane.get(), "bodyLabel"), u"Hello Mari, your order A-1 is ready."_s);

    // The timeline: every change with its time, from queued to Messente's UNDELIV with err 1.
    auto* timeline = child<QTreeWidget>(pane.get(), "timelineTree");
    const QList<StatusEvent> events = m_sandbox.app->messages().events(messente);
    QCOMPARE(timeline->topLevelItemCount(), events.size());
    QCOMPARE(timeline->topLevelItem(0)->text(1), stateDisplayName(MessageState::Queued));
    QTreeWidgetItem* last = timeline->topLevelItem(timeline->topLevelItemCount() - 1);
    QCOMPARE(last->text(1), stateDisplayName(MessageState::Failed));
    QCOMPARE(last->text(2), u"UNDELIV"_s);
    QCOMPARE(last->text(3), u"whatsapp"_s);
    QCOMPARE(last->text(4), u"1"_s);
    QVERIFY(!last->text(0).isEmpty());
    QCOMPARE(last->childCount(), 1); // the error's words, on a line of their own

    // The error in words, with what to do.
    QVERIFY(child<QWidget>(pane.get(), "errorGroup")->isVisible());
    QCOMPARE(text(pane.get(), "explanationLabel"), messente::explainErrorCode(1));
    QVERIFY(text(pane.get(), "actionAdviceLabel").contains(explainError(ProviderKind::Messente, u"1"_s).action));

    // The provider's own answer that failed it, formatted, when the tracker kept it.
    auto* raw = child<QPlainTextEdit>(pane.get(), "rawAnswer");
    if (events.last().raw.isEmpty())
        QCOMPARE(text(pane.get(), "rawCaptionLabel"), u"No raw answer recorded for this message."_s);
    else
        QVERIFY2(raw->toPlainText().contains(u"UNDELIV"_s), qPrintable(raw->toPlainText()));

    // Every message ever sent to the number, newest first, across providers; not the other number's.
    auto* history = child<QTreeWidget>(pane.get(), "historyList");
    QCOMPARE(history->topLevelItemCount(), 2);
    QCOMPARE(history->topLevelItem(0)->data(0, Qt::UserRole + 1).toLongLong(), messente);
    QCOMPARE(history->topLevelItem(1)->data(0, Qt::UserRole + 1).toLongLong(), bird);
    QVERIFY(history->topLevelItem(1)->text(3).contains(AppContext::sandboxProfileName(ProviderKind::Bird)));
    QVERIFY(text(pane.get(), "historyCountLabel").contains(u"2"_s));

    // Copy ids: Herald's and the provider's, ready to quote to its support.
    const MessageRecord record = *m_sandbox.app->messages().find(messente);
    QVERIFY(!record.providerMessageId.isEmpty());
    QApplication::clipboard()->clear();
    child<QPushButton>(pane.get(), "copyIdsButton")->click();
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.contains(record.providerMessageId), qPrintable(copied));
    QVERIFY(copied.contains(QString::number(messente)));
    QCOMPARE(copied, text(pane.get(), "idsLabel"));

    snapshot(pane.get(), "detail-pane-failed-wide");
    pane->resize(480, 900);
    snapshot(pane.get(), "detail-pane-failed-480");
    // At 480 px nothing is cut: the long texts wrap inside the pane.
    QVERIFY(child<QLabel>(pane.get(), "actionAdviceLabel")->width() <= 480);
    QVERIFY(child<QWidget>(pane.get(), "scrollContents")->width() <= 480);

    // Clicking the Bird message in the history shows it, with WhatsApp's code explained.
    QSignalSpy activated(pane.get(), &MessageDetailPane::messageActivated);
    QTreeWidgetItem* birdItem = history->topLevelItem(1);
    history->scrollToItem(birdItem);
    QTest::mouseClick(history->viewport(), Qt::LeftButton, {}, history->visualItemRect(birdItem).center());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toLongLong(), bird);
    QCOMPARE(pane->message(), bird);
    QVERIFY(text(pane.get(), "profileLabel").contains(u"Bird"_s));
    QCOMPARE(text(pane.get(), "explanationLabel"), explainError(ProviderKind::Bird, u"131026"_s).what);
    QVERIFY(text(pane.get(), "providerWordsLabel").contains(u"131026"_s));
    snapshot(pane.get(), "detail-pane-bird-480");

    pane->clear();
    QCOMPARE(pane->message(), 0);
    QVERIFY(child<QLabel>(pane.get(), "emptyLabel")->isVisible());
    QVERIFY(!child<QPushButton>(pane.get(), "retryButton")->isEnabled());
}

void TestDetailPaneGui::retryingAFailedMessageSendsItAgain()
{
    // Sent with options of its own: a retry must carry them too.
    const CampaignOptions options { 90, u"high"_s, u"nostore"_s, {}, {} };
    const qint64 failed = send(ProviderKind::Messente, u"+37251000098"_s, {}, options); // expires
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(failed), MessageState::Expired, 10000);
    const auto pane = makePane(640);
    pane->setMessage(failed);
    auto* retry = child<QPushButton>(pane.get(), "retryButton");
    QVERIFY(retry->isEnabled());
    QVERIFY(!child<QPushButton>(pane.get(), "resendButton")->isEnabled());
    QVERIFY(!child<QPushButton>(pane.get(), "cancelButton")->isEnabled());
    QVERIFY(!text(pane.get(), "actionAdviceLabel").isEmpty());

    QSignalSpy created(pane.get(), &MessageDetailPane::messageCreated);
    retry->click();
    QCOMPARE(created.count(), 1);
    const qint64 again = created.first().first().toLongLong();
    QVERIFY(again != failed);
    QCOMPARE(pane->message(), again);
    const MessageRecord copy = *m_sandbox.app->messages().find(again);
    QCOMPARE(copy.recipient, u"+37251000098"_s);
    QCOMPARE(copy.renderedBody, m_sandbox.app->messages().find(failed)->renderedBody);
    QCOMPARE(copy.parametersJson, m_sandbox.app->messages().find(failed)->parametersJson);
    QCOMPARE(campaignOptionsFromJson(copy.sendOptionsJson), options);
    QCOMPARE(text(pane.get(), "actionStatusLabel"),
        u"Sent again as message %1; message %2 stays in the history."_s.arg(again).arg(failed));
    QTRY_COMPARE(child<QTreeWidget>(pane.get(), "historyList")->topLevelItemCount(), 2);
    // The pane follows the new message as the sandbox reports on it.
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(again), MessageState::Expired, 10000);
    QTRY_VERIFY(text(pane.get(), "stateLabel").contains(stateDisplayName(MessageState::Expired)));
    const QList<AuditEntry> audit = m_sandbox.app->audit().entries(0);
    QVERIFY(std::any_of(audit.begin(), audit.end(),
        [again](const AuditEntry& e) { return e.action == u"retried"_s && e.messageId == again; }));
}

void TestDetailPaneGui::unknownIsResentOnlyAfterConfirmation()
{
    // Sent with a fallback chain and options of its own: sent again, it carries them all.
    const CampaignOptions options { 60, u"low"_s, {}, u"Viber: order A-1 is ready."_s, u"SMS: order A-1 is ready."_s };
    const qint64 id = journal(ProviderKind::Messente, kDelivered, options);
    QVERIFY(m_sandbox.app->messages().applyChange(
        id, { MessageState::Unknown, {}, {}, {}, u"Herald stopped while this message was being sent."_s, {} }));
    const auto pane = makePane(480);
    pane->setMessage(id);
    QCOMPARE(text(pane.get(), "explanationLabel"), u"Herald stopped while this message was being sent."_s);
    QVERIFY(text(pane.get(), "actionAdviceLabel").contains(u"twice"_s));
    auto* resend = child<QPushButton>(pane.get(), "resendButton");
    QVERIFY(resend->isEnabled());
    QVERIFY(!child<QPushButton>(pane.get(), "retryButton")->isEnabled());
    snapshot(pane.get(), "detail-pane-unknown-480");

    // "Leave it" leaves it.
    QString warning;
    onNextDialog([&warning](QDialog* dialog) {
        auto* box = qobject_cast<QMessageBox*>(dialog);
        QVERIFY(box);
        warning = box->informativeText();
        box->button(QMessageBox::No)->click();
    });
    resend->click();
    QVERIFY(warning.contains(u"twice"_s));
    QCOMPARE(pane->message(), id);
    QCOMPARE(m_sandbox.app->messages().forRecipient(kDelivered).size(), 1);

    // "Send again" sends it again, as a new message in the number's history.
    onNextDialog([](QDialog* dialog) { qobject_cast<QMessageBox*>(dialog)->button(QMessageBox::Yes)->click(); });
    resend->click();
    QVERIFY(pane->message() != id);
    QCOMPARE(m_sandbox.app->messages().forRecipient(kDelivered).size(), 2);
    QCOMPARE(campaignOptionsFromJson(m_sandbox.app->messages().find(pane->message())->sendOptionsJson), options);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(pane->message()), MessageState::Read, 10000);
    QCOMPARE(stateOf(id), MessageState::Unknown); // the first stays as it was
}

void TestDetailPaneGui::aScheduledMessageIsCancelled()
{
    const qint64 id = send(ProviderKind::Messente, kDelivered, QDateTime::currentDateTimeUtc().addSecs(3600));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), MessageState::Scheduled, 5000);
    const auto pane = makePane(480);
    pane->setMessage(id);
    QVERIFY(child<QLabel>(pane.get(), "scheduledLabel")->isVisible());
    auto* cancel = child<QPushButton>(pane.get(), "cancelButton");
    QVERIFY(cancel->isEnabled());
    cancel->click();
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), MessageState::Cancelled, 5000);
    QTRY_VERIFY(text(pane.get(), "stateLabel").contains(stateDisplayName(MessageState::Cancelled)));
    QVERIFY(!text(pane.get(), "actionStatusLabel").isEmpty());
    QVERIFY(!cancel->isEnabled());
}

void TestDetailPaneGui::everyProviderStatusShowsItsState_data()
{
    QTest::addColumn<ProviderKind>("provider");
    QTest::addColumn<QString>("status");
    // Every status each provider documents (design.md's mappings).
    for (const char* s :
        { "", "ACK", "ACCEPTD", "DELIVRD", "SEEN", "UNDELIV", "FAILED", "REJECTD", "NACK", "EXPIRED", "DELETED" })
        QTest::addRow("messente %s", s) << ProviderKind::Messente << QString::fromLatin1(s);
    for (const char* s : { "accepted", "processing", "scheduled", "sent", "delivered", "sending_failed",
             "delivery_failed", "rejected", "skipped", "deleted" })
        QTest::addRow("bird %s", s) << ProviderKind::Bird << QString::fromLatin1(s);
    for (const char* s : { "SENT", "DELIVERED", "READ", "FAILED", "NOT-SENT", "sent", "read" })
        QTest::addRow("kaleyra %s", s) << ProviderKind::Kaleyra << QString::fromLatin1(s);
}

void TestDetailPaneGui::everyProviderStatusShowsItsState()
{
    QFETCH(ProviderKind, provider);
    QFETCH(QString, status);
    const std::optional<MessageState> state = provider == ProviderKind::Messente ? messente::mapStatus(status)
        : provider == ProviderKind::Bird                                         ? bird::mapStatus(status)
                                                                                 : kaleyra::mapStatus(status);
    QVERIFY(state);
    const qint64 id = journal(provider, kDelivered);
    QVERIFY(m_sandbox.app->messages().applyChange(id, { *state, status, u"whatsapp"_s, {}, {}, {} }));

    const auto pane = makePane(480);
    pane->setMessage(id);
    auto* timeline = child<QTreeWidget>(pane.get(), "timelineTree");
    QTreeWidgetItem* last = timeline->topLevelItem(timeline->topLevelItemCount() - 1);
    QCOMPARE(last->text(1), stateDisplayName(*state));
    QCOMPARE(last->text(2), status);
    QVERIFY(text(pane.get(), "stateLabel").startsWith(stateDisplayName(*state)));
    if (!status.isEmpty())
        QVERIFY(text(pane.get(), "stateLabel").contains(status));
    // Only what the state allows can be done.
    QCOMPARE(child<QPushButton>(pane.get(), "retryButton")->isEnabled(),
        *state == MessageState::Failed || *state == MessageState::Expired);
    QCOMPARE(child<QPushButton>(pane.get(), "cancelButton")->isEnabled(), *state == MessageState::Scheduled);
    QCOMPARE(child<QWidget>(pane.get(), "errorGroup")->isVisibleTo(pane.get()),
        *state == MessageState::Failed || *state == MessageState::Expired);
}

void TestDetailPaneGui::theHistoryIsExported()
{
    const qint64 first = journal(ProviderKind::Kaleyra, kUndelivered);
    m_sandbox.app->messages().applyChange(first,
        { MessageState::Failed, u"FAILED"_s, u"whatsapp"_s, u"131026"_s, u"Message undeliverable, \"really\""_s, {} });
    const qint64 second = journal(ProviderKind::Messente, kUndelivered);
    const auto pane = makePane(480);
    pane->setMessage(first);

    const QString path = m_sandbox.dir->filePath(u"history.csv"_s);
    QString error;
    QVERIFY2(pane->exportHistory(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const CsvTable table = readCsv(decodeText(file.readAll()));
    QCOMPARE(table.rows.size(), 2);
    QCOMPARE(table.rows.at(0).at(0), QString::number(second)); // newest first, as the pane lists them
    QCOMPARE(table.rows.at(1).at(0), QString::number(first));
    QCOMPARE(table.rows.at(1).at(1), u"'"_s + kUndelivered);
    QCOMPARE(table.rows.at(1).at(7), providerKindDisplayName(ProviderKind::Kaleyra));
    QCOMPARE(table.rows.at(1).at(16), u"131026"_s);
    QCOMPARE(table.rows.at(1).at(17), explainError(ProviderKind::Kaleyra, u"131026"_s).summary());
    QCOMPARE(table.rows.at(1).at(18), u"Message undeliverable, \"really\""_s);
}

qint64 TestDetailPaneGui::makeCampaign(const QStringList& names)
{
    // A list with a name column, and a campaign made from it, saved paused: nothing leaves.
    RecipientList list;
    list.name = u"May customers"_s;
    list.columns = { u"Name"_s, u"Phone"_s };
    list.phoneColumn = 1;
    list.nameColumn = 0;
    for (int i = 0; i < names.size(); ++i) {
        RecipientRow row;
        row.position = i;
        row.phone = kDelivered.chopped(1) + QString::number(i + 2);
        row.e164 = row.phone;
        row.cells = { names.at(i), row.phone };
        list.rows.append(row);
    }
    list.id = m_sandbox.app->lists().save(list);
    NewCampaign campaign;
    campaign.name = u"May orders"_s;
    campaign.profileId = profileOf(ProviderKind::Bird);
    campaign.tpl = m_template;
    campaign.listId = list.id;
    campaign.listName = list.name;
    campaign.state = CampaignState::Paused;
    CampaignPlan plan;
    for (const RecipientRow& row : std::as_const(list.rows)) {
        PlannedMessage message;
        message.position = row.position;
        message.e164 = row.e164;
        message.values.body = { { u"1"_s, u"Mari"_s }, { u"2"_s, u"A-1"_s } };
        message.renderedBody = u"Hello Mari, your order A-1 is ready."_s;
        plan.messages.append(message);
    }
    plan.rows = int(list.rows.size());
    return list.id > 0 ? m_sandbox.app->campaignRecords().create(campaign, plan) : 0;
}

void TestDetailPaneGui::aCampaignIsExportedWithItsNames()
{
    const QStringList names { u"=Mari, \"the\" customer"_s, u"Jüri"_s };
    const qint64 id = makeCampaign(names);
    QVERIFY(id > 0);
    journal(ProviderKind::Messente, kDelivered); // not the campaign's

    const QList<qint64> ids = m_sandbox.app->messages().idsInCampaign(id);
    QCOMPARE(ids.size(), 2);
    const QString path = m_sandbox.dir->filePath(u"campaign.csv"_s);
    QString error;
    QVERIFY2(exportDeliveryReport(m_sandbox.app->messages(), ids, path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const CsvTable table = readCsv(decodeText(file.readAll()));
    QCOMPARE(table.rows.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const QStringList cells = table.rows.at(i);
        QCOMPARE(cells.at(0), QString::number(ids.at(i)));
        QCOMPARE(cells.at(1), u"'"_s + kDelivered.chopped(1) + QString::number(i + 2));
        QCOMPARE(cells.at(3), u"May orders"_s);
        QCOMPARE(cells.at(7), providerKindDisplayName(ProviderKind::Bird));
        QCOMPARE(cells.at(10), stateDisplayName(MessageState::Queued));
    }
    QCOMPARE(table.rows.at(0).at(2), u"'"_s + names.at(0)); // a name that looks like a formula is shown as text
    QCOMPARE(table.rows.at(1).at(2), names.at(1));
}

void TestDetailPaneGui::aCampaignMessageIsRetriedWithItsCampaign()
{
    const qint64 campaign = makeCampaign({ u"Mari"_s, u"Jüri"_s });
    QVERIFY(campaign > 0);
    const QList<qint64> ids = m_sandbox.app->messages().idsInCampaign(campaign);
    for (const qint64 id : ids)
        QVERIFY(m_sandbox.app->messages().applyChange(
            id, { MessageState::Failed, u"delivery_failed"_s, u"whatsapp"_s, u"131026"_s, {}, {} }));
    const auto pane = makePane(480);
    pane->setMessage(ids.first());
    QCOMPARE(text(pane.get(), "campaignLabel"), u"May orders"_s);
    QCOMPARE(text(pane.get(), "recipientLabel"), kDelivered.chopped(1) + u"2 (Mari)"_s);

    // Only this message goes again, as a new message of its campaign; no question: it failed.
    QSignalSpy created(pane.get(), &MessageDetailPane::messageCreated);
    child<QPushButton>(pane.get(), "retryButton")->click();
    QCOMPARE(created.count(), 1);
    const qint64 again = created.first().first().toLongLong();
    QCOMPARE(pane->message(), again);
    QCOMPARE(m_sandbox.app->messages().idsInCampaign(campaign).size(), 3); // the retry, the first one kept
    const MessageRecord copy = *m_sandbox.app->messages().find(again);
    QCOMPARE(copy.campaignId, campaign);
    QCOMPARE(copy.recipient, m_sandbox.app->messages().find(ids.first())->recipient);
    QCOMPARE(text(pane.get(), "actionStatusLabel"),
        u"Queued again in its campaign as message %1; message %2 stays in the history."_s.arg(again).arg(ids.first()));
    QCOMPARE(stateOf(ids.at(1)), MessageState::Failed); // the other one was not touched
    QTRY_COMPARE(child<QTreeWidget>(pane.get(), "historyList")->topLevelItemCount(), 2);

    // The first one again: it was sent again already, so it cannot go a third time from here.
    pane->setMessage(ids.first());
    QVERIFY(!child<QPushButton>(pane.get(), "retryButton")->isEnabled());
    QVERIFY(!child<QPushButton>(pane.get(), "retryButton")->toolTip().isEmpty());
}

QTEST_MAIN(TestDetailPaneGui)
#include "tst_detailpane_gui.moc"
