#pragma once

#include <QFile>
#include <QMutex>
#include <QString>

namespace herald {

/**
 * Copies every Qt log message to <data dir>/logs/herald.log as well as to the previous handler
 * (stderr). Log lines never carry secrets: no module logs headers or passwords.
 * Only one LogFile may be installed at a time, because Qt has one message handler.
 */
class LogFile
{
public:
    explicit LogFile(const QString& path);
    ~LogFile();
    LogFile(const LogFile&) = delete;
    LogFile& operator=(const LogFile&) = delete;

    QString path() const { return m_file.fileName(); }
    bool isOpen() const { return m_file.isOpen(); }

private:
    static void handle(QtMsgType type, const QMessageLogContext& context, const QString& message);

    QFile m_file;
    QMutex m_mutex;
    QtMessageHandler m_previous = nullptr;
};

} // namespace herald
