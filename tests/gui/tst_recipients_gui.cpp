// The Recipients pane and its import, driven like an operator would, on the real application
// (SQLite file, opt-out list, import off the GUI thread) with the sandbox.
#include "GuiTest.h"
#include "SandboxApp.h"
#include "app/AppContext.h"
#include "core/CsvReader.h"
#include "core/RecipientListOps.h"
#include "dispatch/SendController.h"
#include "gui/ImportDialog.h"
#include "gui/MainWindow.h"
#include "gui/RecipientRowsModel.h"
#include "gui/RecipientsWidget.h"
#include "gui/SuppressionWidget.h"
#include "secrets/MemorySecretStore.h"
#include "storage/RecipientListRepository.h"
#include "storage/SuppressionRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>

using namespace herald;
using namespace herald::test;
using namespace Qt::StringLiterals;

namespace {

// A CRM export as Excel writes it in Estonia: BOM, semicolons, CRLF, a quoted name with a line
// break, one number in five spellings, a duplicate, an opted-out number, an empty cell and junk.
const QByteArray kExport = "\xEF\xBB\xBF"
                           "Nimi;Telefon;Linn\r\n"
                           "Mari Tamm;+372 5123 4567;Tartu\r\n"
                           "\"Jüri\r\nJunior\";0037252345678;Tallinn\r\n"
                           "Kati;5345 6789;Pärnu\r\n"
                           "Mari again;(+372) 5123-4567;Tartu\r\n"
                           "Opted Out;+372 5456 7890;Narva\r\n"
                           "\r\n"
                           "No Phone;;Viljandi\r\n"
                           "Typo;+372 51;Rakvere\r\n"
                           "Letters;call me;Võru\r\n"
                           "Landline;+372 640 0000;Tallinn\r\n";

} // namespace

class TestRecipientsGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void importReportsEveryRowAndSavesTheList();
    void mappingIsRememberedForTheSameHeaders();
    void theImportCanSetTheDefaultCountry();
    void editingANumberReadsItAgain();
    void optOutsChangeTheShownListAtOnce();
    void cancellingTheCheckSavesNothing();
    void rejectedRowsAreExportedFixedAndImportedAgain();
    void mergeAndDeleteLists();
    void droppingAFileOpensTheImport();

private:
    QString writeFile(const QString& name, const QByteArray& bytes);
    /// Imports @p path through the dialog: @p onMapping may change the mapping, @p onReport checks the report.
    void importThroughDialog(const QString& path, const std::function<void(QDialog*)>& onMapping,
        const std::function<void(QDialog*)>& onReport, bool save = true);

    test::SandboxApp m_sandbox;
    RecipientsWidget* m_pane = nullptr;
};

void TestRecipientsGui::init()
{
    const QString error = m_sandbox.start({ 1000, 640 });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_pane = m_sandbox.window->recipients();
    QVERIFY(m_pane);
}

void TestRecipientsGui::cleanup()
{
    m_sandbox.stop();
}

QString TestRecipientsGui::writeFile(const QString& name, const QByteArray& bytes)
{
    const QString path = m_sandbox.dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qWarning("cannot write %s", qPrintable(path));
    return path;
}

void TestRecipientsGui::importThroughDialog(const QString& path, const std::function<void(QDialog*)>& onMapping,
    const std::function<void(QDialog*)>& onReport, bool save)
{
    bool reached = false;
    onNextDialog([&](QDialog* dialog) {
        auto* pages = child<QStackedWidget>(dialog, "pages");
        QTRY_COMPARE(pages->currentWidget()->objectName(), u"mappingPage"_s);
        onMapping(dialog);
        child<QPushButton>(dialog, "checkButton")->click();
        QTRY_COMPARE(pages->currentWidget()->objectName(), u"reportPage"_s);
        onReport(dialog);
        reached = true;
        child<QPushButton>(dialog, save ? "saveButton" : "cancelButton")->click();
    });
    m_pane->importFile(path);
    QVERIFY(reached);
}

void TestRecipientsGui::importReportsEveryRowAndSavesTheList()
{
    m_sandbox.app->suppressions().add({ u"+37254567890"_s, u"asked by phone"_s, {}, u"typed"_s, {} });
    const QString path = writeFile(u"crm export.csv"_s, kExport);
    QString report;
    QMap<QString, QString> why; // number as written → what happened: why
    importThroughDialog(
        path,
        [](QDialog* dialog) {
            QCOMPARE(child<QComboBox>(dialog, "delimiterCombo")->currentData().toString(), u";"_s);
            QCOMPARE(child<QComboBox>(dialog, "phoneColumnCombo")->currentText(), u"Telefon"_s);
            QCOMPARE(child<QLineEdit>(dialog, "nameEdit")->text(), u"crm export"_s);
            QVERIFY(child<QLabel>(dialog, "sourceLabel")->text().contains(u"UTF-8"_s));
            QVERIFY(child<QLabel>(dialog, "sourceLabel")->text().contains(u"Blank lines skipped: 1."_s));
            child<QComboBox>(dialog, "nameColumnCombo")->setCurrentIndex(1); // "Nimi"
        },
        [&](QDialog* dialog) {
            report = child<QLabel>(dialog, "reportLabel")->text();
            auto* table = child<QTableWidget>(dialog, "problemsTable");
            for (int r = 0; r < table->rowCount(); ++r)
                why.insert(table->item(r, 2)->text(), table->item(r, 3)->text() + u": "_s + table->item(r, 4)->text());
            snapshot(dialog, "import-report");
        });
    // Nine rows under the header (and one blank line); every one accounted for.
    QVERIFY2(report.contains(u"Rows read: 9."_s), qPrintable(report));
    QVERIFY2(report.contains(u"Will be sent to: 4"_s), qPrintable(report));
    QVERIFY2(report.contains(u"Not numbers Herald can send to: 2."_s), qPrintable(report));
    QVERIFY2(report.contains(u"Repeats of an earlier row: 1."_s), qPrintable(report));
    QVERIFY2(report.contains(u"On the opt-out list: 1."_s), qPrintable(report));
    QVERIFY2(report.contains(u"Without a number: 1."_s), qPrintable(report));
    QVERIFY2(why.value(u"(+372) 5123-4567"_s).contains(u"row 1"_s), qPrintable(why.value(u"(+372) 5123-4567"_s)));
    QVERIFY(why.value(u"+372 5456 7890"_s).contains(u"opt-out"_s));
    QVERIFY(!why.value(u"+372 51"_s).isEmpty());
    QVERIFY(!why.value(u"call me"_s).isEmpty());
    QVERIFY2(why.value(u"+372 640 0000"_s).startsWith(u"Warning"_s), qPrintable(why.value(u"+372 640 0000"_s)));

    // Saved with every row, the fates as reported.
    auto* lists = child<QListWidget>(m_pane, "listsView");
    QCOMPARE(lists->count(), 1);
    QVERIFY(lists->item(0)->text().contains(u"crm export"_s));
    RecipientRowsModel* rows = m_pane->rowsModel();
    QCOMPARE(rows->rowCount(), 9);
    QCOMPARE(rows->list().nameColumn, 0);
    QCOMPARE(rows->row(1).cells.at(0), u"Jüri\r\nJunior"_s);
    QCOMPARE(rows->row(1).e164, u"+37252345678"_s);
    QCOMPARE(rows->row(3).fate, RowFate::Duplicate);
    QCOMPARE(rows->row(4).fate, RowFate::Suppressed);
    QCOMPARE(rows->row(5).fate, RowFate::Empty);
    QCOMPARE(m_sandbox.app->lists().summaries().first().validCount, 4);
    // The opt-out list is untouched by the import.
    QCOMPARE(m_sandbox.app->suppressions().count(), 1);

    // Filter by fate and by text.
    auto* view = child<QTableView>(m_pane, "rowsView");
    auto* fates = child<QComboBox>(m_pane, "fateCombo");
    fates->setCurrentIndex(fates->findText(rowFateName(RowFate::Invalid)));
    QCOMPARE(view->model()->rowCount(), 2);
    fates->setCurrentIndex(0);
    QTest::keyClicks(child<QLineEdit>(m_pane, "rowSearchEdit"), u"tartu"_s);
    QCOMPARE(view->model()->rowCount(), 2);
    m_sandbox.window->findChild<QTabWidget*>(u"tabs"_s)->setCurrentWidget(m_pane);
    snapshot(m_sandbox.window.get(), "recipients");
    m_sandbox.window->resize(480, 560);
    QCoreApplication::processEvents();
    snapshot(m_sandbox.window.get(), "recipients-narrow");
    QVERIFY(m_sandbox.window->width() <= 480);
}

void TestRecipientsGui::mappingIsRememberedForTheSameHeaders()
{
    const QByteArray twoNumbers = "Name,Office,Mobile\nMari,+372 640 0000,+372 5123 4567\n";
    importThroughDialog(
        writeFile(u"first.csv"_s, twoNumbers),
        [](QDialog* dialog) {
            auto* phone = child<QComboBox>(dialog, "phoneColumnCombo");
            QCOMPARE(phone->currentText(), u"Mobile"_s); // by name
            phone->setCurrentIndex(1); // this team sends to office numbers
            auto* region = child<QComboBox>(dialog, "regionCombo");
            region->setCurrentIndex(region->findData(u"FI"_s));
        },
        [](QDialog*) {});
    importThroughDialog(
        writeFile(u"second.csv"_s, "name,office,mobile\nKati,+372 640 0001,+372 5234 5678\n"),
        [](QDialog* dialog) {
            QCOMPARE(child<QComboBox>(dialog, "phoneColumnCombo")->currentText(), u"office"_s);
            QCOMPARE(child<QComboBox>(dialog, "regionCombo")->currentData().toString(), u"FI"_s);
            QVERIFY(child<QLabel>(dialog, "sourceLabel")->text().contains(u"last import"_s));
        },
        [](QDialog*) {});
    QCOMPARE(m_sandbox.app->lists().summaries().size(), 2);
}

void TestRecipientsGui::theImportCanSetTheDefaultCountry()
{
    QCOMPARE(m_sandbox.app->sender().numbers().defaultRegion(), u"EE"_s);
    QString report;
    importThroughDialog(
        writeFile(u"helsinki.csv"_s, "Name,Phone\nAino,040 1234567\n"),
        [](QDialog* dialog) {
            auto* region = child<QComboBox>(dialog, "regionCombo");
            QCOMPARE(region->currentData().toString(), u"EE"_s); // the app's default to begin with
            region->setCurrentIndex(region->findData(u"FI"_s));
            child<QCheckBox>(dialog, "defaultRegionCheck")->setChecked(true);
        },
        [&report](QDialog* dialog) { report = child<QLabel>(dialog, "reportLabel")->text(); });
    QVERIFY2(report.contains(u"Will be sent to: 1"_s), qPrintable(report)); // a Finnish mobile, read as such
    QCOMPARE(m_pane->rowsModel()->row(0).e164, u"+358401234567"_s);
    // From now on everywhere, and kept for the next start.
    QCOMPARE(m_sandbox.app->sender().numbers().defaultRegion(), u"FI"_s);
    QSettings settings(m_sandbox.dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
    QCOMPARE(settings.value(u"numbers/defaultRegion"_s).toString(), u"FI"_s);
}

void TestRecipientsGui::editingANumberReadsItAgain()
{
    importThroughDialog(
        writeFile(u"typo.csv"_s, "Name,Phone\nMari,+372 51\nKati,+372 5234 5678\n"), [](QDialog*) {}, [](QDialog*) {});
    RecipientRowsModel* rows = m_pane->rowsModel();
    QCOMPARE(rows->row(0).fate, RowFate::Invalid);
    QVERIFY(rows->setData(rows->index(0, 2), u"+372 5123 4567"_s, Qt::EditRole));
    QCOMPARE(rows->row(0).fate, RowFate::Valid);
    QCOMPARE(rows->row(0).e164, u"+37251234567"_s);
    // Saved: a fresh read from the database agrees.
    const RecipientList saved = *m_sandbox.app->lists().find(rows->list().id);
    QCOMPARE(saved.rows.at(0).fate, RowFate::Valid);
    QCOMPARE(saved.rows.at(0).cells.at(1), u"+372 5123 4567"_s);
    // Now the same number as row 1: a duplicate.
    QVERIFY(rows->setData(rows->index(1, 2), u"5123 4567"_s, Qt::EditRole));
    QCOMPARE(rows->row(1).fate, RowFate::Duplicate);
}

void TestRecipientsGui::optOutsChangeTheShownListAtOnce()
{
    importThroughDialog(
        writeFile(u"two.csv"_s, "Name,Phone\nMari,+372 5123 4567\nKati,+372 5234 5678\n"), [](QDialog*) {},
        [](QDialog*) {});
    RecipientRowsModel* rows = m_pane->rowsModel();
    QCOMPARE(rows->row(1).fate, RowFate::Valid);
    m_sandbox.app->suppressions().add({ u"+37252345678"_s, u"asked by e-mail"_s, {}, u"typed"_s, {} });
    Q_EMIT m_sandbox.window->suppressions()->suppressionsChanged();
    QCOMPARE(rows->row(1).fate, RowFate::Suppressed);
    QCOMPARE(m_sandbox.app->lists().find(rows->list().id)->rows.at(1).fate, RowFate::Suppressed);
    QCOMPARE(m_sandbox.app->lists().summaries().first().validCount, 1);
    m_sandbox.app->suppressions().remove(u"+37252345678"_s);
    Q_EMIT m_sandbox.window->suppressions()->suppressionsChanged();
    QCOMPARE(rows->row(1).fate, RowFate::Valid);
}

void TestRecipientsGui::cancellingTheCheckSavesNothing()
{
    QByteArray big = "Name,Phone\n";
    for (int i = 0; i < 300000; ++i)
        big += "Person " + QByteArray::number(i) + ",+372 5" + QByteArray::number(1000000 + i) + '\n';
    bool backToMapping = false;
    onNextDialog([&](QDialog* dialog) {
        auto* pages = child<QStackedWidget>(dialog, "pages");
        QTRY_COMPARE_WITH_TIMEOUT(pages->currentWidget()->objectName(), u"mappingPage"_s, 20000);
        child<QPushButton>(dialog, "checkButton")->click();
        QCOMPARE(pages->currentWidget()->objectName(), u"busyPage"_s);
        child<QPushButton>(dialog, "cancelButton")->click(); // stops the check, keeps the dialog
        QTRY_COMPARE_WITH_TIMEOUT(pages->currentWidget()->objectName(), u"mappingPage"_s, 20000);
        backToMapping = true;
        child<QPushButton>(dialog, "cancelButton")->click();
    });
    m_pane->importFile(writeFile(u"big.csv"_s, big));
    QVERIFY(backToMapping);
    QVERIFY(m_sandbox.app->lists().summaries().isEmpty());
}

void TestRecipientsGui::rejectedRowsAreExportedFixedAndImportedAgain()
{
    const QString rejects = m_sandbox.dir->filePath(u"rejects.csv"_s);
    importThroughDialog(
        writeFile(u"export.csv"_s, kExport), [](QDialog*) {},
        [&rejects](QDialog* dialog) {
            QVERIFY(child<QPushButton>(dialog, "exportRejectedButton")->isEnabled());
            QVERIFY(qobject_cast<ImportDialog*>(dialog)->exportRejectedTo(rejects));
        },
        false);
    QFile file(rejects);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(file.readAll());
    file.close();
    // The four rows not sent to (a repeat, no number, too short, letters; the landline is sent, with a
    // warning), each with its reason.
    const CsvTable table = readCsv(text);
    QCOMPARE(table.rows.size(), 4);
    QVERIFY2(text.contains(u"Too short"_s), qPrintable(text));

    // Fix the typo and the letters, import again: those two now go.
    text.replace(u"+372 51;"_s, u"+372 5678 9012;"_s).replace(u"call me"_s, u"+372 5789 0123"_s);
    QFile fixed(m_sandbox.dir->filePath(u"fixed.csv"_s));
    QVERIFY(fixed.open(QIODevice::WriteOnly));
    fixed.write(text.toUtf8());
    fixed.close();
    QString report;
    importThroughDialog(
        fixed.fileName(), [](QDialog*) {},
        [&report](QDialog* dialog) { report = child<QLabel>(dialog, "reportLabel")->text(); });
    QVERIFY2(report.contains(u"Rows read: 4."_s), qPrintable(report));
    // The two fixed, and the repeat, alone in this file; the row without a number still waits.
    QVERIFY2(report.contains(u"Will be sent to: 3"_s), qPrintable(report.replace(QLatin1Char('\n'), QLatin1Char(' '))));
    QVERIFY2(report.contains(u"Without a number: 1."_s), qPrintable(report));
}

void TestRecipientsGui::mergeAndDeleteLists()
{
    importThroughDialog(
        writeFile(u"a.csv"_s, "Name,Phone\nMari,+372 5123 4567\n"), [](QDialog*) {}, [](QDialog*) {});
    importThroughDialog(
        writeFile(u"b.csv"_s, "Phone,Order\n0037251234567,A-1\n+372 5234 5678,A-2\n"), [](QDialog*) {},
        [](QDialog*) {});
    auto* lists = child<QListWidget>(m_pane, "listsView");
    QCOMPARE(lists->count(), 2);
    lists->selectAll();
    QVERIFY(child<QPushButton>(m_pane, "mergeListsButton")->isEnabled());
    onNextDialog([](QDialog* dialog) {
        auto* name = dialog->findChild<QLineEdit*>();
        name->setText(u"everyone"_s);
        dialog->accept();
    });
    child<QPushButton>(m_pane, "mergeListsButton")->click();
    QCOMPARE(lists->count(), 3);
    RecipientRowsModel* rows = m_pane->rowsModel();
    QCOMPARE(rows->list().name, u"everyone"_s);
    QCOMPARE(rows->rowCount(), 3);
    QCOMPARE(rows->list().columns, QStringList({ u"Name"_s, u"Phone"_s, u"Order"_s }));
    QCOMPARE(rows->row(1).fate, RowFate::Duplicate);

    onNextDialog([](QDialog* dialog) { qobject_cast<QMessageBox*>(dialog)->button(QMessageBox::Yes)->click(); });
    child<QPushButton>(m_pane, "deleteListButton")->click();
    QCOMPARE(lists->count(), 2);
    QCOMPARE(m_sandbox.app->lists().summaries().size(), 2);
}

void TestRecipientsGui::droppingAFileOpensTheImport()
{
    const QString path = writeFile(u"dropped.csv"_s, "Name,Phone\nMari,+372 5123 4567\n");
    QString name;
    onNextDialog([&name](QDialog* dialog) {
        QTRY_COMPARE(child<QStackedWidget>(dialog, "pages")->currentWidget()->objectName(), u"mappingPage"_s);
        name = child<QLineEdit>(dialog, "nameEdit")->text();
        dialog->reject();
    });
    QMimeData data;
    data.setUrls({ QUrl::fromLocalFile(path) });
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_sandbox.window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_sandbox.window.get(), &drop);
    QCOMPARE(name, u"dropped"_s);
    QCOMPARE(m_sandbox.window->findChild<QTabWidget*>(u"tabs"_s)->currentWidget(), m_pane);
}

QTEST_MAIN(TestRecipientsGui)
#include "tst_recipients_gui.moc"
