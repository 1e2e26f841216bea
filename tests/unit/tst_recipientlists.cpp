#include "core/CsvReader.h"
#include "core/RecipientListOps.h"
#include "storage/Database.h"
#include "storage/RecipientListRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace herald;

class TestRecipientLists : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void savesEveryRowAndReadsItBack();
    void replacingAListReplacesItsRows();
    void namesAreUniqueAndSuggested();
    void removingAListRemovesItsRows();
    void rowsAreEditedAddedAndRemoved();
    void fatesAndNameColumnRoundTrip();
    void mappingsAreRememberedByHeaderRow();
    void renameRefusesATakenName();
};

namespace {

RecipientList sample(const QString& name)
{
    const PhoneNumberNormalizer numbers(QStringLiteral("EE"));
    const CsvTable table = readCsv(u"name,phone,order\nMari,+372 5123 4567,A-1\n\"Jüri, Jr\",5234 567,\nBad,abc,C\n");
    RecipientList list = recipientListFromImport(table, analyzeImport(table, 1, numbers, {}), 1, -1, name);
    list.source = QStringLiteral("/tmp/customers.csv");
    return list;
}

} // namespace

void TestRecipientLists::savesEveryRowAndReadsItBack()
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("h.sqlite")));
    QVERIFY2(db.open(), qPrintable(db.lastError()));
    RecipientListRepository lists(db);
    const RecipientList list = sample(QStringLiteral("customers"));
    const qint64 id = lists.save(list);
    QVERIFY(id > 0);

    const std::optional<RecipientList> read = lists.find(id);
    QVERIFY(read);
    QCOMPARE(read->name, list.name);
    QCOMPARE(read->columns, list.columns);
    QCOMPARE(read->phoneColumn, 1);
    QCOMPARE(read->source, list.source);
    QCOMPARE(read->rows.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(read->rows.at(i).cells, list.rows.at(i).cells);
        QCOMPARE(read->rows.at(i).e164, list.rows.at(i).e164);
        QCOMPARE(read->rows.at(i).problem, list.rows.at(i).problem);
        QCOMPARE(read->rows.at(i).sourceLine, i + 2);
    }
    const QList<RecipientListSummary> summaries = lists.summaries();
    QCOMPARE(summaries.size(), 1);
    QCOMPARE(summaries.first().rowCount, 3);
    QCOMPARE(summaries.first().validCount, list.rows.at(1).e164.isEmpty() ? 1 : 2);
}

void TestRecipientLists::replacingAListReplacesItsRows()
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("h.sqlite")));
    QVERIFY(db.open());
    RecipientListRepository lists(db);
    RecipientList list = sample(QStringLiteral("customers"));
    list.id = lists.save(list);
    list.rows.removeLast();
    QCOMPARE(lists.save(list), list.id);
    QCOMPARE(lists.find(list.id)->rows.size(), 2);
}

void TestRecipientLists::namesAreUniqueAndSuggested()
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("h.sqlite")));
    QVERIFY(db.open());
    RecipientListRepository lists(db);
    QVERIFY(lists.save(sample(QStringLiteral("customers"))) > 0);
    QCOMPARE(lists.save(sample(QStringLiteral("customers"))), 0);
    QCOMPARE(lists.summaries().size(), 1); // the failed save left nothing behind
    QCOMPARE(lists.unusedName(QStringLiteral("customers")), QStringLiteral("customers (2)"));
    QCOMPARE(lists.unusedName(QStringLiteral("others")), QStringLiteral("others"));
}

void TestRecipientLists::removingAListRemovesItsRows()
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("h.sqlite")));
    QVERIFY(db.open());
    RecipientListRepository lists(db);
    const qint64 id = lists.save(sample(QStringLiteral("customers")));
    QVERIFY(lists.remove(id));
    QVERIFY(!lists.find(id));
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM recipient_rows")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestRecipientLists::rowsAreEditedAddedAndRemoved()
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("h.sqlite")));
    QVERIFY(db.open());
    RecipientListRepository lists(db);
    const qint64 id = lists.save(sample(QStringLiteral("customers")));
    RecipientList list = *lists.find(id);

    RecipientRow edited = list.rows.at(2);
    edited.cells[1] = QStringLiteral("+372 5345 6789");
    edited.phone = edited.cells.at(1);
    edited.e164 = QStringLiteral("+37253456789");
    edited.problem.clear();
    edited.fate = RowFate::Valid;
    QVERIFY(lists.updateRow(id, edited));
    QVERIFY(!lists.updateRow(id + 1, edited)); // a row of another list is never touched

    RecipientRow added;
    added.cells = { QStringLiteral("Kati"), QStringLiteral("+372 5456 7890"), QString() };
    added.phone = added.cells.at(1);
    added.e164 = QStringLiteral("+37254567890");
    const qint64 addedId = lists.addRow(id, added);
    QVERIFY(addedId > 0);

    QCOMPARE(lists.removeRows(id, { list.rows.at(0).id }), 1);
    list = *lists.find(id);
    QCOMPARE(list.rows.size(), 3);
    QCOMPARE(list.rows.at(1).e164, QStringLiteral("+37253456789"));
    QCOMPARE(list.rows.at(1).fate, RowFate::Valid);
    QCOMPARE(list.rows.at(2).id, addedId);
    QCOMPARE(list.rows.at(2).position, 3);
    QCOMPARE(list.rows.at(2).cells.at(0), QStringLiteral("Kati"));
}

void TestRecipientLists::fatesAndNameColumnRoundTrip()
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("h.sqlite")));
    QVERIFY(db.open());
    RecipientListRepository lists(db);
    RecipientList list = sample(QStringLiteral("customers"));
    list.nameColumn = 0;
    list.rows[1].fate = RowFate::Duplicate;
    list.rows[2].fate = RowFate::Suppressed;
    const RecipientList read = *lists.find(lists.save(list));
    QCOMPARE(read.nameColumn, 0);
    QCOMPARE(read.rows.at(0).fate, RowFate::Valid);
    QCOMPARE(read.rows.at(1).fate, RowFate::Duplicate);
    QCOMPARE(read.rows.at(2).fate, RowFate::Suppressed);
    QCOMPARE(lists.summaries().first().validCount, 1); // only valid rows count as sendable
}

void TestRecipientLists::mappingsAreRememberedByHeaderRow()
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("h.sqlite")));
    QVERIFY(db.open());
    RecipientListRepository lists(db);
    const QString key = headerKey({ QStringLiteral("Name"), QStringLiteral("Mobile") });
    QVERIFY(!lists.mappingFor(key));
    lists.rememberMapping(
        key, { QStringLiteral("Mobile"), QStringLiteral("Name"), QLatin1Char(';'), QStringLiteral("DE") });
    lists.rememberMapping(key, { QStringLiteral("Mobile"), QString(), QLatin1Char(';'), QStringLiteral("EE") });
    const std::optional<ImportMapping> mapping = lists.mappingFor(key);
    QVERIFY(mapping);
    QCOMPARE(mapping->phoneColumn, QStringLiteral("Mobile"));
    QCOMPARE(mapping->nameColumn, QString());
    QCOMPARE(mapping->delimiter, QLatin1Char(';'));
    QCOMPARE(mapping->region, QStringLiteral("EE"));
}

void TestRecipientLists::renameRefusesATakenName()
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("h.sqlite")));
    QVERIFY(db.open());
    RecipientListRepository lists(db);
    const qint64 a = lists.save(sample(QStringLiteral("a")));
    lists.save(sample(QStringLiteral("b")));
    QVERIFY(!lists.rename(a, QStringLiteral("b")));
    QVERIFY(!lists.rename(a, QStringLiteral("  ")));
    QVERIFY(lists.rename(a, QStringLiteral("spring customers")));
    QCOMPARE(lists.find(a)->name, QStringLiteral("spring customers"));
}

QTEST_GUILESS_MAIN(TestRecipientLists)
#include "tst_recipientlists.moc"
