// Storing synced templates (keyed by name and language, hand-entered ones kept), the sendable list,
// per-profile sync times, migration 4 over a version-3 database, and the sync service over a fake.
#include "FakeProvider.h"
#include "dispatch/ProviderRegistry.h"
#include "dispatch/TemplateSyncService.h"
#include "secrets/MemorySecretStore.h"
#include "storage/Database.h"
#include "storage/ProfileRepository.h"
#include "storage/TemplateRepository.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace herald;

Q_DECLARE_METATYPE(herald::TemplateSyncReport)

namespace {

Template synced(const QString& name, const QString& language, const QString& status, const QString& body)
{
    Template t;
    t.name = name;
    t.language = language;
    t.status = status;
    t.body = body;
    t.providerTemplateId = name + QLatin1Char('-') + language;
    return t;
}

/// Runs one migration file from the storage library's resources on a raw connection.
bool runScript(QSqlDatabase& db, const QString& resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QString statement;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(QLatin1String("--")))
            continue;
        statement += line + QLatin1Char('\n');
        if (line.trimmed().endsWith(QLatin1Char(';'))) {
            QSqlQuery q(db);
            if (!q.exec(statement)) {
                qWarning() << q.lastError().text();
                return false;
            }
            statement.clear();
        }
    }
    return true;
}

} // namespace

class TestTemplateSync : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void syncErrorsSayHeraldsReasonAndCutLongTexts();
    void init();
    void cleanup();
    void storingKeepsIdsAddressingAndHandEnteredTemplates();
    void sendableListsHandEnteredAndApprovedOnly();
    void lastSyncIsKeptPerProfile();
    void newFieldsRoundTrip();
    void migratesAVersion3Database();
    void serviceStoresAndSummarizes();
    void serviceExplainsAMissingWabaId();
    void serviceExplainsRefusedCredentials();
    void serviceRunsOncePerProfileAtATime();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ProfileRepository> m_profiles;
    std::unique_ptr<TemplateRepository> m_templates;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ProviderRegistry> m_registry;
    std::unique_ptr<TemplateSyncService> m_service;
    test::FakeProvider* m_fake = nullptr; // owned by the registry
    TemplateListResult m_nextList;
    qint64 m_profileId = 0;
};

void TestTemplateSync::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("h.sqlite")));
    QVERIFY2(m_db->open(), qPrintable(m_db->lastError()));
    m_profiles = std::make_unique<ProfileRepository>(*m_db);
    m_templates = std::make_unique<TemplateRepository>(*m_db);
    m_secrets = std::make_unique<MemorySecretStore>();
    m_nextList = {};
    m_registry = std::make_unique<ProviderRegistry>(
        *m_profiles, *m_secrets, [this](const Profile&, const QString&) -> std::unique_ptr<Provider> {
            auto fake = std::make_unique<test::FakeProvider>();
            fake->templateList = m_nextList;
            m_fake = fake.get();
            return fake;
        });
    m_service = std::make_unique<TemplateSyncService>(*m_profiles, *m_templates, *m_registry);
    Profile p;
    p.name = QStringLiteral("Support (Messente)");
    p.baseUrl = QUrl(QStringLiteral("https://api.messente.com/v1"));
    p.username = QStringLiteral("u");
    p.secretKey = QStringLiteral("profile/messente");
    p.wabaId = QStringLiteral("105954558954427");
    m_profileId = m_profiles->save(p);
    QVERIFY(m_profileId > 0);
    bool stored = false;
    m_secrets->write(p.secretKey, QStringLiteral("pw"), this, [&stored](const SecretResult& r) { stored = r.ok(); });
    QTRY_VERIFY(stored);
}

void TestTemplateSync::cleanup()
{
    m_service.reset();
    m_registry.reset();
    m_templates.reset();
    m_profiles.reset();
    m_db.reset();
}

void TestTemplateSync::storingKeepsIdsAddressingAndHandEnteredTemplates()
{
    // By hand: one Meta also knows (same name and language), with Bird and Kaleyra addressing; one it does not.
    Template known = synced(QStringLiteral("order_update"), QStringLiteral("en"), {}, QStringLiteral("Old {{1}}"));
    known.providerTemplateId.clear();
    known.birdProjectId = QStringLiteral("ce6a2fd6-b2fa-4f5a-a2cd-f3bd15883318");
    known.birdVariableKeys = { { QStringLiteral("1"), QStringLiteral("name") } };
    known.kaleyraName = QStringLiteral("order_update_v2");
    known.kaleyraLangCode = QStringLiteral("en_GB");
    const qint64 knownId = m_templates->save(known);
    Template mine = synced(QStringLiteral("my_own"), QStringLiteral("en"), {}, QStringLiteral("Hi"));
    mine.providerTemplateId.clear();
    const qint64 mineId = m_templates->save(mine);
    QVERIFY(knownId > 0 && mineId > 0);

    Template fromMeta = synced(
        QStringLiteral("order_update"), QStringLiteral("en"), QStringLiteral("approved"), QStringLiteral("New {{1}}"));
    fromMeta.category = TemplateCategory::Marketing;
    fromMeta.footer = QStringLiteral("Reply STOP");
    fromMeta.birdProjectId = QStringLiteral("ignored: the provider never sends one");
    const QList<Template> first { fromMeta,
        synced(
            QStringLiteral("winter_sale"), QStringLiteral("en"), QStringLiteral("pending"), QStringLiteral("Sale")) };
    const QDateTime at1 = QDateTime(QDate(2026, 5, 1), QTime(9, 0), Qt::UTC);
    TemplateSyncOutcome outcome = m_templates->storeSynced(m_profileId, first, at1);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.added, 1);
    QCOMPARE(outcome.updated, 1);

    const Template updated = *m_templates->find(knownId);
    QCOMPARE(updated.body, QStringLiteral("New {{1}}"));
    QCOMPARE(updated.footer, QStringLiteral("Reply STOP"));
    QCOMPARE(updated.category, TemplateCategory::Marketing);
    QCOMPARE(updated.status, QStringLiteral("approved"));
    QCOMPARE(updated.providerTemplateId, QStringLiteral("order_update-en"));
    QCOMPARE(updated.syncedAt, at1);
    QCOMPARE(updated.birdProjectId, known.birdProjectId);
    QCOMPARE(updated.birdVariableKeys, known.birdVariableKeys);
    QCOMPARE(updated.kaleyraName, known.kaleyraName);
    QCOMPARE(updated.kaleyraLangCode, known.kaleyraLangCode);
    QCOMPARE(m_templates->find(mineId)->body, QStringLiteral("Hi"));
    const qint64 saleId = m_templates->findByNameAndLanguage(QStringLiteral("winter_sale"), QStringLiteral("en"))->id;

    // A later sync: the sale got approved, order_update is gone from the account. Nothing is deleted.
    const QDateTime at2 = at1.addDays(1);
    outcome = m_templates->storeSynced(m_profileId,
        { synced(
            QStringLiteral("winter_sale"), QStringLiteral("en"), QStringLiteral("approved"), QStringLiteral("Sale")) },
        at2);
    QVERIFY(outcome.ok);
    QCOMPARE(outcome.added, 0);
    QCOMPARE(outcome.updated, 1);
    QCOMPARE(m_templates->find(saleId)->status, QStringLiteral("approved"));
    QCOMPARE(m_templates->find(saleId)->syncedAt, at2);
    QCOMPARE(m_templates->find(knownId)->syncedAt, at1);
    QCOMPARE(m_templates->all().size(), 3);
}

void TestTemplateSync::sendableListsHandEnteredAndApprovedOnly()
{
    const QStringList statuses { QString(), QStringLiteral("approved"), QStringLiteral("pending"),
        QStringLiteral("rejected"), QStringLiteral("paused"), QStringLiteral("disabled"), QStringLiteral("in_appeal") };
    for (const QString& status : statuses)
        QVERIFY(m_templates->save(synced(QStringLiteral("t_") + (status.isEmpty() ? QStringLiteral("local") : status),
                    QStringLiteral("en"), status, QStringLiteral("Body")))
            > 0);
    QStringList names;
    for (const Template& t : m_templates->sendable()) {
        QVERIFY(t.isSendable());
        names.append(t.name);
    }
    QCOMPARE(names, (QStringList { QStringLiteral("t_approved"), QStringLiteral("t_local") }));
    QCOMPARE(m_templates->all().size(), statuses.size());
}

void TestTemplateSync::lastSyncIsKeptPerProfile()
{
    QVERIFY(!m_templates->lastSynced(m_profileId).isValid());
    Profile other = *m_profiles->find(m_profileId);
    other.id = 0;
    other.name = QStringLiteral("Sales");
    other.secretKey = QStringLiteral("profile/sales");
    const qint64 otherId = m_profiles->save(other);
    const QDateTime when = QDateTime(QDate(2026, 5, 1), QTime(9, 30, 15, 250), Qt::UTC);
    QVERIFY(m_templates->storeSynced(m_profileId, {}, when).ok);
    QCOMPARE(m_templates->lastSynced(m_profileId), when);
    QVERIFY(!m_templates->lastSynced(otherId).isValid());
    QVERIFY(m_templates->storeSynced(m_profileId, {}, when.addSecs(60)).ok);
    QCOMPARE(m_templates->lastSynced(m_profileId), when.addSecs(60));
    // The record goes with its profile.
    QVERIFY(m_profiles->remove(m_profileId));
    QVERIFY(!m_templates->lastSynced(m_profileId).isValid());
}

void TestTemplateSync::newFieldsRoundTrip()
{
    Profile p = *m_profiles->find(m_profileId);
    QCOMPARE(p.wabaId, QStringLiteral("105954558954427"));
    p.wabaId.clear();
    QCOMPARE(m_profiles->save(p), m_profileId);
    QVERIFY(m_profiles->find(m_profileId)->wabaId.isEmpty());

    Template t = synced(QStringLiteral("bird_keys"), QStringLiteral("en_US"), {}, QStringLiteral("Hi {{1}} {{2}}"));
    t.birdVariableKeys = { { QStringLiteral("1"), QStringLiteral("first_name") },
        { QStringLiteral("header_1"), QStringLiteral("order") } };
    t.kaleyraLangCode = QStringLiteral("en");
    const qint64 id = m_templates->save(t);
    Template loaded = *m_templates->find(id);
    QCOMPARE(loaded.birdVariableKeys, t.birdVariableKeys);
    QCOMPARE(loaded.kaleyraLangCode, QStringLiteral("en"));
    QCOMPARE(loaded.kaleyraLanguage(), QStringLiteral("en"));
    QCOMPARE(loaded.birdKeyFor(QStringLiteral("2")), QStringLiteral("2"));
}

void TestTemplateSync::migratesAVersion3Database()
{
    // A database exactly as migrations 1 to 3 left it, with a profile and a template in it.
    const QString path = m_dir->filePath(QStringLiteral("v3.sqlite"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        for (const char* script :
            { ":/sql/001_initial.sql", ":/sql/002_provider_fields.sql", ":/sql/003_template_components.sql" })
            QVERIFY2(runScript(raw, QLatin1String(script)), script);
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 3")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO profiles (name, kind, base_url, username, secret_key, created_at, "
                                      "updated_at) VALUES ('Old', 'messente', 'https://api.messente.com/v1', 'u', "
                                      "'profile/old', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO templates (name, language, category, body, bird_project_id, "
                                      "status, created_at, updated_at) VALUES ('old', 'en', 'utility', 'Hi {{1}}', "
                                      "'proj', 'approved', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v3"));

    Database db(path);
    QVERIFY2(db.open(), qPrintable(db.lastError()));
    QVERIFY(db.schemaVersion() >= 4);
    const std::optional<Profile> profile = ProfileRepository(db).findByName(QStringLiteral("Old"));
    QVERIFY(profile);
    QVERIFY(profile->wabaId.isEmpty());
    TemplateRepository templates(db);
    const std::optional<Template> old = templates.findByNameAndLanguage(QStringLiteral("old"), QStringLiteral("en"));
    QVERIFY(old);
    QCOMPARE(old->birdProjectId, QStringLiteral("proj"));
    QVERIFY(old->birdVariableKeys.isEmpty());
    QVERIFY(old->kaleyraLangCode.isEmpty());
    QCOMPARE(old->kaleyraLanguage(), QStringLiteral("en"));
    QVERIFY(!templates.lastSynced(profile->id).isValid());
    // The new table works on the migrated file.
    const QDateTime now = QDateTime(QDate(2026, 1, 2), QTime(3, 4), Qt::UTC);
    QVERIFY(templates.storeSynced(profile->id, {}, now).ok);
    QCOMPARE(templates.lastSynced(profile->id), now);
}

void TestTemplateSync::serviceStoresAndSummarizes()
{
    m_nextList.pages = 2;
    m_nextList.templates
        = { synced(QStringLiteral("a"), QStringLiteral("en"), QStringLiteral("approved"), QStringLiteral("A")),
              synced(QStringLiteral("b"), QStringLiteral("en"), QStringLiteral("approved"), QStringLiteral("B")),
              synced(QStringLiteral("c"), QStringLiteral("en"), QStringLiteral("rejected"), QStringLiteral("C")),
              synced(QStringLiteral("d"), QStringLiteral("en"), QStringLiteral("pending"), QStringLiteral("D")),
              synced(QStringLiteral("e"), QStringLiteral("en"), QStringLiteral("pending"), QStringLiteral("E")) };
    m_nextList.problems = { QStringLiteral("Template flow_signup: button 1 has the type flow, which Herald cannot "
                                           "send.") };
    QSignalSpy finished(m_service.get(), &TemplateSyncService::finished);
    QSignalSpy changed(m_service.get(), &TemplateSyncService::templatesChanged);
    QSignalSpy progress(m_service.get(), &TemplateSyncService::progress);
    QVERIFY(m_service->sync(m_profileId));
    QVERIFY(m_service->isSyncing(m_profileId));
    QVERIFY(finished.wait(2000));
    const auto report = finished.first().first().value<TemplateSyncReport>();
    QVERIFY(report.ok);
    QCOMPARE(report.total, 5);
    QCOMPARE(report.added, 5);
    QCOMPARE(report.message,
        QStringLiteral("5 templates synced: 2 approved, 2 pending, 1 rejected. Left out: Template flow_signup: "
                       "button 1 has the type flow, which Herald cannot send."));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(progress.size(), 1);
    QVERIFY(!m_service->isSyncing(m_profileId));
    QCOMPARE(m_templates->all().size(), 5);
    QCOMPARE(m_templates->sendable().size(), 2);
    QVERIFY(m_service->lastSynced(m_profileId).isValid());
    QCOMPARE(m_service->lastSynced(m_profileId), report.syncedAt);
    QCOMPARE(m_fake->templateListCalls, 1);

    TemplateSyncReport one;
    one.ok = true;
    one.total = 1;
    one.byStatus.insert(QStringLiteral("paused"), 1);
    QCOMPARE(TemplateSyncService::summarize(one), QStringLiteral("1 template synced: 1 paused."));
    one.notes.append(QStringLiteral("Template x: the component type CAROUSEL is unknown and was ignored."));
    QCOMPARE(TemplateSyncService::summarize(one),
        QStringLiteral("1 template synced: 1 paused. Notes: Template x: the component type CAROUSEL is unknown and "
                       "was ignored."));
}

void TestTemplateSync::serviceExplainsAMissingWabaId()
{
    Profile p = *m_profiles->find(m_profileId);
    p.wabaId.clear();
    m_profiles->save(p);
    QSignalSpy finished(m_service.get(), &TemplateSyncService::finished);
    QVERIFY(m_service->sync(m_profileId));
    QCOMPARE(finished.size(), 0); // answered later, never from within sync()
    QVERIFY(finished.wait(2000));
    const auto report = finished.first().first().value<TemplateSyncReport>();
    QVERIFY(!report.ok);
    QVERIFY2(report.message.contains(QStringLiteral("WhatsApp Business Account ID")), qPrintable(report.message));
    QVERIFY(!m_templates->lastSynced(m_profileId).isValid());
    QVERIFY(!m_service->isSyncing(m_profileId));
}

void TestTemplateSync::serviceExplainsRefusedCredentials()
{
    m_templates->save(synced(QStringLiteral("kept"), QStringLiteral("en"), {}, QStringLiteral("Kept")));
    m_nextList.error.kind = ProviderError::Kind::Unauthorized;
    m_nextList.error.httpStatus = 401;
    m_nextList.error.providerCode = QStringLiteral("103");
    m_nextList.error.providerTitle = QStringLiteral("Unauthorized");
    m_nextList.error.detail = QStringLiteral("Invalid API username or password");
    QSignalSpy finished(m_service.get(), &TemplateSyncService::finished);
    QVERIFY(m_service->sync(m_profileId));
    QVERIFY(finished.wait(2000));
    const auto report = finished.first().first().value<TemplateSyncReport>();
    QVERIFY(!report.ok);
    QCOMPARE(report.message,
        QStringLiteral("The templates of \"Support (Messente)\" could not be synced: the provider refused the API "
                       "username or password; check them under Profiles. It said: Invalid API username or password "
                       "[code 103] (HTTP 401)"));
    QCOMPARE(m_templates->all().size(), 1);
    QVERIFY(!m_templates->lastSynced(m_profileId).isValid());
}

void TestTemplateSync::serviceRunsOncePerProfileAtATime()
{
    QSignalSpy finished(m_service.get(), &TemplateSyncService::finished);
    QVERIFY(m_service->sync(m_profileId));
    QVERIFY(!m_service->sync(m_profileId));
    QVERIFY(finished.wait(2000));
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_fake->templateListCalls, 1);
    QVERIFY(m_service->sync(m_profileId)); // again once the first is over
    QVERIFY(finished.wait(2000));
}

void TestTemplateSync::syncErrorsSayHeraldsReasonAndCutLongTexts()
{
    // Seen against the hostile sandbox: an answer over the cap read "the connection failed … Operation
    // canceled", and a 300,000-character provider text ran off the window.
    Profile profile;
    profile.name = QStringLiteral("Support");
    ProviderError oversized;
    oversized.kind = ProviderError::Kind::OutcomeUnknown;
    oversized.transportError = QStringLiteral("Operation canceled");
    oversized.refusal = QStringLiteral("The answer was larger than 4 MB, so Herald stopped reading it");
    const QString refused = TemplateSyncService::describeError(oversized, profile);
    QVERIFY2(refused.contains(oversized.refusal), qPrintable(refused));
    QVERIFY2(!refused.contains(QLatin1String("Operation canceled")), qPrintable(refused));

    ProviderError chatty;
    chatty.kind = ProviderError::Kind::Rejected;
    chatty.httpStatus = 400;
    chatty.detail = QString(300000, QLatin1Char('W'));
    const QString cut = TemplateSyncService::describeError(chatty, profile);
    QVERIFY2(cut.size() < 600, qPrintable(QString::number(cut.size())));
    QVERIFY(cut.contains(QStringLiteral("…")));
}

QTEST_GUILESS_MAIN(TestTemplateSync)
#include "tst_templatesync.moc"
