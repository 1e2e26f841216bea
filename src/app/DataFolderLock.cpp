#include "app/DataFolderLock.h"

#include "app/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QSysInfo>

namespace herald {

DataFolderLock::DataFolderLock(const QString& dataDir)
    : m_dataDir(QDir(dataDir).absolutePath())
    , m_file(QDir(dataDir).filePath(fileName()))
{
    // Never stale by age: Herald holds it for days. QLockFile still takes over a lock whose process
    // is gone from this computer, which is what a crash leaves.
    m_file.setStaleLockTime(0);
}

DataFolderLock::~DataFolderLock() = default;

bool DataFolderLock::tryLock(QString* error)
{
    m_heldByAnother = false;
    if (m_file.tryLock(0))
        return true;
    const QString folder = QDir::toNativeSeparators(m_dataDir);
    switch (m_file.error()) {
    case QLockFile::LockFailedError: {
        m_heldByAnother = true;
        qint64 pid = 0;
        QString host;
        QString application;
        if (!m_file.getLockInfo(&pid, &host, &application)) {
            *error = QCoreApplication::translate("DataFolderLock",
                "Another Herald is using the data folder %1. Switch to that window, or choose another data folder.")
                         .arg(folder);
        } else if (host.isEmpty() || host == QSysInfo::machineHostName()) {
            *error = QCoreApplication::translate("DataFolderLock",
                "Herald is already running with the data folder %1, as process %2 on this computer. Switch to "
                "that window, or choose another data folder.")
                         .arg(folder)
                         .arg(pid);
        } else {
            *error = QCoreApplication::translate("DataFolderLock",
                "Herald is already running with the data folder %1, as process %2 on the computer “%3”. Close "
                "it there, or choose another data folder.")
                         .arg(folder)
                         .arg(pid)
                         .arg(host);
        }
        break;
    }
    case QLockFile::PermissionError:
        *error = QCoreApplication::translate("DataFolderLock",
            "Herald may not write in the data folder %1. Check the folder's permissions, or choose another data "
            "folder.")
                     .arg(folder);
        break;
    case QLockFile::NoError:
    case QLockFile::UnknownError:
        *error = QCoreApplication::translate("DataFolderLock",
            "Herald could not mark the data folder %1 as in use: the disk may be full. Free some space and try "
            "again, or choose another data folder.")
                     .arg(folder);
        break;
    }
    qCWarning(lcApp).noquote() << *error;
    return false;
}

} // namespace herald
