#pragma once

#include <QFile>
#include <QString>

namespace herald {

/**
 * Copies every Qt log message to <data dir>/logs/herald.log as well as to the previous handler
 * (stderr). Log lines never carry secrets: no module logs headers or passwords.
 * Qt has one message handler: while LogFiles overlap, messages go to the newest one's file, and
 * to the one before it again once the newest is destroyed.
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
    LogFile* m_outer = nullptr; ///< the LogFile written to before this one, while it lasts
};

} // namespace herald
