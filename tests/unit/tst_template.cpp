#include "core/SendComponents.h"
#include "core/Template.h"
#include "core/TemplateRenderer.h"

#include <QTest>
#include <functional>

using namespace herald;

namespace {

// A template that passes every rule, for rows that break exactly one.
Template validTemplate()
{
    Template tpl;
    tpl.name = QStringLiteral("order_update");
    tpl.language = QStringLiteral("en");
    tpl.category = TemplateCategory::Marketing;
    tpl.body = QStringLiteral("Hello {{1}}, your order {{2}} has shipped.");
    return tpl;
}

TemplateButton button(TemplateButton::Type type, const QString& text = QStringLiteral("Open"))
{
    TemplateButton b;
    b.type = type;
    b.text = text;
    if (type == TemplateButton::Type::Url)
        b.url = QStringLiteral("https://shop.example/orders/{{1}}");
    if (type == TemplateButton::Type::PhoneNumber)
        b.phoneNumber = QStringLiteral("+37251234567");
    return b;
}

using Change = std::function<void(Template&)>;

} // namespace

Q_DECLARE_METATYPE(Change)

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
    void ruleViolations_data();
    void ruleViolations();
    void approvedTemplatesStillSendDespiteReviewRules();
    void validButtonsPass();
    void countersReportUsedAndLimit();
    void valueViolations_data();
    void valueViolations();
    void headerFormatDefaultsToText();
    void sendComponentsForMediaAndButtons();
    void textTemplatesSendAsBefore();
    void rendersMediaAndButtons();
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

void TestTemplate::ruleViolations_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<int>("rules");
    QTest::addColumn<int>("field");
    QTest::addColumn<int>("buttonIndex");
    QTest::addColumn<QString>("fragment");
    using T = TemplateButton::Type;
    const int send = int(RuleSet::Sending);
    const int review = int(RuleSet::Submission);
    const int body = int(TemplateField::Body);
    const int btn = int(TemplateField::Button);

    QTest::newRow("header over 60") << Change([](Template& t) { t.headerText = QString(61, QLatin1Char('h')); }) << send
                                    << int(TemplateField::Header) << -1 << QStringLiteral("61 characters");
    QTest::newRow("footer over 60") << Change([](Template& t) { t.footer = QString(61, QLatin1Char('f')); }) << send
                                    << int(TemplateField::Footer) << -1 << QStringLiteral("footer has 61");
    QTest::newRow("body over 1024") << Change([](Template& t) {
        t.body = QStringLiteral("a ") + QString(1023, QLatin1Char('b'));
    }) << send << body << -1 << QStringLiteral("1025 characters");
    QTest::newRow("named header var") << Change([](Template& t) { t.headerText = QStringLiteral("Hi {{Name}}"); })
                                      << send << int(TemplateField::Header) << -1 << QStringLiteral("lowercase");
    QTest::newRow("body starts with variable")
        << Change([](Template& t) { t.body = QStringLiteral("{{1}} has shipped."); }) << review << body << -1
        << QStringLiteral("start with a variable");
    QTest::newRow("body ends with variable")
        << Change([](Template& t) { t.body = QStringLiteral("Your order is {{1}}  "); }) << review << body << -1
        << QStringLiteral("end with a variable");
    QTest::newRow("adjacent variables") << Change([](Template& t) { t.body = QStringLiteral("Hi {{1}}{{2}} there."); })
                                        << review << body << -1 << QStringLiteral("side by side");
    QTest::newRow("adjacent with spaces")
        << Change([](Template& t) { t.body = QStringLiteral("Hi {{1}} \n {{2}} there."); }) << review << body << -1
        << QStringLiteral("side by side");
    QTest::newRow("eleven buttons") << Change([](Template& t) {
        for (int i = 0; i < 10; ++i)
            t.buttons.append(button(T::QuickReply, QStringLiteral("Reply %1").arg(i)));
        t.buttons.append(button(T::Url));
    }) << send << btn << 10 << QStringLiteral("11 buttons");
    QTest::newRow("three url buttons") << Change([](Template& t) {
        for (int i = 0; i < 3; ++i)
            t.buttons.append(button(T::Url));
    }) << send << btn << 2 << QStringLiteral("at most 2 link");
    QTest::newRow("two phone buttons") << Change([](Template& t) {
        t.buttons = { button(T::PhoneNumber), button(T::PhoneNumber) };
    }) << send << btn << 1 << QStringLiteral("at most 1 phone");
    QTest::newRow("two copy code buttons") << Change([](Template& t) {
        t.buttons = { button(T::CopyCode), button(T::CopyCode) };
    }) << send << btn << 1 << QStringLiteral("at most 1 copy");
    QTest::newRow("copy code in utility") << Change([](Template& t) {
        t.category = TemplateCategory::Utility;
        t.buttons = { button(T::CopyCode) };
    }) << send << btn << 0 << QStringLiteral("utility");
    QTest::newRow("quick replies split") << Change([](Template& t) {
        t.buttons = { button(T::QuickReply, QStringLiteral("Yes")), button(T::Url),
            button(T::QuickReply, QStringLiteral("No")) };
    }) << send << btn << 2 << QStringLiteral("together");
    QTest::newRow("empty button text") << Change([](Template& t) {
        t.buttons = { button(T::QuickReply, QStringLiteral("  ")) };
    }) << send << btn << 0 << QStringLiteral("needs a text");
    QTest::newRow("button text over 25") << Change([](Template& t) {
        t.buttons = { button(T::QuickReply, QString(26, QLatin1Char('x'))) };
    }) << send << btn << 0 << QStringLiteral("26 characters");
    QTest::newRow("phone not international") << Change([](Template& t) {
        t.buttons = { button(T::PhoneNumber) };
        t.buttons[0].phoneNumber = QStringLiteral("call me");
    }) << send << btn << 0 << QStringLiteral("international");
    QTest::newRow("phone over 20") << Change([](Template& t) {
        t.buttons = { button(T::PhoneNumber) };
        t.buttons[0].phoneNumber = QStringLiteral("+123456789012345678901");
    }) << send << btn << 0 << QStringLiteral("22 characters");
    QTest::newRow("url not http") << Change([](Template& t) {
        t.buttons = { button(T::Url) };
        t.buttons[0].url = QStringLiteral("ftp://shop.example/");
    }) << send << btn << 0 << QStringLiteral("https://");
    QTest::newRow("url over 2000") << Change([](Template& t) {
        t.buttons = { button(T::Url) };
        t.buttons[0].url = QStringLiteral("https://shop.example/") + QString(2000, QLatin1Char('a'));
    }) << send << btn << 0 << QStringLiteral("2021 characters");
    QTest::newRow("url variable in the middle") << Change([](Template& t) {
        t.buttons = { button(T::Url) };
        t.buttons[0].url = QStringLiteral("https://shop.example/{{1}}/track");
    }) << send << btn << 0 << QStringLiteral("very end");
    QTest::newRow("url two variables") << Change([](Template& t) {
        t.buttons = { button(T::Url) };
        t.buttons[0].url = QStringLiteral("https://shop.example/{{1}}/{{2}}");
    }) << send << btn << 0 << QStringLiteral("only one variable");
    QTest::newRow("authentication two buttons") << Change([](Template& t) {
        t.category = TemplateCategory::Authentication;
        t.buttons = { button(T::CopyCode), button(T::QuickReply) };
    }) << send << btn << 1 << QStringLiteral("Authentication");
}

void TestTemplate::ruleViolations()
{
    QFETCH(Change, change);
    QFETCH(int, rules);
    QFETCH(int, field);
    QFETCH(int, buttonIndex);
    QFETCH(QString, fragment);
    Template tpl = validTemplate();
    change(tpl);
    const QList<TemplateIssue> issues = validateTemplate(tpl, RuleSet(rules));
    QStringList messages;
    for (const TemplateIssue& issue : issues)
        messages.append(issue.message);
    QVERIFY2(issues.size() == 1, qPrintable(messages.join(QStringLiteral(" | "))));
    QCOMPARE(int(issues.first().field), field);
    QCOMPARE(issues.first().buttonIndex, buttonIndex);
    QVERIFY2(issues.first().message.contains(fragment), qPrintable(issues.first().message));
}

void TestTemplate::approvedTemplatesStillSendDespiteReviewRules()
{
    Template tpl = validTemplate();
    tpl.body = QStringLiteral("{{1}}{{2}}");
    QVERIFY(validateTemplate(tpl).isEmpty());
    QCOMPARE(validateTemplate(tpl, RuleSet::Submission).size(), 3); // starts, ends, adjacent
}

void TestTemplate::validButtonsPass()
{
    using T = TemplateButton::Type;
    Template tpl = validTemplate();
    tpl.buttons = { button(T::Url), button(T::PhoneNumber), button(T::CopyCode), button(T::QuickReply),
        button(T::QuickReply, QStringLiteral("Stop")) };
    tpl.buttons[0].url = QStringLiteral("https://shop.example/track"); // no variable is fine too
    const QList<TemplateIssue> issues = validateTemplate(tpl, RuleSet::Submission);
    QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).message));
    // Quick replies first, then the others, is the other allowed grouping.
    std::rotate(tpl.buttons.begin(), tpl.buttons.begin() + 3, tpl.buttons.end());
    QVERIFY(validateTemplate(tpl).isEmpty());
}

void TestTemplate::countersReportUsedAndLimit()
{
    Template tpl = validTemplate();
    tpl.headerText = QStringLiteral("Order {{1}}");
    tpl.footer = QStringLiteral("Bye");
    tpl.buttons = { button(TemplateButton::Type::QuickReply, QStringLiteral("Yes please")) };
    QCOMPARE(countFor(tpl, TemplateField::Header).used, 11);
    QCOMPARE(countFor(tpl, TemplateField::Header).limit, 60);
    QCOMPARE(countFor(tpl, TemplateField::Body).used, int(tpl.body.size()));
    QCOMPARE(countFor(tpl, TemplateField::Body).limit, 1024);
    QCOMPARE(countFor(tpl, TemplateField::Footer).used, 3);
    QCOMPARE(countFor(tpl, TemplateField::Footer).limit, 60);
    QCOMPARE(countFor(tpl, TemplateField::Button, 0).used, 10);
    QCOMPARE(countFor(tpl, TemplateField::Button, 0).limit, 25);
    QCOMPARE(countFor(tpl, TemplateField::Button, 5).used, 0);
    QCOMPARE(countFor(tpl, TemplateField::Button).used, 1);
    QCOMPARE(countFor(tpl, TemplateField::Button).limit, 10);
    tpl.headerFormat = HeaderFormat::Image;
    QCOMPARE(countFor(tpl, TemplateField::Header).limit, 0);
}

void TestTemplate::valueViolations_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<int>("field");
    QTest::addColumn<int>("buttonIndex");
    QTest::addColumn<QString>("fragment");
    using T = TemplateButton::Type;
    const int btn = int(TemplateField::Button);
    QTest::newRow("image without link") << Change([](Template& t) { t.headerFormat = HeaderFormat::Image; })
                                        << int(TemplateField::HeaderMediaLink) << -1 << QStringLiteral("needs a link");
    QTest::newRow("document without file name")
        << Change([](Template& t) { t.headerFormat = HeaderFormat::Document; })
        << int(TemplateField::HeaderMediaFilename) << -1 << QStringLiteral("file name");
    QTest::newRow("url suffix missing") << Change([](Template& t) { t.buttons = { button(T::Url) }; }) << btn << 0
                                        << QStringLiteral("empty");
    QTest::newRow("copy code missing") << Change([](Template& t) { t.buttons = { button(T::CopyCode) }; }) << btn << 0
                                       << QStringLiteral("code to copy");
    QTest::newRow("coupon over 15") << Change([](Template& t) {
        t.buttons = { button(T::QuickReply), button(T::CopyCode) };
    }) << btn << 1 << QStringLiteral("16 characters");
}

void TestTemplate::valueViolations()
{
    QFETCH(Change, change);
    QFETCH(int, field);
    QFETCH(int, buttonIndex);
    QFETCH(QString, fragment);
    Template tpl = validTemplate();
    change(tpl);
    TemplateValues values;
    values.body = { { QStringLiteral("1"), QStringLiteral("Mari") }, { QStringLiteral("2"), QStringLiteral("#42") } };
    if (tpl.headerFormat == HeaderFormat::Document)
        values.headerMediaUrl = QStringLiteral("https://cdn.example/invoice.pdf");
    if (QByteArray(QTest::currentDataTag()) == "coupon over 15")
        values.buttons.insert(1, QStringLiteral("ABCDEFGHIJKLMNOP"));
    const QList<TemplateIssue> issues = validateValues(tpl, values);
    QVERIFY2(
        issues.size() == 1, qPrintable(QString(issues.value(0).message + QStringLiteral(" / %1").arg(issues.size()))));
    QCOMPARE(int(issues.first().field), field);
    QCOMPARE(issues.first().buttonIndex, buttonIndex);
    QVERIFY2(issues.first().message.contains(fragment), qPrintable(issues.first().message));
}

void TestTemplate::headerFormatDefaultsToText()
{
    Template tpl;
    QCOMPARE(tpl.headerFormat, HeaderFormat::Text);
    QCOMPARE(tpl.effectiveHeaderFormat(), HeaderFormat::None);
    tpl.headerText = QStringLiteral("Hi");
    QCOMPARE(tpl.effectiveHeaderFormat(), HeaderFormat::Text);
    bool ok = false;
    QCOMPARE(headerFormatFromKey(QStringLiteral("DOCUMENT"), &ok), HeaderFormat::Document);
    QVERIFY(ok);
    headerFormatFromKey(QStringLiteral("gif"), &ok);
    QVERIFY(!ok);
    QCOMPARE(buttonTypeFromKey(QStringLiteral("COPY_CODE")), TemplateButton::Type::CopyCode);
    QCOMPARE(buttonTypeKey(TemplateButton::Type::PhoneNumber), QStringLiteral("phone_number"));
}

void TestTemplate::sendComponentsForMediaAndButtons()
{
    using T = TemplateButton::Type;
    Template tpl = validTemplate();
    tpl.headerFormat = HeaderFormat::Document;
    tpl.headerText = QStringLiteral("ignored {{1}}");
    tpl.buttons
        = { button(T::QuickReply), button(T::Url), button(T::PhoneNumber), button(T::CopyCode), button(T::QuickReply) };
    TemplateValues values;
    values.body = { { QStringLiteral("1"), QStringLiteral("Mari") }, { QStringLiteral("2"), QStringLiteral("#42") } };
    values.headerMediaUrl = QStringLiteral("https://cdn.example/i.pdf");
    values.headerMediaFilename = QStringLiteral("invoice.pdf");
    values.buttons = { { 0, QStringLiteral("yes-42") }, { 1, QStringLiteral("42") }, { 3, QStringLiteral("SAVE10") } };
    const QList<SendComponent> c = sendComponentsFor(tpl, values);
    QCOMPARE(c.size(), 5); // header, body, quick reply 0, url 1, copy code 3; quick reply 4 has no payload
    QCOMPARE(c.at(0).type, SendComponent::Type::Header);
    QCOMPARE(c.at(0).parameters.size(), 1);
    QCOMPARE(c.at(0).parameters.first().type, SendParameter::Type::Document);
    QCOMPARE(c.at(0).parameters.first().media.link, values.headerMediaUrl);
    QCOMPARE(c.at(0).parameters.first().media.filename, QStringLiteral("invoice.pdf"));
    QCOMPARE(c.at(1).type, SendComponent::Type::Body);
    QCOMPARE(c.at(2).subType, QStringLiteral("quick_reply"));
    QCOMPARE(c.at(2).index, 0);
    QCOMPARE(c.at(2).parameters.first().type, SendParameter::Type::Payload);
    QCOMPARE(c.at(2).parameters.first().text, QStringLiteral("yes-42"));
    QCOMPARE(c.at(3).type, SendComponent::Type::Button);
    QCOMPARE(c.at(3).subType, QStringLiteral("url"));
    QCOMPARE(c.at(3).index, 1);
    QCOMPARE(c.at(3).parameters.first().type, SendParameter::Type::Text);
    QCOMPARE(c.at(3).parameters.first().text, QStringLiteral("42"));
    QCOMPARE(c.at(4).subType, QStringLiteral("copy_code"));
    QCOMPARE(c.at(4).index, 3);
    QCOMPARE(c.at(4).parameters.first().type, SendParameter::Type::CouponCode);
    QCOMPARE(c.at(4).parameters.first().text, QStringLiteral("SAVE10"));

    tpl.headerFormat = HeaderFormat::Image;
    QCOMPARE(sendComponentsFor(tpl, values).first().parameters.first().type, SendParameter::Type::Image);
    QVERIFY(sendComponentsFor(tpl, values).first().parameters.first().media.filename.isEmpty());
}

void TestTemplate::textTemplatesSendAsBefore()
{
    Template tpl = validTemplate();
    tpl.headerText = QStringLiteral("Order {{1}}");
    TemplateValues values;
    values.header.insert(QStringLiteral("1"), QStringLiteral("#42"));
    values.body = { { QStringLiteral("1"), QStringLiteral("Mari") }, { QStringLiteral("2"), QStringLiteral("#42") } };
    const QList<SendComponent> c = sendComponentsFor(tpl, values);
    QCOMPARE(c.size(), 2);
    QCOMPARE(c.at(0).type, SendComponent::Type::Header);
    QCOMPARE(c.at(0).parameters.first().text, QStringLiteral("#42"));
    QCOMPARE(c.at(1).parameters.size(), 2);
    QVERIFY(validateValues(tpl, values).isEmpty());
}

void TestTemplate::rendersMediaAndButtons()
{
    using T = TemplateButton::Type;
    Template tpl = validTemplate();
    tpl.headerFormat = HeaderFormat::Image;
    tpl.buttons = { button(T::Url, QStringLiteral("Track")), button(T::PhoneNumber, QStringLiteral("Call")),
        button(T::CopyCode, QStringLiteral("Copy")) };
    TemplateValues values;
    values.headerMediaUrl = QStringLiteral("https://cdn.example/p.png");
    values.buttons = { { 0, QStringLiteral("42") }, { 2, QStringLiteral("SAVE10") } };
    const RenderedMessage r = renderTemplate(tpl, values);
    QCOMPARE(r.headerFormat, HeaderFormat::Image);
    QCOMPARE(r.headerMediaUrl, values.headerMediaUrl);
    QVERIFY(r.header.isEmpty());
    QCOMPARE(r.buttons.size(), 3);
    QCOMPARE(r.buttons.at(0).text, QStringLiteral("Track"));
    QCOMPARE(r.buttons.at(0).target, QStringLiteral("https://shop.example/orders/42"));
    QCOMPARE(r.buttons.at(1).target, QStringLiteral("+37251234567"));
    QCOMPARE(r.buttons.at(2).target, QStringLiteral("SAVE10"));
    // Without a suffix the placeholder stays visible, as for body variables.
    QVERIFY(renderTemplate(tpl, {}).buttons.at(0).target.endsWith(QStringLiteral("{{1}}")));
}

QTEST_GUILESS_MAIN(TestTemplate)
#include "tst_template.moc"
