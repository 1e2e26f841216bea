// The log file: every Qt message goes to <data dir>/logs/herald.log and on to the handler that was
// there before, also while two LogFiles overlap (a second AppContext while the first still runs),
// which once made the handler call itself without end.
#include "app/LogFile.h"

#include <QFile>
#include <QStringList>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace herald;
using namespace Qt::StringLiterals;

namespace {
QStringList g_seen; ///< messages that reached the handler installed before the LogFiles

void capture(QtMsgType, const QMessageLogContext&, const QString& message)
{
    g_seen.append(message);
}

QString contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}
} // namespace

class TestLogFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        g_seen.clear();
        m_testHandler = qInstallMessageHandler(&capture);
    }
    void cleanup() { qInstallMessageHandler(m_testHandler); }
    void writesTheFileAndPassesOn();
    void overlappingLogFilesWriteTheNewestAndRestoreTheHandler_data();
    void overlappingLogFilesWriteTheNewestAndRestoreTheHandler();

private:
    QtMessageHandler m_testHandler = nullptr;
    QTemporaryDir m_dir;
};

void TestLogFile::writesTheFileAndPassesOn()
{
    const QString path = m_dir.filePath(u"single/logs/herald.log"_s);
    {
        LogFile log(path);
        QVERIFY(log.isOpen());
        qInfo("written once");
    }
    qInfo("after the log file");
    QCOMPARE(g_seen, QStringList({ u"written once"_s, u"after the log file"_s }));
    QCOMPARE(contents(path).count(u"written once"_s), 1);
    QVERIFY(!contents(path).contains(u"after the log file"_s));
}

void TestLogFile::overlappingLogFilesWriteTheNewestAndRestoreTheHandler_data()
{
    QTest::addColumn<bool>("firstGoesFirst");
    QTest::newRow("the newest destroyed first") << false;
    QTest::newRow("the first destroyed first") << true;
}

void TestLogFile::overlappingLogFilesWriteTheNewestAndRestoreTheHandler()
{
    QFETCH(bool, firstGoesFirst);
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    const QString firstPath = m_dir.filePath(tag + u"/first.log"_s);
    const QString secondPath = m_dir.filePath(tag + u"/second.log"_s);
    auto first = std::make_unique<LogFile>(firstPath);
    auto second = std::make_unique<LogFile>(secondPath);

    qInfo("both open");
    QCOMPARE(g_seen, QStringList({ u"both open"_s }));
    QVERIFY(contents(secondPath).contains(u"both open"_s));
    QVERIFY(!contents(firstPath).contains(u"both open"_s));

    if (firstGoesFirst) {
        first.reset();
        qInfo("second only");
        QVERIFY(contents(secondPath).contains(u"second only"_s));
        QVERIFY(!contents(firstPath).contains(u"second only"_s));
        second.reset();
    } else {
        second.reset();
        qInfo("first again");
        QVERIFY(contents(firstPath).contains(u"first again"_s));
        QVERIFY(!contents(secondPath).contains(u"first again"_s));
        first.reset();
    }

    qInfo("none open");
    QCOMPARE(g_seen.size(), 3);
    QCOMPARE(g_seen.last(), u"none open"_s);
    QVERIFY(!contents(firstPath).contains(u"none open"_s));
    QVERIFY(!contents(secondPath).contains(u"none open"_s));
    // The handler from before the LogFiles is installed again.
    QVERIFY(qInstallMessageHandler(&capture) == &capture);
}

QTEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"
