// herald-bench import: the import pipeline of issue 5 (read file, decode, CSV, phone column,
// normalise, de-duplicate), timed on a generated list in the mixed shapes real exports have, or on
// a given file; then the same job by the Node peer in bench/peers/import on the same file.
#include "BenchSupport.h"
#include "core/CsvReader.h"
#include "core/ImportAnalysis.h"
#include "core/PhoneNumber.h"
#include "core/RecipientList.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;

namespace herald::bench {

namespace {

/// A kind of number the generator writes: a country's mobile (or fixed) range.
struct NumberKind
{
    const char* region;
    const char* callingCode;
    const char* trunk; ///< national prefix written before a national number ("0"; "" where there is none)
    const char* prefix; ///< first digits of the national significant number
    int digits; ///< digits after the prefix, drawn so that no two numbers are the same
    std::array<int, 4> groups; ///< how the national number is split when written with spaces
};

// Ranges valid in libphonenumber's metadata (and in libphonenumber-js's).
constexpr std::array kKinds {
    NumberKind { "EE", "372", "", "5", 7, { 4, 4, 0, 0 } }, // mobile 5xxx xxxx
    NumberKind { "DE", "49", "0", "151", 8, { 4, 7, 0, 0 } }, // mobile 1512 3456789
    NumberKind { "US", "1", "1", "4152", 6, { 3, 3, 4, 0 } }, // San Francisco 415 2xx xxxx
    NumberKind { "GB", "44", "0", "7400", 6, { 4, 6, 0, 0 } }, // mobile 7400 123456
    NumberKind { "FI", "358", "0", "40", 7, { 2, 3, 4, 0 } }, // mobile 40 123 4567
    NumberKind { "LV", "371", "", "29", 6, { 4, 4, 0, 0 } }, // mobile 29xx xxxx
    NumberKind { "EE", "372", "", "6", 6, { 3, 4, 0, 0 } }, // Tallinn fixed line 6xx xxxx (not mobile)
};
constexpr size_t kFixedLineKind = kKinds.size() - 1;

const std::array kFirstNames { "Jüri", "Mari", "Õie", "Jürgen", "Anna", "Łukasz", "José", "Søren", "Zoë", "Ελένη",
    "Mikko", "Jānis", "Ülle", "Chloé", "Björn", "Olivia", "Liam", "Noah", "Emma", "Sofía" };
const std::array kLastNames { "Tamm", "Saar", "Müller", "Schröder", "Smith", "O'Brien", "Kowalski", "Nørgaard",
    "García", "Virtanen", "Bērziņš", "Õunapuu", "Johnson", "Lefèvre", "Ivanova", "Kask", "Brown", "Da Silva" };
const std::array kCities { "Tallinn", "Tartu", "Pärnu", "München", "Köln", "San Francisco", "London", "Helsinki",
    "Rīga", "Jõhvi", "Zürich", "São Paulo" };
// Cells a number column really holds when it holds no number (each rejected, one reason or another).
const std::array kInvalid { "n/a", "call me", "+372 51", "+999 1234 5678", "12", "+372 5123 4567 8901 2345", "-",
    "3.72512E+10", "+49 151", "ask reception", "+44 7400 12", "5123 4567 ext. 12 (office)" };

class Generator
{
public:
    Generator(const QString& region, quint64 seed)
        : m_random(seed)
        , m_region(region.toStdString())
    { }

    qint64 expectedValid = 0;
    qint64 expectedDuplicates = 0;
    qint64 expectedInvalid = 0;
    qint64 expectedEmpty = 0;
    qint64 blankLines = 0;

    /// Writes @p rows rows (plus a header, blank lines and multi-line cells) to @p file.
    bool write(QFile& file, qint64 rows)
    {
        std::string out;
        out.reserve(1 << 20);
        out += "\xEF\xBB\xBF"; // Excel's "CSV UTF-8" starts with a byte-order mark
        out += "Name,Phone,E-mail,City,Notes\r\n";
        for (qint64 row = 0; row < rows; ++row) {
            if (chance(0.003)) {
                out += "\r\n";
                ++blankLines;
            }
            writeRow(out, row);
            if (out.size() > (1 << 20) - 4096) {
                if (file.write(out.data(), static_cast<qint64>(out.size())) < 0)
                    return false;
                out.clear();
            }
        }
        return file.write(out.data(), static_cast<qint64>(out.size())) >= 0;
    }

private:
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(m_random) < p; }
    size_t pick(size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(m_random); }

    void writeRow(std::string& out, qint64 row)
    {
        const std::string first = kFirstNames[pick(kFirstNames.size())];
        const std::string last = kLastNames[pick(kLastNames.size())];
        // Name: "Last, First" needs quotes for its comma; a quote in a name is doubled.
        if (chance(0.15)) {
            out += '"' + last + ", " + first + '"';
        } else {
            std::string name = first + ' ' + last;
            if (name.find('\'') != std::string::npos && chance(0.5))
                name = '"' + name + " \"\"the boss\"\"\"";
            out += name;
        }
        out += ',';
        out += phoneCell();
        out += ",user" + std::to_string(row) + "@example.com,";
        out += kCities[pick(kCities.size())];
        out += ',';
        if (chance(0.02))
            out += "\"Called twice,\r\nprefers evenings\"";
        else if (chance(0.2))
            out += "VIP";
        out += "\r\n";
    }

    std::string phoneCell()
    {
        if (chance(0.005)) {
            ++expectedEmpty;
            return {};
        }
        if (chance(0.01)) {
            ++expectedInvalid;
            const std::string cell = kInvalid[pick(kInvalid.size())];
            return cell.find(',') != std::string::npos ? '"' + cell + '"' : cell;
        }
        // The default region's numbers are more common, as in any real list; a few are fixed lines.
        size_t kind = chance(0.01) ? kFixedLineKind : (chance(0.4) ? homeKind() : pick(kFixedLineKind));
        qint64 serial = 0;
        if (m_issued[kind] > 0 && chance(0.02)) {
            ++expectedDuplicates;
            serial = static_cast<qint64>(pick(static_cast<size_t>(m_issued[kind])));
        } else {
            ++expectedValid;
            serial = m_issued[kind]++;
        }
        return written(kKinds[kind], serial);
    }

    size_t homeKind() const
    {
        for (size_t kind = 0; kind < kFixedLineKind; ++kind) {
            if (m_region == kKinds[kind].region)
                return kind;
        }
        return 0;
    }

    /// The serial-th number of @p kind (a bijection on its range, so numbers look random and never repeat).
    static std::string nationalNumber(const NumberKind& kind, qint64 serial)
    {
        qint64 range = 1;
        for (int i = 0; i < kind.digits; ++i)
            range *= 10;
        const qint64 value = (serial % range * 7919 + 104729) % range; // 7919 is prime to 10: a permutation
        std::string digits = std::to_string(value);
        return kind.prefix + std::string(static_cast<size_t>(kind.digits) - digits.size(), '0') + digits;
    }

    static std::string grouped(const std::string& digits, const std::array<int, 4>& groups, char separator)
    {
        std::string out;
        size_t at = 0;
        for (const int size : groups) {
            if (size == 0 || at >= digits.size())
                break;
            if (!out.empty())
                out += separator;
            out += digits.substr(at, static_cast<size_t>(size));
            at += static_cast<size_t>(size);
        }
        if (at < digits.size())
            out += digits.substr(at);
        return out;
    }

    /// The number written one of the ways people write it; national forms only for the default region.
    std::string written(const NumberKind& kind, qint64 serial)
    {
        const std::string nsn = nationalNumber(kind, serial);
        const std::string cc = kind.callingCode;
        const bool home = m_region == kind.region;
        switch (pick(home ? 7 : 4)) {
        case 0:
            return '+' + cc + ' ' + grouped(nsn, kind.groups, ' '); // +372 5123 4567
        case 1:
            return '+' + cc + nsn; // +37251234567
        case 2:
            return "00" + cc + nsn; // 0037251234567
        case 3:
            return "(+" + cc + ") " + grouped(nsn, kind.groups, '-'); // (+372) 5123-4567
        case 4:
            return cc + ' ' + grouped(nsn, kind.groups, ' '); // 372 5123 4567
        case 5:
            return kind.trunk + grouped(nsn, kind.groups, ' '); // 0151 23456789
        default:
            return kind.trunk + nsn; // 015123456789
        }
    }

    std::mt19937_64 m_random;
    std::string m_region;
    std::array<qint64, kKinds.size()> m_issued {};
};

struct Timings
{
    double read = 0;
    double decode = 0;
    double csv = 0;
    double column = 0;
    double analyze = 0;
};

/// The pipeline the import dialog runs, timed phase by phase.
ImportReport importFile(const QString& path, const QString& region, Timings& timings, QString* encoding)
{
    QElapsedTimer phase;
    phase.start();
    auto lap = [&phase] {
        return static_cast<double>(phase.nsecsElapsed()) / 1e9;
    };

    QByteArray bytes;
    {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            bytes = file.readAll();
    }
    timings.read = lap();
    phase.restart();
    QString text = decodeText(bytes, encoding);
    bytes = QByteArray(); // as the importer does: the bytes are not needed once decoded
    timings.decode = lap();
    phase.restart();
    const CsvTable table = readCsv(text);
    text = QString();
    timings.csv = lap();
    phase.restart();
    const PhoneNumberNormalizer numbers(region);
    const int phoneColumn = std::max(0, guessPhoneColumn(table, numbers));
    timings.column = lap();
    phase.restart();
    ImportReport report = analyzeImport(table, phoneColumn, numbers, {}, [](int, int) { return true; });
    timings.analyze = lap();
    return report;
}

double rounded(double value, int decimals = 3)
{
    double scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    return std::round(value * scale) / scale;
}

/// `--rows 1000,100000`: each size in a process of its own, so that each peak memory is its own.
int runSizesApart(const QStringList& sizes, const QStringList& args)
{
    const qsizetype at = args.indexOf(u"--rows"_s);
    int status = 0;
    for (const QString& size : sizes) {
        QStringList childArgs = args;
        childArgs[at + 1] = size;
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(), QStringList { u"import"_s } + childArgs);
        child.waitForFinished(-1);
        if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
            status = 1;
    }
    return status;
}

} // namespace

int runImport(const QStringList& args)
{
    const QString region = optionValue(args, u"--region"_s).value_or(u"EE"_s).toUpper();
    const std::optional<QString> rowsOption = optionValue(args, u"--rows"_s);
    const std::optional<QString> fileOption = optionValue(args, u"--file"_s);
    if (rowsOption.has_value() == fileOption.has_value()) {
        note(u"import needs either --rows N or --file PATH"_s);
        return 2;
    }
    if (rowsOption && rowsOption->contains(u',')) // before anything else takes memory
        return runSizesApart(rowsOption->split(u',', Qt::SkipEmptyParts), args);

    QJsonObject result { { u"scenario"_s, u"import"_s }, { u"region"_s, region } };
    QTemporaryDir scratch;
    QString path;
    if (rowsOption) {
        bool ok = false;
        const qint64 rows = rowsOption->toLongLong(&ok);
        const quint64 seed = optionValue(args, u"--seed"_s).value_or(u"1"_s).toULongLong();
        if (!ok || rows < 0) {
            note(u"--rows takes a number of rows, such as 100000"_s);
            return 2;
        }
        path = (args.contains(u"--keep"_s) ? QDir::temp() : QDir(scratch.path()))
                   .filePath(u"herald-bench-import-%1-%2.csv"_s.arg(rows).arg(seed));
        QFile file(path);
        Generator generator(region, seed);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || !generator.write(file, rows)) {
            note(u"could not write %1: %2"_s.arg(path, file.errorString()));
            return 1;
        }
        result.insert(u"seed"_s, static_cast<qint64>(seed));
        result.insert(u"expected"_s,
            QJsonObject { { u"valid"_s, generator.expectedValid }, { u"invalid"_s, generator.expectedInvalid },
                { u"duplicates"_s, generator.expectedDuplicates }, { u"empty"_s, generator.expectedEmpty },
                { u"blank_lines"_s, generator.blankLines } });
    } else {
        path = *fileOption;
        if (!QFileInfo(path).isReadable()) {
            note(u"cannot read %1"_s.arg(path));
            return 1;
        }
    }
    result.insert(u"file"_s, QFileInfo(path).absoluteFilePath());
    result.insert(u"file_mb"_s, rounded(static_cast<double>(QFileInfo(path).size()) / (1024.0 * 1024.0), 1));

    QElapsedTimer timer;
    timer.start();
    Timings timings;
    QString encoding;
    const ImportReport report = importFile(path, region, timings, &encoding);
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    const double peak = peakRssMb();

    const ImportCounts& c = report.counts;
    result.insert(u"rows"_s, c.rows);
    result.insert(u"valid"_s, c.valid);
    result.insert(u"invalid"_s, c.invalid);
    result.insert(u"duplicates"_s, c.duplicates);
    result.insert(u"empty"_s, c.empty);
    result.insert(u"suppressed"_s, c.suppressed);
    result.insert(u"normalised"_s, c.normalised);
    result.insert(u"not_mobile"_s, c.notMobile);
    result.insert(u"encoding"_s, encoding);
    result.insert(u"threads"_s, QThread::idealThreadCount());
    result.insert(u"seconds"_s, rounded(seconds));
    result.insert(u"phases"_s,
        QJsonObject { { u"read"_s, rounded(timings.read) }, { u"decode"_s, rounded(timings.decode) },
            { u"csv"_s, rounded(timings.csv) }, { u"phone_column"_s, rounded(timings.column) },
            { u"analyze"_s, rounded(timings.analyze) } });
    result.insert(u"peak_rss_mb"_s, rounded(peak, 1));

    if (!args.contains(u"--no-peer"_s)) {
        const QString dir = peerDir(u"import"_s);
        QString why;
        std::optional<QJsonObject> peer;
        if (prepareNodePeer(dir, &why))
            peer = runNodePeer(dir, u"import.mjs"_s, { QFileInfo(path).absoluteFilePath(), region }, &why);
        if (peer) {
            const double peerSeconds = peer->value(u"seconds"_s).toDouble();
            result.insert(u"peer"_s,
                u"node %1, libphonenumber-js %2, csv-parse %3"_s.arg(peer->value(u"node"_s).toString(),
                    peer->value(u"libphonenumber_js"_s).toString(), peer->value(u"csv_parse"_s).toString()));
            result.insert(u"peer_seconds"_s, peerSeconds);
            result.insert(u"ratio"_s, seconds > 0 ? rounded(peerSeconds / seconds, 2) : 0.0);
            for (const QString& key :
                { u"rows"_s, u"valid"_s, u"invalid"_s, u"duplicates"_s, u"empty"_s, u"peak_rss_mb"_s })
                result.insert(u"peer_"_s + key, peer->value(key));
        } else {
            note(u"the Node peer is skipped: %1"_s.arg(why));
            result.insert(u"peer"_s, u"skipped: %1"_s.arg(why));
        }
    }
    printJsonLine(result);
    return 0;
}

} // namespace herald::bench
