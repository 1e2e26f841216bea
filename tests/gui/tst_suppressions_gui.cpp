// The opt-out list pane driven like an operator would, in the real main window on the sandbox:
// a number added by hand, a pasted list imported, and Compose refusing to send to either.
#include "GuiTest.h"
#include "SandboxApp.h"
#include "app/AppContext.h"
#include "dispatch/SendController.h"
#include "gui/ComposeWidget.h"
#include "gui/MainWindow.h"
#include "gui/SuppressionWidget.h"
#include "secrets/MemorySecretStore.h"
#include "storage/SuppressionRepository.h"
#include "storage/TemplateRepository.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace herald;
using herald::test::child;
using herald::test::onNextDialog;
using herald::test::snapshot;

namespace {

QPushButton* okButton(QDialog* dialog)
{
    return child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
}

/// The texts of @p column for every row the view shows.
QStringList columnTexts(QTableView* view, int column)
{
    QStringList texts;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        texts.append(view->model()->index(row, column).data().toString());
    return texts;
}

} // namespace

class TestSuppressionsGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void addByHandImportPastedAndComposeRefuses();
    void removeConfirmsAndExportNeutralisesFormulas();
    void longReasonsInNarrowAndWideWindows();

private:
    test::SandboxApp m_sandbox;
    SuppressionWidget* m_pane = nullptr;
};

void TestSuppressionsGui::init()
{
    const QString error = m_sandbox.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_pane = child<SuppressionWidget>(m_sandbox.window.get(), "suppressionsPane");
    QVERIFY(m_pane);
    m_sandbox.window->showOptOuts();
}

void TestSuppressionsGui::cleanup()
{
    m_sandbox.stop();
}

void TestSuppressionsGui::addByHandImportPastedAndComposeRefuses()
{
    auto* view = child<QTableView>(m_pane, "suppressionsView");
    auto* result = child<QLabel>(m_pane, "resultLabel");
    QVERIFY(view && result);
    QCOMPARE(view->model()->rowCount(), 0);
    QVERIFY(child<QLabel>(m_pane, "countLabel")->text().startsWith(QStringLiteral("No one has opted out yet")));
    QVERIFY(!child<QPushButton>(m_pane, "removeButton")->isEnabled());

    // By hand: a number in a local form, refused in words while it is not one, then with a reason.
    bool checked = false;
    onNextDialog([&checked](QDialog* dialog) {
        auto* number = child<QLineEdit>(dialog, "numberEdit");
        auto* hint = child<QLabel>(dialog, "numberHint");
        QTest::keyClicks(number, QStringLiteral("51 2x"));
        QCOMPARE(hint->text(), QStringLiteral("This is not a phone number: it contains letters or symbols."));
        QVERIFY(!okButton(dialog)->isEnabled());
        number->clear();
        QTest::keyClicks(number, QStringLiteral("5123 4567"));
        QVERIFY2(hint->text().contains(QStringLiteral("+37251234567")), qPrintable(hint->text()));
        QVERIFY(!okButton(dialog)->isEnabled()); // no reason yet
        QTest::keyClicks(child<QLineEdit>(dialog, "reasonEdit"), QStringLiteral("asked by phone"));
        QVERIFY(okButton(dialog)->isEnabled());
        snapshot(dialog, "opt-outs-add");
        checked = true;
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(m_pane, "addButton"), Qt::LeftButton);
    QVERIFY(checked);
    QCOMPARE(result->text(), QStringLiteral("+37251234567 added to the opt-out list: Herald will not send to it."));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(columnTexts(view, SuppressionTableModel::Number), QStringList { QStringLiteral("+37251234567") });
    QCOMPARE(columnTexts(view, SuppressionTableModel::Reason), QStringList { QStringLiteral("asked by phone") });
    QCOMPARE(columnTexts(view, SuppressionTableModel::Source), QStringList { QStringLiteral("typed") });
    QCOMPARE(
        columnTexts(view, SuppressionTableModel::AddedBy), QStringList { SuppressionRepository::currentUserName() });
    const Suppression first = *m_sandbox.app->suppressions().find(QStringLiteral("+37251234567"));

    // The same number again, in another form: the dialog says it is there and adds nothing.
    onNextDialog([](QDialog* dialog) {
        QTest::keyClicks(child<QLineEdit>(dialog, "numberEdit"), QStringLiteral("+372 5123 4567"));
        QTest::keyClicks(child<QLineEdit>(dialog, "reasonEdit"), QStringLiteral("again"));
        const QString hint = child<QLabel>(dialog, "numberHint")->text();
        QVERIFY2(hint.startsWith(QStringLiteral("Already on the list")), qPrintable(hint));
        QVERIFY2(hint.contains(QStringLiteral("asked by phone")), qPrintable(hint));
        QVERIFY(!okButton(dialog)->isEnabled());
        dialog->reject();
    });
    QTest::mouseClick(child<QPushButton>(m_pane, "addButton"), Qt::LeftButton);
    QCOMPARE(view->model()->rowCount(), 1);

    // Pasted cells: one already listed, a repeat, two unreadable, one empty.
    QApplication::clipboard()->setText(QStringLiteral("name,phone\n"
                                                      "Mari,+372 5123 4567\n"
                                                      "Jüri,5234 5678\n"
                                                      "Ann,call me\n"
                                                      "Bob,+44 7400 123456\n"
                                                      "Eve,\n"
                                                      "Mari again,00372 5123 4567\n"
                                                      "Zed,12\n"));
    checked = false;
    onNextDialog([&checked](QDialog* dialog) {
        QCOMPARE(
            child<QComboBox>(dialog, "phoneColumnCombo")->currentText(), QStringLiteral("phone (e.g. +372 5123 4567)"));
        auto* summary = child<QLabel>(dialog, "summaryLabel");
        QTRY_VERIFY(!summary->text().startsWith(QStringLiteral("Reading")));
        QVERIFY2(summary->text().startsWith(QStringLiteral(
                     "7 rows: 2 new numbers, 2 already on the list, 2 not numbers (rows 4, 8), 1 without a number "
                     "(row 6).")),
            qPrintable(summary->text()));
        QVERIFY(!okButton(dialog)->isEnabled()); // a reason first
        QTest::keyClicks(child<QLineEdit>(dialog, "reasonEdit"), QStringLiteral("replied STOP"));
        QVERIFY(okButton(dialog)->isEnabled());
        snapshot(dialog, "opt-outs-import");
        checked = true;
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    });
    child<QAction>(m_pane, "actionImportPaste")->trigger();
    QVERIFY(checked);
    QCOMPARE(result->text(),
        QStringLiteral("2 added, 2 already on the list, 2 not numbers (rows 4, 8), 1 without a number (row 6)."));
    QCOMPARE(view->model()->rowCount(), 3);
    QCOMPARE(child<QLabel>(m_pane, "countLabel")->text(), QStringLiteral("3 numbers on the opt-out list."));
    // Importing kept the first entry as it was.
    const Suppression kept = *m_sandbox.app->suppressions().find(QStringLiteral("+37251234567"));
    QCOMPARE(kept.reason, first.reason);
    QCOMPARE(kept.addedAt, first.addedAt);
    QCOMPARE(m_sandbox.app->suppressions().find(QStringLiteral("+447400123456"))->source,
        QStringLiteral("pasted from the clipboard"));

    // Search finds a number however it is typed.
    auto* search = child<QLineEdit>(m_pane, "searchEdit");
    QTest::keyClicks(search, QStringLiteral("5234 5678"));
    QCOMPARE(columnTexts(view, SuppressionTableModel::Number), QStringList { QStringLiteral("+37252345678") });
    search->clear();
    QTest::keyClicks(search, QStringLiteral("STOP"));
    QCOMPARE(view->model()->rowCount(), 2);
    search->clear();
    QCOMPARE(view->model()->rowCount(), 3);
    snapshot(m_sandbox.window.get(), "opt-outs");

    // Compose refuses the opted-out number, with the date and the reason.
    Template tpl;
    tpl.name = QStringLiteral("order_shipped");
    tpl.language = QStringLiteral("en");
    tpl.body = QStringLiteral("Your order has shipped.");
    QVERIFY(m_sandbox.app->templates().save(tpl) > 0);
    ComposeWidget* compose = m_sandbox.window->compose();
    compose->reloadTemplates();
    child<QTabWidget>(m_sandbox.window.get(), "tabs")->setCurrentWidget(compose);
    auto* recipient = child<QLineEdit>(compose, "recipientEdit");
    auto* send = child<QPushButton>(compose, "sendButton");
    auto* problems = child<QLabel>(compose, "problemsLabel");
    QTest::keyClicks(recipient, QStringLiteral("+372 5123 4500"));
    QVERIFY2(send->isEnabled(), qPrintable(problems->text())); // anyone else can be sent to
    recipient->clear();
    QTest::keyClicks(recipient, QStringLiteral("+372 5123 4567"));
    QVERIFY(!send->isEnabled());
    QVERIFY(problems->isVisible());
    QVERIFY2(problems->text().contains(SendController::optedOutInWords(first)), qPrintable(problems->text()));
    QVERIFY2(problems->text().contains(QStringLiteral("+37251234567 opted out on ")), qPrintable(problems->text()));
    QVERIFY2(problems->text().contains(QStringLiteral("asked by phone")), qPrintable(problems->text()));
    snapshot(m_sandbox.window.get(), "compose-opted-out");
}

void TestSuppressionsGui::removeConfirmsAndExportNeutralisesFormulas()
{
    SuppressionRepository& list = m_sandbox.app->suppressions();
    list.add({ QStringLiteral("+37251234567"), QStringLiteral("=HYPERLINK(\"http://example.test\")"), {},
        QStringLiteral("typed"), QStringLiteral("mari") });
    list.add({ QStringLiteral("+447400123456"), QStringLiteral("-rude, \"very\""), {}, QStringLiteral("@import"),
        QStringLiteral("jüri") });
    m_pane->reload();
    auto* view = child<QTableView>(m_pane, "suppressionsView");
    auto* remove = child<QPushButton>(m_pane, "removeButton");
    QCOMPARE(view->model()->rowCount(), 2);

    // Export first: every cell a spreadsheet would run as a formula starts with an apostrophe.
    const QString path = m_sandbox.dir->filePath(QStringLiteral("opt-outs.csv"));
    QString error;
    QVERIFY2(m_pane->exportTo(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 with a byte-order mark, for spreadsheet programs
    const QString text = QString::fromUtf8(bytes.mid(3));
    QVERIFY(text.startsWith(QStringLiteral("Phone number,Reason,Added (UTC),Source,Added by\r\n")));
    QVERIFY2(
        text.contains(QStringLiteral("'+37251234567,\"'=HYPERLINK(\"\"http://example.test\"\")\",")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("'+447400123456,\"'-rude, \"\"very\"\"\",")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral(",'@import,jüri\r\n")), qPrintable(text));
    file.close();
    // …and it reads back: importing the export finds every number already there.
    QString summary;
    onNextDialog([&summary](QDialog* dialog) {
        QVERIFY(child<QComboBox>(dialog, "phoneColumnCombo")
                    ->currentText()
                    .startsWith(QStringLiteral("Phone number (e.g. ")));
        auto* label = child<QLabel>(dialog, "summaryLabel");
        QTRY_VERIFY(!label->text().startsWith(QStringLiteral("Reading")));
        summary = label->text();
        QTest::keyClicks(child<QLineEdit>(dialog, "reasonEdit"), QStringLiteral("restored"));
        QVERIFY(!okButton(dialog)->isEnabled());
        dialog->reject();
    });
    m_pane->importFile(path);
    QCOMPARE(summary, QStringLiteral("2 rows: 0 new numbers, 2 already on the list. Nothing to add."));
    QCOMPARE(list.count(), 2);

    // Removing asks first, naming the number; Cancel keeps it.
    view->selectRow(view->model()
                        ->match(view->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("+447400123456"))
                        .value(0)
                        .row());
    QVERIFY(remove->isEnabled());
    QString asked;
    onNextDialog([&asked](QDialog* dialog) {
        auto* box = qobject_cast<QMessageBox*>(dialog);
        QVERIFY(box);
        asked = box->text();
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    });
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(asked, QStringLiteral("Take +447400123456 off the opt-out list? Herald will send to this number again."));
    QVERIFY(list.contains(QStringLiteral("+447400123456")));

    onNextDialog(
        [](QDialog* dialog) { QTest::mouseClick(child<QPushButton>(dialog, "confirmRemoveButton"), Qt::LeftButton); });
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(!list.contains(QStringLiteral("+447400123456")));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(child<QLabel>(m_pane, "resultLabel")->text(),
        QStringLiteral("+447400123456 was taken off the opt-out list: Herald will send to it again."));
    QVERIFY(!remove->isEnabled());
}

void TestSuppressionsGui::longReasonsInNarrowAndWideWindows()
{
    SuppressionRepository& list = m_sandbox.app->suppressions();
    list.add({ QStringLiteral("+37251234567"),
        QStringLiteral("Asked on the support line never to be contacted again about promotions, order updates or "
                       "surveys; confirmed by e-mail to the data-protection officer"),
        QDateTime(QDate(2026, 5, 3), QTime(9, 30)).toUTC(), QStringLiteral("typed"), QStringLiteral("mari") });
    list.addMany({ { QStringLiteral("+447400123456"), QStringLiteral("replied STOP"), {},
                       QStringLiteral("imported from 2026-05 customer-care opt-outs (final, checked twice).csv"),
                       QStringLiteral("jüri") },
        { QStringLiteral("+4915112345678"), QStringLiteral("Beschwerde"), {},
            QStringLiteral("pasted from the clipboard"), QStringLiteral("mari") } });
    m_pane->reload();
    auto* view = child<QTableView>(m_pane, "suppressionsView");
    QCOMPARE(view->model()->rowCount(), 3);

    m_sandbox.window->resize(1000, 650);
    QCoreApplication::processEvents();
    snapshot(m_sandbox.window.get(), "opt-outs-wide");
    // Wide: the reason column gets the room, and the number and date are never cut off.
    const QFontMetrics metrics(view->font());
    QVERIFY(view->columnWidth(SuppressionTableModel::Reason) > view->columnWidth(SuppressionTableModel::Number));
    QVERIFY(view->columnWidth(SuppressionTableModel::Number)
        >= metrics.horizontalAdvance(QStringLiteral("+4915112345678")));

    m_sandbox.window->resize(480, 560);
    QCoreApplication::processEvents();
    snapshot(m_sandbox.window.get(), "opt-outs-narrow");
    QVERIFY(m_sandbox.window->width() <= 480);
    // Narrow: number, reason and date fit without scrolling sideways; the tooltip names source and who.
    QVERIFY(!view->isColumnHidden(SuppressionTableModel::Added));
    QVERIFY(view->isColumnHidden(SuppressionTableModel::Source));
    QTRY_COMPARE(view->horizontalScrollBar()->maximum(), 0);
    QVERIFY(view->columnWidth(SuppressionTableModel::Reason) >= 100);
    // Every button stays on screen and usable.
    for (const char* name : { "addButton", "importButton", "removeButton", "exportButton" }) {
        auto* button = child<QWidget>(m_pane, name);
        QVERIFY(button->isVisible());
        const QRect inPane(button->mapTo(m_pane, QPoint(0, 0)), button->size());
        QVERIFY2(m_pane->rect().contains(inPane), name);
    }
    // The whole reason is one hover away.
    const int row = view->model()
                        ->match(view->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("+37251234567"))
                        .value(0)
                        .row();
    const QModelIndex reason = view->model()->index(row, SuppressionTableModel::Reason);
    // Tooltips are the text as HTML-escaped paragraphs, so what they show is the text itself.
    QVERIFY(reason.data(Qt::ToolTipRole).toString().endsWith(QStringLiteral("data-protection officer</p>")));
    const QString about = view->model()->index(row, SuppressionTableModel::Number).data(Qt::ToolTipRole).toString();
    QVERIFY2(about.contains(QStringLiteral(" by mari (typed)")), qPrintable(about));

    // Wide again: every column is back.
    m_sandbox.window->resize(1000, 650);
    QCoreApplication::processEvents();
    QVERIFY(!view->isColumnHidden(SuppressionTableModel::Source));
    QVERIFY(!view->isColumnHidden(SuppressionTableModel::AddedBy));
}

QTEST_MAIN(TestSuppressionsGui)
#include "tst_suppressions_gui.moc"
