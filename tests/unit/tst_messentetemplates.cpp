// Reading Messente's WhatsApp template list (listWhatsappTemplates): the official spec's example, a
// realistic two-page answer, the request URL, and the errors, all without a network.
#include "Fixture.h"
#include "OpenApiValidator.h"
#include "providers/MessenteProtocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

using namespace herald;
using herald::test::OpenApiValidator;

namespace {

const char* const kSpecPath = HERALD_TEST_DATA "/messente/openapi-2.1.0.json";

QJsonObject specSchema(const QString& name)
{
    const QJsonObject spec
        = QJsonDocument::fromJson(test::fixture(QStringLiteral("messente/openapi-2.1.0.json"))).object();
    return spec.value(QStringLiteral("components"))
        .toObject()
        .value(QStringLiteral("schemas"))
        .toObject()
        .value(name)
        .toObject();
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

const Template* named(const QList<Template>& list, const QString& name, const QString& language)
{
    for (const Template& tpl : list) {
        if (tpl.name == name && tpl.language == language)
            return &tpl;
    }
    return nullptr;
}

} // namespace

class TestMessenteTemplates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesTheSpecListExample();
    void parsesAPageOfTheFixture();
    void lastPageHasNoNextAndExplainsWhatWasLeftOut();
    void keptTemplatesCarryNotes();
    void fixturesFollowTheSpec();
    void buildsTheListUrl_data();
    void buildsTheListUrl();
    void errorsKeepMessentesCodeAndText_data();
    void errorsKeepMessentesCodeAndText();
    void unreadableAnswersAreBadResponses_data();
    void unreadableAnswersAreBadResponses();
};

void TestMessenteTemplates::parsesTheSpecListExample()
{
    // WhatsappListTemplatesResponse's own example: two templates with two body components each,
    // buttons inside the body (which Meta never sends, so they are not read), and every paging field.
    const QJsonObject example
        = specSchema(QStringLiteral("WhatsappListTemplatesResponse")).value(QStringLiteral("example")).toObject();
    QVERIFY(!example.isEmpty());
    const messente::TemplatePage page = messente::parseTemplatesPage(200, compact(example));
    QVERIFY2(!page.error.isError(), qPrintable(page.error.message()));
    QCOMPARE(page.templates.size(), 2);
    const Template& first = page.templates.first();
    QCOMPARE(first.name, QStringLiteral("name"));
    QCOMPARE(first.language, QStringLiteral("language"));
    QCOMPARE(first.category, TemplateCategory::Utility);
    QCOMPARE(first.status, QStringLiteral("approved"));
    QCOMPARE(first.providerTemplateId, QStringLiteral("id"));
    QCOMPARE(first.body, QStringLiteral("text"));
    QVERIFY(first.buttons.isEmpty());
    QVERIFY(first.isSendable());
    QVERIFY(page.hasNext);
    QCOMPARE(page.after, QStringLiteral("after"));

    // The single-template example reads the same way.
    const QJsonObject one
        = specSchema(QStringLiteral("WhatsappTemplateResponse")).value(QStringLiteral("example")).toObject();
    const QJsonObject wrapped { { QStringLiteral("templates"), QJsonArray { one } },
        { QStringLiteral("paging"), QJsonObject { { QStringLiteral("cursors"), QJsonObject {} } } } };
    const messente::TemplatePage single = messente::parseTemplatesPage(200, compact(wrapped));
    QCOMPARE(single.templates.size(), 1);
    QCOMPARE(single.templates.first().status, QStringLiteral("approved"));
    QVERIFY(!single.hasNext);
}

void TestMessenteTemplates::parsesAPageOfTheFixture()
{
    const messente::TemplatePage page
        = messente::parseTemplatesPage(200, test::fixture(QStringLiteral("messente/templates-page-1.json")));
    QVERIFY2(!page.error.isError(), qPrintable(page.error.message()));
    QVERIFY(page.problems.isEmpty());
    QVERIFY(page.notes.isEmpty());
    QCOMPARE(page.templates.size(), 4);
    QVERIFY(page.hasNext);
    // The cursor, not the next URL, is followed: it holds '+' and '/', which the URL had encoded.
    QCOMPARE(page.after, QStringLiteral("QVFIUmx+d2ludGVyX3NhbGU/cGFnZT0x"));

    const Template* order = named(page.templates, QStringLiteral("order_update"), QStringLiteral("en"));
    QVERIFY(order);
    QCOMPARE(order->providerTemplateId, QStringLiteral("594425479261596"));
    QCOMPARE(order->status, QStringLiteral("approved"));
    QCOMPARE(order->category, TemplateCategory::Utility);
    QCOMPARE(order->headerFormat, HeaderFormat::Image);
    QCOMPARE(order->headerMediaExample, QStringLiteral("4::aW1hZ2UvanBlZw==:ARb_order_update_sample"));
    QCOMPARE(order->body, QStringLiteral("Hi {{1}}, your order {{2}} is on its way and should arrive on {{3}}."));
    QCOMPARE(order->bodyExamples.value(QStringLiteral("2")), QStringLiteral("#10234"));
    QCOMPARE(order->footer, QStringLiteral("Reply STOP to stop order updates"));
    QCOMPARE(order->buttons.size(), 2);
    QCOMPARE(order->buttons.at(0).type, TemplateButton::Type::Url);
    QCOMPARE(order->buttons.at(0).url, QStringLiteral("https://shop.example.com/track/{{1}}"));
    QVERIFY(order->buttons.at(0).hasUrlVariable());
    QCOMPARE(order->buttons.at(0).example, QStringLiteral("https://shop.example.com/track/10234"));
    QCOMPARE(order->buttons.at(1).type, TemplateButton::Type::QuickReply);
    QVERIFY(validateTemplate(*order).isEmpty());

    const Template* sale = named(page.templates, QStringLiteral("winter_sale"), QStringLiteral("en"));
    QVERIFY(sale);
    QCOMPARE(sale->status, QStringLiteral("pending"));
    QCOMPARE(sale->category, TemplateCategory::Marketing);
    QCOMPARE(sale->headerText, QStringLiteral("Winter sale"));
    QVERIFY(!sale->isSendable());
    // Same name, two languages: two templates.
    QVERIFY(named(page.templates, QStringLiteral("appointment_reminder"), QStringLiteral("et")));
    QVERIFY(named(page.templates, QStringLiteral("appointment_reminder"), QStringLiteral("en")));
}

void TestMessenteTemplates::lastPageHasNoNextAndExplainsWhatWasLeftOut()
{
    const messente::TemplatePage page
        = messente::parseTemplatesPage(200, test::fixture(QStringLiteral("messente/templates-page-2.json")));
    QVERIFY2(!page.error.isError(), qPrintable(page.error.message()));
    QVERIFY(!page.hasNext); // only `previous`
    QCOMPARE(page.templates.size(), 3);
    const Template* code = named(page.templates, QStringLiteral("login_code"), QStringLiteral("en"));
    QVERIFY(code);
    QCOMPARE(code->category, TemplateCategory::Authentication);
    QCOMPARE(code->buttons.size(), 1);
    QCOMPARE(code->buttons.first().type, TemplateButton::Type::CopyCode); // otp + copy_code
    QCOMPARE(named(page.templates, QStringLiteral("delivery_delayed"), QStringLiteral("en"))->status,
        QStringLiteral("rejected"));
    QCOMPARE(
        named(page.templates, QStringLiteral("spring_promo"), QStringLiteral("de"))->status, QStringLiteral("paused"));
    // A Flow button cannot be sent by Herald: the template is left out, and said so by name.
    QVERIFY(!named(page.templates, QStringLiteral("newsletter_signup"), QStringLiteral("en")));
    QCOMPARE(page.problems.size(), 1);
    QVERIFY(page.notes.isEmpty());
    QVERIFY2(page.problems.first().contains(QStringLiteral("newsletter_signup"))
            && page.problems.first().contains(QStringLiteral("flow")),
        qPrintable(page.problems.first()));
}

void TestMessenteTemplates::keptTemplatesCarryNotes()
{
    // A component Herald does not know is ignored, and the template kept: a note, not a reason to leave it out.
    const QByteArray body = R"({"templates":[{"id":"1","name":"carousel_offer","language":"en","category":"marketing",
        "status":"approved","components":[{"type":"body","text":"Our offers"},{"type":"carousel","cards":[]}]}],
        "paging":{"cursors":{"before":"MA==","after":"MA=="}}})";
    const messente::TemplatePage page = messente::parseTemplatesPage(200, body);
    QVERIFY(!page.error.isError());
    QCOMPARE(page.templates.size(), 1);
    QVERIFY(page.problems.isEmpty());
    QCOMPARE(page.notes.size(), 1);
    QVERIFY2(page.notes.first().contains(QStringLiteral("carousel")), qPrintable(page.notes.first()));
}

void TestMessenteTemplates::fixturesFollowTheSpec()
{
    QString error;
    const std::optional<OpenApiValidator> validator = OpenApiValidator::load(QString::fromLatin1(kSpecPath), &error);
    QVERIFY2(validator, qPrintable(error));
    const QString schema = QStringLiteral("#/components/schemas/WhatsappListTemplatesResponse");
    // The spec's WhatsappHeaderFormat lists only "text", though Meta's templates (and the Messente
    // documentation's examples) carry media headers too: that one rule is expected to fail.
    const QStringList mediaHeader { QStringLiteral(
        "$.templates[0].components[0].format: enum: \"image\" is not one of [\"text\"]") };
    const QStringList first = validator->validate(
        QJsonDocument::fromJson(test::fixture(QStringLiteral("messente/templates-page-1.json"))).object(), schema);
    QCOMPARE(first, mediaHeader);
    const QStringList second = validator->validate(
        QJsonDocument::fromJson(test::fixture(QStringLiteral("messente/templates-page-2.json"))).object(), schema);
    QCOMPARE(second, QStringList());
    const QStringList forbidden = validator->validate(
        QJsonDocument::fromJson(test::fixture(QStringLiteral("messente/error-403-templates.json"))).object(),
        QStringLiteral("#/components/schemas/ErrorOmnichannel"));
    QCOMPARE(forbidden, QStringList());
}

void TestMessenteTemplates::buildsTheListUrl_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("waba");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("expected");
    const QString api = QStringLiteral("https://api.messente.com/v1");
    QTest::newRow("first page")
        << api << QStringLiteral("105954558954427") << 100 << QString()
        << QStringLiteral("https://api.messente.com/v1/whatsapp/wabas/105954558954427/templates?limit=100");
    QTest::newRow("next page, cursor encoded")
        << api << QStringLiteral("105954558954427") << 4 << QStringLiteral("QVFIUmx+d2ludGVyX3NhbGU/cGFnZT0x=")
        << QStringLiteral("https://api.messente.com/v1/whatsapp/wabas/105954558954427/templates?limit=4&after="
                          "QVFIUmx%2Bd2ludGVyX3NhbGU%2FcGFnZT0x%3D");
    QTest::newRow("limit at most 500") << api << QStringLiteral("1") << 1000 << QString()
                                       << QStringLiteral(
                                              "https://api.messente.com/v1/whatsapp/wabas/1/templates?limit=500");
    QTest::newRow("limit at least 1") << api << QStringLiteral("1") << 0 << QString()
                                      << QStringLiteral(
                                             "https://api.messente.com/v1/whatsapp/wabas/1/templates?limit=1");
    QTest::newRow("base with slash and port")
        << QStringLiteral("http://127.0.0.1:8080/v1/") << QStringLiteral("7") << 25 << QString()
        << QStringLiteral("http://127.0.0.1:8080/v1/whatsapp/wabas/7/templates?limit=25");
    QTest::newRow("id cannot change the path") << api << QStringLiteral("1/../x?y") << 25 << QString()
                                               << QStringLiteral("https://api.messente.com/v1/whatsapp/wabas/"
                                                                 "1%2F..%2Fx%3Fy/templates?limit=25");
}

void TestMessenteTemplates::buildsTheListUrl()
{
    QFETCH(QString, base);
    QFETCH(QString, waba);
    QFETCH(int, limit);
    QFETCH(QString, after);
    QFETCH(QString, expected);
    const QUrl url = messente::templatesUrl(QUrl(base), waba, limit, after);
    QCOMPARE(url.toString(QUrl::FullyEncoded), expected);
    // What a server decodes is exactly the cursor it gave.
    if (!after.isEmpty())
        QCOMPARE(QUrlQuery(url).queryItemValue(QStringLiteral("after"), QUrl::FullyDecoded), after);
}

void TestMessenteTemplates::errorsKeepMessentesCodeAndText_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("detail");
    QTest::newRow("401") << 401 << test::fixture(QStringLiteral("messente/error-401.json"))
                         << int(ProviderError::Kind::Unauthorized) << QStringLiteral("103") << QString();
    QTest::newRow("403") << 403 << test::fixture(QStringLiteral("messente/error-403-templates.json"))
                         << int(ProviderError::Kind::Unauthorized) << QStringLiteral("102")
                         << QStringLiteral("No access to WhatsApp Business Account 105954558954427");
    QTest::newRow("400 limit") << 400
                               << QByteArray(R"({"errors":[{"title":"Invalid data","detail":"limit must be a whole )"
                                             R"(number from 1 to 500","code":"105","source":"limit"}]})")
                               << int(ProviderError::Kind::Rejected) << QStringLiteral("105")
                               << QStringLiteral("limit must be a whole number from 1 to 500");
    QTest::newRow("500 not JSON") << 500 << QByteArray("<html>Bad gateway</html>")
                                  << int(ProviderError::Kind::ProviderFault) << QString()
                                  << QStringLiteral("<html>Bad gateway</html>");
}

void TestMessenteTemplates::errorsKeepMessentesCodeAndText()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, kind);
    QFETCH(QString, code);
    QFETCH(QString, detail);
    const messente::TemplatePage page = messente::parseTemplatesPage(status, body);
    QCOMPARE(int(page.error.kind), kind);
    QCOMPARE(page.error.httpStatus, status);
    QCOMPARE(page.error.providerCode, code);
    if (!detail.isEmpty())
        QCOMPARE(page.error.detail, detail);
    QVERIFY(page.templates.isEmpty());
}

void TestMessenteTemplates::unreadableAnswersAreBadResponses_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("not JSON") << QByteArray("templates");
    QTest::newRow("an array") << QByteArray("[]");
    QTest::newRow("no templates") << QByteArray(R"({"paging":{"cursors":{}}})");
    QTest::newRow("templates not a list") << QByteArray(R"({"templates":{},"paging":{"cursors":{}}})");
    QTest::newRow("next without a cursor")
        << QByteArray(R"({"templates":[],"paging":{"cursors":{},"next":"https://api.messente.com/v1/x"}})");
}

void TestMessenteTemplates::unreadableAnswersAreBadResponses()
{
    QFETCH(QByteArray, body);
    const messente::TemplatePage page = messente::parseTemplatesPage(200, body);
    QCOMPARE(page.error.kind, ProviderError::Kind::BadResponse);
    QVERIFY(!page.error.message().isEmpty());
}

QTEST_GUILESS_MAIN(TestMessenteTemplates)
#include "tst_messentetemplates.moc"
