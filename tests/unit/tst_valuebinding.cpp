#include "core/Currency.h"
#include "core/SendComponents.h"
#include "core/ValueBinding.h"

#include <QTest>

using namespace herald;
using namespace Qt::StringLiterals;

namespace {

Template orderTemplate()
{
    Template tpl;
    tpl.name = QStringLiteral("order_update");
    tpl.language = QStringLiteral("en_US");
    tpl.headerFormat = HeaderFormat::Document;
    tpl.body = QStringLiteral("Hi {{1}}, you owe {{2}} by {{3}}.");
    TemplateButton link;
    link.type = TemplateButton::Type::Url;
    link.text = QStringLiteral("Pay");
    link.url = QStringLiteral("https://pay.example.com/{{1}}");
    TemplateButton call;
    call.type = TemplateButton::Type::PhoneNumber;
    call.text = QStringLiteral("Call us");
    call.phoneNumber = QStringLiteral("+3726000000");
    tpl.buttons = { call, link };
    return tpl;
}

ValueBinding column(const QString& name, const QString& fallback = {})
{
    ValueBinding binding;
    binding.source = ValueBinding::Source::Column;
    binding.column = name;
    binding.fallback = fallback;
    return binding;
}

ValueBinding fixed(const QString& value)
{
    ValueBinding binding;
    binding.fixed = value;
    return binding;
}

} // namespace

class TestValueBinding : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesAmounts_data();
    void parsesAmounts();
    void knowsCurrencyCodes();
    void formatsMoneyForTheLanguage();
    void slotsFollowTheTemplate();
    void resolvesFixedColumnAndFallback();
    void typedValuesBecomeMetaParameters();
    void badCurrencyOrAmountIsNamed();
    void boundColumnsAreListedOnce();
    void namedVariablesFindTheirColumn();
    void bindingsRoundTripAsJson();
};

void TestValueBinding::parsesAmounts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("expected"); // -1: refused
    QTest::newRow("plain") << u"12"_s << qint64(12000);
    QTest::newRow("dot decimal") << u"12.50"_s << qint64(12500);
    QTest::newRow("comma decimal") << u"12,5"_s << qint64(12500);
    QTest::newRow("three decimals") << u"0.125"_s << qint64(125);
    QTest::newRow("us thousands") << u"1,234.50"_s << qint64(1234500);
    QTest::newRow("european thousands") << u"1.234,50"_s << qint64(1234500);
    QTest::newRow("comma thousands alone") << u"1,234"_s << qint64(1234000);
    QTest::newRow("spaces as groups") << u"1 234 567,8"_s << qint64(1234567800);
    QTest::newRow("negative") << u"-3.5"_s << qint64(-3500);
    QTest::newRow("four decimals") << u"1.2345"_s << qint64(-1);
    QTest::newRow("letters") << u"12 EUR"_s << qint64(-1);
    QTest::newRow("empty") << u""_s << qint64(-1);
    QTest::newRow("groups of the wrong size") << u"1.2.3"_s << qint64(-1);
    QTest::newRow("millions") << u"1,234,567.25"_s << qint64(1234567250);
}

void TestValueBinding::parsesAmounts()
{
    QFETCH(QString, text);
    QFETCH(qint64, expected);
    const std::optional<qint64> amount = parseAmount1000(text);
    if (expected == -1)
        QVERIFY2(!amount, qPrintable(QString::number(amount.value_or(0))));
    else
        QCOMPARE(amount.value_or(-999), expected);
}

void TestValueBinding::knowsCurrencyCodes()
{
    QVERIFY(isIsoCurrencyCode(QStringLiteral("EUR")));
    QVERIFY(isIsoCurrencyCode(QStringLiteral("INR")));
    QVERIFY(!isIsoCurrencyCode(QStringLiteral("eur")));
    QVERIFY(!isIsoCurrencyCode(QStringLiteral("XYZ")));
    QVERIFY(std::is_sorted(isoCurrencyCodes().cbegin(), isoCurrencyCodes().cend()));
}

void TestValueBinding::formatsMoneyForTheLanguage()
{
    QCOMPARE(formatCurrency(QStringLiteral("USD"), 12500, QLocale(QStringLiteral("en_US"))), QStringLiteral("$12.50"));
    const QString euros = formatCurrency(QStringLiteral("EUR"), 1234500, QLocale(QStringLiteral("de_DE")));
    QVERIFY2(euros.contains(QStringLiteral("1.234,50")) && euros.contains(QStringLiteral("€")), qPrintable(euros));
}

void TestValueBinding::slotsFollowTheTemplate()
{
    QStringList keys;
    for (const ValueSlot& slot : valueSlotsFor(orderTemplate()))
        keys.append(slot.key());
    // The phone button takes no value; the URL button is the second button (index 1).
    QCOMPARE(keys,
        QStringList({ u"media_url"_s, u"media_filename"_s, u"body_1"_s, u"body_2"_s, u"body_3"_s, u"button_1"_s }));
}

void TestValueBinding::resolvesFixedColumnAndFallback()
{
    const Template tpl = orderTemplate();
    TemplateBindings bindings;
    bindings.insert(QStringLiteral("media_url"), fixed(QStringLiteral(" https://example.com/invoice.pdf ")));
    bindings.insert(QStringLiteral("media_filename"), column(QStringLiteral("file")));
    bindings.insert(QStringLiteral("body_1"), column(QStringLiteral("name"), QStringLiteral("customer")));
    bindings.insert(QStringLiteral("body_3"), fixed(QStringLiteral("Friday")));
    bindings.insert(QStringLiteral("button_1"), column(QStringLiteral("order")));
    const RecipientData row { { u"phone"_s, u"name"_s, u"order"_s, u"file"_s },
        { u"+3725"_s, u"   "_s, u"A-17"_s, u"inv.pdf"_s } };

    const TemplateValues values = resolveValues(tpl, bindings, row);
    QCOMPARE(values.headerMediaUrl, QStringLiteral("https://example.com/invoice.pdf"));
    QCOMPARE(values.headerMediaFilename, QStringLiteral("inv.pdf"));
    QCOMPARE(values.body.value(u"1"_s), QStringLiteral("customer")); // the cell was blank
    QCOMPARE(values.body.value(u"2"_s), QString()); // no binding: empty, and the check will say so
    QCOMPARE(values.body.value(u"3"_s), QStringLiteral("Friday"));
    QCOMPARE(values.buttons.value(1), QStringLiteral("A-17"));
    QCOMPARE(renderTemplate(tpl, values).buttons.at(1).target, QStringLiteral("https://pay.example.com/A-17"));

    const QList<TemplateIssue> issues = validateValues(tpl, values);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().variable, QStringLiteral("2"));
}

void TestValueBinding::typedValuesBecomeMetaParameters()
{
    Template tpl = orderTemplate();
    tpl.headerFormat = HeaderFormat::None;
    tpl.buttons.clear();
    TemplateBindings bindings;
    bindings.insert(QStringLiteral("body_1"), fixed(QStringLiteral("Anna")));
    ValueBinding money = column(QStringLiteral("amount"));
    money.format = ParameterFormat::Currency;
    money.currencyCode = QStringLiteral("USD");
    bindings.insert(QStringLiteral("body_2"), money);
    ValueBinding when = fixed(QStringLiteral("March 3, 2027"));
    when.format = ParameterFormat::DateTime;
    bindings.insert(QStringLiteral("body_3"), when);

    const TemplateValues values = resolveValues(tpl, bindings, { { u"amount"_s }, { u"1,234.5"_s } });
    QCOMPARE(renderTemplate(tpl, values).body, QStringLiteral("Hi Anna, you owe $1,234.50 by March 3, 2027."));
    QVERIFY(validateValues(tpl, values).isEmpty());

    const QList<SendComponent> components = sendComponentsFor(tpl, values);
    QCOMPARE(components.size(), 1);
    const QList<SendParameter>& parameters = components.first().parameters;
    QCOMPARE(parameters.size(), 3);
    QCOMPARE(parameters.at(0).type, SendParameter::Type::Text);
    QCOMPARE(parameters.at(1).type, SendParameter::Type::Currency);
    QCOMPARE(parameters.at(1).currency.code, QStringLiteral("USD"));
    QCOMPARE(parameters.at(1).currency.amount1000, qint64(1234500));
    QCOMPARE(parameters.at(1).currency.fallbackValue, QStringLiteral("$1,234.50"));
    QCOMPARE(parameters.at(2).type, SendParameter::Type::DateTime);
    QCOMPARE(parameters.at(2).text, QStringLiteral("March 3, 2027"));
}

void TestValueBinding::badCurrencyOrAmountIsNamed()
{
    Template tpl;
    tpl.name = QStringLiteral("bill");
    tpl.language = QStringLiteral("en");
    tpl.body = QStringLiteral("You owe {{1}}.");
    ValueBinding money = fixed(QStringLiteral("twelve"));
    money.format = ParameterFormat::Currency;
    money.currencyCode = QStringLiteral("EUR");
    TemplateValues values = resolveValues(tpl, { { QStringLiteral("body_1"), money } }, {});
    QList<TemplateIssue> issues = validateValues(tpl, values);
    QCOMPARE(issues.size(), 1);
    QVERIFY2(issues.first().message.contains(QStringLiteral("“twelve” is not an amount")),
        qPrintable(issues.first().message));

    money.fixed = QStringLiteral("12");
    money.currencyCode = QStringLiteral("EURO");
    values = resolveValues(tpl, { { QStringLiteral("body_1"), money } }, {});
    issues = validateValues(tpl, values);
    QCOMPARE(issues.size(), 1);
    QVERIFY2(issues.first().message.contains(QStringLiteral("ISO 4217")), qPrintable(issues.first().message));
}

void TestValueBinding::boundColumnsAreListedOnce()
{
    TemplateBindings bindings;
    bindings.insert(QStringLiteral("body_1"), column(QStringLiteral("name")));
    bindings.insert(QStringLiteral("body_3"), column(QStringLiteral("name")));
    bindings.insert(QStringLiteral("button_1"), column(QStringLiteral("order")));
    bindings.insert(QStringLiteral("body_9"), column(QStringLiteral("ignored"))); // not in the template
    QCOMPARE(boundColumns(orderTemplate(), bindings), QStringList({ u"name"_s, u"order"_s }));
}

void TestValueBinding::namedVariablesFindTheirColumn()
{
    const QStringList columns { u"Phone"_s, u"First Name"_s, u"order-id"_s };
    QCOMPARE(matchingColumn({ ValueSlot::Kind::BodyVariable, u"first_name"_s, -1 }, columns), u"First Name"_s);
    QCOMPARE(matchingColumn({ ValueSlot::Kind::HeaderVariable, u"order_id"_s, -1 }, columns), u"order-id"_s);
    QCOMPARE(matchingColumn({ ValueSlot::Kind::BodyVariable, u"1"_s, -1 }, columns), QString());
    QCOMPARE(matchingColumn({ ValueSlot::Kind::BodyVariable, u"city"_s, -1 }, columns), QString());
    QCOMPARE(matchingColumn({ ValueSlot::Kind::MediaLink, {}, -1 }, columns), QString());
}

void TestValueBinding::bindingsRoundTripAsJson()
{
    TemplateBindings bindings;
    bindings.insert(u"body_1"_s, column(u"Name"_s, u"customer"_s));
    ValueBinding money = fixed(u"12,50"_s);
    money.format = ParameterFormat::Currency;
    money.currencyCode = u"EUR"_s;
    bindings.insert(u"body_2"_s, money);
    ValueBinding when = fixed(u"5 March"_s);
    when.format = ParameterFormat::DateTime;
    bindings.insert(u"body_3"_s, when);
    bindings.insert(u"media_url"_s, fixed(u"https://example.com/a.png"_s));
    QCOMPARE(bindingsFromJson(bindingsToJson(bindings)), bindings);
    QVERIFY(bindingsFromJson(u"not json"_s).isEmpty());
    QVERIFY(bindingsFromJson(u"{\"body_1\": 5}"_s).isEmpty()); // a damaged entry is skipped
}

QTEST_GUILESS_MAIN(TestValueBinding)
#include "tst_valuebinding.moc"
