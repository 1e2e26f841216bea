// The real main window on the sandbox, driven with the keyboard alone: keys go to the focused widget
// (Tab, Shift+Tab, arrows, Alt+letter, the shortcuts), never a click or a slot call for the operator's
// steps. One message from Compose; a campaign to a list reviewed and sent, the count typed; a failed
// message found in Delivery, chosen with the arrows and retried from the detail pane. Every control a
// screen reader reaches has a name, no two Alt+letters clash in a pane, and Help → Keyboard shortcuts
// lists every action that has keys.
#include "GuiTest.h"
#include "SandboxApp.h"
#include "app/AppContext.h"
#include "gui/CampaignDialog.h"
#include "gui/CampaignsWidget.h"
#include "gui/ComposeWidget.h"
#include "gui/DeliveryWidget.h"
#include "gui/ImportDialog.h"
#include "gui/MessageDetailPane.h"
#include "gui/MessageFilterModel.h"
#include "gui/MessageTableModel.h"
#include "gui/SuppressionWidget.h"
#include "storage/CampaignRepository.h"
#include "storage/MessageRepository.h"
#include "storage/RecipientListRepository.h"
#include "storage/TemplateRepository.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>

using namespace herald;
using namespace herald::test;
using namespace Qt::StringLiterals;

namespace {

QWidget* g_window = nullptr; ///< the main window under test

QWidget* focused()
{
    return QApplication::focusWidget();
}

QString focusedName()
{
    return focused() ? focused()->objectName() : u"(nothing)"_s;
}

/// Sends @p key to whatever has the focus, as the keyboard would.
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    // A window manager gives the window back its focus once a dialog closes; offscreen, nothing does.
    if (!QApplication::activeWindow() && g_window)
        QApplication::setActiveWindow(g_window);
    QWidget* target = focused() ? focused() : QApplication::activeWindow();
    QVERIFY(target);
    QTest::keyClick(target, key, modifiers);
}

void type(const QString& text)
{
    QVERIFY(focused());
    QTest::keyClicks(focused(), text);
}

/// Presses Tab (or Shift+Tab) until @p name has the focus; false after @p limit presses.
bool tabTo(const char* name, int limit = 40, bool backwards = false)
{
    for (int i = 0; i < limit; ++i) {
        if (focusedName() == QLatin1String(name))
            return true;
        QWidget* target = focused() ? focused() : QApplication::activeWindow();
        QTest::keyClick(
            target, backwards ? Qt::Key_Backtab : Qt::Key_Tab, backwards ? Qt::ShiftModifier : Qt::NoModifier);
    }
    return focusedName() == QLatin1String(name);
}

/// The letter after a single "&" in @p text, lower case; null when there is none.
QChar mnemonic(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

/// What a screen reader says for @p w: its accessible name, else its text or its label's.
QString spokenName(QWidget* w, const QList<QLabel*>& labels)
{
    if (!w->accessibleName().isEmpty())
        return w->accessibleName();
    if (auto* button = qobject_cast<QAbstractButton*>(w); button && !button->text().isEmpty())
        return button->text();
    if (auto* group = qobject_cast<QGroupBox*>(w); group && !group->title().isEmpty())
        return group->title();
    if (auto* bar = qobject_cast<QTabBar*>(w); bar && bar->count() > 0)
        return bar->tabText(bar->currentIndex());
    if (auto* tabs = qobject_cast<QTabWidget*>(w); tabs && tabs->count() > 0) // it passes the focus to its bar
        return tabs->tabText(tabs->currentIndex());
    for (QLabel* label : labels) {
        QWidget* buddy = label->buddy();
        if (buddy && (buddy == w || buddy->focusProxy() == w) && !label->text().isEmpty())
            return label->text();
    }
    return {};
}

/// The controls in @p root that Tab can reach and that say nothing to a screen reader.
QStringList unnamedControls(QWidget* root)
{
    const QList<QLabel*> labels = root->window()->findChildren<QLabel*>();
    QStringList unnamed;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisible() || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        if (!spokenName(w, labels).isEmpty())
            continue;
        // A spin box's or a combo box's line edit speaks for its owner, which carries the name.
        QWidget* named = w;
        if (QWidget* owner = w->parentWidget(); owner
            && (owner->focusProxy() == w || qobject_cast<QAbstractSpinBox*>(owner) || qobject_cast<QComboBox*>(owner)))
            named = owner;
        if (spokenName(named, labels).isEmpty())
            unnamed.append(QStringLiteral("%1 (%2)").arg(
                named->objectName(), QString::fromLatin1(named->metaObject()->className())));
    }
    unnamed.removeDuplicates();
    return unnamed;
}

/// Alt+letters used twice among what @p root shows (and @p extra, the window's menus), as "x: A, B".
QStringList mnemonicClashes(QWidget* root, const QStringList& extra = {})
{
    QMultiHash<QChar, QString> uses;
    for (const QString& text : extra) {
        if (const QChar letter = mnemonic(text); !letter.isNull())
            uses.insert(letter, text);
    }
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisible())
            continue;
        QStringList texts;
        if (auto* button = qobject_cast<QAbstractButton*>(w))
            texts.append(button->text());
        else if (auto* label = qobject_cast<QLabel*>(w); label && label->buddy())
            texts.append(label->text());
        else if (auto* group = qobject_cast<QGroupBox*>(w); group && group->isCheckable())
            texts.append(group->title());
        else if (auto* bar = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < bar->count(); ++i)
                texts.append(bar->tabText(i));
        }
        for (const QString& text : std::as_const(texts)) {
            if (const QChar letter = mnemonic(text); !letter.isNull())
                uses.insert(letter, text);
        }
    }
    QStringList clashes;
    for (const QChar letter : uses.uniqueKeys()) {
        if (uses.count(letter) > 1)
            clashes.append(QStringLiteral("%1: %2").arg(letter).arg(uses.values(letter).join(u", "_s)));
    }
    return clashes;
}

} // namespace

class TestKeyboardGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void composeSendsOneMessage();
    void campaignIsReviewedSentAndAFailureRetried();
    void everyControlHasAName();
    void mnemonicsDoNotClashInAPane();
    void shortcutsDialogListsEveryAction();
    void everyDialogIsNamedWithoutClashes();

private:
    QTabWidget* tabs() const { return child<QTabWidget>(m_sandbox.window.get(), "tabs"); }
    DeliveryWidget* delivery() const { return m_sandbox.window->delivery(); }
    /// Saves a list of @p rows people, "Person 0" at +372 5100 0000 onwards (…00 fails on the sandbox);
    /// row 7 is Anna Kask, row 100 Anna Smith.
    qint64 saveList(int rows);

    SandboxApp m_sandbox;
    qint64 m_templateId = 0;
};

void TestKeyboardGui::init()
{
    const QString error = m_sandbox.startFast({ 1100, 760 });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_templateId = m_sandbox.saveOrderReady();
    QVERIFY(m_templateId > 0);
    m_sandbox.window->compose()->reloadTemplates(m_templateId);
    g_window = m_sandbox.window.get();
    QApplication::setActiveWindow(m_sandbox.window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_sandbox.window.get()));
}

void TestKeyboardGui::cleanup()
{
    g_window = nullptr;
    if (auto* modal = QApplication::activeModalWidget())
        modal->close();
    m_sandbox.stop();
}

qint64 TestKeyboardGui::saveList(int rows)
{
    RecipientList list;
    list.name = u"keyboard customers"_s;
    list.columns = { u"Name"_s, u"Phone"_s };
    list.phoneColumn = 1;
    list.nameColumn = 0;
    for (int i = 0; i < rows; ++i) {
        RecipientRow row;
        row.position = i;
        const QString phone = QStringLiteral("+3725100%1").arg(i, 4, 10, QLatin1Char('0'));
        // Two Annas, one failing: a search by name finds both and nothing else (every number has "5100").
        const QString name = i == 100 ? u"Anna Smith"_s : i == 7 ? u"Anna Kask"_s : QStringLiteral("Person %1").arg(i);
        row.cells = { name, phone };
        row.phone = phone;
        row.e164 = phone;
        list.rows.append(row);
    }
    return m_sandbox.app->lists().save(list);
}

void TestKeyboardGui::composeSendsOneMessage()
{
    press(Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(tabs()->currentWidget(), m_sandbox.window->compose());
    QVERIFY2(m_sandbox.window->compose()->isAncestorOf(focused()), qPrintable(focusedName()));

    // Alt+R: the Recipient field, by its label's mnemonic.
    press(Qt::Key_R, Qt::AltModifier);
    QCOMPARE(focusedName(), u"recipientEdit"_s);
    type(u"+372 5200 0007"_s);
    QVERIFY2(tabTo("value_body_1"), qPrintable(focusedName()));
    type(u"Olivia"_s);
    QTRY_VERIFY(child<QPushButton>(m_sandbox.window->compose(), "sendButton")->isEnabled());

    // Ctrl+Return sends.
    press(Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(delivery()->model()->rowCount(), 1);
    const qint64 id = delivery()->currentMessage();
    QVERIFY(id > 0);
    QCOMPARE(m_sandbox.app->messages().find(id)->recipient, u"+37252000007"_s);
}

void TestKeyboardGui::campaignIsReviewedSentAndAFailureRetried()
{
    // Set-up: a list of 101, saved as an import would; above 100 the count must be typed.
    const qint64 listId = saveList(101);
    QVERIFY(listId > 0);
    m_sandbox.window->compose()->reloadLists();

    press(Qt::Key_1, Qt::ControlModifier);
    press(Qt::Key_L, Qt::AltModifier); // the List chooser
    QCOMPARE(focusedName(), u"listCombo"_s);
    auto* listCombo = qobject_cast<QComboBox*>(focused());
    for (int i = 0; i < 5 && listCombo->currentData().toLongLong() != listId; ++i)
        press(Qt::Key_Down);
    QCOMPARE(listCombo->currentData().toLongLong(), listId);
    QVERIFY2(tabTo("value_body_1"), qPrintable(focusedName()));
    type(u"friend"_s);
    QTRY_VERIFY(child<QPushButton>(m_sandbox.window->compose(), "sendToListButton")->isEnabled());

    // Ctrl+Shift+Return: the review. The count is typed where the focus already is, the pace set by
    // its Alt+letter, and Send reached with Tab.
    qint64 created = 0;
    bool reviewed = false;
    onNextDialog([&](QDialog* shown) {
        const auto close = qScopeGuard([shown] {
            if (shown->isVisible())
                shown->reject();
        });
        auto* dialog = qobject_cast<CampaignDialog*>(shown);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->dryRunDone(), 10000);
        QTRY_COMPARE(focusedName(), u"confirmCountEdit"_s);
        QVERIFY2(mnemonicClashes(dialog).isEmpty(), qPrintable(mnemonicClashes(dialog).join(u"; "_s)));
        QVERIFY2(unnamedControls(dialog).isEmpty(), qPrintable(unnamedControls(dialog).join(u", "_s)));
        snapshot(dialog, "keyboard-review");
        type(u"101"_s);
        press(Qt::Key_P, Qt::AltModifier);
        QCOMPARE(focusedName(), u"paceSpin"_s);
        press(Qt::Key_A, Qt::ControlModifier);
        type(u"100"_s);
        QVERIFY2(tabTo("sendButton"), qPrintable(focusedName()));
        QVERIFY(child<QPushButton>(dialog, "sendButton")->isEnabled());
        press(Qt::Key_Space);
        created = dialog->createdCampaignId();
        reviewed = true;
    });
    press(Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(reviewed);
    QVERIFY(created > 0);
    QCOMPARE(tabs()->currentWidget(), m_sandbox.window->campaigns());

    // The sandbox fails the numbers ending in 00: Person 0 and Anna Smith.
    QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.app->campaignRecords().counts(created).count(MessageState::Failed), 2, 60000);

    // Delivery: Ctrl+F to search, Tab to the table, the arrows to the failed one.
    press(Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(tabs()->currentWidget(), delivery());
    press(Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(focusedName(), u"searchEdit"_s);
    type(u"Anna"_s); // Anna Kask (read) and Anna Smith (failed)
    press(Qt::Key_Return);
    QTRY_COMPARE(delivery()->filterModel()->rowCount(), 2);
    QVERIFY2(tabTo("messagesView"), qPrintable(focusedName()));
    const auto failedChosen = [this] {
        const qint64 id = delivery()->currentMessage();
        return id != 0 && m_sandbox.app->messages().find(id)->recipient == u"+37251000100"_s;
    };
    press(Qt::Key_Home);
    for (int i = 0; i < 2 && !failedChosen(); ++i)
        press(Qt::Key_Down);
    QVERIFY(failedChosen());
    const qint64 failed = delivery()->currentMessage();
    MessageDetailPane* detail = delivery()->detailPane();
    QCOMPARE(detail->message(), failed);
    QTRY_VERIFY2(child<QLabel>(detail, "stateLabel")->text().startsWith(stateDisplayName(MessageState::Failed)),
        qPrintable(child<QLabel>(detail, "stateLabel")->text()));
    snapshot(m_sandbox.window.get(), "keyboard-delivery");

    // Tab from the table into the detail pane, through it, to Retry; Space presses it.
    QVERIFY2(tabTo("retryButton", 20), qPrintable(focusedName()));
    press(Qt::Key_Space);
    QTRY_VERIFY(detail->message() != failed);
    const qint64 again = detail->message();
    QCOMPARE(m_sandbox.app->messages().find(again)->recipient, u"+37251000100"_s);
    QCOMPARE(m_sandbox.app->messages().find(again)->campaignId, created);
    QTRY_COMPARE(delivery()->currentMessage(), again);
    QTRY_COMPARE(delivery()->filterModel()->rowCount(), 3);
}

void TestKeyboardGui::everyControlHasAName()
{
    // With a list chosen and a message shown, so the fields that only then appear are checked too.
    saveList(3);
    m_sandbox.window->compose()->reloadLists();
    QTest::keyClicks(child<QLineEdit>(m_sandbox.window->compose(), "recipientEdit"), u"+372 5200 0007"_s);
    for (int i = 0; i < tabs()->count(); ++i) {
        press(Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        QWidget* pane = tabs()->currentWidget();
        QCOMPARE(tabs()->currentIndex(), i);
        const QStringList unnamed = unnamedControls(pane);
        QVERIFY2(unnamed.isEmpty(), qPrintable(pane->objectName() + u": "_s + unnamed.join(u", "_s)));
    }
}

void TestKeyboardGui::mnemonicsDoNotClashInAPane()
{
    QStringList menus;
    for (QAction* menu : m_sandbox.window->menuBar()->actions())
        menus.append(menu->text());
    for (int i = 0; i < tabs()->count(); ++i) {
        press(Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        QWidget* pane = tabs()->currentWidget();
        // The tabs themselves are Ctrl+1…6: Alt+letters are the panes' own.
        QVERIFY(mnemonic(tabs()->tabText(i)).isNull());
        const QStringList clashes = mnemonicClashes(pane, menus);
        QVERIFY2(clashes.isEmpty(), qPrintable(pane->objectName() + u": "_s + clashes.join(u"; "_s)));
    }
}

void TestKeyboardGui::everyDialogIsNamedWithoutClashes()
{
    // The dialogs the main flows open, each checked as the panes are: names, then Alt+letters.
    QStringList problems;
    const auto inspect = [&problems](const QString& what) {
        onNextDialog([&problems, what](QDialog* dialog) {
            const QStringList unnamed = unnamedControls(dialog);
            const QStringList clashes = mnemonicClashes(dialog);
            if (!unnamed.isEmpty())
                problems.append(what + u" unnamed: "_s + unnamed.join(u", "_s));
            if (!clashes.isEmpty())
                problems.append(what + u" clashes: "_s + clashes.join(u"; "_s));
            dialog->reject();
        });
    };
    press(Qt::Key_5, Qt::ControlModifier);
    inspect(u"template dialog"_s);
    child<QAction>(m_sandbox.window.get(), "actionNewTemplate")->trigger();
    press(Qt::Key_6, Qt::ControlModifier);
    inspect(u"profile dialog"_s);
    child<QAction>(m_sandbox.window.get(), "actionAddProfile")->trigger();
    press(Qt::Key_2, Qt::ControlModifier);
    m_sandbox.window->showOptOuts();
    inspect(u"opt-out dialog"_s);
    child<QPushButton>(m_sandbox.window->suppressions(), "addButton")->click();
    press(Qt::Key_1, Qt::ControlModifier);
    QTest::keyClicks(child<QLineEdit>(m_sandbox.window->compose(), "recipientEdit"), u"+372 5200 0007"_s);
    inspect(u"request dialog"_s);
    child<QPushButton>(m_sandbox.window->compose(), "showRequestButton")->click();
    {
        ImportDialog import({ {}, u"Name,Phone\nMari,+372 5100 0001\n"_s, u"pasted"_s }, m_sandbox.app->lists(), {},
            u"EE"_s, m_sandbox.window.get());
        import.show();
        QVERIFY(QTest::qWaitForWindowExposed(&import));
        const QStringList unnamed = unnamedControls(&import);
        const QStringList clashes = mnemonicClashes(&import);
        if (!unnamed.isEmpty())
            problems.append(u"import dialog unnamed: "_s + unnamed.join(u", "_s));
        if (!clashes.isEmpty())
            problems.append(u"import dialog clashes: "_s + clashes.join(u"; "_s));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
}

void TestKeyboardGui::shortcutsDialogListsEveryAction()
{
    QSet<QString> expected;
    for (QAction* action : m_sandbox.window->findChildren<QAction*>()) {
        if (!action->shortcut().isEmpty()) {
            QVERIFY2(!action->objectName().isEmpty(), qPrintable(action->text()));
            expected.insert(action->objectName());
        }
    }
    for (const char* name : { "actionSend", "actionFindMessages", "actionExportMessages", "actionImportList",
             "actionSyncTemplates", "actionShowCompose", "actionShowProfiles", "actionShortcuts" })
        QVERIFY2(expected.contains(QString::fromLatin1(name)), name);

    QSet<QString> listed;
    bool shown = false;
    onNextDialog([&](QDialog* dialog) {
        const auto close = qScopeGuard([dialog] {
            if (dialog->isVisible())
                dialog->reject();
        });
        QCOMPARE(dialog->objectName(), u"shortcutsDialog"_s);
        auto* tree = child<QTreeWidget>(dialog, "shortcutsTree");
        // The dialog is the active modal widget before the platform has activated it, and the focus
        // moves into it with that activation (offscreen too): under load it may not have yet.
        QTRY_COMPARE(focused(), tree);
        for (int s = 0; s < tree->topLevelItemCount(); ++s) {
            QTreeWidgetItem* section = tree->topLevelItem(s);
            for (int r = 0; r < section->childCount(); ++r) {
                QVERIFY(!section->child(r)->text(0).contains(u'&'));
                QVERIFY(!section->child(r)->text(1).isEmpty());
                listed.insert(section->child(r)->data(0, Qt::UserRole).toString());
            }
        }
        QVERIFY(!tree->findItems(u"Delivery"_s, Qt::MatchExactly).isEmpty());
        QVERIFY2(unnamedControls(dialog).isEmpty(), qPrintable(unnamedControls(dialog).join(u", "_s)));
        snapshot(dialog, "keyboard-shortcuts");
        dialog->resize(480, dialog->height());
        snapshot(dialog, "keyboard-shortcuts-narrow");
        press(Qt::Key_Escape);
        shown = true;
    });
    press(Qt::Key_F1);
    QVERIFY(shown);
    QCOMPARE(listed, expected);
}

QTEST_MAIN(TestKeyboardGui)
#include "tst_keyboard_gui.moc"
