#include "app/LogFile.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <cstdio>

namespace herald {

namespace {
// Qt's message handler is a plain function, so it reaches the LogFile in use through these. LogFiles
// may overlap (a second AppContext while the first still runs): the newest is written to, the one
// before it again once the newest is gone, and the handler from before the first stays next in line,
// never LogFile::handle itself (which called itself without end).
QMutex g_mutex;
LogFile* g_current = nullptr;
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
    const QMutexLocker lock(&g_mutex);
    m_outer = g_current;
    const QtMessageHandler previous = qInstallMessageHandler(&LogFile::handle);
    if (!m_outer)
        g_previous = previous;
    g_current = this;
}

LogFile::~LogFile()
{
    const QMutexLocker lock(&g_mutex);
    if (g_current == this) {
        g_current = m_outer;
    } else {
        for (LogFile* inner = g_current; inner; inner = inner->m_outer) {
            if (inner->m_outer == this) {
                inner->m_outer = m_outer;
                break;
            }
        }
    }
    if (!g_current) {
        qInstallMessageHandler(g_previous);
        g_previous = nullptr;
    }
}

void LogFile::handle(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    QtMessageHandler previous = nullptr;
    {
        const QMutexLocker lock(&g_mutex);
        if (g_current && g_current->m_file.isOpen()) {
            const QString line = QStringLiteral("%1 %2 %3: %4\n")
                                     .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
                                         QString::fromLatin1(levelName(type)),
                                         QString::fromLatin1(context.category ? context.category : "default"), message);
            g_current->m_file.write(line.toUtf8());
            g_current->m_file.flush();
        }
        previous = g_previous;
    }
    if (previous)
        previous(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

} // namespace herald
