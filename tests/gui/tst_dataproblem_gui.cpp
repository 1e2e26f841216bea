// Herald's start when its data cannot be used: the DatabaseProblemDialog, what it says and its ways out.
#include "GuiTest.h"
#include "app/AppContext.h"
#include "app/Startup.h"
#include "gui/DatabaseProblemDialog.h"
#include "gui/PlainText.h"
#include "secrets/MemorySecretStore.h"
#include "storage/Database.h"
#include "storage/DatabaseBackups.h"
#include "storage/TemplateRepository.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace herald;
using namespace herald::test;
using namespace Qt::StringLiterals;

class TestDataProblemGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void restoringTheNewestBackupStartsWithItsData();
    void anotherHeraldLeavesTheChoiceOfAnotherFolder();
    void withoutABackupRestoreIsDisabledWithAReason();
    void quitLeavesTheFileAsItWas();

private:
    AppOptions options(const QString& dataDir) const;
    StartResult startHeraldHere(const QString& dataDir) const;
    /// A Herald data folder at @p dataDir whose library holds a template called @p name.
    void makeData(const QString& dataDir, const QString& name);
    /// Replaces the database in @p dataDir with bytes no SQLite reads; returns them.
    static QByteArray breakDatabase(const QString& dataDir);
    /// Every control named; no two with the same Alt+letter.
    static void checkNamesAndKeys(QDialog* dialog);

    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

/// onNextDialog(), and a dialog whose checks failed is closed, so the test ends instead of waiting.
void answerNextDialog(std::function<void(QDialog*)> act, const QDialog* notThis = nullptr)
{
    onNextDialog(
        [act](QDialog* dialog) {
            act(dialog);
            if (QTest::currentTestFailed() && dialog->isVisible())
                dialog->reject();
        },
        notThis);
}

} // namespace

void TestDataProblemGui::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

AppOptions TestDataProblemGui::options(const QString& dataDir) const
{
    AppOptions options;
    options.dataDir = dataDir;
    options.region = u"EE"_s;
    return options;
}

StartResult TestDataProblemGui::startHeraldHere(const QString& dataDir) const
{
    return startHerald(options(dataDir), [] { return std::make_unique<MemorySecretStore>(); });
}

void TestDataProblemGui::makeData(const QString& dataDir, const QString& name)
{
    AppContext app(options(dataDir), std::make_unique<MemorySecretStore>());
    QString error;
    QVERIFY2(app.initialize(&error), qPrintable(error));
    Template tpl;
    tpl.name = name;
    tpl.language = u"en"_s;
    tpl.body = u"Hello {{1}}"_s;
    QVERIFY(app.templates().save(tpl) > 0);
}

QByteArray TestDataProblemGui::breakDatabase(const QString& dataDir)
{
    const QByteArray junk = QByteArray("this was Herald's database until the disk failed\n").repeated(200);
    QFile file(QDir(dataDir).filePath(u"herald.sqlite"_s));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(junk);
    return junk;
}

void TestDataProblemGui::checkNamesAndKeys(QDialog* dialog)
{
    QSet<QChar> letters;
    for (QWidget* w : dialog->findChildren<QWidget*>()) {
        if (qobject_cast<QLabel*>(w) || qobject_cast<QAbstractButton*>(w) || qobject_cast<QGroupBox*>(w))
            QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
        auto* button = qobject_cast<QAbstractButton*>(w);
        if (!button)
            continue;
        const qsizetype amp = button->text().indexOf(u'&');
        if (amp < 0 || amp + 1 >= button->text().size())
            continue;
        const QChar letter = button->text().at(amp + 1).toLower();
        QVERIFY2(!letters.contains(letter), qPrintable(button->text()));
        letters.insert(letter);
    }
}

void TestDataProblemGui::restoringTheNewestBackupStartsWithItsData()
{
    const QString data = m_dir->path();
    const QString database = QDir(data).filePath(u"herald.sqlite"_s);
    makeData(data, u"from_backup"_s);
    const QDate day = QDate::currentDate().addDays(-1);
    QCOMPARE(DatabaseBackups::backUp(database, day).outcome, BackupResult::Outcome::Made);
    makeData(data, u"after_backup"_s); // changed after the backup: not in it
    const QByteArray junk = breakDatabase(data);
    QVERIFY(!junk.isEmpty());

    bool shown = false;
    answerNextDialog([&](QDialog* dialog) {
        shown = true;
        QCOMPARE(dialog->objectName(), u"databaseProblemDialog"_s);
        checkNamesAndKeys(dialog);
        QCOMPARE(child<QLabel>(dialog, "headlineLabel")->text(), u"Herald's database is damaged."_s);
        const QString reason = withoutWrapPlaces(child<QLabel>(dialog, "reasonLabel")->text());
        QVERIFY2(reason.contains(u"not a Herald database"_s), qPrintable(reason));
        QVERIFY(child<QLabel>(dialog, "adviceLabel")->text().contains(u"Nothing has been deleted"_s));
        auto* restore = child<QPushButton>(dialog, "restoreNewestButton");
        QVERIFY(restore->isEnabled());
        QVERIFY2(restore->text().contains(QLocale().toString(day, QLocale::ShortFormat)), qPrintable(restore->text()));
        QVERIFY(
            child<QLabel>(dialog, "restoreNoteLabel")->text().contains(QLocale().toString(day, QLocale::LongFormat)));
        QCOMPARE(dialog->focusWidget(), restore); // Enter restores
        QVERIFY(restore->isDefault());
        snapshot(dialog, "database-problem");
        // Narrow, as on a small screen: the text wraps, and the window grows down as a window manager lets it.
        dialog->resize(380, std::max(dialog->height(), dialog->layout()->totalHeightForWidth(380)));
        QVERIFY(dialog->width() <= 400);
        snapshot(dialog, "database-problem-narrow");
        QTest::mouseClick(restore, Qt::LeftButton);
    });
    StartResult started = startHeraldHere(data);
    QVERIFY(shown);
    QVERIFY2(started.context, qPrintable(started.error));
    QVERIFY(started.context->templates().findByNameAndLanguage(u"from_backup"_s, u"en"_s));
    QVERIFY(!started.context->templates().findByNameAndLanguage(u"after_backup"_s, u"en"_s));

    // The broken file is kept beside it, byte for byte, and the note says where.
    const QStringList aside = QDir(data).entryList({ u"herald.sqlite.broken-*"_s }, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QFile kept(QDir(data).filePath(aside.first()));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), junk);
    QVERIFY2(started.note.contains(aside.first()), qPrintable(started.note));
}

void TestDataProblemGui::anotherHeraldLeavesTheChoiceOfAnotherFolder()
{
    // A long path, as a network home folder gives: the dialog wraps it instead of growing.
    const QString data = m_dir->filePath(u"Support team shared data/Herald console/2026/customer-care-estonia/data"_s);
    QVERIFY(QDir().mkpath(data));
    AppContext running(options(data), std::make_unique<MemorySecretStore>());
    QString error;
    QVERIFY2(running.initialize(&error), qPrintable(error));
    QVERIFY(DatabaseBackups::backUp(running.database().path(), QDate::currentDate()).outcome
        == BackupResult::Outcome::Made);
    const QString other = m_dir->filePath(u"other"_s);
    QVERIFY(QDir().mkpath(other));

    bool shown = false;
    answerNextDialog([&](QDialog* dialog) {
        shown = true;
        checkNamesAndKeys(dialog);
        QCOMPARE(child<QLabel>(dialog, "headlineLabel")->text(), u"Herald is already running with this data folder."_s);
        const QString reason = withoutWrapPlaces(child<QLabel>(dialog, "reasonLabel")->text());
        QVERIFY2(reason.contains(u"as process %1 on this computer"_s.arg(QCoreApplication::applicationPid())),
            qPrintable(reason));
        // Never restore under a running Herald, backup or not.
        QVERIFY(!child<QPushButton>(dialog, "restoreNewestButton")->isEnabled());
        QVERIFY(!child<QPushButton>(dialog, "openBackupButton")->isEnabled());
        QVERIFY(child<QLabel>(dialog, "restoreNoteLabel")->text().contains(u"other Herald is using"_s));
        QVERIFY(dialog->width() < 800);
        snapshot(dialog, "database-problem-long-path");
        answerNextDialog(
            [&](QDialog* picker) {
                QCOMPARE(picker->objectName(), u"dataFolderDialog"_s);
                auto* files = qobject_cast<QFileDialog*>(picker);
                QVERIFY(files);
                // Typed, as an operator may: the dialog's list fills in the background, too late to click.
                files->setDirectory(other);
                auto* name = child<QLineEdit>(picker, "fileNameEdit");
                QVERIFY(name);
                name->setText(other);
                picker->accept(); // QFileDialog::accept, through QDialog's public one
            },
            dialog);
        QTest::mouseClick(child<QPushButton>(dialog, "chooseFolderButton"), Qt::LeftButton);
    });
    StartResult started = startHeraldHere(data);
    QVERIFY(shown);
    QVERIFY2(started.context, qPrintable(started.error));
    QCOMPARE(QDir(started.context->options().dataDir).absolutePath(), QDir(other).absolutePath());
    QVERIFY(QFile::exists(QDir(other).filePath(u"herald.sqlite"_s)));
    QVERIFY(started.note.contains(QDir::toNativeSeparators(other)));
}

void TestDataProblemGui::withoutABackupRestoreIsDisabledWithAReason()
{
    const QString data = m_dir->path();
    makeData(data, u"hello"_s);
    breakDatabase(data);
    answerNextDialog([&](QDialog* dialog) {
        auto* restore = child<QPushButton>(dialog, "restoreNewestButton");
        QVERIFY(!restore->isEnabled());
        const QString note = withoutWrapPlaces(child<QLabel>(dialog, "restoreNoteLabel")->text());
        QVERIFY2(
            note.contains(u"There is no backup in "_s + QDir::toNativeSeparators(QDir(data).filePath(u"backups"_s))),
            qPrintable(note));
        QVERIFY(child<QPushButton>(dialog, "openBackupButton")->isEnabled()); // one kept elsewhere may do
        QTest::mouseClick(child<QPushButton>(dialog, "quitButton"), Qt::LeftButton);
    });
    const StartResult started = startHeraldHere(data);
    QVERIFY(!started.context);
    QVERIFY(started.error.isEmpty()); // the operator's choice, not an error
}

void TestDataProblemGui::quitLeavesTheFileAsItWas()
{
    const QString data = m_dir->path();
    makeData(data, u"hello"_s);
    QCOMPARE(DatabaseBackups::backUp(QDir(data).filePath(u"herald.sqlite"_s), QDate::currentDate()).outcome,
        BackupResult::Outcome::Made);
    const QByteArray junk = breakDatabase(data);
    answerNextDialog([](QDialog* dialog) { dialog->reject(); }); // Escape
    const StartResult started = startHeraldHere(data);
    QVERIFY(!started.context);
    QFile file(QDir(data).filePath(u"herald.sqlite"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), junk);
    QVERIFY(QDir(data).entryList({ u"herald.sqlite.broken-*"_s }, QDir::Files).isEmpty());
}

QTEST_MAIN(TestDataProblemGui)
#include "tst_dataproblem_gui.moc"
