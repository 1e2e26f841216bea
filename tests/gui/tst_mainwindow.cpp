#include "Fixture.h"
#include "GuiTest.h"
#include "app/AppContext.h"
#include "app/Translations.h"
#include "dispatch/ProfileService.h"
#include "dispatch/StatusTracker.h"
#include "gui/ComposeWidget.h"
#include "gui/DeliveryWidget.h"
#include "gui/FieldProblem.h"
#include "gui/MainWindow.h"
#include "gui/MessagePreview.h"
#include "gui/MessageTableModel.h"
#include "gui/PlainText.h"
#include "gui/ProfilesWidget.h"
#include "gui/RecipientListPicker.h"
#include "gui/TemplatesWidget.h"
#include "sandbox/SandboxServer.h"
#include "secrets/MemorySecretStore.h"
#include "storage/ProfileRepository.h"
#include "storage/TemplateRepository.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>

using namespace herald;
using herald::test::child;
using herald::test::onNextDialog;
using herald::test::snapshot;
using namespace std::chrono_literals;

/// The real main window, driven like an operator would, against the in-process sandbox.
class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        installTranslations(*QCoreApplication::instance(), QStringLiteral("en")); // "1 message", as herald shows
    }
    void init();
    void cleanup();
    void addTemplateTypeAndSendUntilDelivered_data();
    void addTemplateTypeAndSendUntilDelivered();
    void invalidInputDisablesSendAndSaysWhy();
    void messenteSandboxIsOfferedFirst();
    void narrowWindowWithLongValuesKeepsEverythingReachable();
    void birdFreeTextOnlyInsideTheServiceWindow();
    void showRequestDisplaysTheExactBodyWithSecretsMasked();
    void templateLibrarySearchesDuplicatesAndDeletes();
    void templatesPasteAndCopyAsMetaJson();
    void mediaHeaderBodyFooterAndButtonsComposeAndPreview();
    void templateDialogBuildsMediaHeaderAndButtonsAndCatchesRules();
    void valuesFromListColumnsPreviewEachRecipient();
    void filledValuesAreThereAfterARestart();
    void addProfileStoresPasswordInSecretStore();
    void unreachableKeychainKeepsDialogOpenAndSavesNothing();
    void missingKeychainAllowsAPasswordForThisSessionOnly();

private:
    void addTemplate(const QString& name, const QString& body);
    /// Pastes Meta's media-and-buttons example into the library and chooses it on the Messente sandbox.
    ComposeWidget* composeMetaExample();

    std::unique_ptr<QTemporaryDir> m_dir;
    MemorySecretStore* m_keychain = nullptr; // owned by m_app
    std::unique_ptr<AppContext> m_app;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    AppOptions options;
    options.dataDir = m_dir->path();
    options.sandbox = true;
    options.sandboxSpeed = 20.0;
    options.region = QStringLiteral("EE");
    auto keychain = std::make_unique<MemorySecretStore>();
    m_keychain = keychain.get();
    m_app = std::make_unique<AppContext>(options, std::move(keychain));
    QString error;
    QVERIFY2(m_app->initialize(&error), qPrintable(error));
    StatusTracker::Schedule fast;
    fast.first = 50ms;
    fast.max = 200ms;
    m_app->tracker().setSchedule(fast);
    m_window = std::make_unique<MainWindow>(m_app->guiServices());
    m_window->resize(900, 600);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_app.reset();
}

void TestMainWindow::addTemplate(const QString& name, const QString& body)
{
    onNextDialog([name, body](QDialog* dialog) {
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), name);
        child<QComboBox>(dialog, "languageCombo")->setCurrentText(QStringLiteral("en"));
        // insertPlainText, not keyClicks: QTest cannot type characters outside Latin-1 (emoji).
        child<QPlainTextEdit>(dialog, "bodyEdit")->insertPlainText(body);
        QTest::keyClicks(child<QLineEdit>(dialog, "birdProjectEdit"), QStringLiteral("sandbox-project"));
        QPushButton* save = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Save);
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(m_window.get(), "newTemplateButton"), Qt::LeftButton);
}

void TestMainWindow::addTemplateTypeAndSendUntilDelivered_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("Messente") << int(ProviderKind::Messente);
    QTest::newRow("Bird") << int(ProviderKind::Bird);
    QTest::newRow("Kaleyra") << int(ProviderKind::Kaleyra);
}

void TestMainWindow::addTemplateTypeAndSendUntilDelivered()
{
    QFETCH(int, kind);
    const auto providerKind = static_cast<ProviderKind>(kind);
    auto* compose = m_window->compose();
    auto* profiles = child<QComboBox>(compose, "profileCombo");
    const int profileIndex = profiles->findText(AppContext::sandboxProfileName(providerKind));
    QVERIFY(profileIndex >= 0);
    profiles->setCurrentIndex(profileIndex);

    addTemplate(QStringLiteral("order_update"), QStringLiteral("Hello {{1}}, your order has *shipped*."));
    QCOMPARE(child<QComboBox>(compose, "templateCombo")->currentText(), QStringLiteral("order_update (en)"));

    auto* recipient = child<QLineEdit>(compose, "recipientEdit");
    QTest::keyClicks(recipient, QStringLiteral("5123 4567"));
    QVERIFY(child<QLabel>(compose, "recipientHint")->text().contains(QStringLiteral("+37251234567")));

    auto* value = child<QLineEdit>(compose, "value_body_1");
    QVERIFY(value);
    auto* preview = child<QTextBrowser>(compose, "previewBrowser");
    QVERIFY(preview->toPlainText().contains(QStringLiteral("{{1}}"))); // missing value shows as missing
    QTest::keyClicks(value, QStringLiteral("Mari"));
    QVERIFY(preview->toPlainText().contains(QStringLiteral("Hello Mari, your order has shipped.")));
    QVERIFY(preview->toHtml().contains(QStringLiteral("font-weight:"))
        || preview->toHtml().contains(QStringLiteral("<b>")));

    auto* send = child<QPushButton>(compose, "sendButton");
    QVERIFY(send->isEnabled());
    if (providerKind == ProviderKind::Messente)
        snapshot(m_window.get(), "compose");
    QTest::mouseClick(send, Qt::LeftButton);

    auto* status = child<QLabel>(compose, "sendStatusLabel");
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Accepted")), 5000);
    MessageTableModel* model = m_window->delivery()->model();
    QCOMPARE(model->rowCount(), 1);
    const MessageRecord* sent = model->message(0);
    QVERIFY(!sent->providerMessageId.isEmpty());
    // The id appears as sent; the label only adds invisible places to wrap it in a narrow window.
    QVERIFY(withoutWrapPlaces(status->text()).contains(sent->providerMessageId));

    auto* tabs = child<QTabWidget>(m_window.get(), "tabs");
    tabs->setCurrentWidget(m_window->delivery());
    const auto stateText = [model] {
        return model->data(model->index(0, MessageTableModel::State)).toString();
    };
    QTRY_VERIFY_WITH_TIMEOUT(
        stateText() == stateDisplayName(MessageState::Delivered) || stateText() == stateDisplayName(MessageState::Read),
        10000);
    // Bird's Channels API has no read status: delivered is final there.
    const MessageState last = providerKind == ProviderKind::Bird ? MessageState::Delivered : MessageState::Read;
    QTRY_COMPARE_WITH_TIMEOUT(stateText(), stateDisplayName(last), 10000);
    QVERIFY(child<QLabel>(m_window->delivery(), "countsLabel")->text().contains(stateDisplayName(last)));
    if (providerKind == ProviderKind::Messente) {
        m_window->delivery()->showMessage(sent->id);
        snapshot(m_window.get(), "delivery");
        tabs->setCurrentWidget(compose);
        snapshot(m_window.get(), "compose-after-send");
    }
}

void TestMainWindow::messenteSandboxIsOfferedFirst()
{
    // A new user lands on the ready Messente sandbox profile, as the README says.
    QCOMPARE(child<QComboBox>(m_window->compose(), "profileCombo")->currentText(), AppContext::sandboxProfileName());
}

void TestMainWindow::invalidInputDisablesSendAndSaysWhy()
{
    addTemplate(QStringLiteral("hello"), QStringLiteral("Hi {{1}}"));
    auto* compose = m_window->compose();
    QTest::keyClicks(child<QLineEdit>(compose, "recipientEdit"), QStringLiteral("call me maybe"));
    QVERIFY(!child<QPushButton>(compose, "sendButton")->isEnabled());
    QVERIFY(fieldProblem(child<QLineEdit>(compose, "recipientEdit")).contains(QStringLiteral("not a phone number")));
    const QString problems = child<QLabel>(compose, "problemsLabel")->text();
    QVERIFY2(problems.contains(QStringLiteral("not a phone number")), qPrintable(problems));
    QVERIFY2(problems.contains(QStringLiteral("{{1}}")), qPrintable(problems)); // the empty value, by name
}

void TestMainWindow::narrowWindowWithLongValuesKeepsEverythingReachable()
{
    addTemplate(QStringLiteral("a_rather_long_template_name_for_a_seasonal_marketing_campaign"),
        QStringLiteral("Dear {{1}}, your order {{2}} from our store is on its way 🚚 and arrives on {{3}}."));
    m_window->resize(480, 560);
    auto* compose = m_window->compose();
    QTest::keyClicks(child<QLineEdit>(compose, "recipientEdit"), QStringLiteral("+44 7400 123456"));
    QTest::keyClicks(child<QLineEdit>(compose, "value_body_1"),
        QStringLiteral("Maria Alexandra Konstantinopoulou-Vanderbilt-Smythe"));
    QTest::keyClicks(child<QLineEdit>(compose, "value_body_2"), QStringLiteral("#2026-11-21-000123456789"));
    QTest::keyClicks(child<QLineEdit>(compose, "value_body_3"), QStringLiteral("Wednesday, 25 November 2026"));
    QCoreApplication::processEvents();
    snapshot(m_window.get(), "compose-narrow");
    auto* send = child<QPushButton>(compose, "sendButton");
    QVERIFY(send->isEnabled());
    // Everything stays inside the window, reachable by scrolling if need be, none squeezed to nothing.
    QVERIFY(send->width() > 0 && send->height() > 0);
    QVERIFY(child<QTextBrowser>(compose, "previewBrowser")->width() >= 150);
    QVERIFY(m_window->width() <= 480);
    // The form fits its width: nothing hides to the right behind a horizontal scroll bar.
    auto* form = child<QScrollArea>(compose, "formScroll");
    QCOMPARE(form->horizontalScrollBar()->maximum(), 0);
}

void TestMainWindow::birdFreeTextOnlyInsideTheServiceWindow()
{
    addTemplate(QStringLiteral("hello"), QStringLiteral("Hi {{1}}"));
    auto* compose = m_window->compose();
    auto* profiles = child<QComboBox>(compose, "profileCombo");
    profiles->setCurrentIndex(profiles->findText(AppContext::sandboxProfileName(ProviderKind::Bird)));
    auto* freeText = child<QCheckBox>(compose, "freeTextCheck");
    QVERIFY(!freeText->isHidden());
    QTest::mouseClick(freeText, Qt::LeftButton);
    QTest::keyClicks(
        child<QPlainTextEdit>(compose, "freeTextEdit"), QStringLiteral("Thanks, your refund is on its way."));
    auto* recipient = child<QLineEdit>(compose, "recipientEdit");
    auto* window = child<QLabel>(compose, "windowLabel");
    auto* send = child<QPushButton>(compose, "sendButton");

    // The sandbox keeps the window closed for most numbers: only templates may go.
    QTest::keyClicks(recipient, QStringLiteral("+372 5123 4567"));
    QTRY_VERIFY(window->text().contains(QStringLiteral("closed")));
    QVERIFY(!send->isEnabled());
    QVERIFY(child<QLabel>(compose, "problemsLabel")->text().contains(QStringLiteral("only approved templates")));

    // Numbers ending in 11 have written in the last 24 hours: the window is open.
    recipient->clear();
    QTest::keyClicks(recipient, QStringLiteral("+372 5123 4511"));
    QTRY_VERIFY(window->text().contains(QStringLiteral("open until")));
    QTRY_VERIFY(send->isEnabled());
    snapshot(m_window.get(), "compose-bird-free-text");
    QTest::mouseClick(send, Qt::LeftButton);
    MessageTableModel* model = m_window->delivery()->model();
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->data(model->index(0, MessageTableModel::Template)).toString(), QStringLiteral("Text message"));
    QTRY_COMPARE_WITH_TIMEOUT(model->data(model->index(0, MessageTableModel::State)).toString(),
        stateDisplayName(MessageState::Delivered), 10000);
}

void TestMainWindow::showRequestDisplaysTheExactBodyWithSecretsMasked()
{
    addTemplate(QStringLiteral("order_update"), QStringLiteral("Hello {{1}}"));
    auto* compose = m_window->compose();
    auto* profiles = child<QComboBox>(compose, "profileCombo");
    profiles->setCurrentIndex(profiles->findText(AppContext::sandboxProfileName()));
    QTest::keyClicks(child<QLineEdit>(compose, "recipientEdit"), QStringLiteral("5123 4567"));
    QTest::keyClicks(child<QLineEdit>(compose, "value_body_1"), QStringLiteral("<b>Mari</b>"));
    QString shown;
    onNextDialog([&shown](QDialog* dialog) {
        shown = child<QPlainTextEdit>(dialog, "requestText")->toPlainText();
        snapshot(dialog, "show-request");
        dialog->reject();
    });
    QTest::mouseClick(child<QPushButton>(compose, "showRequestButton"), Qt::LeftButton);
    QTRY_VERIFY(!shown.isEmpty());
    QVERIFY2(shown.startsWith(QStringLiteral("POST http://127.0.0.1:")), qPrintable(shown));
    QVERIFY(shown.contains(QStringLiteral("/v1/omnimessage")));
    QVERIFY(shown.contains(QStringLiteral("Authorization: Basic ••••••••")));
    QVERIFY(shown.contains(QStringLiteral("\"to\": \"+37251234567\"")));
    QVERIFY(shown.contains(QStringLiteral("<b>Mari</b>"))); // the value as typed, never as markup
    QVERIFY(!shown.contains(m_app->sandbox()->options().messentePassword));
    QVERIFY(m_app->sandbox()->requests().isEmpty()); // showing sends nothing
}

void TestMainWindow::templateLibrarySearchesDuplicatesAndDeletes()
{
    addTemplate(QStringLiteral("order_update"), QStringLiteral("Your order {{1}} has shipped."));
    addTemplate(QStringLiteral("appointment_reminder"), QStringLiteral("See you on {{1}}."));
    auto* pane = m_window->templates();
    child<QTabWidget>(m_window.get(), "tabs")->setCurrentWidget(pane);
    auto* view = child<QTableView>(pane, "templatesView");
    QCOMPARE(view->model()->rowCount(), 2);

    QTest::keyClicks(child<QLineEdit>(pane, "searchEdit"), QStringLiteral("SHIPPED")); // body text, any case
    QCOMPARE(view->model()->rowCount(), 1);
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::mouseClick(child<QPushButton>(pane, "duplicateTemplateButton"), Qt::LeftButton);
    child<QLineEdit>(pane, "searchEdit")->clear();
    QCOMPARE(view->model()->rowCount(), 3);
    QVERIFY(m_app->templates().all().size() == 3);
    bool copied = false;
    for (const Template& t : m_app->templates().all())
        copied = copied || t.name == QLatin1String("order_update_copy");
    QVERIFY(copied);
    // The composer sees the library change at once.
    QVERIFY(child<QComboBox>(m_window->compose(), "templateCombo")->findText(QStringLiteral("order_update_copy (en)"))
        >= 0);

    snapshot(m_window.get(), "templates");
    QTest::keyClicks(child<QLineEdit>(pane, "searchEdit"), QStringLiteral("appointment"));
    view->setCurrentIndex(view->model()->index(0, 0));
    onNextDialog([](QDialog* dialog) {
        if (auto* box = qobject_cast<QMessageBox*>(dialog))
            box->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(child<QPushButton>(pane, "deleteTemplateButton"), Qt::LeftButton);
    QCOMPARE(m_app->templates().all().size(), 2);
}

void TestMainWindow::templatesPasteAndCopyAsMetaJson()
{
    auto* pane = m_window->templates();
    child<QTabWidget>(m_window.get(), "tabs")->setCurrentWidget(pane);
    // As copied from WhatsApp Manager: Meta's shape, upper-case types, one good and one broken template.
    const QString pasted = QStringLiteral(
        "[{\"name\":\"shipping_update\",\"language\":\"en_US\",\"category\":\"UTILITY\",\"components\":["
        "{\"type\":\"HEADER\",\"format\":\"TEXT\",\"text\":\"Order {{1}}\"},"
        "{\"type\":\"BODY\",\"text\":\"Hi {{1}}, it ships on {{2}}.\"},"
        "{\"type\":\"FOOTER\",\"text\":\"Reply STOP to opt out\"},"
        "{\"type\":\"BUTTONS\",\"buttons\":[{\"type\":\"URL\",\"text\":\"Track\","
        "\"url\":\"https://example.test/t/{{1}}\"},{\"type\":\"QUICK_REPLY\",\"text\":\"Stop\"}]}]},"
        "{\"name\":\"broken\",\"language\":\"en\",\"components\":[]}]");
    QGuiApplication::clipboard()->setText(pasted);
    child<QAction>(pane, "actionPasteJson")->trigger();
    const QString status = child<QLabel>(pane, "templatesStatusLabel")->text();
    QVERIFY2(status.contains(QStringLiteral("1 template added")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("broken")), qPrintable(status)); // named, with the reason
    const std::optional<Template> imported
        = m_app->templates().findByNameAndLanguage(QStringLiteral("shipping_update"), QStringLiteral("en_US"));
    QVERIFY(imported);
    QCOMPARE(imported->buttons.size(), 2);
    QCOMPARE(imported->footer, QStringLiteral("Reply STOP to opt out"));

    // Copy it back out and paste again: the same template, updated in place, not duplicated.
    auto* view = child<QTableView>(pane, "templatesView");
    view->setCurrentIndex(view->model()->index(0, 0));
    QVERIFY(child<QAction>(pane, "actionCopyJson")->isEnabled());
    child<QAction>(pane, "actionCopyJson")->trigger();
    QVERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("\"BUTTONS\"")));
    child<QAction>(pane, "actionPasteJson")->trigger();
    QVERIFY(child<QLabel>(pane, "templatesStatusLabel")->text().contains(QStringLiteral("1 updated")));
    QCOMPARE(m_app->templates().all().size(), 1);
    Template again
        = *m_app->templates().findByNameAndLanguage(QStringLiteral("shipping_update"), QStringLiteral("en_US"));
    again.updatedAt = imported->updatedAt; // saving again moves only the time of the last change
    QCOMPARE(again, *imported);
}

ComposeWidget* TestMainWindow::composeMetaExample()
{
    QGuiApplication::clipboard()->setText(
        QString::fromUtf8(test::fixture(QStringLiteral("templates/meta-media-buttons.json"))));
    child<QAction>(m_window->templates(), "actionPasteJson")->trigger();
    auto* compose = m_window->compose();
    auto* templates = child<QComboBox>(compose, "templateCombo");
    templates->setCurrentIndex(templates->findText(QStringLiteral("seasonal_promotion (en_US)")));
    auto* profiles = child<QComboBox>(compose, "profileCombo");
    profiles->setCurrentIndex(profiles->findText(AppContext::sandboxProfileName()));
    return compose;
}

void TestMainWindow::mediaHeaderBodyFooterAndButtonsComposeAndPreview()
{
    // Meta's own example: image header, three body variables, a footer, a URL button with a variable
    // and a quick reply, pasted in as copied from WhatsApp Manager.
    auto* compose = composeMetaExample();

    QTest::keyClicks(child<QLineEdit>(compose, "recipientEdit"), QStringLiteral("5123 4567"));
    QTest::keyClicks(child<QLineEdit>(compose, "value_body_1"), QStringLiteral("the end of August"));
    QTest::keyClicks(child<QLineEdit>(compose, "value_body_2"), QStringLiteral("<img src=x>"));
    QTest::keyClicks(child<QLineEdit>(compose, "value_body_3"), QStringLiteral("25%"));
    auto* send = child<QPushButton>(compose, "sendButton");
    QVERIFY(!send->isEnabled()); // no image link and no URL suffix yet
    auto* mediaLink = child<QLineEdit>(compose, "value_media_url");
    auto* suffix = child<QLineEdit>(compose, "value_button_0");
    // Each problem is named at its own field, in words.
    QVERIFY(fieldProblem(mediaLink).contains(QStringLiteral("link")));
    QVERIFY(!fieldProblem(suffix).isEmpty());
    QVERIFY(fieldProblem(child<QLineEdit>(compose, "value_body_1")).isEmpty());
    QTest::keyClicks(mediaLink, QStringLiteral("https://example.test/promo.png"));
    QTest::keyClicks(suffix, QStringLiteral("summer2026"));
    QVERIFY(fieldProblem(mediaLink).isEmpty());
    QVERIFY(fieldProblem(suffix).isEmpty());
    QVERIFY2(send->isEnabled(), qPrintable(child<QLabel>(compose, "problemsLabel")->text()));

    const QString preview = child<QTextBrowser>(compose, "previewBrowser")->toPlainText();
    QVERIFY2(preview.contains(QStringLiteral("Image")), qPrintable(preview));
    QVERIFY(preview.contains(QStringLiteral("https://example.test/promo.png")));
    QVERIFY(preview.contains(QStringLiteral("use code <img src=x> to get 25% off"))); // escaped: shown, not run
    QVERIFY(preview.contains(QStringLiteral("Use the buttons below")));
    QVERIFY(preview.contains(QStringLiteral("Shop now")));
    QVERIFY(preview.contains(QStringLiteral("Unsubscribe from Promos")));
    QVERIFY(!child<QTextBrowser>(compose, "previewBrowser")->toHtml().contains(QStringLiteral("<img")));
    snapshot(m_window.get(), "compose-media-buttons");

    QString shown;
    onNextDialog([&shown](QDialog* dialog) {
        shown = child<QPlainTextEdit>(dialog, "requestText")->toPlainText();
        dialog->reject();
    });
    QTest::mouseClick(child<QPushButton>(compose, "showRequestButton"), Qt::LeftButton);
    QTRY_VERIFY(!shown.isEmpty());
    QVERIFY(shown.contains(QStringLiteral("\"sub_type\": \"url\"")));
    QVERIFY(shown.contains(QStringLiteral("summer2026")));
    QVERIFY(shown.contains(QStringLiteral("\"link\": \"https://example.test/promo.png\"")));

    QTest::mouseClick(send, Qt::LeftButton);
    MessageTableModel* model = m_window->delivery()->model();
    QTRY_COMPARE(model->rowCount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(
        model->data(model->index(0, MessageTableModel::State)).toString(), stateDisplayName(MessageState::Read), 10000);
}

void TestMainWindow::templateDialogBuildsMediaHeaderAndButtonsAndCatchesRules()
{
    QString tooLongIssue;
    bool saveWasBlocked = false;
    onNextDialog([&](QDialog* dialog) {
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("order_shipped"));
        child<QComboBox>(dialog, "languageCombo")->setCurrentText(QStringLiteral("en"));
        auto* format = child<QComboBox>(dialog, "headerFormatCombo");
        format->setCurrentIndex(format->findData(QStringLiteral("image")));
        child<QPlainTextEdit>(dialog, "bodyEdit")
            ->insertPlainText(QStringLiteral("Hi {{1}}, your order {{2}} ships on {{3}}. Thank you!"));
        QTest::keyClicks(child<QLineEdit>(dialog, "footerEdit"), QStringLiteral("Reply STOP to opt out"));
        auto* table = child<QTableWidget>(dialog, "buttonsTable");
        QTest::mouseClick(child<QPushButton>(dialog, "addButtonButton"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(dialog, "addButtonButton"), Qt::LeftButton);
        auto* firstType = qobject_cast<QComboBox*>(table->cellWidget(0, 0));
        firstType->setCurrentIndex(firstType->findData(QStringLiteral("url")));
        table->item(0, 1)->setText(QStringLiteral("Track your parcel with us now")); // 29 > 25 characters
        table->item(0, 2)->setText(QStringLiteral("https://shop.example.test/track/{{1}}"));
        table->item(1, 1)->setText(QStringLiteral("Stop"));
        QPushButton* save = child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Save);
        saveWasBlocked = !save->isEnabled();
        tooLongIssue = child<QLabel>(dialog, "issuesLabel")->text();
        table->item(0, 1)->setText(QStringLiteral("Track parcel"));
        QVERIFY(child<QLabel>(dialog, "countersLabel")->text().contains(QStringLiteral("Buttons 2/10")));
        snapshot(dialog, "template-dialog");
        QVERIFY2(save->isEnabled(), qPrintable(child<QLabel>(dialog, "issuesLabel")->text()));
        QTest::mouseClick(save, Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(m_window->templates(), "newTemplateButton"), Qt::LeftButton);
    QVERIFY(saveWasBlocked);
    QVERIFY2(tooLongIssue.contains(QStringLiteral("25")), qPrintable(tooLongIssue));
    const std::optional<Template> saved
        = m_app->templates().findByNameAndLanguage(QStringLiteral("order_shipped"), QStringLiteral("en"));
    QVERIFY(saved);
    QCOMPARE(saved->headerFormat, HeaderFormat::Image);
    QCOMPARE(saved->buttons.size(), 2);
    QCOMPARE(saved->buttons.at(0).type, TemplateButton::Type::Url);
    QVERIFY(saved->buttons.at(0).hasUrlVariable());
    QCOMPARE(saved->buttons.at(1).type, TemplateButton::Type::QuickReply);
    QCOMPARE(variablesIn(saved->body).size(), 3);
}

void TestMainWindow::addProfileStoresPasswordInSecretStore()
{
    auto* tabs = child<QTabWidget>(m_window.get(), "tabs");
    tabs->setCurrentWidget(m_window->profiles());
    onNextDialog([](QDialog* dialog) {
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Support EU"));
        auto* url = child<QLineEdit>(dialog, "baseUrlEdit");
        url->clear();
        QTest::keyClicks(url, QStringLiteral("https://proxy.example.test/v1"));
        QTest::keyClicks(child<QLineEdit>(dialog, "usernameEdit"), QStringLiteral("api-user"));
        QTest::keyClicks(child<QLineEdit>(dialog, "passwordEdit"), QStringLiteral("s3cret-pw"));
        QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Save), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(m_window->profiles(), "addProfileButton"), Qt::LeftButton);

    const std::optional<Profile> saved = m_app->profiles().findByName(QStringLiteral("Support EU"));
    QVERIFY(saved);
    QCOMPARE(saved->baseUrl, QUrl(QStringLiteral("https://proxy.example.test/v1")));
    std::optional<QString> secret;
    m_keychain->read(saved->secretKey, this, [&secret](const SecretResult& r) { secret = r.secret; });
    QTRY_VERIFY(secret.has_value());
    QCOMPARE(*secret, QStringLiteral("s3cret-pw"));
    QCOMPARE(child<QListWidget>(m_window->profiles(), "profilesList")->count(), 4); // three sandboxes and this one
    snapshot(m_window.get(), "profiles");
    QVERIFY(child<QComboBox>(m_window->compose(), "profileCombo")->findText(QStringLiteral("Support EU")) >= 0);
}

void TestMainWindow::unreachableKeychainKeepsDialogOpenAndSavesNothing()
{
    m_keychain->setFailure(SecretResult::Status::Unavailable,
        QStringLiteral("The system keychain could not be reached. The password was not saved."));
    QString shownError;
    QString offered;
    bool stillOpen = false;
    onNextDialog([&](QDialog* dialog) {
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Nowhere"));
        QTest::keyClicks(child<QLineEdit>(dialog, "usernameEdit"), QStringLiteral("api-user"));
        QTest::keyClicks(child<QLineEdit>(dialog, "passwordEdit"), QStringLiteral("never-stored"));
        // Herald offers to keep the password for this session only; the operator declines.
        onNextDialog(
            [&](QDialog* box) {
                QCOMPARE(box->objectName(), QStringLiteral("keychainUnavailableBox"));
                offered = qobject_cast<QMessageBox*>(box)->text();
                snapshot(box, "profile-keychain-session-offer");
                qobject_cast<QMessageBox*>(box)->button(QMessageBox::Cancel)->click();
            },
            dialog);
        QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Save), Qt::LeftButton);
        auto* error = child<QLabel>(dialog, "errorLabel");
        QTRY_VERIFY(error->isVisible() && !error->text().isEmpty());
        shownError = error->text();
        stillOpen = dialog->isVisible();
        snapshot(dialog, "profile-keychain-unreachable");
        dialog->reject();
    });
    QTest::mouseClick(child<QPushButton>(m_window->profiles(), "addProfileButton"), Qt::LeftButton);
    QVERIFY(stillOpen);
    QVERIFY2(offered.contains(QStringLiteral("could not be reached")), qPrintable(offered));
    QVERIFY2(shownError.contains(QStringLiteral("keychain")), qPrintable(shownError));
    QVERIFY(!m_app->profiles().findByName(QStringLiteral("Nowhere")));
}

void TestMainWindow::missingKeychainAllowsAPasswordForThisSessionOnly()
{
    m_keychain->setFailure(SecretResult::Status::Unavailable,
        QStringLiteral("The system keychain could not be reached. The password was not saved."));
    bool accepted = false;
    onNextDialog([&](QDialog* dialog) {
        QTest::keyClicks(child<QLineEdit>(dialog, "nameEdit"), QStringLiteral("Session only"));
        QTest::keyClicks(child<QLineEdit>(dialog, "usernameEdit"), QStringLiteral("api-user"));
        QTest::keyClicks(child<QLineEdit>(dialog, "passwordEdit"), QStringLiteral("memory-only-pw"));
        onNextDialog([](QDialog* box) { child<QPushButton>(box, "sessionOnlyButton")->click(); }, dialog);
        QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Save), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
        accepted = dialog->result() == QDialog::Accepted;
    });
    QTest::mouseClick(child<QPushButton>(m_window->profiles(), "addProfileButton"), Qt::LeftButton);
    QVERIFY(accepted);

    const std::optional<Profile> saved = m_app->profiles().findByName(QStringLiteral("Session only"));
    QVERIFY(saved);
    QVERIFY(!m_keychain->contains(saved->secretKey)); // never reached the (failing) keychain
    QVERIFY(m_app->profileService().secretIsForThisSessionOnly(*saved));
    std::optional<SecretResult> read;
    m_app->secrets().read(saved->secretKey, this, [&read](const SecretResult& r) { read = r; });
    QTRY_VERIFY(read.has_value());
    QCOMPARE(read->secret, QStringLiteral("memory-only-pw"));
    const QString status = child<QLabel>(m_window->profiles(), "profileStatusLabel")->text();
    QVERIFY2(status.contains(QStringLiteral("this session only")), qPrintable(status));
    auto* list = child<QListWidget>(m_window->profiles(), "profilesList");
    const QList<QListWidgetItem*> rows = list->findItems(QStringLiteral("Session only"), Qt::MatchStartsWith);
    QCOMPARE(rows.size(), 1);
    QVERIFY2(rows.first()->text().contains(QStringLiteral("this session only")), qPrintable(rows.first()->text()));
    child<QTabWidget>(m_window.get(), "tabs")->setCurrentWidget(m_window->profiles());
    snapshot(m_window.get(), "profiles-session-only");
}

void TestMainWindow::valuesFromListColumnsPreviewEachRecipient()
{
    auto* compose = composeMetaExample();

    // A semicolon list with a quoted cell, an empty cell and a number that cannot be read.
    QString summary;
    onNextDialog([&summary](QDialog* dialog) {
        auto* pages = child<QStackedWidget>(dialog, "pages");
        QTRY_COMPARE(pages->currentWidget()->objectName(), QStringLiteral("mappingPage"));
        QCOMPARE(child<QComboBox>(dialog, "phoneColumnCombo")->currentText(), QStringLiteral("Mobile"));
        child<QPushButton>(dialog, "checkButton")->click();
        QTRY_COMPARE(pages->currentWidget()->objectName(), QStringLiteral("reportPage"));
        summary = child<QLabel>(dialog, "reportLabel")->text();
        child<QPushButton>(dialog, "saveButton")->click();
    });
    auto* picker = child<RecipientListPicker>(compose, "recipientListPicker");
    picker->importText(QStringLiteral("Name;Mobile;Until;Code\n"
                                      "\"Tamm; Mari\";+372 5123 4567;Friday;MARI10\n"
                                      "Jüri;+372 5234 5678;;JURI20\n"
                                      "Typo;+372 12;Sunday;X\n"),
        QStringLiteral("spring"));
    QVERIFY2(summary.contains(QStringLiteral("Rows read: 3.")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Will be sent to: 2")), qPrintable(summary));
    QVERIFY(picker->hasList());
    QCOMPARE(picker->columns(),
        QStringList(
            { QStringLiteral("Name"), QStringLiteral("Mobile"), QStringLiteral("Until"), QStringLiteral("Code") }));

    // Bind the values: the image and {{3}} fixed, {{1}} and {{2}} and the link's end from columns.
    auto bindColumn = [compose](const char* key, const QString& column) {
        auto* source = compose->findChild<QComboBox*>(QStringLiteral("source_") + QString::fromLatin1(key));
        QVERIFY(source && source->isVisibleTo(compose));
        source->setCurrentIndex(source->findData(column));
        QVERIFY(source->currentIndex() > 0);
    };
    // The sandbox offers its own sample picture, which the preview fetches and shows.
    QTest::mouseClick(child<QToolButton>(compose, "example_media_url"), Qt::LeftButton);
    QVERIFY(child<QLineEdit>(compose, "value_media_url")
                ->text()
                .endsWith(QStringLiteral("/_sandbox/media/sample-header.png")));
    auto* messagePreview = child<MessagePreview>(compose, "messagePreview");
    QTRY_COMPARE(messagePreview->mediaState(), MessagePreview::MediaState::Loaded);
    bindColumn("body_1", QStringLiteral("Until"));
    QTest::keyClicks(child<QLineEdit>(compose, "fallback_body_1"), QStringLiteral("the weekend"));
    bindColumn("body_2", QStringLiteral("Code"));
    bindColumn("button_0", QStringLiteral("Code"));
    auto* format = child<QComboBox>(compose, "format_body_3");
    format->setCurrentIndex(format->findText(QStringLiteral("Amount")));
    child<QComboBox>(compose, "currency_body_3")->setCurrentText(QStringLiteral("USD"));
    QTest::keyClicks(child<QLineEdit>(compose, "value_body_3"), QStringLiteral("5"));

    auto* preview = child<QTextBrowser>(compose, "previewBrowser");
    auto* recipient = child<QLineEdit>(compose, "recipientEdit");
    auto* send = child<QPushButton>(compose, "sendButton");
    QCOMPARE(recipient->text(), QStringLiteral("+372 5123 4567"));
    QVERIFY(recipient->isReadOnly());
    QVERIFY2(
        preview->toPlainText().contains(QStringLiteral("Shop now through Friday and use code MARI10 to get $5.00 off")),
        qPrintable(preview->toPlainText()));
    QVERIFY2(send->isEnabled(), qPrintable(child<QLabel>(compose, "problemsLabel")->text()));
    snapshot(m_window.get(), "compose-list");

    // Row 2: the empty "Until" cell takes the fallback.
    QTest::mouseClick(child<QToolButton>(compose, "nextRowButton"), Qt::LeftButton);
    QCOMPARE(child<QSpinBox>(compose, "rowSpin")->value(), 2);
    QCOMPARE(recipient->text(), QStringLiteral("+372 5234 5678"));
    QVERIFY2(preview->toPlainText().contains(QStringLiteral("through the weekend and use code JURI20")),
        qPrintable(preview->toPlainText()));
    QString shown;
    onNextDialog([&shown](QDialog* dialog) {
        shown = child<QPlainTextEdit>(dialog, "requestText")->toPlainText();
        dialog->reject();
    });
    QTest::mouseClick(child<QPushButton>(compose, "showRequestButton"), Qt::LeftButton);
    QTRY_VERIFY(!shown.isEmpty());
    QVERIFY2(shown.contains(QStringLiteral("+37252345678")), qPrintable(shown));
    QVERIFY(shown.contains(QStringLiteral("\"currency\"")));
    QVERIFY(shown.contains(QStringLiteral("\"amount_1000\": \"5000\"")));
    QVERIFY(shown.contains(QStringLiteral("JURI20")));

    // Row 3: a number that cannot be read: Send waits.
    QTest::mouseClick(child<QToolButton>(compose, "nextRowButton"), Qt::LeftButton);
    QVERIFY(!fieldProblem(recipient).isEmpty());
    QVERIFY(!send->isEnabled());
    QVERIFY(!child<QToolButton>(compose, "nextRowButton")->isEnabled());

    // An empty cell without a fallback is named at its field, for this recipient.
    QTest::mouseClick(child<QToolButton>(compose, "previousRowButton"), Qt::LeftButton);
    child<QLineEdit>(compose, "fallback_body_1")->clear();
    QVERIFY2(
        fieldProblem(child<QLineEdit>(compose, "fallback_body_1")).startsWith(QStringLiteral("For this recipient")),
        qPrintable(fieldProblem(child<QLineEdit>(compose, "fallback_body_1"))));
    QVERIFY(!send->isEnabled());

    // Without a list the typed number and fixed values come back.
    auto* lists = child<QComboBox>(compose, "listCombo");
    lists->setCurrentIndex(0);
    QVERIFY(!recipient->isReadOnly());
    QVERIFY(!child<QComboBox>(compose, "source_body_1")->isVisibleTo(compose));
}

void TestMainWindow::filledValuesAreThereAfterARestart()
{
    addTemplate(QStringLiteral("invoice"), QStringLiteral("Dear {{1}}, you owe {{2}}. Thank you!"));
    auto* compose = m_window->compose();
    QTest::keyClicks(child<QLineEdit>(compose, "value_body_1"), QStringLiteral("Mari"));
    auto* format = child<QComboBox>(compose, "format_body_2");
    format->setCurrentIndex(format->findText(QStringLiteral("Amount")));
    child<QComboBox>(compose, "currency_body_2")->setCurrentText(QStringLiteral("GBP"));
    QTest::keyClicks(child<QLineEdit>(compose, "value_body_2"), QStringLiteral("12.5"));

    // Closing the window and opening a new one on the same database: the template is filled as left.
    m_window.reset();
    m_window = std::make_unique<MainWindow>(m_app->guiServices());
    m_window->show();
    compose = m_window->compose();
    auto* templates = child<QComboBox>(compose, "templateCombo");
    templates->setCurrentIndex(templates->findText(QStringLiteral("invoice (en)")));
    QCOMPARE(child<QLineEdit>(compose, "value_body_1")->text(), QStringLiteral("Mari"));
    QCOMPARE(child<QComboBox>(compose, "format_body_2")->currentText(), QStringLiteral("Amount"));
    QCOMPARE(child<QComboBox>(compose, "currency_body_2")->currentText(), QStringLiteral("GBP"));
    QCOMPARE(child<QLineEdit>(compose, "value_body_2")->text(), QStringLiteral("12.5"));
    QVERIFY2(child<QTextBrowser>(compose, "previewBrowser")->toPlainText().contains(QStringLiteral("you owe £12.50")),
        qPrintable(child<QTextBrowser>(compose, "previewBrowser")->toPlainText()));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
