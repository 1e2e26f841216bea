// The database when things go wrong: SQLite's errors in words, files that are not databases,
// damaged, truncated, from a newer Herald or unreadable; a full disk; backups made, pruned and restored.
#include "storage/Database.h"
#include "storage/DatabaseBackups.h"
#include "storage/MessageRepository.h"
#include "storage/ProfileRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <unistd.h>

using namespace herald;

class TestStorageRecovery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void sqliteErrorsAreNamedInWords_data();
    void sqliteErrorsAreNamedInWords();
    void qtErrorsKeepTheirReason();
    void notADatabaseIsRefusedAndKept();
    void truncatedDatabaseIsDamaged();
    void damagedSchemaIsDetectedAtOpen();
    void newerSchemaIsRefusedUntouched();
    void unreadableFileIsExplained();
    void fullDiskRefusesTheWriteAndKeepsEarlierRows();
    void backupIsPrivateConsistentAndOncePerDay();
    void backupsArePrunedToTheNewestFive();
    void damagedDatabaseIsNotBackedUp();
    void restoreKeepsTheBrokenFileAside();
    void restoreRefusesABackupThatIsNotOne();
    void autoBackupRunsOnAThreadOfItsOwn();

private:
    /// A database at m_path with a profile and @p messages messages of about 2 kB each, closed.
    void writeDatabase(int messages);
    static QByteArray contents(const QString& path);
    static bool ownerOnly(const QString& path);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

namespace {

qint64 addProfile(Database& db)
{
    Profile p;
    p.name = QStringLiteral("Support");
    p.baseUrl = QUrl(QStringLiteral("https://api.messente.com/v1"));
    p.username = QStringLiteral("user");
    p.secretKey = QStringLiteral("profile/abc");
    return ProfileRepository(db).save(p);
}

NewMessage message(qint64 profileId, int n)
{
    NewMessage m;
    m.profileId = profileId;
    m.templateName = QStringLiteral("hello");
    m.language = QStringLiteral("en");
    m.recipient = QStringLiteral("+3725%1").arg(1000000 + n);
    m.renderedBody = QStringLiteral("Hello %1 ").arg(n) + QString(2000, QLatin1Char('x'));
    m.parametersJson = QStringLiteral("{}");
    return m;
}

int count(Database& db, const QString& table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !q.next())
        return -1;
    return q.value(0).toInt();
}

/// Overwrites @p length bytes of @p path at @p offset with a pattern no SQLite page has.
bool scribble(const QString& path, qint64 offset, qint64 length)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(offset))
        return false;
    return file.write(QByteArray(length, '\xA5')) == length;
}

} // namespace

void TestStorageRecovery::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("herald.sqlite"));
}

void TestStorageRecovery::writeDatabase(int messages)
{
    Database db(m_path);
    QVERIFY2(db.open(), qPrintable(db.lastError()));
    const qint64 profile = addProfile(db);
    QVERIFY(profile > 0);
    MessageRepository journal(db);
    for (int i = 0; i < messages; ++i)
        QVERIFY(journal.insertQueued(message(profile, i)) > 0);
}

QByteArray TestStorageRecovery::contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool TestStorageRecovery::ownerOnly(const QString& path)
{
    const QFileDevice::Permissions others
        = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    return QFileInfo::exists(path) && (QFileInfo(path).permissions() & others) == QFileDevice::Permissions();
}

void TestStorageRecovery::sqliteErrorsAreNamedInWords_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<StorageProblem>("problem");
    QTest::addColumn<QString>("words");
    QTest::newRow("SQLITE_FULL") << 13 << StorageProblem::Full << QStringLiteral("the disk is full");
    QTest::newRow("SQLITE_READONLY") << 8 << StorageProblem::ReadOnly << QStringLiteral("read-only");
    QTest::newRow("SQLITE_IOERR_WRITE (extended)")
        << (10 | (3 << 8)) << StorageProblem::IoError << QStringLiteral("the disk reported an error");
    QTest::newRow("SQLITE_CORRUPT") << 11 << StorageProblem::Corrupt << QStringLiteral("damaged");
    QTest::newRow("SQLITE_NOTADB") << 26 << StorageProblem::NotADatabase << QStringLiteral("not a Herald database");
    QTest::newRow("SQLITE_BUSY") << 5 << StorageProblem::Locked << QStringLiteral("locked");
    QTest::newRow("SQLITE_LOCKED") << 6 << StorageProblem::Locked << QStringLiteral("locked");
    QTest::newRow("SQLITE_CANTOPEN") << 14 << StorageProblem::CannotOpen << QStringLiteral("cannot be opened");
    QTest::newRow("SQLITE_CONSTRAINT") << 19 << StorageProblem::Other << QString();
}

void TestStorageRecovery::sqliteErrorsAreNamedInWords()
{
    QFETCH(int, code);
    QFETCH(StorageProblem, problem);
    QFETCH(QString, words);
    QCOMPARE(StorageError::problemForCode(code), problem);
    const StorageError error { problem, QStringLiteral("SQLite's own text") };
    if (words.isEmpty())
        QCOMPARE(error.inWords(), QStringLiteral("SQLite's own text")); // no words of Herald's: SQLite's
    else
        QVERIFY2(error.inWords().contains(words), qPrintable(error.inWords()));
}

void TestStorageRecovery::qtErrorsKeepTheirReason()
{
    // A failed statement: Qt keeps SQLite's code.
    const StorageError statement = StorageError::fromSql(QSqlError(QStringLiteral("Unable to fetch row"),
        QStringLiteral("database or disk is full"), QSqlError::StatementError, QStringLiteral("13")));
    QCOMPARE(statement.problem, StorageProblem::Full);
    QCOMPARE(statement.sqliteText, QStringLiteral("database or disk is full"));
    // A failed commit: Qt keeps only SQLite's message.
    const StorageError commit = StorageError::fromSql(QSqlError(
        QStringLiteral("Unable to commit transaction"), QStringLiteral("disk I/O error"), QSqlError::TransactionError));
    QCOMPARE(commit.problem, StorageProblem::IoError);
    QCOMPARE(StorageError::fromSql(QSqlError()).problem, StorageProblem::None);
    QCOMPARE(StorageError::fromSql(QSqlError(QStringLiteral("x"), QStringLiteral("no such table: t"),
                                       QSqlError::StatementError, QStringLiteral("1")))
                 .problem,
        StorageProblem::Other);
}

void TestStorageRecovery::notADatabaseIsRefusedAndKept()
{
    QByteArray text;
    for (int i = 0; i < 300; ++i)
        text += "name,phone\nMari,+37251234567\n";
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.close();

    Database db(m_path);
    QVERIFY(!db.open());
    QCOMPARE(db.lastFailure().problem, StorageProblem::NotADatabase);
    QVERIFY2(db.lastError().contains(QStringLiteral("not a Herald database")), qPrintable(db.lastError()));
    QCOMPARE(contents(m_path), text); // never overwritten
}

void TestStorageRecovery::truncatedDatabaseIsDamaged()
{
    writeDatabase(200);
    const qint64 size = QFileInfo(m_path).size();
    QVERIFY(size > 200 * 2000);
    QVERIFY(QFile::resize(m_path, size / 2));

    Database db(m_path);
    QVERIFY(!db.open());
    QCOMPARE(db.lastFailure().problem, StorageProblem::Corrupt);
    QVERIFY2(db.lastError().contains(QStringLiteral("damaged")), qPrintable(db.lastError()));
    QCOMPARE(QFileInfo(m_path).size(), size / 2);
}

void TestStorageRecovery::damagedSchemaIsDetectedAtOpen()
{
    writeDatabase(5);
    QVERIFY(scribble(m_path, 100, 3000)); // page 1 after the file header: the schema's root
    Database db(m_path);
    QVERIFY(!db.open());
    QCOMPARE(db.lastFailure().problem, StorageProblem::Corrupt);
}

void TestStorageRecovery::newerSchemaIsRefusedUntouched()
{
    writeDatabase(1);
    const int newer = Database::latestSchemaVersion() + 1;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(m_path);
        QVERIFY(raw.open());
        QVERIFY(QSqlQuery(raw).exec(QStringLiteral("PRAGMA user_version = %1").arg(newer)));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));

    Database db(m_path);
    QVERIFY(!db.open());
    QCOMPARE(db.lastFailure().problem, StorageProblem::NewerSchema);
    QVERIFY2(db.lastError().contains(QStringLiteral("newer version of Herald")), qPrintable(db.lastError()));
    QCOMPARE(db.schemaVersion(), newer); // not migrated, not changed
}

void TestStorageRecovery::unreadableFileIsExplained()
{
    if (::geteuid() == 0)
        QSKIP("root reads every file: permissions cannot be tested as root");
    writeDatabase(1);
    QVERIFY(QFile::setPermissions(m_path, QFileDevice::Permissions()));
    Database db(m_path);
    QVERIFY(!db.open());
    QCOMPARE(db.lastFailure().problem, StorageProblem::CannotOpen);
    QVERIFY(QFile::setPermissions(m_path, QFileDevice::ReadOwner));
    Database readOnly(m_path);
    QVERIFY(!readOnly.open());
    QCOMPARE(readOnly.lastFailure().problem, StorageProblem::ReadOnly);
}

void TestStorageRecovery::fullDiskRefusesTheWriteAndKeepsEarlierRows()
{
    Database db(m_path);
    QVERIFY(db.open());
    MessageRepository journal(db);
    const qint64 profile = addProfile(db);
    QList<qint64> written;
    for (int i = 0; i < 20; ++i)
        written.append(journal.insertQueued(message(profile, i)));
    QVERIFY(!written.contains(0));
    QVERIFY(journal.applyChange(written.first(), { MessageState::Sending, {}, {}, {}, {}, {} }));

    // The file may not grow beyond what it has now: SQLite answers SQLITE_FULL, as on a full disk.
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
    const int pages = q.value(0).toInt();
    q.finish();
    QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    q.finish();

    const quint64 failuresBefore = journal.writeFailures();
    qint64 refused = -1;
    for (int i = 20; i < 200 && refused != 0; ++i) // until the free room in the last pages is used up
        refused = journal.insertQueued(message(profile, i));
    QCOMPARE(refused, 0);
    QVERIFY(journal.writeFailures() > failuresBefore);
    QCOMPARE(journal.lastWriteFailure().problem, StorageProblem::Full);
    QVERIFY2(journal.lastWriteFailure().inWords().contains(QStringLiteral("the disk is full")),
        qPrintable(journal.lastWriteFailure().inWords()));
    // A refused message leaves no half: every message row has its queued event, nothing else.
    QCOMPARE(count(db, QStringLiteral("messages")) + 1, count(db, QStringLiteral("status_events")));

    // Nothing journaled before is lost, then or after a restart.
    for (const qint64 id : std::as_const(written))
        QVERIFY(journal.find(id));
    QCOMPARE(journal.find(written.first())->state, MessageState::Sending);
    const int kept = count(db, QStringLiteral("messages"));
    Database again(m_dir->filePath(QStringLiteral("herald.sqlite")));
    QVERIFY(again.open());
    QCOMPARE(count(again, QStringLiteral("messages")), kept);
}

void TestStorageRecovery::backupIsPrivateConsistentAndOncePerDay()
{
    writeDatabase(3);
    Database db(m_path); // open, with changes in its write-ahead log, as Herald has it
    QVERIFY(db.open());
    MessageRepository journal(db);
    QVERIFY(journal.insertQueued(message(1, 99)) > 0);

    const QDate today(2026, 5, 12);
    const BackupResult made = DatabaseBackups::backUp(m_path, today);
    QCOMPARE(made.outcome, BackupResult::Outcome::Made);
    QCOMPARE(made.path, m_dir->filePath(QStringLiteral("backups/herald-2026-05-12.sqlite")));
    QVERIFY(ownerOnly(made.path));
    QVERIFY(!QFileInfo::exists(made.path + QStringLiteral(".partial")));
    QCOMPARE(DatabaseBackups::check(made.path).problem, StorageProblem::None);
    {
        Database copy(m_dir->filePath(QStringLiteral("copy.sqlite")));
        QVERIFY(QFile::copy(made.path, m_dir->filePath(QStringLiteral("copy.sqlite"))));
        QVERIFY(copy.open());
        QCOMPARE(count(copy, QStringLiteral("messages")), 4); // the change in the log is in the backup
    }
    QCOMPARE(DatabaseBackups::backUp(m_path, today).outcome, BackupResult::Outcome::AlreadyToday);
    QCOMPARE(DatabaseBackups::list(DatabaseBackups::folderFor(m_path)).size(), 1);
}

void TestStorageRecovery::backupsArePrunedToTheNewestFive()
{
    writeDatabase(1);
    const QDate first(2026, 5, 1);
    for (int day = 0; day < 7; ++day)
        QCOMPARE(DatabaseBackups::backUp(m_path, first.addDays(day)).outcome, BackupResult::Outcome::Made);
    const QList<BackupFile> kept = DatabaseBackups::list(DatabaseBackups::folderFor(m_path));
    QCOMPARE(kept.size(), DatabaseBackups::kKeep);
    QCOMPARE(kept.first().date, first.addDays(6)); // newest first
    QCOMPARE(kept.last().date, first.addDays(2));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("backups/herald-2026-05-01.sqlite"))));
}

void TestStorageRecovery::damagedDatabaseIsNotBackedUp()
{
    writeDatabase(200);
    QCOMPARE(DatabaseBackups::backUp(m_path, QDate(2026, 5, 1)).outcome, BackupResult::Outcome::Made);
    // A page in the middle of the messages: opening does not read it, quick_check does.
    QVERIFY(scribble(m_path, 60 * 4096, 4096));
    const BackupResult refused = DatabaseBackups::backUp(m_path, QDate(2026, 5, 2));
    QCOMPARE(refused.outcome, BackupResult::Outcome::Failed);
    QCOMPARE(refused.error.problem, StorageProblem::Corrupt);
    QVERIFY(!QFileInfo::exists(refused.path));
    QCOMPARE(DatabaseBackups::list(DatabaseBackups::folderFor(m_path)).size(), 1); // the good one stays
}

void TestStorageRecovery::restoreKeepsTheBrokenFileAside()
{
    writeDatabase(2);
    const BackupResult backup = DatabaseBackups::backUp(m_path, QDate(2026, 5, 1));
    QCOMPARE(backup.outcome, BackupResult::Outcome::Made);
    const QByteArray broken("not a database any more");
    for (const QString& suffix : { QString(), QStringLiteral("-wal") }) {
        QFile file(m_path + suffix);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(broken + suffix.toUtf8());
    }

    QString aside;
    QString error;
    QVERIFY2(DatabaseBackups::restore(m_path, backup.path, &aside, &error), qPrintable(error));
    QVERIFY2(QFileInfo(aside).fileName().startsWith(QStringLiteral("herald.sqlite.broken-")), qPrintable(aside));
    QCOMPARE(contents(aside), broken); // kept, byte for byte, with its log
    QCOMPARE(contents(aside + QStringLiteral("-wal")), broken + "-wal");
    QVERIFY(!QFileInfo::exists(m_path + QStringLiteral("-wal")));
    QVERIFY(ownerOnly(m_path));
    QVERIFY(QFileInfo::exists(backup.path)); // the backup itself stays for another time

    Database db(m_path);
    QVERIFY2(db.open(), qPrintable(db.lastError()));
    QCOMPARE(count(db, QStringLiteral("messages")), 2);
    QCOMPARE(count(db, QStringLiteral("profiles")), 1);
}

void TestStorageRecovery::restoreRefusesABackupThatIsNotOne()
{
    writeDatabase(1);
    const QByteArray before = contents(m_path);
    const QString notABackup = m_dir->filePath(QStringLiteral("list.csv"));
    QFile file(notABackup);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    QString aside;
    QString error;
    QVERIFY(!DatabaseBackups::restore(m_path, notABackup, &aside, &error));
    QVERIFY2(error.contains(QStringLiteral("cannot be used")), qPrintable(error));
    QVERIFY(aside.isEmpty());
    QCOMPARE(contents(m_path), before);
    QVERIFY(!DatabaseBackups::restore(m_path, m_path, &aside, &error)); // not itself either
}

void TestStorageRecovery::autoBackupRunsOnAThreadOfItsOwn()
{
    writeDatabase(50);
    AutoBackup backup(m_path);
    std::optional<BackupResult> result;
    QThread* ranOn = nullptr;
    connect(&backup, &AutoBackup::finished, this, [&](const BackupResult& r) {
        result = r;
        ranOn = QThread::currentThread();
    });
    QVERIFY(backup.runNow());
    QVERIFY(backup.isRunning());
    QVERIFY(!backup.runNow()); // one at a time
    QTRY_VERIFY(result.has_value());
    QCOMPARE(ranOn, QThread::currentThread()); // reported where it was asked for
    QCOMPARE(result->outcome, BackupResult::Outcome::Made);
    QVERIFY(!backup.isRunning());
    QVERIFY(ownerOnly(result->path));
}

QTEST_GUILESS_MAIN(TestStorageRecovery)
#include "tst_storage_recovery.moc"
