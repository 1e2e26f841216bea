// View → Language in the real main window: the choice is kept in the operator's settings, and the
// next start (translations installed from that choice, as herald's main() does) shows the window in
// that language, with its dates in that locale; "As the system" removes the choice.
#include "GuiTest.h"
#include "SandboxApp.h"
#include "app/Translations.h"
#include "gui/LanguageChooser.h"
#include "gui/WindowSettings.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>

using namespace herald;
using namespace herald::test;
using namespace Qt::StringLiterals;

class TestLanguageGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void chosenLanguageShowsAtTheNextStart();

private:
    QAction* action(const char* name) const { return child<QAction>(m_sandbox.window.get(), name); }
    QString firstTab() const { return child<QTabWidget>(m_sandbox.window.get(), "tabs")->tabText(0); }

    QTemporaryDir m_settingsDir;
    SandboxApp m_sandbox;
};

void TestLanguageGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    WindowSettings::setFileName(m_settingsDir.filePath(u"settings.ini"_s)); // never the operator's own
    const QString error = m_sandbox.start({ 900, 600 });
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestLanguageGui::cleanupTestCase()
{
    m_sandbox.stop();
    installTranslations(*QCoreApplication::instance(), u"en"_s);
    WindowSettings::setFileName({});
}

void TestLanguageGui::chosenLanguageShowsAtTheNextStart()
{
    QCOMPARE(firstTab(), u"Compose"_s);
    QVERIFY(action("language_system")->isChecked()); // nothing chosen yet
    QVERIFY(action("language_de")->text() == u"Deutsch"_s && action("language_et")->text() == u"Eesti"_s);

    // Choosing German says when it applies, and keeps the choice.
    QString note;
    onNextDialog([&note](QDialog* dialog) {
        note = qobject_cast<QMessageBox*>(dialog)->text();
        dialog->accept();
    });
    action("language_de")->trigger();
    QVERIFY2(note.contains(u"Deutsch"_s) && note.contains(u"next time"_s), qPrintable(note));
    QCOMPARE(LanguageChooser::chosen(), u"de"_s);
    QCOMPARE(QSettings(m_settingsDir.filePath(u"settings.ini"_s), QSettings::IniFormat).value(u"language"_s),
        QVariant(u"de"_s));
    QCOMPARE(firstTab(), u"Compose"_s); // this window stays as it was built

    // The next start, as main() makes it: German words, German dates.
    QCOMPARE(installTranslations(*QCoreApplication::instance(), LanguageChooser::chosen()), u"de"_s);
    QVERIFY(m_sandbox.restart().isEmpty());
    QCOMPARE(firstTab(), u"Verfassen"_s);
    QCOMPARE(QLocale().language(), QLocale::German);
    QVERIFY(action("language_de")->isChecked());
    QCOMPARE(child<QMenu>(m_sandbox.window.get(), "menuLanguage")->title(), u"&Sprache"_s);

    // Back to the system's language: the choice is gone from the settings.
    onNextDialog([](QDialog* dialog) { dialog->accept(); });
    action("language_system")->trigger();
    QVERIFY(LanguageChooser::chosen().isEmpty());
    QVERIFY(!QSettings(m_settingsDir.filePath(u"settings.ini"_s), QSettings::IniFormat).contains(u"language"_s));
}

QTEST_MAIN(TestLanguageGui)
#include "tst_language_gui.moc"
