// Messente's template list over real loopback HTTP: the sandbox's answers checked against the official
// spec with plain requests, Herald's provider walking every page, and the app's sync storing statuses.
#include "OpenApiValidator.h"
#include "app/AppContext.h"
#include "dispatch/ProfileService.h"
#include "dispatch/TemplateSyncService.h"
#include "providers/MessenteProvider.h"
#include "sandbox/SandboxServer.h"
#include "secrets/MemorySecretStore.h"
#include "storage/ProfileRepository.h"
#include "storage/TemplateRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace herald;
using herald::test::OpenApiValidator;

Q_DECLARE_METATYPE(herald::TemplateSyncReport)

namespace {

const QString kWaba = QStringLiteral("105954558954427");
const QString kList = QStringLiteral("#/components/schemas/WhatsappListTemplatesResponse");
const QString kError = QStringLiteral("#/components/schemas/ErrorOmnichannel");

QByteArray basic(const QString& user, const QString& password)
{
    return "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
}

} // namespace

class TestTemplateSyncIntegration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void sandboxPagesFollowTheSpec();
    void sandboxPagesBackwardsAndFilters();
    void sandboxRefusesWhatMessenteRefuses_data();
    void sandboxRefusesWhatMessenteRefuses();
    void providerReadsEveryPage();
    void providerReportsBadCredentialsAndUnknownWaba();
    void appSyncStoresStatusesAndLastSync();
    void appSyncWithBadCredentialsSaysSo();

private:
    struct Reply
    {
        int status = -1;
        QJsonObject json;
    };
    Reply get(const QString& pathAndQuery, const QByteArray& authorization);
    Reply get(const QString& pathAndQuery);
    std::unique_ptr<MessenteProvider> provider(const QString& password, const QString& waba = kWaba);
    /// Every violation of @p schema, except the spec's header format enum that lists only "text".
    QStringList violations(const QJsonObject& body, const QString& schema) const;

    std::optional<OpenApiValidator> m_validator;
    QNetworkAccessManager m_nam;
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
};

void TestTemplateSyncIntegration::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    m_validator = OpenApiValidator::load(QStringLiteral(HERALD_TEST_DATA "/messente/openapi-2.1.0.json"), &error);
    QVERIFY2(m_validator, qPrintable(error));
}

void TestTemplateSyncIntegration::init()
{
    sandbox::SandboxOptions options;
    options.messentePassword = QStringLiteral("right-password");
    m_sandbox = std::make_unique<sandbox::SandboxServer>(options);
    QVERIFY(m_sandbox->listen(0));
    QCOMPARE(m_sandbox->options().messenteWabaId, kWaba);
}

void TestTemplateSyncIntegration::cleanup()
{
    m_sandbox.reset();
}

TestTemplateSyncIntegration::Reply TestTemplateSyncIntegration::get(
    const QString& pathAndQuery, const QByteArray& authorization)
{
    QNetworkRequest request(QUrl(m_sandbox->baseUrl().toString() + pathAndQuery));
    if (!authorization.isEmpty())
        request.setRawHeader(QByteArrayLiteral("Authorization"), authorization);
    std::unique_ptr<QNetworkReply> reply(m_nam.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !finished.wait(5000))
        return {};
    return { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
        QJsonDocument::fromJson(reply->readAll()).object() };
}

TestTemplateSyncIntegration::Reply TestTemplateSyncIntegration::get(const QString& pathAndQuery)
{
    return get(pathAndQuery, basic(m_sandbox->options().messenteUser, QStringLiteral("right-password")));
}

QStringList TestTemplateSyncIntegration::violations(const QJsonObject& body, const QString& schema) const
{
    QStringList found = m_validator->validate(body, schema);
    found.removeIf([](const QString& v) {
        return v.endsWith(QLatin1String(".format: enum: \"image\" is not one of [\"text\"]"));
    });
    return found;
}

std::unique_ptr<MessenteProvider> TestTemplateSyncIntegration::provider(const QString& password, const QString& waba)
{
    MessenteCredentials credentials { m_sandbox->messenteBaseUrl(), m_sandbox->options().messenteUser, password, {} };
    credentials.wabaId = waba;
    return std::make_unique<MessenteProvider>(&m_nam, credentials);
}

void TestTemplateSyncIntegration::sandboxPagesFollowTheSpec()
{
    // Walk the pages as any client would: by the `after` cursor, while `next` is there.
    const QString path = QStringLiteral("/v1/whatsapp/wabas/%1/templates").arg(kWaba);
    QString after;
    QStringList seen;
    QMap<QString, int> statuses;
    int pages = 0;
    bool imageHeader = false;
    for (;;) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("3"));
        if (!after.isEmpty())
            query.addQueryItem(QStringLiteral("after"), QString::fromLatin1(QUrl::toPercentEncoding(after)));
        const Reply reply = get(path + QLatin1Char('?') + query.query(QUrl::FullyEncoded));
        QCOMPARE(reply.status, 200);
        QCOMPARE(violations(reply.json, kList), QStringList());
        ++pages;
        const QJsonArray templates = reply.json.value(QStringLiteral("templates")).toArray();
        QVERIFY(templates.size() <= 3);
        for (const QJsonValue& value : templates) {
            const QJsonObject tpl = value.toObject();
            seen.append(tpl.value(QStringLiteral("name")).toString() + QLatin1Char('/')
                + tpl.value(QStringLiteral("language")).toString());
            ++statuses[tpl.value(QStringLiteral("status")).toString()];
            for (const QJsonValue& component : tpl.value(QStringLiteral("components")).toArray())
                imageHeader
                    = imageHeader || component.toObject().value(QStringLiteral("format")) == QLatin1String("image");
        }
        const QJsonObject paging = reply.json.value(QStringLiteral("paging")).toObject();
        QCOMPARE(paging.contains(QStringLiteral("previous")), pages > 1);
        if (!paging.contains(QStringLiteral("next")))
            break;
        // `next` is a full link to the following page, with the cursor in it.
        const QUrl next(paging.value(QStringLiteral("next")).toString());
        after = paging.value(QStringLiteral("cursors")).toObject().value(QStringLiteral("after")).toString();
        QCOMPARE(QUrlQuery(next).queryItemValue(QStringLiteral("after"), QUrl::FullyDecoded), after);
        QCOMPARE(next.path(), path);
        QVERIFY(pages < 10);
    }
    QCOMPARE(pages, 3);
    QCOMPARE(seen.size(), 8);
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 8);
    QVERIFY(seen.contains(QStringLiteral("appointment_reminder/et")));
    QVERIFY(seen.contains(QStringLiteral("appointment_reminder/en")));
    QCOMPARE(statuses.value(QStringLiteral("approved")), 5);
    QCOMPARE(statuses.value(QStringLiteral("pending")), 1);
    QCOMPARE(statuses.value(QStringLiteral("rejected")), 1);
    QCOMPARE(statuses.value(QStringLiteral("paused")), 1);
    QVERIFY(imageHeader);

    // Without a limit the spec's default of 25 holds them all on one page.
    const Reply all = get(path);
    QCOMPARE(all.json.value(QStringLiteral("templates")).toArray().size(), 8);
    QVERIFY(!all.json.value(QStringLiteral("paging")).toObject().contains(QStringLiteral("next")));
}

void TestTemplateSyncIntegration::sandboxPagesBackwardsAndFilters()
{
    const QString path = QStringLiteral("/v1/whatsapp/wabas/%1/templates").arg(kWaba);
    const Reply second = get(path + QStringLiteral("?limit=2&after=")
        + QString::fromLatin1(QUrl::toPercentEncoding(get(path + QStringLiteral("?limit=2"))
                                                          .json.value(QStringLiteral("paging"))
                                                          .toObject()
                                                          .value(QStringLiteral("cursors"))
                                                          .toObject()
                                                          .value(QStringLiteral("after"))
                                                          .toString())));
    QCOMPARE(second.status, 200);
    const QString before = second.json.value(QStringLiteral("paging"))
                               .toObject()
                               .value(QStringLiteral("cursors"))
                               .toObject()
                               .value(QStringLiteral("before"))
                               .toString();
    const Reply back
        = get(path + QStringLiteral("?limit=2&before=") + QString::fromLatin1(QUrl::toPercentEncoding(before)));
    QCOMPARE(back.status, 200);
    QCOMPARE(back.json.value(QStringLiteral("templates")),
        get(path + QStringLiteral("?limit=2")).json.value(QStringLiteral("templates")));

    const Reply approved = get(path + QStringLiteral("?status=approved"));
    QCOMPARE(approved.json.value(QStringLiteral("templates")).toArray().size(), 5);
    const Reply german = get(path + QStringLiteral("?language=de&category=marketing"));
    QCOMPARE(german.json.value(QStringLiteral("templates")).toArray().size(), 1);
    const Reply reminder = get(path + QStringLiteral("?name=REMINDER"));
    QCOMPARE(reminder.json.value(QStringLiteral("templates")).toArray().size(), 2);
}

void TestTemplateSyncIntegration::sandboxRefusesWhatMessenteRefuses_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("authorization");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("source");
    const QString list = QStringLiteral("/v1/whatsapp/wabas/%1/templates").arg(kWaba);
    QTest::newRow("no credentials") << list << QByteArray() << 401 << QStringLiteral("103") << QString();
    QTest::newRow("wrong password") << list << basic(QStringLiteral("herald"), QStringLiteral("nope")) << 401
                                    << QStringLiteral("103") << QString();
    QTest::newRow("unknown WABA") << QStringLiteral("/v1/whatsapp/wabas/1234567/templates") << QByteArray("ok") << 404
                                  << QStringLiteral("101") << QString();
    QTest::newRow("malformed WABA") << QStringLiteral("/v1/whatsapp/wabas/not-a-waba/templates") << QByteArray("ok")
                                    << 400 << QStringLiteral("105") << QStringLiteral("wabaId");
    QTest::newRow("limit 0") << list + QStringLiteral("?limit=0") << QByteArray("ok") << 400 << QStringLiteral("105")
                             << QStringLiteral("limit");
    QTest::newRow("limit 501") << list + QStringLiteral("?limit=501") << QByteArray("ok") << 400
                               << QStringLiteral("105") << QStringLiteral("limit");
    QTest::newRow("unknown cursor") << list + QStringLiteral("?after=bm9wZQ%3D%3D") << QByteArray("ok") << 400
                                    << QStringLiteral("105") << QStringLiteral("after");
}

void TestTemplateSyncIntegration::sandboxRefusesWhatMessenteRefuses()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, authorization);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, source);
    const QByteArray auth = authorization == "ok"
        ? basic(m_sandbox->options().messenteUser, QStringLiteral("right-password"))
        : authorization;
    const Reply reply = get(path, auth);
    QCOMPARE(reply.status, status);
    QCOMPARE(violations(reply.json, kError), QStringList());
    const QJsonObject error = reply.json.value(QStringLiteral("errors")).toArray().first().toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), code);
    if (source.isEmpty())
        QVERIFY(error.value(QStringLiteral("source")).isNull());
    else
        QCOMPARE(error.value(QStringLiteral("source")).toString(), source);
}

void TestTemplateSyncIntegration::providerReadsEveryPage()
{
    auto p = provider(QStringLiteral("right-password"));
    p->setTemplatePageLimit(3);
    std::optional<TemplateListResult> result;
    QList<int> progress;
    p->listTemplates(
        this, [&](const TemplateListResult& r) { result = r; }, [&](int read) { progress.append(read); });
    QTRY_VERIFY(result.has_value());
    QVERIFY2(!result->error.isError(), qPrintable(result->error.message()));
    QCOMPARE(result->pages, 3);
    QCOMPARE(progress, (QList<int> { 3, 6, 8 }));
    QCOMPARE(result->templates.size(), 8);
    QVERIFY2(result->problems.isEmpty(), qPrintable(result->problems.join(QLatin1Char('\n'))));
    QVERIFY2(result->notes.isEmpty(), qPrintable(result->notes.join(QLatin1Char('\n'))));

    // Every request went to the documented path, authorized, and asked for 3.
    const QList<sandbox::RecordedRequest> requests = m_sandbox->requests();
    QCOMPARE(requests.size(), 3);
    for (const sandbox::RecordedRequest& request : requests) {
        QCOMPARE(request.method, QStringLiteral("GET"));
        QCOMPARE(request.path, QStringLiteral("/v1/whatsapp/wabas/%1/templates").arg(kWaba));
        QVERIFY(request.authorized);
    }

    // The sandbox's JSON, read by Herald's parser: what the operator will see.
    const auto find = [&](const QString& name, const QString& language) -> const Template* {
        for (const Template& t : result->templates)
            if (t.name == name && t.language == language)
                return &t;
        return nullptr;
    };
    const Template* order = find(QStringLiteral("order_update"), QStringLiteral("en"));
    QVERIFY(order);
    QCOMPARE(order->headerFormat, HeaderFormat::Image);
    QCOMPARE(variablesIn(order->body).size(), 3);
    QVERIFY(!order->footer.isEmpty());
    QCOMPARE(order->buttons.size(), 2);
    QVERIFY(order->buttons.at(0).hasUrlVariable());
    QCOMPARE(order->buttons.at(1).type, TemplateButton::Type::QuickReply);
    QVERIFY(validateTemplate(*order).isEmpty());
    QCOMPARE(
        find(QStringLiteral("login_code"), QStringLiteral("en"))->buttons.first().type, TemplateButton::Type::CopyCode);
    for (const Template& t : result->templates)
        QVERIFY2(validateTemplate(t).isEmpty(), qPrintable(t.name));
}

void TestTemplateSyncIntegration::providerReportsBadCredentialsAndUnknownWaba()
{
    std::optional<TemplateListResult> refused;
    auto wrong = provider(QStringLiteral("wrong-password"));
    wrong->listTemplates(this, [&](const TemplateListResult& r) { refused = r; }, {});
    QTRY_VERIFY(refused.has_value());
    QCOMPARE(refused->error.kind, ProviderError::Kind::Unauthorized);
    QCOMPARE(refused->error.httpStatus, 401);
    QCOMPARE(refused->error.providerCode, QStringLiteral("103"));
    QVERIFY(refused->templates.isEmpty());

    std::optional<TemplateListResult> unknown;
    auto other = provider(QStringLiteral("right-password"), QStringLiteral("999"));
    other->listTemplates(this, [&](const TemplateListResult& r) { unknown = r; }, {});
    QTRY_VERIFY(unknown.has_value());
    QCOMPARE(unknown->error.kind, ProviderError::Kind::NotFound);
    QCOMPARE(unknown->error.providerCode, QStringLiteral("101"));

    std::optional<TemplateListResult> none;
    auto missing = provider(QStringLiteral("right-password"), QString());
    missing->listTemplates(this, [&](const TemplateListResult& r) { none = r; }, {});
    QTRY_VERIFY(none.has_value());
    QCOMPARE(none->error.kind, ProviderError::Kind::Rejected);
    QCOMPARE(m_sandbox->requests().size(), 2); // nothing was asked without a WABA id
}

void TestTemplateSyncIntegration::appSyncStoresStatusesAndLastSync()
{
    QTemporaryDir dir;
    AppOptions options;
    options.dataDir = dir.path();
    options.sandbox = true;
    options.region = QStringLiteral("EE");
    AppContext app(options, std::make_unique<MemorySecretStore>());
    QString error;
    QVERIFY2(app.initialize(&error), qPrintable(error));
    QCOMPARE(app.profiles().find(app.sandboxProfileId())->wabaId, app.sandbox()->options().messenteWabaId);

    // A template entered by hand with a synced one's name and language, and one Messente does not know.
    Template mine;
    mine.name = QStringLiteral("winter_sale");
    mine.language = QStringLiteral("en");
    mine.body = QStringLiteral("Typed by hand {{1}}");
    mine.birdProjectId = QStringLiteral("studio-project");
    const qint64 mineId = app.templates().save(mine);
    mine.id = 0;
    mine.name = QStringLiteral("local_only");
    const qint64 localId = app.templates().save(mine);

    QSignalSpy finished(&app.templateSync(), &TemplateSyncService::finished);
    QVERIFY(app.templateSync().sync(app.sandboxProfileId()));
    QVERIFY(finished.wait(10000));
    const auto report = finished.first().first().value<TemplateSyncReport>();
    QVERIFY2(report.ok, qPrintable(report.message));
    QCOMPARE(report.message, QStringLiteral("8 templates synced: 5 approved, 1 pending, 1 rejected, 1 paused."));
    QCOMPARE(report.added, 7);
    QCOMPARE(report.updated, 1);

    TemplateRepository& templates = app.templates();
    QCOMPARE(templates.all().size(), 9);
    const Template sale = *templates.find(mineId);
    QCOMPARE(sale.status, QStringLiteral("pending"));
    QCOMPARE(sale.providerTemplateId, QStringLiteral("913377820144502"));
    QCOMPARE(sale.birdProjectId, QStringLiteral("studio-project"));
    QVERIFY(sale.body.startsWith(QStringLiteral("Hi {{1}}, everything in store")));
    QCOMPARE(templates.find(localId)->body, QStringLiteral("Typed by hand {{1}}"));
    QCOMPARE(templates.findByNameAndLanguage(QStringLiteral("delivery_delayed"), QStringLiteral("en"))->status,
        QStringLiteral("rejected"));
    QCOMPARE(templates.findByNameAndLanguage(QStringLiteral("spring_promo"), QStringLiteral("de"))->status,
        QStringLiteral("paused"));
    QCOMPARE(templates.sendable().size(), 6); // five approved and the local one
    QVERIFY(templates.lastSynced(app.sandboxProfileId()).isValid());
    QCOMPARE(templates.lastSynced(app.sandboxProfileId()), report.syncedAt);

    // Syncing again changes nothing but the time.
    finished.clear();
    QVERIFY(app.templateSync().sync(app.sandboxProfileId()));
    QVERIFY(finished.wait(10000));
    const auto again = finished.first().first().value<TemplateSyncReport>();
    QCOMPARE(again.added, 0);
    QCOMPARE(again.updated, 8);
    QCOMPARE(templates.all().size(), 9);
}

void TestTemplateSyncIntegration::appSyncWithBadCredentialsSaysSo()
{
    QTemporaryDir dir;
    AppOptions options;
    options.dataDir = dir.path();
    options.sandbox = true;
    options.region = QStringLiteral("EE");
    AppContext app(options, std::make_unique<MemorySecretStore>());
    QString error;
    QVERIFY2(app.initialize(&error), qPrintable(error));

    // A profile pointing at the sandbox with a password it does not accept.
    Profile wrong = *app.profiles().find(app.sandboxProfileId());
    wrong.id = 0;
    wrong.name = QStringLiteral("Wrong password");
    wrong.isSandbox = false;
    wrong.secretKey.clear();
    std::optional<bool> saved;
    app.profileService().save(
        wrong, QStringLiteral("not-the-password"), this, [&](const ProfileService::SaveOutcome& o) { saved = o.ok; });
    QTRY_VERIFY(saved.has_value());
    QVERIFY(*saved);
    const qint64 id = app.profiles().findByName(QStringLiteral("Wrong password"))->id;

    QSignalSpy finished(&app.templateSync(), &TemplateSyncService::finished);
    QVERIFY(app.templateSync().sync(id));
    QVERIFY(finished.wait(10000));
    const auto report = finished.first().first().value<TemplateSyncReport>();
    QVERIFY(!report.ok);
    QVERIFY2(
        report.message.contains(QStringLiteral("refused the API username or password")), qPrintable(report.message));
    QVERIFY2(report.message.contains(QStringLiteral("[code 103]")), qPrintable(report.message));
    QVERIFY(app.templates().all().isEmpty());
    QVERIFY(!app.templates().lastSynced(id).isValid());
}

QTEST_MAIN(TestTemplateSyncIntegration)
#include "tst_template_sync.moc"
