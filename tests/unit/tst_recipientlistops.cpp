#include "core/CsvReader.h"
#include "core/RecipientListOps.h"

#include <QTest>

using namespace herald;
using namespace Qt::StringLiterals;

namespace {

RecipientRow row(int position, const QStringList& cells, const QString& e164, RowFate fate = RowFate::Valid)
{
    RecipientRow r;
    r.id = position + 1;
    r.position = position;
    r.cells = cells;
    r.phone = cells.value(1);
    r.e164 = e164;
    r.fate = fate;
    return r;
}

} // namespace

class TestRecipientListOps : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void headerKeyIgnoresCaseAndSpaces();
    void fateKeysRoundTrip();
    void mergeUnitesColumnsAndMarksRepeats();
    void csvNeutralisesFormulasAndQuotes();
    void csvReadsBackAsTheSameCells();
    void editedRowIsReassessed();
    void optOutsAreAppliedBothWays();
};

void TestRecipientListOps::headerKeyIgnoresCaseAndSpaces()
{
    QCOMPARE(headerKey({ u"Name"_s, u" Phone "_s }), headerKey({ u"name"_s, u"PHONE"_s }));
    QVERIFY(headerKey({ u"name"_s, u"phone"_s }) != headerKey({ u"phone"_s, u"name"_s }));
    QVERIFY(headerKey({ u"a,b"_s }) != headerKey({ u"a"_s, u"b"_s }));
}

void TestRecipientListOps::fateKeysRoundTrip()
{
    for (const RowFate fate :
        { RowFate::Valid, RowFate::Invalid, RowFate::Duplicate, RowFate::Suppressed, RowFate::Empty }) {
        QCOMPARE(rowFateFromKey(rowFateKey(fate)), fate);
        QVERIFY(!rowFateName(fate).isEmpty());
    }
    QCOMPARE(rowFateFromKey(u"nonsense"_s), RowFate::Invalid); // never sent to
}

void TestRecipientListOps::mergeUnitesColumnsAndMarksRepeats()
{
    RecipientList first;
    first.columns = { u"Name"_s, u"Phone"_s, u"City"_s };
    first.phoneColumn = 1;
    first.nameColumn = 0;
    first.rows = { row(0, { u"Mari"_s, u"+372 5123 4567"_s, u"Tartu"_s }, u"+37251234567"_s),
        row(1, { u"Bad"_s, u"12"_s, u"Narva"_s }, {}, RowFate::Invalid) };
    RecipientList second;
    second.columns = { u"Mobile"_s, u"Order"_s, u"Full name"_s };
    second.phoneColumn = 0;
    second.nameColumn = 2;
    second.rows = { row(0, { u"0037251234567"_s, u"A-1"_s, u"Mari T"_s }, u"+37251234567"_s),
        row(1, { u"+49 151 23456789"_s, u"A-2"_s, u"Hans"_s }, u"+4915123456789"_s) };
    second.rows[0].phone = second.rows[0].cells.at(0);

    const RecipientList merged = mergeLists({ first, second }, u"all"_s);
    QCOMPARE(merged.name, u"all"_s);
    QCOMPARE(merged.columns, QStringList({ u"Name"_s, u"Phone"_s, u"City"_s, u"Order"_s }));
    QCOMPARE(merged.rows.size(), 4);
    QCOMPARE(merged.rows.at(2).cells, QStringList({ u"Mari T"_s, u"0037251234567"_s, QString(), u"A-1"_s }));
    QCOMPARE(merged.rows.at(2).fate, RowFate::Duplicate);
    QVERIFY(merged.rows.at(2).problem.contains(u"row 1"_s));
    QCOMPARE(merged.rows.at(1).fate, RowFate::Invalid); // kept, still not sent to
    QCOMPARE(merged.rows.at(3).fate, RowFate::Valid);
    for (int i = 0; i < merged.rows.size(); ++i) {
        QCOMPARE(merged.rows.at(i).position, i);
        QCOMPARE(merged.rows.at(i).id, 0);
    }
}

void TestRecipientListOps::csvNeutralisesFormulasAndQuotes()
{
    QCOMPARE(csvCell(u"plain"_s), u"plain"_s);
    QCOMPARE(csvCell(u"=HYPERLINK(\"x\")"_s), u"\"'=HYPERLINK(\"\"x\"\")\""_s);
    QCOMPARE(csvCell(u"+372 5123 4567"_s), u"'+372 5123 4567"_s);
    QCOMPARE(csvCell(u"-2"_s), u"'-2"_s);
    QCOMPARE(csvCell(u"@SUM(A1)"_s), u"'@SUM(A1)"_s);
    QCOMPARE(csvCell(u"a, b"_s), u"\"a, b\""_s);
    QCOMPARE(csvCell(u"two\nlines"_s), u"\"two\nlines\""_s);
}

void TestRecipientListOps::csvReadsBackAsTheSameCells()
{
    RecipientList list;
    list.columns = { u"Name"_s, u"Phone"_s };
    list.phoneColumn = 1;
    list.rows = { row(0, { u"Smith, \"Jo\""_s, u"+372 5123 4567"_s }, u"+37251234567"_s),
        row(1, { u"x"_s, u""_s }, {}, RowFate::Empty) };
    list.rows[1].problem = u"The phone cell is empty."_s;
    const CsvTable table = readCsv(recipientListCsv(list));
    QCOMPARE(table.header, QStringList({ u"Name"_s, u"Phone"_s, u"Status"_s, u"Problem"_s }));
    QCOMPARE(table.rows.size(), 2);
    QCOMPARE(table.rows.at(0).at(0), u"Smith, \"Jo\""_s);
    QCOMPARE(table.rows.at(0).at(1), u"'+372 5123 4567"_s);
    QCOMPARE(table.rows.at(1).at(2), rowFateName(RowFate::Empty));
    QCOMPARE(table.rows.at(1).at(3), u"The phone cell is empty."_s);
    // The neutralised number still reads as the same number.
    QCOMPARE(PhoneNumberNormalizer(u"EE"_s).normalize(table.rows.at(0).at(1)).e164, u"+37251234567"_s);
}

void TestRecipientListOps::editedRowIsReassessed()
{
    const PhoneNumberNormalizer numbers(u"EE"_s);
    RecipientList list;
    list.columns = { u"Name"_s, u"Phone"_s };
    list.phoneColumn = 1;
    list.rows = { row(0, { u"Mari"_s, u"+372 5123 4567"_s }, u"+37251234567"_s),
        row(1, { u"Jüri"_s, u"12"_s }, {}, RowFate::Invalid) };
    RecipientRow edited = list.rows.at(1);

    edited.cells[1] = u"5123 4567"_s; // now the same number as row 1
    reassessRow(edited, list, numbers, {});
    QCOMPARE(edited.fate, RowFate::Duplicate);
    QCOMPARE(edited.e164, u"+37251234567"_s);

    edited.cells[1] = u"+372 5234 5678"_s;
    reassessRow(edited, list, numbers, { u"+37252345678"_s });
    QCOMPARE(edited.fate, RowFate::Suppressed);

    reassessRow(edited, list, numbers, {});
    QCOMPARE(edited.fate, RowFate::Valid);
    QCOMPARE(edited.phone, u"+372 5234 5678"_s);

    edited.cells[1] = u"call me"_s;
    reassessRow(edited, list, numbers, {});
    QCOMPARE(edited.fate, RowFate::Invalid);
    QVERIFY(!edited.problem.isEmpty());
    QVERIFY(edited.e164.isEmpty());

    edited.cells[1] = u"  "_s;
    reassessRow(edited, list, numbers, {});
    QCOMPARE(edited.fate, RowFate::Empty);
}

void TestRecipientListOps::optOutsAreAppliedBothWays()
{
    RecipientList list;
    list.columns = { u"Name"_s, u"Phone"_s };
    list.phoneColumn = 1;
    list.rows = { row(0, { u"Mari"_s, u"+372 5123 4567"_s }, u"+37251234567"_s),
        row(1, { u"Jüri"_s, u"+372 5234 5678"_s }, u"+37252345678"_s, RowFate::Suppressed),
        row(2, { u"Bad"_s, u"12"_s }, {}, RowFate::Invalid),
        row(3, { u"Again"_s, u"5123 4567"_s }, u"+37251234567"_s, RowFate::Duplicate) };
    const QList<int> changed = applySuppressions(list, { u"+37251234567"_s });
    QCOMPARE(changed, QList<int>({ 0, 1 }));
    QCOMPARE(list.rows.at(0).fate, RowFate::Suppressed);
    QCOMPARE(list.rows.at(1).fate, RowFate::Valid); // taken off the list since the import
    QCOMPARE(list.rows.at(2).fate, RowFate::Invalid);
    QCOMPARE(list.rows.at(3).fate, RowFate::Duplicate);
    QVERIFY(applySuppressions(list, { u"+37251234567"_s }).isEmpty());
}

QTEST_GUILESS_MAIN(TestRecipientListOps)
#include "tst_recipientlistops.moc"
