#include "core/Template.h"
#include "core/TemplateRenderer.h"

#include <QTest>

using namespace herald;

class TestTemplate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void variablesInSendOrder_data();
    void variablesInSendOrder();
    void validTemplatePasses();
    void invalidTemplates_data();
    void invalidTemplates();
    void substitutesValuesAndKeepsMissingPlaceholders();
    void rendersEveryComponent();
    void parameterValueRules_data();
    void parameterValueRules();
    void validateValuesNamesTheVariable();
};

void TestTemplate::variablesInSendOrder_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("none") << QStringLiteral("Hello there") << QStringList {};
    QTest::newRow("one") << QStringLiteral("Hello {{1}}!") << QStringList { QStringLiteral("1") };
    QTest::newRow("numeric order, not text order") << QStringLiteral(
        "{{2}} {{10}} {{1}}") << QStringList { QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("10") };
    QTest::newRow("repeated once") << QStringLiteral("{{1}} and {{1}}") << QStringList { QStringLiteral("1") };
    QTest::newRow("named in order of appearance")
        << QStringLiteral("Hi {{first_name}}, order {{order_id}}")
        << QStringList { QStringLiteral("first_name"), QStringLiteral("order_id") };
    QTest::newRow("spaces inside braces") << QStringLiteral("{{ 1 }}") << QStringList { QStringLiteral("1") };
    QTest::newRow("single braces are text") << QStringLiteral("{1} {{}}") << QStringList {};
}

void TestTemplate::variablesInSendOrder()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(variablesIn(text), expected);
}

void TestTemplate::validTemplatePasses()
{
    Template tpl;
    tpl.name = QStringLiteral("order_update_2");
    tpl.language = QStringLiteral("en_US");
    tpl.headerText = QStringLiteral("Order {{1}}");
    tpl.body = QStringLiteral("Hello {{1}}, your order {{2}} has shipped.");
    tpl.footer = QStringLiteral("Reply STOP to opt out");
    QVERIFY2(validateTemplate(tpl).isEmpty(), qPrintable(validateTemplate(tpl).value(0).message));
}

void TestTemplate::invalidTemplates_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("footer");
    QTest::addColumn<int>("field");

    const QString ok = QStringLiteral("Hello {{1}}");
    QTest::newRow("empty name") << QString() << QStringLiteral("en") << QString() << ok << QString()
                                << int(TemplateField::Name);
    QTest::newRow("uppercase name") << QStringLiteral("Order") << QStringLiteral("en") << QString() << ok << QString()
                                    << int(TemplateField::Name);
    QTest::newRow("hyphen in name") << QStringLiteral("order-update") << QStringLiteral("en") << QString() << ok
                                    << QString() << int(TemplateField::Name);
    QTest::newRow("language with dash") << QStringLiteral("a") << QStringLiteral("en-US") << QString() << ok
                                        << QString() << int(TemplateField::Language);
    QTest::newRow("empty body") << QStringLiteral("a") << QStringLiteral("en") << QString() << QStringLiteral("  ")
                                << QString() << int(TemplateField::Body);
    QTest::newRow("body too long") << QStringLiteral("a") << QStringLiteral("en") << QString()
                                   << QString(limits::kBody + 1, QLatin1Char('x')) << QString()
                                   << int(TemplateField::Body);
    QTest::newRow("gap in numbering") << QStringLiteral("a") << QStringLiteral("en") << QString()
                                      << QStringLiteral("{{1}} {{3}}") << QString() << int(TemplateField::Body);
    QTest::newRow("mixed variables") << QStringLiteral("a") << QStringLiteral("en") << QString()
                                     << QStringLiteral("{{1}} {{name}}") << QString() << int(TemplateField::Body);
    QTest::newRow("header too long") << QStringLiteral("a") << QStringLiteral("en")
                                     << QString(limits::kHeaderText + 1, QLatin1Char('h')) << ok << QString()
                                     << int(TemplateField::Header);
    QTest::newRow("two header variables")
        << QStringLiteral("a") << QStringLiteral("en") << QStringLiteral("{{1}} {{2}}") << ok << QString()
        << int(TemplateField::Header);
    QTest::newRow("footer variable") << QStringLiteral("a") << QStringLiteral("en") << QString() << ok
                                     << QStringLiteral("Bye {{1}}") << int(TemplateField::Footer);
    QTest::newRow("footer too long") << QStringLiteral("a") << QStringLiteral("en") << QString() << ok
                                     << QString(limits::kFooter + 1, QLatin1Char('f')) << int(TemplateField::Footer);
}

void TestTemplate::invalidTemplates()
{
    QFETCH(QString, name);
    QFETCH(QString, language);
    QFETCH(QString, header);
    QFETCH(QString, body);
    QFETCH(QString, footer);
    QFETCH(int, field);
    Template tpl;
    tpl.name = name;
    tpl.language = language;
    tpl.headerText = header;
    tpl.body = body;
    tpl.footer = footer;
    const QList<TemplateIssue> issues = validateTemplate(tpl);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(int(issues.first().field), field);
    QVERIFY(!issues.first().message.isEmpty());
}

void TestTemplate::substitutesValuesAndKeepsMissingPlaceholders()
{
    const QMap<QString, QString> values { { QStringLiteral("1"), QStringLiteral("Mari") },
        { QStringLiteral("3"), QString() } };
    QCOMPARE(substituteVariables(QStringLiteral("Hi {{1}}, {{2}} and {{3}}; bye {{1}}"), values),
        QStringLiteral("Hi Mari, {{2}} and {{3}}; bye Mari"));
    // A value that looks like a placeholder is inserted as text, not expanded again.
    QCOMPARE(substituteVariables(QStringLiteral("{{1}}"), { { QStringLiteral("1"), QStringLiteral("{{2}}") } }),
        QStringLiteral("{{2}}"));
}

void TestTemplate::rendersEveryComponent()
{
    Template tpl;
    tpl.headerText = QStringLiteral("Order {{1}}");
    tpl.body = QStringLiteral("Dear {{1}}, total {{2}}");
    tpl.footer = QStringLiteral("Thanks");
    TemplateValues values;
    values.header.insert(QStringLiteral("1"), QStringLiteral("#42"));
    values.body.insert(QStringLiteral("1"), QStringLiteral("Jaan"));
    values.body.insert(QStringLiteral("2"), QStringLiteral("€10"));
    const RenderedMessage r = renderTemplate(tpl, values);
    QCOMPARE(r.header, QStringLiteral("Order #42"));
    QCOMPARE(r.body, QStringLiteral("Dear Jaan, total €10"));
    QCOMPARE(r.footer, QStringLiteral("Thanks"));
}

void TestTemplate::parameterValueRules_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    QTest::newRow("plain") << QStringLiteral("Mari Maasikas") << true;
    QTest::newRow("emoji") << QStringLiteral("🎉 done") << true;
    QTest::newRow("four spaces") << QStringLiteral("a    b") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("blank") << QStringLiteral("   ") << false;
    QTest::newRow("newline") << QStringLiteral("a\nb") << false;
    QTest::newRow("carriage return") << QStringLiteral("a\rb") << false;
    QTest::newRow("tab") << QStringLiteral("a\tb") << false;
    QTest::newRow("five spaces") << QStringLiteral("a     b") << false;
}

void TestTemplate::parameterValueRules()
{
    QFETCH(QString, value);
    QFETCH(bool, ok);
    QCOMPARE(parameterValueProblem(value).isEmpty(), ok);
}

void TestTemplate::validateValuesNamesTheVariable()
{
    Template tpl;
    tpl.body = QStringLiteral("{{1}} {{2}}");
    TemplateValues values;
    values.body.insert(QStringLiteral("1"), QStringLiteral("fine"));
    const QList<TemplateIssue> issues = validateValues(tpl, values);
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().variable, QStringLiteral("2"));
    QCOMPARE(issues.first().field, TemplateField::Body);
}

QTEST_GUILESS_MAIN(TestTemplate)
#include "tst_template.moc"
