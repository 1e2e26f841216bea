#include "storage/Database.h"
#include "storage/RecipientListRepository.h"
#include "storage/SuppressionRepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace herald;

/// The opt-out list's storage: entries are kept as first added and leave only when removed.
class TestSuppressions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void addingAgainKeepsTheOriginalEntry();
    void addManyCountsAddedAndAlreadyPresent();
    void numbersFindAndContains();
    void removeIsTheOnlyWayOff();
    void savingRecipientListsNeverTouchesTheList();
    void bulkOfAHundredThousandIsQuick();
    void migrationAppliesToAnExistingVersion5Database();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SuppressionRepository> m_list;
};

namespace {

Suppression entry(const QString& e164, const QString& reason, const QDateTime& at = {})
{
    return { e164, reason, at, QStringLiteral("typed"), {} };
}

} // namespace

void TestSuppressions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>(m_dir->filePath(QStringLiteral("h.sqlite")));
    QVERIFY2(m_db->open(), qPrintable(m_db->lastError()));
    m_list = std::make_unique<SuppressionRepository>(*m_db);
}

void TestSuppressions::cleanup()
{
    m_list.reset();
    m_db.reset();
}

void TestSuppressions::addingAgainKeepsTheOriginalEntry()
{
    const QDateTime first = QDateTime(QDate(2026, 5, 3), QTime(9, 30), Qt::UTC);
    QCOMPARE(m_list->add(entry(QStringLiteral("+37251234567"), QStringLiteral("asked by phone"), first)),
        SuppressionRepository::AddOutcome::Added);
    const std::optional<Suppression> stored = m_list->find(QStringLiteral("+37251234567"));
    QVERIFY(stored);
    QCOMPARE(stored->reason, QStringLiteral("asked by phone"));
    QCOMPARE(stored->addedAt, first);
    QCOMPARE(stored->source, QStringLiteral("typed"));
    QCOMPARE(stored->addedBy, SuppressionRepository::currentUserName()); // filled in when not given

    // Adding it again later, for another reason, changes nothing and says what was kept.
    Suppression kept;
    Suppression again = entry(QStringLiteral("+37251234567"), QStringLiteral("replied STOP"));
    again.source = QStringLiteral("imported from opt-outs.csv");
    QCOMPARE(m_list->add(again, &kept), SuppressionRepository::AddOutcome::AlreadyPresent);
    QCOMPARE(kept.addedAt, first);
    QCOMPARE(kept.reason, QStringLiteral("asked by phone"));
    QCOMPARE(m_list->find(QStringLiteral("+37251234567"))->addedAt, first);
    QCOMPARE(m_list->find(QStringLiteral("+37251234567"))->source, QStringLiteral("typed"));
    QCOMPARE(m_list->count(), 1);

    // A time not given is now, stored in UTC.
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    QCOMPARE(m_list->add(entry(QStringLiteral("+37251234568"), {})), SuppressionRepository::AddOutcome::Added);
    const QDateTime added = m_list->find(QStringLiteral("+37251234568"))->addedAt;
    QVERIFY(added >= before && added <= QDateTime::currentDateTimeUtc());
    QCOMPARE(added.timeSpec(), Qt::UTC);

    QCOMPARE(m_list->add(entry(QString(), QStringLiteral("nothing"))), SuppressionRepository::AddOutcome::Failed);
    QCOMPARE(m_list->count(), 2);
}

void TestSuppressions::addManyCountsAddedAndAlreadyPresent()
{
    QVERIFY(m_list->add(entry(QStringLiteral("+37251234567"), QStringLiteral("asked by phone")))
        == SuppressionRepository::AddOutcome::Added);
    const QList<Suppression> batch { entry(QStringLiteral("+37251234567"), QStringLiteral("import")),
        entry(QStringLiteral("+37251234568"), QStringLiteral("import")),
        entry(QStringLiteral("+37251234569"), QStringLiteral("import")),
        entry(QStringLiteral("+37251234569"), QStringLiteral("import")), // twice in the same file
        entry(QStringLiteral("+4915112345678"), QStringLiteral("import")) };
    const SuppressionRepository::BulkResult result = m_list->addMany(batch);
    QVERIFY(result.ok);
    QCOMPARE(result.added, 3);
    QCOMPARE(result.alreadyPresent, 2);
    QCOMPARE(m_list->count(), 4);
    QCOMPARE(m_list->find(QStringLiteral("+37251234567"))->reason, QStringLiteral("asked by phone"));

    const SuppressionRepository::BulkResult none = m_list->addMany({});
    QVERIFY(none.ok);
    QCOMPARE(none.added + none.alreadyPresent, 0);
}

void TestSuppressions::numbersFindAndContains()
{
    QVERIFY(m_list->numbers().isEmpty());
    QVERIFY(!m_list->contains(QStringLiteral("+37251234567")));
    QVERIFY(!m_list->find(QStringLiteral("+37251234567")));
    m_list->addMany({ entry(QStringLiteral("+37251234567"), QStringLiteral("a"),
                          QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC)),
        entry(QStringLiteral("+447400123456"), QStringLiteral("b"),
            QDateTime(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC)) });
    QCOMPARE(m_list->numbers(), (QSet<QString> { QStringLiteral("+37251234567"), QStringLiteral("+447400123456") }));
    QVERIFY(m_list->contains(QStringLiteral("+447400123456")));
    QVERIFY(!m_list->contains(QStringLiteral("447400123456"))); // E.164 only: callers normalise first
    const QList<Suppression> all = m_list->all();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.first().e164, QStringLiteral("+447400123456")); // newest first
}

void TestSuppressions::removeIsTheOnlyWayOff()
{
    m_list->add(entry(QStringLiteral("+37251234567"), QStringLiteral("asked by phone")));
    QVERIFY(!m_list->remove(QStringLiteral("+37251234999")));
    QVERIFY(m_list->remove(QStringLiteral("+37251234567")));
    QVERIFY(!m_list->contains(QStringLiteral("+37251234567")));
    QCOMPARE(m_list->count(), 0);
    // Once removed, adding it anew records a new entry.
    QCOMPARE(m_list->add(entry(QStringLiteral("+37251234567"), QStringLiteral("asked again"))),
        SuppressionRepository::AddOutcome::Added);
    QCOMPARE(m_list->find(QStringLiteral("+37251234567"))->reason, QStringLiteral("asked again"));
}

void TestSuppressions::savingRecipientListsNeverTouchesTheList()
{
    m_list->add(entry(QStringLiteral("+37251234567"), QStringLiteral("asked by phone")));
    RecipientListRepository lists(*m_db);
    RecipientList list;
    list.name = QStringLiteral("customers");
    list.columns = { QStringLiteral("phone") };
    RecipientRow row;
    row.phone = QStringLiteral("+372 5123 4567");
    row.e164 = QStringLiteral("+37251234567");
    row.cells = { row.phone };
    list.rows = { row };
    list.id = lists.save(list);
    QVERIFY(list.id > 0);
    list.rows.clear();
    QCOMPARE(lists.save(list), list.id); // the number leaves the recipient list…
    QVERIFY(lists.remove(list.id));
    QVERIFY(m_list->contains(QStringLiteral("+37251234567"))); // …but never the opt-out list
}

void TestSuppressions::bulkOfAHundredThousandIsQuick()
{
    QList<Suppression> many;
    many.reserve(100000);
    for (int i = 0; i < 100000; ++i)
        many.append(entry(QStringLiteral("+3725%1").arg(1000000 + i), QStringLiteral("import")));
    QElapsedTimer timer;
    timer.start();
    const SuppressionRepository::BulkResult result = m_list->addMany(many);
    const qint64 addMs = timer.restart();
    QCOMPARE(result.added, 100000);
    const QSet<QString> numbers = m_list->numbers();
    const qint64 readMs = timer.elapsed();
    QCOMPARE(numbers.size(), 100000);
    qInfo("100,000 added in %lld ms, read back in %lld ms", addMs, readMs);
    // Generous bounds: this is a guard against a statement per row outside a transaction, not a benchmark.
    QVERIFY2(addMs < 20000, qPrintable(QString::number(addMs)));
    QVERIFY2(readMs < 5000, qPrintable(QString::number(readMs)));
}

void TestSuppressions::migrationAppliesToAnExistingVersion5Database()
{
    cleanup();
    const QString path = m_dir->filePath(QStringLiteral("v5.sqlite"));
    {
        // A database as Herald left it at version 5, with a saved list in it.
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v5"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        const QStringList migrations
            = QDir(QStringLiteral(":/sql")).entryList({ QStringLiteral("*.sql") }, QDir::Files, QDir::Name);
        for (const QString& name : migrations) {
            if (name.section(QLatin1Char('_'), 0, 0).toInt() > 5)
                continue;
            QFile file(QStringLiteral(":/sql/") + name);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QString script;
            for (const QString& line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n')))
                if (!line.trimmed().startsWith(QLatin1String("--")))
                    script += line + QLatin1Char('\n');
            for (const QString& statement : script.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
                if (statement.trimmed().isEmpty())
                    continue;
                QSqlQuery q(raw);
                QVERIFY2(q.exec(statement), qPrintable(name + QStringLiteral(": ") + q.lastError().text()));
            }
        }
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 5")));
        QVERIFY(
            q.exec(QStringLiteral("INSERT INTO recipient_lists (name, columns, phone_column, created_at, updated_at) "
                                  "VALUES ('old', '[\"phone\"]', 0, '2026-01-01T00:00:00.000Z', "
                                  "'2026-01-01T00:00:00.000Z')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO recipient_rows (list_id, position, phone, e164, cells) "
                                      "VALUES (1, 0, '+37251234567', '+37251234567', '[\"+37251234567\"]')")));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v5"));

    Database db(path);
    QVERIFY2(db.open(), qPrintable(db.lastError()));
    QVERIFY(db.schemaVersion() >= 6);
    SuppressionRepository list(db);
    QCOMPARE(list.count(), 0); // an empty list: nobody is opted out by the upgrade
    QCOMPARE(list.add(entry(QStringLiteral("+37251234567"), QStringLiteral("asked by phone"))),
        SuppressionRepository::AddOutcome::Added);
    RecipientListRepository lists(db);
    QCOMPARE(lists.summaries().size(), 1); // what was there is still there
    QCOMPARE(lists.summaries().first().rowCount, 1);
}

QTEST_GUILESS_MAIN(TestSuppressions)
#include "tst_suppressions.moc"
