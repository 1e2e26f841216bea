#include "dispatch/ListImporter.h"

#include "dispatch/Logging.h"
#include "storage/Database.h"
#include "storage/RecipientListRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QtConcurrent>

namespace herald {

namespace {

// A spreadsheet export far beyond this is a mistake (a database dump, a video): refuse it in words.
constexpr qint64 kMaxFileBytes = 512LL * 1024 * 1024;

/// This file's words, in the translation context "ListImporter" (a name lupdate can see).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(ListImporter)
};

ParsedList parse(QString text, const QString& source, const QString& encoding, QChar delimiter)
{
    ParsedList parsed;
    parsed.source = source;
    parsed.encoding = encoding;
    parsed.table = readCsv(text, delimiter.isNull() ? std::nullopt : std::optional<QChar>(delimiter));
    if (parsed.table.header.isEmpty())
        parsed.error = Words::tr("There is nothing to import: the text has no rows.");
    parsed.ok = parsed.error.isEmpty();
    return parsed;
}

ParsedList readAndParse(const QString& path, QChar delimiter)
{
    QFile file(path);
    ParsedList failed;
    failed.source = path;
    if (!file.open(QIODevice::ReadOnly)) {
        failed.error = Words::tr("%1 could not be opened: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return failed;
    }
    if (file.size() > kMaxFileBytes) {
        failed.error = Words::tr("%1 is %2 MB; Herald reads lists of up to %3 MB.")
                           .arg(QDir::toNativeSeparators(path))
                           .arg(file.size() / (1024 * 1024))
                           .arg(kMaxFileBytes / (1024 * 1024));
        return failed;
    }
    QString encoding;
    QString text = decodeText(file.readAll(), &encoding);
    return parse(std::move(text), path, encoding, delimiter);
}

} // namespace

ListImporter::ListImporter(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<herald::ParsedList>();
    qRegisterMetaType<herald::ImportReport>();
}

ListImporter::~ListImporter()
{
    // The worker reports progress to this object: it must be done before this object goes.
    cancel();
    m_running.waitForFinished();
    m_saving.waitForFinished();
}

void ListImporter::readFile(const QString& path, QChar delimiter)
{
    watchRead(QtConcurrent::run(readAndParse, path, delimiter));
}

void ListImporter::readText(const QString& text, QChar delimiter)
{
    watchRead(QtConcurrent::run(parse, text, QString(), QStringLiteral("UTF-8"), delimiter));
}

void ListImporter::watchRead(const QFuture<ParsedList>& reading)
{
    m_busy = true;
    auto* watcher = new QFutureWatcher<ParsedList>(this);
    connect(watcher, &QFutureWatcher<ParsedList>::finished, this, [this, watcher] {
        m_busy = false;
        watcher->deleteLater();
        Q_EMIT readFinished(watcher->result());
    });
    watcher->setFuture(reading);
}

void ListImporter::analyze(
    const CsvTable& table, int phoneColumn, const QString& region, const QSet<QString>& suppressed)
{
    m_busy = true;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const std::shared_ptr<std::atomic_bool> cancelled = m_cancel;
    auto* watcher = new QFutureWatcher<ImportReport>(this);
    connect(watcher, &QFutureWatcher<ImportReport>::finished, this, [this, watcher] {
        m_busy = false;
        watcher->deleteLater();
        const ImportReport report = watcher->result();
        qCInfo(lcDispatch) << "import analysed:" << report.counts.rows << "rows," << report.counts.valid << "valid"
                           << (report.cancelled ? "(cancelled)" : "");
        Q_EMIT analysisFinished(report);
    });
    m_running = QtConcurrent::run([this, table, phoneColumn, region, suppressed, cancelled] {
        const PhoneNumberNormalizer numbers(region);
        return analyzeImport(table, phoneColumn, numbers, suppressed, [this, cancelled](int done, int total) {
            // Progress crosses to the importer's thread queued (the destructor waits for this worker).
            QMetaObject::invokeMethod(
                this, [this, done, total] { Q_EMIT progress(done, total); }, Qt::QueuedConnection);
            return !cancelled->load();
        });
    });
    watcher->setFuture(m_running);
}

void ListImporter::save(const QString& databasePath, const RecipientList& list, const ImportMapping& mapping)
{
    m_busy = true;
    auto* watcher = new QFutureWatcher<std::pair<qint64, QString>>(this);
    connect(watcher, &QFutureWatcher<std::pair<qint64, QString>>::finished, this, [this, watcher] {
        m_busy = false;
        watcher->deleteLater();
        const auto [id, error] = watcher->result();
        Q_EMIT saveFinished(id, error);
    });
    m_saving = QtConcurrent::run([databasePath, list, mapping]() -> std::pair<qint64, QString> {
        Database db(databasePath);
        if (!db.open())
            return { 0, db.lastError() };
        RecipientListRepository lists(db);
        const qint64 id = lists.save(list);
        if (id == 0)
            return { 0,
                Words::tr("A list named “%1” already exists, or the database refused the rows.").arg(list.name) };
        lists.rememberMapping(headerKey(list.columns), mapping);
        return { id, QString() };
    });
    watcher->setFuture(m_saving);
}

void ListImporter::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace herald
