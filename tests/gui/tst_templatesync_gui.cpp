// The template library's Sync from Messente, the profile's WABA id and the template dialog's Bird
// and Kaleyra addressing, driven like an operator would, against the in-process sandbox.
#include "GuiTest.h"
#include "SandboxApp.h"
#include "app/AppContext.h"
#include "dispatch/ProfileService.h"
#include "gui/MainWindow.h"
#include "gui/ProfileDialog.h"
#include "gui/TemplateDialog.h"
#include "gui/TemplatesWidget.h"
#include "sandbox/SandboxServer.h"
#include "secrets/MemorySecretStore.h"
#include "storage/ProfileRepository.h"
#include "storage/TemplateRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace herald;
using herald::test::child;
using herald::test::onNextDialog;
using herald::test::snapshot;

namespace {

/// The text in @p column of every row the view shows, by template name.
QMap<QString, QString> columnByName(QTableView* view, int column)
{
    QMap<QString, QString> values;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        values.insert(view->model()->index(row, 0).data().toString() + QLatin1Char('/')
                + view->model()->index(row, 1).data().toString(),
            view->model()->index(row, column).data().toString());
    return values;
}

int columnNamed(QTableView* view, const QString& title)
{
    for (int column = 0; column < view->model()->columnCount(); ++column)
        if (view->model()->headerData(column, Qt::Horizontal).toString() == title)
            return column;
    return -1;
}

} // namespace

class TestTemplateSyncGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void syncShowsStatusesAndLastSynced();
    void severalMessenteProfilesOfferAChoiceAndErrorsAreWords();
    void profileDialogEditsTheWabaIdForMessenteOnly();
    void templateDialogMapsBirdKeysAndKaleyraLanguage();

private:
    test::SandboxApp m_sandbox;
    TemplatesWidget* m_pane = nullptr;
};

void TestTemplateSyncGui::init()
{
    const QString error = m_sandbox.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_pane = child<TemplatesWidget>(m_sandbox.window.get(), "templatesPane");
    QVERIFY(m_pane);
    child<QTabWidget>(m_sandbox.window.get(), "tabs")->setCurrentWidget(m_pane);
}

void TestTemplateSyncGui::cleanup()
{
    m_sandbox.stop();
}

void TestTemplateSyncGui::syncShowsStatusesAndLastSynced()
{
    auto* sync = child<QPushButton>(m_pane, "syncButton");
    auto* lastSynced = child<QLabel>(m_pane, "lastSyncedLabel");
    auto* result = child<QLabel>(m_pane, "syncResultLabel");
    auto* view = child<QTableView>(m_pane, "templatesView");
    QVERIFY(sync && lastSynced && result && view);
    // One Messente profile: nothing to choose.
    QVERIFY(!child<QComboBox>(m_pane, "syncProfileCombo")->isVisible());
    QVERIFY(sync->isEnabled());
    QCOMPARE(lastSynced->text(), QStringLiteral("Never synced"));

    // A template entered by hand stays, shown as such.
    Template mine;
    mine.name = QStringLiteral("my_own");
    mine.language = QStringLiteral("en");
    mine.body = QStringLiteral("Hello {{1}}");
    QVERIFY(m_sandbox.app->templates().save(mine) > 0);
    m_pane->reload();

    QTest::mouseClick(sync, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(
        result->text(), QStringLiteral("8 templates synced: 5 approved, 1 pending, 1 rejected, 1 paused."), 10000);
    QVERIFY(result->isVisible());
    QVERIFY(sync->isEnabled());
    QVERIFY(!child<QWidget>(m_pane, "syncProgress")->isVisible());

    const int statusColumn = columnNamed(view, QStringLiteral("Status"));
    QVERIFY(statusColumn > 0);
    const QMap<QString, QString> statuses = columnByName(view, statusColumn);
    QCOMPARE(statuses.size(), 9);
    QCOMPARE(statuses.value(QStringLiteral("order_update/en")), QStringLiteral("approved"));
    QCOMPARE(statuses.value(QStringLiteral("winter_sale/en")), QStringLiteral("pending"));
    QCOMPARE(statuses.value(QStringLiteral("delivery_delayed/en")), QStringLiteral("rejected"));
    QCOMPARE(statuses.value(QStringLiteral("spring_promo/de")), QStringLiteral("paused"));
    QCOMPARE(statuses.value(QStringLiteral("my_own/en")), QStringLiteral("entered here"));

    // The last sync in the operator's own time.
    const QDateTime last = m_sandbox.app->templates().lastSynced(m_sandbox.app->sandboxProfileId());
    QVERIFY(last.isValid());
    QCOMPARE(lastSynced->text(),
        QStringLiteral("Last synced: ") + QLocale().toString(last.toLocalTime(), QLocale::ShortFormat));
    snapshot(m_sandbox.window.get(), "templates-synced");
    // Searching finds by status too.
    child<QLineEdit>(m_pane, "searchEdit")->setText(QStringLiteral("pending"));
    QCOMPARE(view->model()->rowCount(), 1);
}

void TestTemplateSyncGui::severalMessenteProfilesOfferAChoiceAndErrorsAreWords()
{
    Profile wrong = *m_sandbox.app->profiles().find(m_sandbox.app->sandboxProfileId());
    wrong.id = 0;
    wrong.name = QStringLiteral("Support EU");
    wrong.isSandbox = false;
    wrong.secretKey.clear();
    std::optional<bool> saved;
    m_sandbox.app->profileService().save(
        wrong, QStringLiteral("not-the-password"), this, [&](const ProfileService::SaveOutcome& o) { saved = o.ok; });
    QTRY_VERIFY(saved.has_value() && *saved);

    auto* combo = child<QComboBox>(m_pane, "syncProfileCombo");
    QTRY_COMPARE(combo->count(), 2);
    QVERIFY(combo->isVisible());
    QVERIFY(child<QLabel>(m_pane, "syncProfileLabel")->isVisible());
    combo->setCurrentIndex(combo->findText(QStringLiteral("Support EU")));
    QCOMPARE(child<QLabel>(m_pane, "lastSyncedLabel")->text(), QStringLiteral("Never synced"));

    QTest::mouseClick(child<QPushButton>(m_pane, "syncButton"), Qt::LeftButton);
    auto* result = child<QLabel>(m_pane, "syncResultLabel");
    QTRY_VERIFY_WITH_TIMEOUT(
        result->text().startsWith(QStringLiteral("The templates of \"Support EU\" could not")), 10000);
    QVERIFY2(
        result->text().contains(QStringLiteral("refused the API username or password")), qPrintable(result->text()));
    QVERIFY2(result->text().contains(QStringLiteral("[code 103]")), qPrintable(result->text()));
    QCOMPARE(child<QLabel>(m_pane, "lastSyncedLabel")->text(), QStringLiteral("Never synced"));
    QCOMPARE(child<QTableView>(m_pane, "templatesView")->model()->rowCount(), 0);

    // The sandbox profile still syncs; choosing it shows its own last sync.
    combo->setCurrentIndex(combo->findData(m_sandbox.app->sandboxProfileId()));
    QTest::mouseClick(child<QPushButton>(m_pane, "syncButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("8 templates synced")), 10000);
    QVERIFY(child<QLabel>(m_pane, "lastSyncedLabel")->text().startsWith(QStringLiteral("Last synced: ")));
    combo->setCurrentIndex(combo->findText(QStringLiteral("Support EU")));
    QCOMPARE(child<QLabel>(m_pane, "lastSyncedLabel")->text(), QStringLiteral("Never synced"));
}

void TestTemplateSyncGui::profileDialogEditsTheWabaIdForMessenteOnly()
{
    ProfileDialog dialog(m_sandbox.app->profileService());
    dialog.setProfile(*m_sandbox.app->profiles().find(m_sandbox.app->sandboxProfileId()));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* waba = child<QLineEdit>(&dialog, "wabaEdit");
    QVERIFY(waba);
    QVERIFY(waba->isVisible());
    QCOMPARE(waba->text(), m_sandbox.app->sandbox()->options().messenteWabaId);
    waba->setText(QStringLiteral(" 123456789 "));
    QCOMPARE(dialog.profile().wabaId, QStringLiteral("123456789"));

    auto* kind = child<QComboBox>(&dialog, "kindCombo");
    kind->setCurrentIndex(kind->findData(providerKindKey(ProviderKind::Bird)));
    QVERIFY(!waba->isVisible());
    QVERIFY(dialog.profile().wabaId.isEmpty());
}

void TestTemplateSyncGui::templateDialogMapsBirdKeysAndKaleyraLanguage()
{
    TemplateDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* keys = child<QTableWidget>(&dialog, "birdKeysTable");
    QVERIFY(keys);
    QVERIFY(!keys->isVisible()); // no variables yet

    QTest::keyClicks(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("order_update"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "headerEdit"), QStringLiteral("Order {{1}}"));
    QTest::keyClicks(child<QPlainTextEdit>(&dialog, "bodyEdit"), QStringLiteral("Hi {{1}}, it is {{2}}."));
    QVERIFY(keys->isVisible());
    QCOMPARE(keys->rowCount(), 3);
    QCOMPARE(keys->item(0, 0)->text(), QStringLiteral("header_1"));
    QCOMPARE(keys->item(1, 0)->text(), QStringLiteral("1"));
    QCOMPARE(keys->item(2, 0)->text(), QStringLiteral("2"));
    QVERIFY(!(keys->item(0, 0)->flags() & Qt::ItemIsEditable));

    keys->item(1, 1)->setText(QStringLiteral("first_name"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "kaleyraLangEdit"), QStringLiteral("en_GB"));
    Template tpl = dialog.result();
    QCOMPARE(tpl.birdVariableKeys, (QMap<QString, QString> { { QStringLiteral("1"), QStringLiteral("first_name") } }));
    QCOMPARE(tpl.kaleyraLangCode, QStringLiteral("en_GB"));
    auto* save = child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Save);
    QVERIFY(save->isEnabled());

    // Two variables under one Bird key would overwrite each other.
    keys->item(2, 1)->setText(QStringLiteral("first_name"));
    QVERIFY(!save->isEnabled());
    QVERIFY(child<QLabel>(&dialog, "issuesLabel")->text().contains(QStringLiteral("first_name")));
    keys->item(2, 1)->setText(QString());
    QVERIFY(save->isEnabled());

    // A key survives the variable going away and coming back while typing.
    child<QPlainTextEdit>(&dialog, "bodyEdit")->setPlainText(QStringLiteral("Hi there, it is {{2}}."));
    QCOMPARE(keys->rowCount(), 2);
    QVERIFY(!dialog.result().birdVariableKeys.contains(QStringLiteral("1")));
    child<QPlainTextEdit>(&dialog, "bodyEdit")->setPlainText(QStringLiteral("Hi {{1}}, it is {{2}}."));
    QCOMPARE(keys->item(1, 1)->text(), QStringLiteral("first_name"));

    // Editing a stored template shows its keys.
    TemplateDialog again;
    tpl.birdVariableKeys.insert(QStringLiteral("header_1"), QStringLiteral("order"));
    again.setTemplate(tpl);
    auto* shown = child<QTableWidget>(&again, "birdKeysTable");
    QCOMPARE(shown->rowCount(), 3);
    QCOMPARE(shown->item(0, 1)->text(), QStringLiteral("order"));
    QCOMPARE(shown->item(1, 1)->text(), QStringLiteral("first_name"));
    QCOMPARE(shown->item(2, 1)->text(), QString());
    QCOMPARE(child<QLineEdit>(&again, "kaleyraLangEdit")->text(), QStringLiteral("en_GB"));
    QCOMPARE(again.result().birdVariableKeys, tpl.birdVariableKeys);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    snapshot(&again, "template-dialog-addressing");
}

QTEST_MAIN(TestTemplateSyncGui)
#include "tst_templatesync_gui.moc"
