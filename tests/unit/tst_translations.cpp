// Herald's English plural forms: the application's translations turn "%n message(s)" into
// "1 message" and "2 messages", with the group separator where the source asks for it (%Ln).
#include "app/Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void countsReadAsEnglish();
};

void TestTranslations::countsReadAsEnglish()
{
    const auto translate = [](const char* context, const char* source, int n) {
        return QCoreApplication::translate(context, source, nullptr, n);
    };
    // Before: as written.
    QCOMPARE(translate("herald::DeliveryWidget", "%n state(s)", 1), u"1 state(s)"_s);

    QVERIFY(herald::installTranslations(*QCoreApplication::instance()));
    QCOMPARE(translate("herald::DeliveryWidget", "%n state(s)", 1), u"1 state"_s);
    QCOMPARE(translate("herald::DeliveryWidget", "%n state(s)", 3), u"3 states"_s);
    QCOMPARE(translate("herald::DeliveryWidget", "%Ln message(s)", 2000), u"2,000 messages"_s);
    QCOMPARE(translate("herald::DeliveryWidget", "%Ln message(s)", 1), u"1 message"_s);
    // Where "(s)" is not enough, the form is written out.
    QCOMPARE(translate("herald::CampaignRunner",
                 "%n message(s) were not queued again: the number is now on the opt-out list (%1).", 1),
        u"1 message was not queued again: the number is now on the opt-out list (%1)."_s);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
