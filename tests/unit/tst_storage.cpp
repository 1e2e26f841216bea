#include "storage/Database.h"
#include "storage/MessageRepository.h"
#include "storage/ProfileRepository.h"
#include "storage/TemplateRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace herald;

class TestStorage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void createsPrivateFileAndMigrates();
    void reopeningKeepsDataAndVersion();
    void unwritableFolderIsExplained();
    void profilesRoundTripWithoutSecrets();
    void profileNamesAreUnique();
    void templatesRoundTrip();
    void templateComponentsRoundTrip();
    void rowsWrittenBeforeMigration3KeepTheirMeaning();
    void findsTemplateByNameAndLanguage();
    void messageLifecycleIsJournaled();
    void lateReportsDoNotMoveBackwards();
    void interruptedSendsBecomeUnknown();
    void awaitingStatusListsOnlyTakenUnfinishedMessages();
    void profileWithMessagesCannotBeRemoved();

private:
    qint64 makeProfile(ProfileRepository& profiles);
    NewMessage makeMessage(qint64 profileId);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

namespace {
/// The highest migration number shipped, so these tests need no edit when a migration is added.
int latestMigration()
{
    int latest = 0;
    for (const QString& name : QDir(QStringLiteral(":/sql")).entryList({ QStringLiteral("*.sql") }, QDir::Files))
        latest = std::max(latest, name.section(QLatin1Char('_'), 0, 0).toInt());
    return latest;
}
} // namespace

void TestStorage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("sub/herald.sqlite"));
}

qint64 TestStorage::makeProfile(ProfileRepository& profiles)
{
    Profile p;
    p.name = QStringLiteral("Support");
    p.baseUrl = QUrl(QStringLiteral("https://api.messente.com/v1"));
    p.username = QStringLiteral("user");
    p.secretKey = QStringLiteral("profile/abc");
    return profiles.save(p);
}

NewMessage TestStorage::makeMessage(qint64 profileId)
{
    NewMessage m;
    m.profileId = profileId;
    m.templateName = QStringLiteral("hello");
    m.language = QStringLiteral("en");
    m.recipient = QStringLiteral("+37251234567");
    m.renderedBody = QStringLiteral("Hello Mari");
    m.parametersJson = QStringLiteral("{}");
    return m;
}

void TestStorage::createsPrivateFileAndMigrates()
{
    Database db(m_path);
    QVERIFY2(db.open(), qPrintable(db.lastError()));
    QCOMPARE(db.schemaVersion(), latestMigration());
    QVERIFY(latestMigration() >= 4);
    const QFileInfo info(m_path);
    QVERIFY(info.exists());
    // Contact data: readable and writable by the user only.
    QCOMPARE(info.permissions()
            & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
        QFileDevice::Permissions());
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    // The write-ahead log and its index hold the same data until a checkpoint: SQLite gives them
    // the database file's mode, and nothing may widen it.
    ProfileRepository profiles(db);
    QVERIFY(makeProfile(profiles) > 0);
    for (const QString& suffix : { QStringLiteral("-wal"), QStringLiteral("-shm") }) {
        const QFileInfo companion(m_path + suffix);
        QVERIFY2(companion.exists(), qPrintable(companion.filePath()));
        QCOMPARE(companion.permissions()
                & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
            QFileDevice::Permissions());
    }
}

void TestStorage::reopeningKeepsDataAndVersion()
{
    {
        Database db(m_path);
        QVERIFY(db.open());
        ProfileRepository profiles(db);
        QVERIFY(makeProfile(profiles) > 0);
    }
    Database again(m_path);
    QVERIFY2(again.open(), qPrintable(again.lastError()));
    QCOMPARE(again.schemaVersion(), latestMigration());
    QCOMPARE(ProfileRepository(again).all().size(), 1);
}

void TestStorage::unwritableFolderIsExplained()
{
    QFile blocker(m_dir->filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    Database db(m_dir->filePath(QStringLiteral("file/herald.sqlite"))); // a file where a folder should be
    QVERIFY(!db.open());
    QVERIFY(!db.lastError().isEmpty());
}

void TestStorage::profilesRoundTripWithoutSecrets()
{
    Database db(m_path);
    QVERIFY(db.open());
    ProfileRepository profiles(db);
    Profile p;
    p.name = QStringLiteral("Sales");
    p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:1234/v1"));
    p.username = QStringLiteral("api-user");
    p.sender = QStringLiteral("+3726000000");
    p.secretKey = QStringLiteral("profile/1");
    p.isSandbox = true;
    const qint64 id = profiles.save(p);
    QVERIFY(id > 0);
    const std::optional<Profile> loaded = profiles.find(id);
    QVERIFY(loaded);
    QCOMPARE(loaded->name, p.name);
    QCOMPARE(loaded->baseUrl, p.baseUrl);
    QCOMPARE(loaded->username, p.username);
    QCOMPARE(loaded->sender, p.sender);
    QCOMPARE(loaded->secretKey, p.secretKey);
    QCOMPARE(loaded->isSandbox, true);
    QCOMPARE(loaded->kind, ProviderKind::Messente);

    Profile renamed = *loaded;
    renamed.name = QStringLiteral("Sales EU");
    QCOMPARE(profiles.save(renamed), id);
    QCOMPARE(profiles.findByName(QStringLiteral("Sales EU"))->secretKey, p.secretKey);
}

void TestStorage::profileNamesAreUnique()
{
    Database db(m_path);
    QVERIFY(db.open());
    ProfileRepository profiles(db);
    QVERIFY(makeProfile(profiles) > 0);
    Profile twin;
    twin.name = QStringLiteral("Support");
    twin.baseUrl = QUrl(QStringLiteral("https://x.test"));
    twin.secretKey = QStringLiteral("profile/other");
    QCOMPARE(profiles.save(twin), 0);
}

void TestStorage::templatesRoundTrip()
{
    Database db(m_path);
    QVERIFY(db.open());
    TemplateRepository templates(db);
    Template t;
    t.name = QStringLiteral("order_update");
    t.language = QStringLiteral("en_US");
    t.category = TemplateCategory::Marketing;
    t.headerText = QStringLiteral("Order {{1}}");
    t.body = QStringLiteral("Hello {{1}} 👋");
    t.footer = QStringLiteral("Bye");
    const qint64 id = templates.save(t);
    QVERIFY(id > 0);
    std::optional<Template> loaded = templates.find(id);
    QVERIFY(loaded);
    QCOMPARE(loaded->body, t.body);
    QCOMPARE(loaded->category, TemplateCategory::Marketing);
    QVERIFY(loaded->updatedAt.isValid());
    QCOMPARE(templates.save(t), 0); // same name and language again
    loaded->body = QStringLiteral("Changed {{1}}");
    QCOMPARE(templates.save(*loaded), id);
    QCOMPARE(templates.find(id)->body, QStringLiteral("Changed {{1}}"));
    QVERIFY(templates.remove(id));
    QVERIFY(!templates.find(id));
}

void TestStorage::templateComponentsRoundTrip()
{
    Database db(m_path);
    QVERIFY(db.open());
    TemplateRepository templates(db);
    Template t;
    t.name = QStringLiteral("summer_sale");
    t.language = QStringLiteral("en");
    t.category = TemplateCategory::Marketing;
    t.headerFormat = HeaderFormat::Document;
    t.headerMediaExample = QStringLiteral("https://cdn.example/sample.pdf");
    t.body = QStringLiteral("Hi {{1}}, use {{2}} today.");
    t.bodyExamples
        = { { QStringLiteral("1"), QStringLiteral("Mari") }, { QStringLiteral("2"), QStringLiteral("SUN") } };
    TemplateButton url;
    url.type = TemplateButton::Type::Url;
    url.text = QStringLiteral("Shop");
    url.url = QStringLiteral("https://shop.example/{{1}}");
    url.example = QStringLiteral("https://shop.example/sale");
    TemplateButton phone;
    phone.type = TemplateButton::Type::PhoneNumber;
    phone.text = QStringLiteral("Call us");
    phone.phoneNumber = QStringLiteral("+37251234567");
    TemplateButton code;
    code.type = TemplateButton::Type::CopyCode;
    code.text = QStringLiteral("Copy code");
    code.example = QStringLiteral("SUN10");
    TemplateButton reply;
    reply.type = TemplateButton::Type::QuickReply;
    reply.text = QStringLiteral("Stop 🛑");
    t.buttons = { url, phone, code, reply };
    t.status = QStringLiteral("approved");
    t.providerTemplateId = QStringLiteral("1234567890");
    t.syncedAt = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7, 8), Qt::UTC);

    const qint64 id = templates.save(t);
    QVERIFY(id > 0);
    Template loaded = *templates.find(id);
    QVERIFY(loaded.updatedAt.isValid());
    t.id = id;
    t.updatedAt = loaded.updatedAt;
    QCOMPARE(loaded.headerFormat, HeaderFormat::Document);
    QCOMPARE(loaded.buttons.size(), 4);
    QCOMPARE(loaded.buttons, t.buttons);
    QCOMPARE(loaded.bodyExamples, t.bodyExamples);
    QCOMPARE(loaded.syncedAt, t.syncedAt);
    QVERIFY(loaded == t);

    loaded.buttons.clear();
    loaded.headerFormat = HeaderFormat::None;
    loaded.status = QStringLiteral("paused");
    QCOMPARE(templates.save(loaded), id);
    const Template again = *templates.find(id);
    QVERIFY(again.buttons.isEmpty());
    QCOMPARE(again.headerFormat, HeaderFormat::None);
    QCOMPARE(again.status, QStringLiteral("paused"));
}

void TestStorage::rowsWrittenBeforeMigration3KeepTheirMeaning()
{
    Database db(m_path);
    QVERIFY(db.open());
    // A row as migration 2's code wrote it: none of the new columns named.
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO templates (name, language, category, header_text, body, footer, "
                                  "created_at, updated_at) VALUES ('old', 'en', 'utility', 'Order {{1}}', "
                                  "'Hello {{1}}', '', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')")));
    const std::optional<Template> old
        = TemplateRepository(db).findByNameAndLanguage(QStringLiteral("old"), QStringLiteral("en"));
    QVERIFY(old);
    QCOMPARE(old->headerFormat, HeaderFormat::Text);
    QCOMPARE(old->effectiveHeaderFormat(), HeaderFormat::Text);
    QCOMPARE(old->headerText, QStringLiteral("Order {{1}}"));
    QVERIFY(old->buttons.isEmpty());
    QVERIFY(old->status.isEmpty());
    QVERIFY(old->providerTemplateId.isEmpty());
    QVERIFY(!old->syncedAt.isValid());
    QVERIFY(old->bodyExamples.isEmpty());
}

void TestStorage::findsTemplateByNameAndLanguage()
{
    Database db(m_path);
    QVERIFY(db.open());
    TemplateRepository templates(db);
    Template t;
    t.name = QStringLiteral("hello");
    t.language = QStringLiteral("en");
    t.body = QStringLiteral("Hi there");
    const qint64 en = templates.save(t);
    t.language = QStringLiteral("et");
    t.body = QStringLiteral("Tere");
    const qint64 et = templates.save(t);
    QVERIFY(en > 0 && et > 0 && en != et);
    QCOMPARE(templates.findByNameAndLanguage(QStringLiteral("hello"), QStringLiteral("et"))->id, et);
    QCOMPARE(templates.findByNameAndLanguage(QStringLiteral("hello"), QStringLiteral("en"))->body,
        QStringLiteral("Hi there"));
    QVERIFY(!templates.findByNameAndLanguage(QStringLiteral("hello"), QStringLiteral("en_US")));
    QVERIFY(!templates.findByNameAndLanguage(QStringLiteral("bye"), QStringLiteral("en")));
}

void TestStorage::messageLifecycleIsJournaled()
{
    Database db(m_path);
    QVERIFY(db.open());
    ProfileRepository profiles(db);
    MessageRepository messages(db);
    const qint64 id = messages.insertQueued(makeMessage(makeProfile(profiles)));
    QVERIFY(id > 0);
    QCOMPARE(messages.find(id)->state, MessageState::Queued);
    QVERIFY(messages.applyChange(id, { MessageState::Sending, {}, {}, {}, {}, {} }));
    QVERIFY(messages.setProviderMessageId(id, QStringLiteral("omni-1")));
    QVERIFY(messages.applyChange(id, { MessageState::Accepted, {}, QStringLiteral("whatsapp"), {}, {}, {} }));
    const QDateTime at(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    QVERIFY(messages.applyChange(id,
        { MessageState::Delivered, QStringLiteral("DELIVRD"), QStringLiteral("whatsapp"), QStringLiteral("0"), {},
            at }));

    const MessageRecord m = *messages.find(id);
    QCOMPARE(m.state, MessageState::Delivered);
    QCOMPARE(m.providerMessageId, QStringLiteral("omni-1"));
    QCOMPARE(m.providerStatus, QStringLiteral("DELIVRD"));
    QCOMPARE(m.profileName, QStringLiteral("Support"));

    const QList<StatusEvent> events = messages.events(id);
    QCOMPARE(events.size(), 4);
    QCOMPARE(events.at(0).state, MessageState::Queued);
    QCOMPARE(events.at(1).state, MessageState::Sending);
    QCOMPARE(events.at(2).state, MessageState::Accepted);
    QCOMPARE(events.at(3).state, MessageState::Delivered);
    QCOMPARE(events.at(3).occurredAt, at);
    QCOMPARE(messages.recent(10).size(), 1);
}

void TestStorage::lateReportsDoNotMoveBackwards()
{
    Database db(m_path);
    QVERIFY(db.open());
    ProfileRepository profiles(db);
    MessageRepository messages(db);
    const qint64 id = messages.insertQueued(makeMessage(makeProfile(profiles)));
    QVERIFY(messages.applyChange(id, { MessageState::Delivered, {}, {}, {}, {}, {} }));
    QVERIFY(!messages.applyChange(id, { MessageState::Sent, {}, {}, {}, {}, {} }));
    QVERIFY(messages.applyChange(id, { MessageState::Read, {}, {}, {}, {}, {} }));
    QVERIFY(!messages.applyChange(id, { MessageState::Failed, {}, {}, {}, {}, {} }));
    QCOMPARE(messages.find(id)->state, MessageState::Read);
    QCOMPARE(messages.events(id).size(), 3);
    QVERIFY(!messages.applyChange(4242, { MessageState::Sent, {}, {}, {}, {}, {} }));
}

void TestStorage::interruptedSendsBecomeUnknown()
{
    qint64 sending = 0;
    qint64 accepted = 0;
    {
        Database db(m_path);
        QVERIFY(db.open());
        ProfileRepository profiles(db);
        MessageRepository messages(db);
        const qint64 profile = makeProfile(profiles);
        sending = messages.insertQueued(makeMessage(profile));
        QVERIFY(messages.applyChange(sending, { MessageState::Sending, {}, {}, {}, {}, {} }));
        accepted = messages.insertQueued(makeMessage(profile));
        QVERIFY(messages.applyChange(accepted, { MessageState::Accepted, {}, {}, {}, {}, {} }));
        // The process dies here: no further writes.
    }
    Database db(m_path);
    QVERIFY(db.open());
    MessageRepository messages(db);
    QCOMPARE(messages.markInterruptedAsUnknown(), 1);
    QCOMPARE(messages.find(sending)->state, MessageState::Unknown);
    QVERIFY(!messages.find(sending)->errorText.isEmpty());
    QCOMPARE(messages.find(accepted)->state, MessageState::Accepted);
    QCOMPARE(messages.markInterruptedAsUnknown(), 0);
}

void TestStorage::awaitingStatusListsOnlyTakenUnfinishedMessages()
{
    Database db(m_path);
    QVERIFY(db.open());
    ProfileRepository profiles(db);
    MessageRepository messages(db);
    const qint64 profile = makeProfile(profiles);
    const qint64 taken = messages.insertQueued(makeMessage(profile));
    messages.setProviderMessageId(taken, QStringLiteral("a"));
    messages.applyChange(taken, { MessageState::Sent, {}, {}, {}, {}, {} });
    const qint64 done = messages.insertQueued(makeMessage(profile));
    messages.setProviderMessageId(done, QStringLiteral("b"));
    messages.applyChange(done, { MessageState::Read, {}, {}, {}, {}, {} });
    const qint64 queued = messages.insertQueued(makeMessage(profile));
    Q_UNUSED(queued)
    const QList<MessageRecord> awaiting = messages.awaitingStatus();
    QCOMPARE(awaiting.size(), 1);
    QCOMPARE(awaiting.first().id, taken);
}

void TestStorage::profileWithMessagesCannotBeRemoved()
{
    Database db(m_path);
    QVERIFY(db.open());
    ProfileRepository profiles(db);
    MessageRepository messages(db);
    const qint64 profile = makeProfile(profiles);
    messages.insertQueued(makeMessage(profile));
    QVERIFY(!profiles.remove(profile)); // the journal keeps its history
    QVERIFY(profiles.find(profile));
}

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
