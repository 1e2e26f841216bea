#include "app/LogFile.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <cstdio>

namespace herald {

namespace {
// Qt's message handler is a plain function, so the installed LogFile's parts are reached through these.
QFile* g_file = nullptr;
QMutex* g_mutex = nullptr;
QtMessageHandler g_previous = nullptr;

const char* levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "log";
}
} // namespace

LogFile::LogFile(const QString& path)
    : m_file(path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        m_file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    g_file = &m_file;
    g_mutex = &m_mutex;
    m_previous = qInstallMessageHandler(&LogFile::handle);
    g_previous = m_previous;
}

LogFile::~LogFile()
{
    qInstallMessageHandler(m_previous);
    if (g_file == &m_file) {
        const QMutexLocker lock(&m_mutex);
        g_file = nullptr;
        g_mutex = nullptr;
        g_previous = nullptr;
    }
}

void LogFile::handle(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (g_mutex && g_file && g_file->isOpen()) {
        const QMutexLocker lock(g_mutex);
        const QString line = QStringLiteral("%1 %2 %3: %4\n")
                                 .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                                     QString::fromLatin1(levelName(type)),
                                     QString::fromLatin1(context.category ? context.category : "default"), message);
        g_file->write(line.toUtf8());
        g_file->flush();
    }
    if (g_previous)
        g_previous(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

} // namespace herald
