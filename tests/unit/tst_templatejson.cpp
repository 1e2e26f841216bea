#include "Fixture.h"
#include "core/TemplateJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace herald;

class TestTemplateJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsMetaTemplateWithMediaHeaderAndButtons();
    void readsNamedParameters();
    void readsMessenteListWithStatuses();
    void exportsMetaShape();
    void exportsNamedExamples();
    void roundTrip_data();
    void roundTrip();
    void acceptsArrayAndDataWrappers();
    void badInputIsReportedNotFatal_data();
    void badInputIsReportedNotFatal();
};

namespace {

QJsonObject fixtureObject(const QString& name)
{
    return QJsonDocument::fromJson(test::fixture(QStringLiteral("templates/") + name)).object();
}

Template handMade()
{
    Template t;
    t.name = QStringLiteral("invoice_ready");
    t.language = QStringLiteral("de_AT");
    t.category = TemplateCategory::Marketing;
    t.headerFormat = HeaderFormat::Document;
    t.headerMediaExample = QStringLiteral("https://cdn.example/sample.pdf");
    t.body = QStringLiteral("Hallo {{1}}, Ihre Rechnung {{2}} ist da. Code {{3}} spart 10 %.");
    t.bodyExamples = { { QStringLiteral("1"), QStringLiteral("Anna") }, { QStringLiteral("3"), QStringLiteral("X") } };
    t.footer = QStringLiteral("Danke");
    TemplateButton code;
    code.type = TemplateButton::Type::CopyCode;
    code.text = QStringLiteral("Code kopieren");
    code.example = QStringLiteral("SAVE10");
    TemplateButton link;
    link.type = TemplateButton::Type::Url;
    link.text = QStringLiteral("Rechnung");
    link.url = QStringLiteral("https://shop.example/r/{{1}}");
    link.example = QStringLiteral("https://shop.example/r/77");
    TemplateButton call;
    call.type = TemplateButton::Type::PhoneNumber;
    call.text = QStringLiteral("Anrufen");
    call.phoneNumber = QStringLiteral("+43123456789");
    t.buttons = { code, link, call };
    return t;
}

} // namespace

void TestTemplateJson::readsMetaTemplateWithMediaHeaderAndButtons()
{
    QStringList problems;
    const std::optional<Template> t
        = templateFromMetaJson(fixtureObject(QStringLiteral("meta-media-buttons.json")), &problems);
    QVERIFY2(t, qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(t->name, QStringLiteral("seasonal_promotion"));
    QCOMPARE(t->language, QStringLiteral("en_US"));
    QCOMPARE(t->category, TemplateCategory::Marketing);
    QCOMPARE(t->status, QStringLiteral("approved"));
    QCOMPARE(t->providerTemplateId, QStringLiteral("594425479261596"));
    QCOMPARE(t->headerFormat, HeaderFormat::Image);
    QCOMPARE(t->headerMediaExample, QStringLiteral("4::aW1hZ2UvcG5n:ARZ0nf-sample-handle"));
    QCOMPARE(variablesIn(t->body).size(), 3);
    QCOMPARE(t->bodyExamples.value(QStringLiteral("2")), QStringLiteral("25OFF"));
    QCOMPARE(t->bodyExamples.size(), 3);
    QVERIFY(t->footer.startsWith(QStringLiteral("Use the buttons")));
    QCOMPARE(t->buttons.size(), 2);
    QCOMPARE(t->buttons.at(0).type, TemplateButton::Type::Url);
    QVERIFY(t->buttons.at(0).hasUrlVariable());
    QCOMPARE(t->buttons.at(0).example, QStringLiteral("https://shop.example.com/promo/summer2024"));
    QCOMPARE(t->buttons.at(1).type, TemplateButton::Type::QuickReply);
    QCOMPARE(t->buttons.at(1).text, QStringLiteral("Unsubscribe from Promos"));
    const QList<TemplateIssue> issues = validateTemplate(*t, RuleSet::Submission);
    QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).message));
}

void TestTemplateJson::readsNamedParameters()
{
    QStringList problems;
    const std::optional<Template> t = templateFromMetaJson(fixtureObject(QStringLiteral("meta-named.json")), &problems);
    QVERIFY(t);
    QVERIFY(problems.isEmpty());
    QCOMPARE(t->category, TemplateCategory::Utility);
    QCOMPARE(t->headerFormat, HeaderFormat::Text);
    QCOMPARE(t->headerText, QStringLiteral("Order {{order_id}}"));
    QCOMPARE(t->headerExamples.value(QStringLiteral("order_id")), QStringLiteral("#1042"));
    QCOMPARE(t->bodyExamples.value(QStringLiteral("ship_date")), QStringLiteral("May 5"));
    QCOMPARE(t->buttons.size(), 1);
    QCOMPARE(t->buttons.first().phoneNumber, QStringLiteral("+15550100000"));
    QVERIFY(t->providerTemplateId.isEmpty()); // written by hand, not synced
    QVERIFY(validateTemplate(*t, RuleSet::Submission).isEmpty());
}

void TestTemplateJson::readsMessenteListWithStatuses()
{
    QStringList problems;
    const QList<Template> list
        = templatesFromJson(test::fixture(QStringLiteral("templates/messente-list.json")), &problems);
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).name, QStringLiteral("appointment_reminder"));
    QCOMPARE(list.at(0).status, QStringLiteral("approved"));
    QCOMPARE(list.at(0).providerTemplateId, QStringLiteral("tpl-1001"));
    QCOMPARE(list.at(0).buttons.size(), 2);
    QCOMPARE(list.at(0).bodyExamples.value(QStringLiteral("3")), QStringLiteral("14:00"));
    QCOMPARE(list.at(1).category, TemplateCategory::Authentication);
    QCOMPARE(list.at(1).status, QStringLiteral("pending"));
    QCOMPARE(list.at(1).buttons.first().type, TemplateButton::Type::CopyCode); // Messente's otp copy_code
    QCOMPARE(list.at(2).status, QStringLiteral("rejected"));
    QCOMPARE(list.at(2).headerText, QStringLiteral("Winter sale"));
    QCOMPARE(list.at(2).footer, QStringLiteral("Reply STOP to opt out"));

    const QString all = problems.join(QLatin1Char('\n'));
    QCOMPARE(problems.size(), 3);
    QVERIFY2(
        all.contains(QStringLiteral("broken_no_body")) && all.contains(QStringLiteral("no body")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("flow_signup")) && all.contains(QStringLiteral("flow")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("Entry 6")), qPrintable(all));
}

void TestTemplateJson::exportsMetaShape()
{
    const QJsonObject o = templateToMetaJson(handMade());
    QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("invoice_ready"));
    QCOMPARE(o.value(QStringLiteral("category")).toString(), QStringLiteral("MARKETING"));
    QCOMPARE(o.value(QStringLiteral("parameter_format")).toString(), QStringLiteral("POSITIONAL"));
    QVERIFY(!o.contains(QStringLiteral("id")));
    QVERIFY(!o.contains(QStringLiteral("status")));
    const QJsonArray c = o.value(QStringLiteral("components")).toArray();
    QCOMPARE(c.size(), 4);
    QCOMPARE(c.at(0)[QStringLiteral("type")].toString(), QStringLiteral("HEADER"));
    QCOMPARE(c.at(0)[QStringLiteral("format")].toString(), QStringLiteral("DOCUMENT"));
    QCOMPARE(c.at(0)[QStringLiteral("example")][QStringLiteral("header_handle")][0].toString(),
        QStringLiteral("https://cdn.example/sample.pdf"));
    QCOMPARE(c.at(1)[QStringLiteral("type")].toString(), QStringLiteral("BODY"));
    const QJsonArray samples = c.at(1)[QStringLiteral("example")][QStringLiteral("body_text")][0].toArray();
    QCOMPARE(samples.size(), 3); // one per variable, the missing one empty
    QCOMPARE(samples.at(1).toString(), QString());
    QCOMPARE(c.at(2)[QStringLiteral("type")].toString(), QStringLiteral("FOOTER"));
    const QJsonArray buttons = c.at(3)[QStringLiteral("buttons")].toArray();
    QCOMPARE(buttons.at(0)[QStringLiteral("type")].toString(), QStringLiteral("COPY_CODE"));
    QCOMPARE(buttons.at(0)[QStringLiteral("example")].toString(), QStringLiteral("SAVE10"));
    QCOMPARE(buttons.at(1)[QStringLiteral("type")].toString(), QStringLiteral("URL"));
    QCOMPARE(buttons.at(1)[QStringLiteral("example")][0].toString(), QStringLiteral("https://shop.example/r/77"));
    QCOMPARE(buttons.at(2)[QStringLiteral("phone_number")].toString(), QStringLiteral("+43123456789"));
}

void TestTemplateJson::exportsNamedExamples()
{
    QStringList problems;
    const Template t = *templateFromMetaJson(fixtureObject(QStringLiteral("meta-named.json")), &problems);
    const QJsonObject o = templateToMetaJson(t);
    QCOMPARE(o.value(QStringLiteral("parameter_format")).toString(), QStringLiteral("NAMED"));
    const QJsonArray c = o.value(QStringLiteral("components")).toArray();
    QCOMPARE(
        c.at(0)[QStringLiteral("example")][QStringLiteral("header_text_named_params")][0][QStringLiteral("param_name")]
            .toString(),
        QStringLiteral("order_id"));
    QCOMPARE(c.at(1)[QStringLiteral("example")][QStringLiteral("body_text_named_params")].toArray().size(), 3);
}

void TestTemplateJson::roundTrip_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::newRow("hand made") << QString();
    QTest::newRow("media and buttons") << QStringLiteral("meta-media-buttons.json");
    QTest::newRow("named") << QStringLiteral("meta-named.json");
}

void TestTemplateJson::roundTrip()
{
    QFETCH(QString, fixture);
    QStringList problems;
    const Template original = fixture.isEmpty() ? handMade() : *templateFromMetaJson(fixtureObject(fixture), &problems);
    // Through text as well, as a file export and import would go.
    const QByteArray text = QJsonDocument(templateToMetaJson(original)).toJson();
    const QList<Template> back = templatesFromJson(text, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(back.size(), 1);
    QCOMPARE(back.first().buttons, original.buttons);
    QCOMPARE(back.first().bodyExamples, original.bodyExamples);
    QVERIFY(back.first() == original);
}

void TestTemplateJson::acceptsArrayAndDataWrappers()
{
    const QJsonObject one = templateToMetaJson(handMade());
    QJsonObject two = one;
    two.insert(QStringLiteral("name"), QStringLiteral("second"));
    const QJsonArray array { one, two };
    QStringList problems;
    QCOMPARE(templatesFromJson(QJsonDocument(array).toJson(), &problems).size(), 2);
    const QJsonObject meta { { QStringLiteral("data"), array } };
    QCOMPARE(templatesFromJson(QJsonDocument(meta).toJson(), &problems).at(1).name, QStringLiteral("second"));
    QCOMPARE(templatesFromJson(QJsonDocument(one).toJson(), &problems).size(), 1);
    QVERIFY(problems.isEmpty());
}

void TestTemplateJson::badInputIsReportedNotFatal_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("templates");
    QTest::addColumn<QString>("fragment");
    const QByteArray body = "{\"type\":\"BODY\",\"text\":\"Hi\"}";
    QTest::newRow("not json") << QByteArray("{\"name\":") << 0 << QStringLiteral("not valid JSON");
    QTest::newRow("number") << QByteArray("42") << 0 << QStringLiteral("not valid JSON");
    QTest::newRow("empty object") << QByteArray("{}") << 0 << QStringLiteral("no template");
    QTest::newRow("no name") << QByteArray("[{\"components\":[" + body + "]}]") << 0 << QStringLiteral("no name");
    QTest::newRow("components not a list")
        << QByteArray("{\"name\":\"a\",\"components\":\"BODY\"}") << 0 << QStringLiteral("not a list");
    QTest::newRow("component not an object")
        << QByteArray("{\"name\":\"a\",\"components\":[7," + body + "]}") << 1 << QStringLiteral("not an object");
    QTest::newRow("unknown component") << QByteArray("{\"name\":\"a\",\"components\":[{\"type\":\"CAROUSEL\"}," + body
        + "]}") << 1 << QStringLiteral("CAROUSEL");
    QTest::newRow("gif header") << QByteArray(
        "{\"name\":\"a\",\"components\":[{\"type\":\"HEADER\",\"format\":\"GIF\"}," + body + "]}")
                                << 0 << QStringLiteral("GIF");
    QTest::newRow("button without type") << QByteArray(
        "{\"name\":\"a\",\"components\":[" + body + ",{\"type\":\"BUTTONS\",\"buttons\":[{}]}]}")
                                         << 0 << QStringLiteral("(none)");
    QTest::newRow("buttons not a list") << QByteArray(
        "{\"name\":\"a\",\"category\":\"UTILITY\",\"components\":[" + body + ",{\"type\":\"BUTTONS\",\"buttons\":5}]}")
                                        << 1 << QStringLiteral("not a list");
    QTest::newRow("unknown category") << QByteArray("{\"name\":\"a\",\"category\":\"PROMO\",\"components\":[" + body
        + "]}") << 1 << QStringLiteral("promo");
    QTest::newRow("wrong value types") << QByteArray(
        "{\"name\":\"a\",\"language\":5,\"category\":[],\"id\":12,\"components\":[{\"type\":\"BODY\","
        "\"text\":\"Hi {{1}}\",\"example\":{\"body_text\":\"x\"}}]}")
                                       << 1 << QStringLiteral("category");
}

void TestTemplateJson::badInputIsReportedNotFatal()
{
    QFETCH(QByteArray, json);
    QFETCH(int, templates);
    QFETCH(QString, fragment);
    QStringList problems;
    const QList<Template> result = templatesFromJson(json, &problems);
    QCOMPARE(result.size(), templates);
    const QString all = problems.join(QLatin1Char('\n'));
    if (fragment.isEmpty())
        QVERIFY2(problems.isEmpty(), qPrintable(all));
    else
        QVERIFY2(all.contains(fragment), qPrintable(all));
    QVERIFY(templatesFromJson(json, nullptr).size() == templates); // no list to report into is fine too
}

QTEST_GUILESS_MAIN(TestTemplateJson)
#include "tst_templatejson.moc"
