// Herald's languages: the language shown follows the operator's choice or the system's, English's
// plural forms turn "%n message(s)" into "1 message" and "2,000 messages", German and Estonian are
// installed from the binary, and dates and numbers follow the language's locale.
#include "app/Translations.h"
#include "core/Languages.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>

using namespace herald;
using namespace Qt::StringLiterals;

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void languageFollowsTheChoiceThenTheSystem_data();
    void languageFollowsTheChoiceThenTheSystem();
    void localeKeepsTheSystemsTerritory();
    void countsReadAsEnglish();
    void germanAndEstonianAreInstalled_data();
    void germanAndEstonianAreInstalled();
    void cleanupTestCase() { installTranslations(*QCoreApplication::instance(), u"en"_s); }

private:
    static QString translate(const char* context, const char* source, int n = -1)
    {
        return QCoreApplication::translate(context, source, nullptr, n);
    }
};

void TestTranslations::languageFollowsTheChoiceThenTheSystem_data()
{
    QTest::addColumn<QString>("chosen");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("shown");
    QTest::newRow("system German") << QString() << u"de_AT"_s << u"de"_s;
    QTest::newRow("system Estonian") << QString() << u"et_EE"_s << u"et"_s;
    QTest::newRow("system French: English") << QString() << u"fr_FR"_s << u"en"_s;
    QTest::newRow("chosen over the system") << u"et"_s << u"de_DE"_s << u"et"_s;
    QTest::newRow("English chosen") << u"en"_s << u"de_DE"_s << u"en"_s;
    QTest::newRow("an unknown choice: the system's") << u"xx"_s << u"de_DE"_s << u"de"_s;
}

void TestTranslations::languageFollowsTheChoiceThenTheSystem()
{
    QFETCH(QString, chosen);
    QFETCH(QString, system);
    QFETCH(QString, shown);
    QCOMPARE(resolveLanguage(chosen, QLocale(system)), shown);
}

void TestTranslations::localeKeepsTheSystemsTerritory()
{
    QCOMPARE(localeFor(u"de"_s, QLocale(u"de_AT"_s)).name(), u"de_AT"_s); // the system's own, untouched
    QCOMPARE(localeFor(u"et"_s, QLocale(u"de_DE"_s)).language(), QLocale::Estonian);
    QCOMPARE(localeFor(u"en"_s, QLocale(u"en_GB"_s)).name(), u"en_GB"_s); // day before month, as in Britain
}

void TestTranslations::countsReadAsEnglish()
{
    QCOMPARE(installTranslations(*QCoreApplication::instance(), u"en"_s), u"en"_s);
    QCOMPARE(translate("herald::DeliveryWidget", "%n state(s)", 1), u"1 state"_s);
    QCOMPARE(translate("herald::DeliveryWidget", "%n state(s)", 3), u"3 states"_s);
    QCOMPARE(translate("herald::DeliveryWidget", "%Ln message(s)", 1), u"1 message"_s);
    // Where "(s)" is not enough, the form is written out.
    QCOMPARE(translate("herald::CampaignRunner",
                 "%n message(s) were not queued again: the number is now on the opt-out list (%1).", 1),
        u"1 message was not queued again: the number is now on the opt-out list (%1)."_s);
}

void TestTranslations::germanAndEstonianAreInstalled_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << u"de"_s;
    QTest::newRow("Estonian") << u"et"_s;
}

void TestTranslations::germanAndEstonianAreInstalled()
{
    QFETCH(QString, language);
    QCOMPARE(installTranslations(*QCoreApplication::instance(), language), language);
    // The tabs of the main window and a state, as the operator sees them first.
    for (const char* tab : { "&Compose", "&Recipients", "&Delivery", "&Templates", "&Profiles" }) {
        const QString shown = translate("herald::MainWindow", tab);
        QVERIFY2(!shown.isEmpty() && shown != QString::fromUtf8(tab), tab);
    }
    QVERIFY(translate("MessageState", "Delivered") != u"Delivered"_s);
    // Plurals in the language's own forms, the count grouped as its locale writes it.
    const QString many = translate("herald::DeliveryWidget", "%Ln message(s)", 2000);
    QVERIFY2(!many.contains(u"(s)"_s) && many.contains(QLocale().toString(2000)), qPrintable(many));
    QCOMPARE(QLocale().language(), QLocale(language).language());
    // Qt's own words too (the file dialog, standard buttons): the system's, or Herald's copy.
    QVERIFY(translate("QPlatformTheme", "Cancel") != u"Cancel"_s);
    QVERIFY(translate("QFileDialog", "File &name:") != u"File &name:"_s);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
